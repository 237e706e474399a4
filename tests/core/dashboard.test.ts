import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  buildQueue,
  concernsNotHandedOn,
  csvField,
  elapsedText,
  filterQueue,
  filtersFromParams,
  filtersToParams,
  headlineCounts,
  leadStatusOf,
  MessageIndex,
  queueCsv,
  serviceLevelByCommittee,
  serviceLevelByWeek,
  serviceLevelCsv,
  statusClock,
  toCsv,
  UNASSIGNED,
  windowWeeks,
  type DashboardMessage,
  type LeadStatus,
} from '../../src/core/dashboard';
import { presetConfig } from '../../src/core/config';
import { queueStatus, type QueueStatus } from '../../src/core/queue';
import type { SvarstidRecord } from '../../src/core/record';

const TZ = 'Europe/Stockholm';
const now = Temporal.Instant.from('2026-11-18T10:00:00Z'); // Wed 11:00 in Stockholm
const config = presetConfig('ljungby');

function record(over: Partial<SvarstidRecord> = {}): SvarstidRecord {
  return { v: 1, policy: 'ljungby@1', channel: 'epost', kind: 'fraga', department: 'teknik', due: '2026-11-19T16:00:00+01:00', target: null, rules: [], source: 'auto', answeredAt: null, ...over };
}

function message(id: string, over: Partial<SvarstidRecord> = {}, received = '2026-11-17T09:00:00Z'): DashboardMessage {
  return { id, subject: `Ämne ${id}`, received, webLink: null, folder: 'inbox', record: record(over) };
}

const QUEUE_TO_LEAD: Partial<Record<QueueStatus, LeadStatus>> = { overdue: 'overdue', dueToday: 'today', dueWithinWeek: 'week', later: 'later', noDeadline: 'none' };

describe('leadStatusOf', () => {
  it('places every deadline exactly where the queue does (property)', () => {
    const clock = statusClock(now, TZ);
    fc.assert(
      fc.property(fc.integer({ min: -20 * 86_400_000, max: 20 * 86_400_000 }), (offset) => {
        const due = new Date(now.epochMilliseconds + offset).toISOString();
        expect(leadStatusOf(Date.parse(due), clock)).toBe(QUEUE_TO_LEAD[queueStatus({ due, promised: undefined, answeredAt: null }, now, TZ)]);
      }),
      { numRuns: 500 },
    );
  });
  it('says "i dag" up to local midnight, across a summer-time change too', () => {
    const spring = Temporal.Instant.from('2026-03-28T20:00:00Z'); // Saturday 21:00; clocks go forward that night
    const clock = statusClock(spring, TZ);
    expect(clock.tomorrowMs).toBe(Date.parse('2026-03-28T23:00:00Z'));
    expect(leadStatusOf(Date.parse('2026-03-28T22:59:59Z'), clock)).toBe('today');
    expect(leadStatusOf(Date.parse('2026-03-28T23:00:00Z'), clock)).toBe('week');
  });
});

const index = new MessageIndex();
index.upsert(message('later', { due: '2026-12-02T16:00:00+01:00', department: 'utbildning' }));
index.upsert(message('overdue', { due: '2026-11-17T16:00:00+01:00', handler: { name: 'Anna Berg', at: '2026-11-17T10:00:00+01:00' } }));
index.upsert(message('answered', { answeredAt: '2026-11-17T12:00:00+01:00' }));
index.upsert(message('spam', { kind: 'ej_arende', due: null }));
index.upsert(message('anonymous', { due: null, channel: 'webb' }));
index.upsert(message('promised', { due: '2026-11-17T16:00:00+01:00', promised: '2026-11-18T15:00:00+01:00', acknowledgedAt: '2026-11-17T11:00:00+01:00' }));
const rows = buildQueue(index.all(), statusClock(now, TZ));

describe('the queue', () => {
  it('holds every open message by the deadline in force, none last; answered and inget ärende are not open', () => {
    expect(rows.map((r) => [r.message.id, r.status])).toEqual([
      ['overdue', 'overdue'],
      ['promised', 'today'],
      ['later', 'later'],
      ['anonymous', 'none'],
    ]);
  });
  it('counts the headline figures from the same rows', () => {
    expect(headlineCounts(rows)).toEqual({ open: 4, overdue: 1, today: 1, week: 0, unassigned: 3 });
  });
  it('filters by department, channel, status and handler (nobody = unassigned)', () => {
    expect(filterQueue(rows, { department: 'utbildning' }).map((r) => r.message.id)).toEqual(['later']);
    expect(filterQueue(rows, { channel: 'webb' }).map((r) => r.message.id)).toEqual(['anonymous']);
    expect(filterQueue(rows, { status: 'today' }).map((r) => r.message.id)).toEqual(['promised']);
    expect(filterQueue(rows, { handler: 'Anna Berg' }).map((r) => r.message.id)).toEqual(['overdue']);
    expect(filterQueue(rows, { handler: UNASSIGNED }).map((r) => r.message.id)).toEqual(['promised', 'later', 'anonymous']);
  });
  it('lets an anonymous contact leave once someone marked it done, but never a case with a deadline', () => {
    const done = { name: 'Bo Ek', at: '2026-11-18T10:30:00+01:00' };
    const i = new MessageIndex();
    i.upsert(message('anonymous-done', { due: null, channel: 'webb', done }));
    i.upsert(message('anonymous-open', { due: null, channel: 'webb' }));
    // a later policy gave it a deadline: it waits for its answer again
    i.upsert(message('got-a-due', { done }));
    expect(buildQueue(i.all(), statusClock(now, TZ)).map((r) => r.message.id)).toEqual(['got-a-due', 'anonymous-open']);
  });
  it('puts an open report of concern first, before cases overdue for days; handed on, it leaves', () => {
    const i = new MessageIndex();
    i.upsert(message('complaint-overdue', { kind: 'klagomal', due: '2026-11-13T16:00:00+01:00' }));
    i.upsert(message('concern', { kind: 'orosanmalan', department: 'socialtjanst', due: '2026-11-18T13:00:00+01:00' }));
    i.upsert(message('concern-handed', { kind: 'orosanmalan', department: 'socialtjanst', due: '2026-11-18T13:00:00+01:00', answeredAt: '2026-11-18T10:30:00+01:00' }));
    expect(buildQueue(i.all(), statusClock(now, TZ)).map((r) => r.message.id)).toEqual(['concern', 'complaint-overdue']);
  });
  it('lists apart, oldest first, the reports of concern a reply answered that nobody marked as handed on; the queue and its counts stay as SPEC §6 says', () => {
    const done = { name: 'Bo Ek', at: '2026-11-18T10:40:00+01:00' };
    const i = new MessageIndex();
    const concern = { kind: 'orosanmalan' as const, department: 'socialtjanst', due: '2026-11-18T13:00:00+01:00' };
    i.upsert(message('receipt-late', { ...concern, answeredAt: '2026-11-18T10:31:00+01:00' }, '2026-11-18T09:30:00Z'));
    i.upsert(message('receipt-early', { ...concern, answeredAt: '2026-11-17T09:01:00+01:00' }, '2026-11-17T08:00:00Z'));
    i.upsert(message('handed', { ...concern, answeredAt: done.at, done }));
    i.upsert(message('receipt-then-handed', { ...concern, answeredAt: '2026-11-18T10:31:00+01:00', done }));
    i.upsert(message('open', concern));
    i.upsert(message('question-answered', { answeredAt: '2026-11-18T10:31:00+01:00' }));
    expect(concernsNotHandedOn(i.all()).map((m) => m.id)).toEqual(['receipt-early', 'receipt-late']);
    const rows = buildQueue(i.all(), statusClock(now, TZ));
    expect(rows.map((r) => r.message.id)).toEqual(['open']);
    expect(headlineCounts(rows).open).toBe(1);
  });
  it('drops a moved message only from the folder it left', () => {
    const i = new MessageIndex();
    i.upsert({ ...message('m'), folder: 'teknik-folder' });
    i.remove('m', 'inbox');
    expect(i.size).toBe(1);
    i.remove('m', 'teknik-folder');
    expect(i.size).toBe(0);
  });
});

describe('filters in the URL', () => {
  it('round-trip and keep other parameters', () => {
    const filters = { department: 'teknik', channel: 'sms' as const, kind: 'klagomal' as const, status: 'overdue' as const, handler: 'Åsa Öberg' };
    const params = filtersToParams(filters, new URLSearchParams('meddelande=abc'));
    expect(params.get('meddelande')).toBe('abc');
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(filters);
  });
  it('ignore values that are not channels, kinds or statuses', () => {
    expect(filtersFromParams(new URLSearchParams('kanal=brevduva&typ=x&status=snart'))).toEqual({});
  });
});

describe('CSV', () => {
  it('has a BOM, semicolons, CRLF, quotes and a decimal comma', () => {
    expect(toCsv(['A', 'B'], [['x;y', 1.5], ['"q"', null]])).toBe('\uFEFFA;B\r\n"x;y";1,5\r\n"""q""";\r\n');
  });
  it('keeps a hostile subject from becoming a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('-2+3')).toBe("'-2+3");
  });
  it('exports the queue with Swedish columns in the view order', () => {
    const csv = queueCsv(rows, config);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(';').slice(0, 8)).toEqual(['Status', 'Svara senast', 'Mottaget', 'Ämne', 'Kanal', 'Ärendetyp', 'Förvaltning', 'Handläggare']);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('i dag;2026-11-18 15:00;');
  });
});

describe('service level', () => {
  const sl = new MessageIndex();
  sl.upsert(message('met', { answeredAt: '2026-11-17T12:00:00+01:00' }, '2026-11-16T09:00:00Z'));
  sl.upsert(message('late', { due: '2026-11-10T16:00:00+01:00', answeredAt: '2026-11-11T12:00:00+01:00' }, '2026-11-09T09:00:00Z'));
  sl.upsert(message('kept', { due: '2026-11-10T16:00:00+01:00', acknowledgedAt: '2026-11-10T09:00:00+01:00', promised: '2026-11-13T16:00:00+01:00', answeredAt: '2026-11-12T12:00:00+01:00' }, '2026-11-09T10:00:00Z'));

  it('covers the twelve weeks of the window, empty weeks included', () => {
    const weeks = serviceLevelByWeek(sl.all(), now, TZ);
    expect(weeks.map((w) => w.key)).toEqual(windowWeeks(now, TZ));
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)!.key).toBe('2026-W47');
    const w46 = weeks.find((w) => w.key === '2026-W46')!;
    expect(w46.messages).toBe(2);
    expect(w46.due.late).toBe(2);
    expect(w46.confirmed.met).toBe(1);
    expect(w46.promise.met).toBe(1);
  });
  it('gives the median time to answer and both acknowledgement figures per nämnd', () => {
    const table = serviceLevelByCommittee(sl.all(), now, config, TZ);
    const teknik = table.find((t) => t.total.messages === 3)!;
    expect(teknik.total.answered).toBe(3);
    // 26, 50 and 73 hours: the middle one
    expect(teknik.total.medianAnswerMs).toBe(50 * 3600_000);
    const csv = serviceLevelCsv(table).slice(1).split('\r\n');
    expect(csv[0]).toContain('Besked eller svar i tid');
    expect(csv[0]).toContain('Utlovat datum hållet');
    expect(csv.find((l) => l === `${teknik.committee};Alla;3;3;1;2;0;33,3;2;66,7;1;1;100;3;50`)).toBeDefined();
  });
});

describe('elapsedText', () => {
  it('says minutes, hours and days as people do', () => {
    expect(elapsedText(40 * 60_000).sv).toBe('40 minuter');
    expect(elapsedText(3 * 3600_000 + 20 * 60_000).sv).toBe('3 timmar och 20 minuter');
    expect(elapsedText(27 * 3600_000)).toEqual({ sv: '1 dygn och 3 timmar', en: '1 day and 3 hours' });
  });
});
