import { Temporal } from 'temporal-polyfill';
import { queueStatus, summarizeQueue } from '../../src/core/queue';
import type { SvarstidRecord } from '../../src/core/record';

const now = Temporal.Instant.from('2026-11-18T10:00:00Z'); // Wed 11:00 in Stockholm

function record(due: string | null, answeredAt: string | null = null, department = 'teknik'): SvarstidRecord {
  return { v: 1, policy: 'ljungby@2026.1', channel: 'epost', kind: 'fraga', department, due, target: null, rules: [], source: 'auto', answeredAt };
}

describe('queueStatus', () => {
  it('is overdue when due has passed and no answer was sent', () => {
    expect(queueStatus(record('2026-11-18T10:59:00+01:00'), now)).toBe('overdue');
  });
  it('is due today when due is later on the same local date', () => {
    expect(queueStatus(record('2026-11-18T16:00:00+01:00'), now)).toBe('dueToday');
    // 23:30 UTC is already Thursday in Stockholm
    expect(queueStatus(record('2026-11-18T23:30:00Z'), now)).toBe('dueWithinWeek');
  });
  it('is due within a week up to seven days ahead, later after that', () => {
    expect(queueStatus(record('2026-11-25T11:00:00+01:00'), now)).toBe('dueWithinWeek');
    expect(queueStatus(record('2026-11-25T11:00:01+01:00'), now)).toBe('later');
  });
  it('is answered in time when the answer came at or before due, late after', () => {
    expect(queueStatus(record('2026-11-17T16:00:00+01:00', '2026-11-17T16:00:00+01:00'), now)).toBe('answeredInTime');
    expect(queueStatus(record('2026-11-17T16:00:00+01:00', '2026-11-17T16:00:01+01:00'), now)).toBe('answeredLate');
  });
  it('has no deadline for ej_arende and anonymous records', () => {
    expect(queueStatus(record(null), now)).toBe('noDeadline');
  });
});

describe('summarizeQueue', () => {
  it('counts every status, orders open items by due and counts open items per department', () => {
    const items = [
      { id: 'later', record: record('2026-12-01T16:00:00+01:00', null, 'utbildning') },
      { id: 'overdue', record: record('2026-11-17T09:00:00+01:00') },
      { id: 'answered', record: record('2026-11-17T09:00:00+01:00', '2026-11-16T12:00:00+01:00') },
      { id: 'today', record: record('2026-11-18T15:00:00+01:00') },
      { id: 'none', record: record(null) },
    ];
    const summary = summarizeQueue(items, now);
    expect(summary.open.map((i) => i.id)).toEqual(['overdue', 'today', 'later']);
    expect(summary.counts).toEqual({ overdue: 1, dueToday: 1, dueWithinWeek: 0, later: 1, answeredInTime: 1, answeredLate: 0, noDeadline: 1 });
    expect(summary.perDepartment).toEqual({ teknik: 2, utbildning: 1 });
  });
  it('puts an open report of concern first, however long other cases are overdue', () => {
    const concern: SvarstidRecord = { ...record('2026-11-18T13:00:00+01:00', null, 'socialtjanst'), kind: 'orosanmalan' };
    const summary = summarizeQueue([{ id: 'old', record: record('2026-11-10T09:00:00+01:00') }, { id: 'concern', record: concern }], now);
    expect(summary.open.map((i) => i.id)).toEqual(['concern', 'old']);
  });
});
