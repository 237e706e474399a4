import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { presetConfig } from '../../src/core/config';
import {
  committeeOf,
  MessageIndex,
  SERVICE_LEVEL_CSV_COLUMNS,
  serviceLevelByChannel,
  serviceLevelByCommittee,
  serviceLevelByDepartment,
  serviceLevelByWeek,
  serviceLevelCsv,
  type DashboardMessage,
  type ServiceLevelFigures,
} from '../../src/core/dashboard';
import type { SvarstidRecord } from '../../src/core/record';
import { CHANNELS, type Channel } from '../../src/core/vocabulary';

/**
 * The tab's service-level figures with acknowledgements (SPEC §6, issue 14), against an oracle
 * written here from the spec's words with plain millisecond arithmetic and its own ISO-week
 * reckoning: "confirmed in time" = an acknowledgement or the answer at or before the due;
 * "promised date kept" = the answer (never an acknowledgement, never a holding reply)
 * at or before the promise; the policy's due is met by an acknowledgement only where the rule
 * says so. Undecided (open) messages are not in the shares.
 */

const TZ = 'Europe/Stockholm';
const config = presetConfig('ljungby');
const DEPARTMENTS = config.departments.map((d) => d.id);
const NOW_MS = Date.parse('2026-11-25T10:00:00Z');
const now = Temporal.Instant.fromEpochMilliseconds(NOW_MS);
const HOUR = 3_600_000;

type Counts = { met: number; late: number; open: number; overdue: number };
interface Expected {
  messages: number;
  due: Counts;
  confirmed: Counts;
  promise: Counts;
  answered: number;
}

const zero = (): Counts => ({ met: 0, late: 0, open: 0, overdue: 0 });
const emptyExpected = (): Expected => ({ messages: 0, due: zero(), confirmed: zero(), promise: zero(), answered: 0 });

/** One outcome straight from the spec: done by the deadline, done after, or not done (and the deadline passed or not). */
function outcome(doneMs: number | null, deadlineMs: number): keyof Counts {
  if (doneMs !== null) return doneMs <= deadlineMs ? 'met' : 'late';
  return NOW_MS > deadlineMs ? 'overdue' : 'open';
}

const ms = (iso: string | null | undefined): number | null => (iso === null || iso === undefined ? null : Date.parse(iso));
const first = (...xs: (number | null)[]): number | null => xs.reduce<number | null>((a, x) => (x === null ? a : a === null || x < a ? x : a), null);

/** Stockholm's local calendar date of an instant, read with Intl (not Temporal), then the ISO week by the Thursday rule. */
function weekOf(receivedMs: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(receivedMs));
  const [y, m, d] = parts.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function addTo(e: Expected, r: SvarstidRecord): void {
  e.messages++;
  const answered = ms(r.answeredAt);
  const acknowledged = ms(r.acknowledgedAt);
  if (answered !== null) e.answered++;
  const due = ms(r.due);
  if (due !== null) {
    e.due[outcome(r.ackMeetsDue === true ? first(answered, acknowledged) : answered, due)]++;
    e.confirmed[outcome(first(answered, acknowledged), due)]++;
  }
  const promised = ms(r.promised);
  if (promised !== null) e.promise[outcome(answered, promised)]++;
}

function expectedBy(messages: readonly DashboardMessage[], key: (m: DashboardMessage) => string): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const m of messages) {
    const k = key(m);
    if (!out.has(k)) out.set(k, emptyExpected());
    addTo(out.get(k)!, m.record);
  }
  return out;
}

const figuresOf = (r: ServiceLevelFigures): Expected => ({ messages: r.messages, due: r.due, confirmed: r.confirmed, promise: r.promise, answered: r.answered });

const iso = (t: number): string => new Date(t).toISOString();

/** A labelled message of the last five weeks: due, maybe acknowledged (with a promise), maybe a holding reply, maybe answered. */
const arbMessage = fc
  .record({
    receivedAgoH: fc.integer({ min: 1, max: 5 * 7 * 24 }),
    dueAfterH: fc.option(fc.integer({ min: 1, max: 10 * 24 }), { nil: null }),
    ackAfterH: fc.option(fc.integer({ min: 0, max: 12 * 24 }), { nil: null }),
    promiseAfterAckH: fc.integer({ min: 1, max: 15 * 24 }),
    holdingAfterH: fc.option(fc.integer({ min: 0, max: 12 * 24 }), { nil: null }),
    answerAfterH: fc.option(fc.integer({ min: 0, max: 30 * 24 }), { nil: null }),
    ackMeetsDue: fc.boolean(),
    department: fc.constantFrom(...DEPARTMENTS),
    channel: fc.constantFrom<Channel>(...CHANNELS),
  })
  .map((g) => {
    const received = NOW_MS - g.receivedAgoH * HOUR;
    const within = (h: number | null): number | null => (h === null || received + h * HOUR > NOW_MS ? null : received + h * HOUR);
    const answeredAt = within(g.answerAfterH);
    // Acknowledgements and holding replies come before the answer (the worker ignores those after it).
    const before = (t: number | null): number | null => (t === null || (answeredAt !== null && t >= answeredAt) ? null : t);
    const ackAt = before(within(g.ackAfterH));
    const holdingAt = before(within(g.holdingAfterH));
    const record: SvarstidRecord = {
      v: 1,
      policy: 'ljungby@1',
      channel: g.channel,
      kind: 'fraga',
      department: g.department,
      due: g.dueAfterH === null ? null : iso(received + g.dueAfterH * HOUR),
      target: null,
      rules: [],
      source: 'auto',
      answeredAt: answeredAt === null ? null : iso(answeredAt),
      ...(ackAt !== null
        ? {
            acknowledgedAt: iso(ackAt),
            promised: iso(ackAt + g.promiseAfterAckH * HOUR),
            acks: [{ at: iso(ackAt), p: iso(ackAt + g.promiseAfterAckH * HOUR), by: 'marker' as const }],
            ...(g.ackMeetsDue && g.dueAfterH !== null ? { ackMeetsDue: true as const } : {}),
          }
        : {}),
      ...(holdingAt !== null ? { holding: { at: iso(holdingAt), why: 'vi återkommer' } } : {}),
    };
    return { received: iso(received), record };
  });

function indexOf(list: readonly { received: string; record: SvarstidRecord }[]): { index: MessageIndex; messages: DashboardMessage[] } {
  const index = new MessageIndex();
  const messages = list.map((m, i): DashboardMessage => ({ id: `m${i}`, subject: `Ämne ${i}`, received: m.received, webLink: null, folder: 'inbox', record: m.record }));
  for (const m of messages) index.upsert(m);
  return { index, messages };
}

describe('service level with acknowledgements, against an oracle written from the spec', () => {
  it('per week, department and channel: due met, confirmed in time, answered by the promised time (property)', () => {
    fc.assert(
      fc.property(fc.array(arbMessage, { maxLength: 40 }), (list) => {
        const { index, messages } = indexOf(list);
        const all = index.all();

        const weeks = serviceLevelByWeek(all, now, TZ);
        const wantWeeks = expectedBy(messages, (m) => weekOf(Date.parse(m.received)));
        for (const w of weeks) expect(figuresOf(w)).toEqual(wantWeeks.get(w.key) ?? emptyExpected());
        // Every message of the window is in some week (five weeks back lie inside the twelve).
        expect(weeks.reduce((n, w) => n + w.messages, 0)).toBe(messages.length);

        const departments = serviceLevelByDepartment(all, now, DEPARTMENTS, TZ);
        const wantDepartments = expectedBy(messages, (m) => m.record.department);
        expect(departments.map((d) => d.key)).toEqual(DEPARTMENTS);
        for (const d of departments) expect(figuresOf(d)).toEqual(wantDepartments.get(d.key) ?? emptyExpected());

        const channels = serviceLevelByChannel(all, now, CHANNELS, TZ);
        const wantChannels = expectedBy(messages, (m) => m.record.channel);
        expect(channels.map((c) => c.key)).toEqual(CHANNELS.filter((c) => wantChannels.has(c)));
        for (const c of channels) expect(figuresOf(c)).toEqual(wantChannels.get(c.key));
      }),
      { numRuns: 150 },
    );
  });

  it('a holding reply with no date is neither an answer nor a confirmation; an acknowledgement confirms but does not answer', () => {
    const received = '2026-11-23T08:00:00Z'; // Monday, week 48
    const base = (over: Partial<SvarstidRecord>): SvarstidRecord => ({
      v: 1, policy: 'ljungby@1', channel: 'epost', kind: 'fraga', department: DEPARTMENTS[0]!, due: '2026-11-24T16:00:00+01:00', target: null, rules: [], source: 'auto', answeredAt: null, ...over,
    });
    const { index } = indexOf([
      // held with "vi återkommer" before the due, then nothing: the due passed unconfirmed.
      { received, record: base({ holding: { at: '2026-11-23T10:00:00+01:00', why: 'vi återkommer' } }) },
      // acknowledged before the due with a promise still ahead: confirmed in time, open against the promise.
      { received, record: base({ acknowledgedAt: '2026-11-23T11:00:00+01:00', promised: '2026-11-27T16:00:00+01:00', acks: [{ at: '2026-11-23T11:00:00+01:00', p: '2026-11-27T16:00:00+01:00', by: 'marker' }] }) },
      // acknowledged, then answered after the promise: confirmed in time, the promise broken.
      { received, record: base({ acknowledgedAt: '2026-11-23T11:00:00+01:00', promised: '2026-11-24T12:00:00+01:00', answeredAt: '2026-11-24T15:00:00+01:00' }) },
    ]);
    const week = serviceLevelByWeek(index.all(), now, TZ).find((w) => w.key === '2026-W48')!;
    expect(figuresOf(week)).toEqual({
      messages: 3,
      due: { met: 1, late: 0, open: 0, overdue: 2 },
      confirmed: { met: 2, late: 0, open: 0, overdue: 1 },
      promise: { met: 0, late: 1, open: 1, overdue: 0 },
      answered: 1,
    });

    // The CSV per nämnd carries both figures with their own columns.
    const csv = serviceLevelCsv(serviceLevelByCommittee(index.all(), now, config, TZ)).slice(1).split('\r\n');
    const header = csv[0]!.split(';');
    expect(header).toEqual([...SERVICE_LEVEL_CSV_COLUMNS]);
    const col = (name: (typeof SERVICE_LEVEL_CSV_COLUMNS)[number]): number => header.indexOf(name);
    const committee = committeeOf(config, DEPARTMENTS[0]!);
    const row = csv.find((l) => l.split(';')[0] === committee && l.split(';')[1] === '2026-W48')!.split(';');
    expect(row[col('Besked eller svar i tid')]).toBe('2');
    expect(row[col('Andel besked eller svar i tid (%)')]).toBe('66,7');
    expect(row[col('Med utlovad svarstid')]).toBe('2');
    expect(row[col('Utlovat datum hållet')]).toBe('0');
    expect(row[col('Andel utlovat datum hållet (%)')]).toBe('0');
    expect(row[col('Besvarade i tid')]).toBe('1');
    expect(row[col('Besvarade')]).toBe('1');
  });
});
