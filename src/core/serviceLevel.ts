/**
 * Service-level figures with acknowledgements (SPEC §6): the policy's due is met by an answer,
 * or by an acknowledgement where the rule says so (`ackMeetsDue`); reports count "confirmed in
 * time" and "answered by the promised time" separately. The Teams tab's service level and CSV
 * call these; they read only the record (and the message's receipt time for the week).
 */
import { Temporal } from 'temporal-polyfill';
import type { SvarstidRecord } from './record';

/** How a message stands against one deadline: done in time, done late, or not done yet (before/after it). */
export type Outcome = 'met' | 'late' | 'open' | 'overdue';

type Facts = Pick<SvarstidRecord, 'due' | 'answeredAt' | 'acknowledgedAt' | 'promised' | 'ackMeetsDue'>;

function against(doneAt: string | null | undefined, deadline: string, now: Temporal.Instant): Outcome {
  const deadlineMs = Date.parse(deadline);
  if (doneAt !== null && doneAt !== undefined) return Date.parse(doneAt) <= deadlineMs ? 'met' : 'late';
  return now.epochMilliseconds > deadlineMs ? 'overdue' : 'open';
}

function earliest(...times: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const t of times) if (t !== null && t !== undefined && (best === null || Date.parse(t) < Date.parse(best))) best = t;
  return best;
}

/**
 * The policy's due: met by an answer at or before it, or — only when the rule that gave the due
 * says `satisfiedBy: "acknowledgement"` — by the first acknowledgement at or before it. Null
 * without a due (ej_arende, anonymous).
 */
export function dueOutcome(record: Facts, now: Temporal.Instant): Outcome | null {
  if (record.due === null) return null;
  const doneAt = record.ackMeetsDue === true ? earliest(record.answeredAt, record.acknowledgedAt) : record.answeredAt;
  return against(doneAt, record.due, now);
}

/**
 * "Notice or answer in time": the citizen heard from the municipality — an acknowledgement saying when
 * the answer comes, or the answer itself — at or before the due. Null without a due.
 */
export function confirmationOutcome(record: Facts, now: Temporal.Instant): Outcome | null {
  if (record.due === null) return null;
  return against(earliest(record.answeredAt, record.acknowledgedAt), record.due, now);
}

/** "Answered by the promised time": only for messages with a promise; null without one. */
export function promiseOutcome(record: Facts, now: Temporal.Instant): Outcome | null {
  if (record.promised === undefined) return null;
  return against(record.answeredAt, record.promised, now);
}

export type ServiceLevelGrouping = 'week' | 'department' | 'channel';

/** Counts of one group (a week `2026-W48`, a department id or a channel). */
export interface ServiceLevelRow {
  key: string;
  /** Messages in the group. */
  messages: number;
  /** Policy due (ack counts only where the rule says so). */
  due: Record<Outcome, number>;
  /** Confirmed (acknowledged or answered) by the due. */
  confirmed: Record<Outcome, number>;
  /** Messages with a promise, answered by the promised time or not. */
  promise: Record<Outcome, number>;
}

export interface ServiceLevelItem {
  record: SvarstidRecord;
  /** The message's `receivedDateTime` (for the week). */
  received: string;
}

const zero = (): Record<Outcome, number> => ({ met: 0, late: 0, open: 0, overdue: 0 });

/** The ISO week of an instant in a time zone, e.g. `2026-W48`. */
export function isoWeekKey(iso: string, timeZone = 'Europe/Stockholm'): string {
  const date = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDate();
  return `${date.yearOfWeek ?? date.year}-W${String(date.weekOfYear ?? 1).padStart(2, '0')}`;
}

/**
 * Service level per week (of receipt), department or channel, rows ordered by key.
 * @example
 * serviceLevel(items, Temporal.Now.instant(), 'week')
 * //=> [{ key: '2026-W47', messages: 12, due: { met: 9, … }, confirmed: { met: 11, … }, promise: { met: 3, … } }, …]
 */
export function serviceLevel(
  items: readonly ServiceLevelItem[],
  now: Temporal.Instant,
  grouping: ServiceLevelGrouping,
  timeZone = 'Europe/Stockholm',
): ServiceLevelRow[] {
  const rows = new Map<string, ServiceLevelRow>();
  for (const { record, received } of items) {
    const key = grouping === 'week' ? isoWeekKey(received, timeZone) : grouping === 'department' ? record.department : record.channel;
    let row = rows.get(key);
    if (!row) {
      row = { key, messages: 0, due: zero(), confirmed: zero(), promise: zero() };
      rows.set(key, row);
    }
    row.messages++;
    const d = dueOutcome(record, now);
    if (d) row.due[d]++;
    const c = confirmationOutcome(record, now);
    if (c) row.confirmed[c]++;
    const p = promiseOutcome(record, now);
    if (p) row.promise[p]++;
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The share of decided outcomes that were in time: met / (met + late + overdue); open ones are
 * not decided yet. Null when nothing is decided.
 */
export function inTimeShare(counts: Record<Outcome, number>): number | null {
  const decided = counts.met + counts.late + counts.overdue;
  return decided === 0 ? null : counts.met / decided;
}
