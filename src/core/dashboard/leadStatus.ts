import { Temporal } from 'temporal-polyfill';
import type { Named } from '../vocabulary';

/**
 * Where an open message stands for a team lead (issue 8): overdue, due today, due within the
 * week, later, or without a deadline. The same boundaries as the queue's `queueStatus`
 * (src/core/queue.ts), computed from numbers so that ten thousand messages are placed in
 * milliseconds: the calendar work (where today ends in the municipality's time zone) is done
 * once per moment, in {@link statusClock}, not once per message.
 */
export const LEAD_STATUSES = ['overdue', 'today', 'week', 'later', 'none'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_STATUS_NAMES: Record<LeadStatus, Named> = {
  overdue: { sv: 'försenad', en: 'overdue' },
  today: { sv: 'i dag', en: 'due today' },
  week: { sv: 'inom sju dagar (inte i dag)', en: 'within 7 days (not today)' },
  later: { sv: 'senare', en: 'later' },
  none: { sv: 'ingen svarstid', en: 'no deadline' },
};

export function isLeadStatus(value: unknown): value is LeadStatus {
  return typeof value === 'string' && (LEAD_STATUSES as readonly string[]).includes(value);
}

/** One moment, with the boundaries the statuses need, in epoch milliseconds. */
export interface StatusClock {
  now: Temporal.Instant;
  nowMs: number;
  /** Midnight that starts tomorrow in the municipality's time zone. */
  tomorrowMs: number;
  /** Seven days (168 hours) after now: "within the week". */
  weekEndMs: number;
  timeZone: string;
}

/**
 * @summary The boundaries of the statuses at `now` in a time zone.
 * @example statusClock(Temporal.Instant.from('2026-11-24T10:00:00Z'), 'Europe/Stockholm').tomorrowMs
 * //=> Date.parse('2026-11-24T23:00:00Z')
 */
export function statusClock(now: Temporal.Instant, timeZone = 'Europe/Stockholm'): StatusClock {
  const tomorrow = now.toZonedDateTimeISO(timeZone).toPlainDate().add({ days: 1 }).toZonedDateTime({ timeZone });
  return {
    now,
    nowMs: now.epochMilliseconds,
    tomorrowMs: tomorrow.epochMilliseconds,
    weekEndMs: now.epochMilliseconds + 7 * 24 * 3600 * 1000,
    timeZone,
  };
}

/**
 * @summary The status of an open message whose deadline in force is `deadlineMs` (NaN or null: none).
 * @example leadStatusOf(clock.nowMs - 1, clock) //=> 'overdue'
 */
export function leadStatusOf(deadlineMs: number | null, clock: StatusClock): LeadStatus {
  if (deadlineMs === null || Number.isNaN(deadlineMs)) return 'none';
  if (deadlineMs < clock.nowMs) return 'overdue';
  if (deadlineMs < clock.tomorrowMs) return 'today';
  return deadlineMs <= clock.weekEndMs ? 'week' : 'later';
}
