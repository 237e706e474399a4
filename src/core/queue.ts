import { Temporal } from 'temporal-polyfill';
import { deadlineInForce, type SvarstidRecord } from './record';

/** Where a labelled message stands against its promise at a given moment. */
export type QueueStatus = 'overdue' | 'dueToday' | 'dueWithinWeek' | 'later' | 'answeredInTime' | 'answeredLate' | 'noDeadline';

export interface QueueItem {
  id: string;
  record: SvarstidRecord;
}

export interface QueueSummary {
  counts: Record<QueueStatus, number>;
  /** Open items with a deadline, most urgent first: reports of concern, then by the deadline in force (the promise once acknowledged, else due). */
  open: (QueueItem & { status: QueueStatus })[];
  /** Open items per department. */
  perDepartment: Record<string, number>;
}

/**
 * Where one record stands at `now`: answered (in time or late), or open and overdue, due
 * today (local date), due within the next seven days, later, or without deadline. Once an
 * acknowledgement promised a date, that promise is the deadline (SPEC §6).
 */
export function queueStatus(record: Pick<SvarstidRecord, 'due' | 'promised' | 'answeredAt'>, now: Temporal.Instant, timeZone = 'Europe/Stockholm'): QueueStatus {
  const deadline = deadlineInForce(record);
  if (record.answeredAt !== null) {
    if (deadline === null) return 'answeredInTime';
    return Temporal.Instant.compare(Temporal.Instant.from(record.answeredAt), Temporal.Instant.from(deadline)) <= 0
      ? 'answeredInTime'
      : 'answeredLate';
  }
  if (deadline === null) return 'noDeadline';
  const due = Temporal.Instant.from(deadline);
  if (Temporal.Instant.compare(due, now) < 0) return 'overdue';
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const dueDate = due.toZonedDateTimeISO(timeZone).toPlainDate();
  if (Temporal.PlainDate.compare(dueDate, today) === 0) return 'dueToday';
  return Temporal.Instant.compare(due, now.add({ hours: 7 * 24 })) <= 0 ? 'dueWithinWeek' : 'later';
}

/**
 * Which comes first in a queue of open messages, before the deadline in force: a report of
 * concern not yet handed on (0: urgent, always — SPEC §1), then everything else (1).
 */
export function urgencyClass(record: Pick<SvarstidRecord, 'kind'>): number {
  return record.kind === 'orosanmalan' ? 0 : 1;
}

/** Counts and orders a mailbox's labelled messages the way a team lead reads the queue. */
export function summarizeQueue(items: readonly QueueItem[], now: Temporal.Instant, timeZone = 'Europe/Stockholm'): QueueSummary {
  const counts: Record<QueueStatus, number> = {
    overdue: 0,
    dueToday: 0,
    dueWithinWeek: 0,
    later: 0,
    answeredInTime: 0,
    answeredLate: 0,
    noDeadline: 0,
  };
  const open: QueueSummary['open'] = [];
  const perDepartment: Record<string, number> = {};
  for (const item of items) {
    const status = queueStatus(item.record, now, timeZone);
    counts[status] += 1;
    if (status === 'overdue' || status === 'dueToday' || status === 'dueWithinWeek' || status === 'later') {
      open.push({ ...item, status });
      perDepartment[item.record.department] = (perDepartment[item.record.department] ?? 0) + 1;
    }
  }
  open.sort((a, b) => urgencyClass(a.record) - urgencyClass(b.record) || Date.parse(deadlineInForce(a.record)!) - Date.parse(deadlineInForce(b.record)!));
  return { counts, open, perDepartment };
}
