import type { Temporal } from 'temporal-polyfill';
import { queueStatus } from '../queue';
import type { SvarstidRecord } from '../record';
import type { Named } from '../vocabulary';

/** Where one message stands against its promise, as the add-in and the tab show it. */
export const MESSAGE_STATUSES = ['onTime', 'dueToday', 'overdue', 'answeredInTime', 'answeredLate', 'noDeadline'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_STATUS_NAMES: Record<MessageStatus, Named> = {
  onTime: { sv: 'i tid', en: 'on time' },
  dueToday: { sv: 'i dag', en: 'due today' },
  overdue: { sv: 'försenad', en: 'overdue' },
  answeredInTime: { sv: 'besvarad i tid', en: 'answered in time' },
  answeredLate: { sv: 'besvarad sent', en: 'answered late' },
  noDeadline: { sv: 'ingen svarstid', en: 'no deadline' },
};

/**
 * @summary The status of one record at `now` against the deadline in force (a promise once an
 * acknowledgement made one, else due): the queue's status with "within a week" and "later"
 * both read as on time.
 * @example messageStatus(record, Temporal.Now.instant(), 'Europe/Stockholm') //=> 'overdue'
 */
export function messageStatus(record: Pick<SvarstidRecord, 'due' | 'promised' | 'answeredAt'>, now: Temporal.Instant, timeZone = 'Europe/Stockholm'): MessageStatus {
  const s = queueStatus(record, now, timeZone);
  return s === 'dueWithinWeek' || s === 'later' ? 'onTime' : s;
}
