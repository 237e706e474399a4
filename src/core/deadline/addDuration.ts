/**
 * The five deadline units of SPEC §3: the arithmetic that turns *received* and an amount
 * into a due time. Rule selection is elsewhere (`selectDeadlineRules`), and so is the
 * calendar (`createWorkingCalendar`).
 */
import { Temporal } from 'temporal-polyfill';
import type { Duration } from '../config/policySchema';
import { NS_PER_DAY, type InstantLike, type WorkingCalendar } from '../calendar/workingCalendar';
import { epochNanosecondsOfLocal, localNanoseconds } from '../calendar/zoneOffsets';

const NS_PER_MS = 1_000_000n;

/**
 * Hours as nanoseconds. Fractional hours are kept to the millisecond (0.1 h = 6 min
 * exactly); whole hours are exact.
 */
export function hoursToNs(hours: number): bigint {
  return BigInt(Math.round(hours * 3_600_000)) * NS_PER_MS;
}

function checkDuration(duration: Duration, workingDayHours: number): void {
  const { unit, amount } = duration;
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`a ${unit} amount must be a finite number ≥ 0; got ${amount}`);
  }
  if ((unit === 'endOfWorkingDay' || unit === 'calendarDays') && !Number.isInteger(amount)) {
    throw new RangeError(`${unit} takes a whole number of days; got ${amount}`);
  }
  if (duration.extend && unit !== 'calendarHours' && unit !== 'calendarDays') {
    throw new RangeError(`extend is only allowed with calendarHours and calendarDays, not ${unit}`);
  }
  if (unit === 'workingDays' && !(Number.isFinite(workingDayHours) && workingDayHours > 0)) {
    throw new RangeError(`workingDayHours must be a positive number; got ${workingDayHours}`);
  }
}

/**
 * Evaluates durations for one received time. It remembers *start*, so a message that
 * several rules match finds it once. Results are epoch nanoseconds (exact, and cheap to
 * compare); `addDuration` wraps them as ZonedDateTime.
 */
export class DueClock {
  private startNsMemo: bigint | undefined;
  readonly receivedNs: bigint;

  constructor(
    received: InstantLike,
    private readonly calendar: WorkingCalendar,
    private readonly workingDayHours: number = calendar.workingDayHours,
  ) {
    this.receivedNs = received.epochNanoseconds;
  }

  /** *start*: received when that lies in business time, else the next moment business time begins. */
  get startNs(): bigint {
    if (this.startNsMemo === undefined) this.startNsMemo = this.calendar.nextBusinessStartNs(this.receivedNs);
    return this.startNsMemo;
  }

  /** The due time of a duration, in epoch nanoseconds. */
  dueNs(duration: Duration): bigint {
    checkDuration(duration, this.workingDayHours);
    const { amount } = duration;
    switch (duration.unit) {
      case 'workingDays':
        // n working days = n × workingDayHours of business time from start.
        return this.calendar.addBusinessNs(this.startNs, hoursToNs(amount * this.workingDayHours));
      case 'businessHours':
        return this.calendar.addBusinessNs(this.startNs, hoursToNs(amount));
      case 'endOfWorkingDay': {
        // start lies in business time, so its date is a working day.
        const day = this.calendar.workingDayAfter(this.calendar.dayAt(this.startNs).epochDay, amount);
        return day.intervals[day.intervals.length - 1]!.endNs;
      }
      case 'calendarHours':
        // Elapsed time: a DST change neither stretches nor shrinks it.
        return this.extend(this.receivedNs + hoursToNs(amount), duration.extend);
      case 'calendarDays': {
        // Wall-clock days, as Temporal's ZonedDateTime.add({ days }) with 'compatible'
        // disambiguation, but through the cached offsets (add() costs a zone lookup per call).
        // Zero days is the received instant itself (as add() does), not its wall-clock time
        // re-read, which in the repeated autumn hour would pick the earlier instant.
        if (amount === 0) return this.extend(this.receivedNs, duration.extend);
        const tz = this.calendar.timeZone;
        const wallClockNs = localNanoseconds(tz, this.receivedNs) + BigInt(amount) * NS_PER_DAY;
        return this.extend(epochNanosecondsOfLocal(tz, wallClockNs), duration.extend);
      }
    }
  }

  /** `extend`: a result on a date that is not a working day moves to the next working day's closing time. */
  private extend(resultNs: bigint, extend: boolean | undefined): bigint {
    if (!extend) return resultNs;
    const day = this.calendar.dayAt(resultNs);
    if (day.working) return resultNs;
    const next = this.calendar.workingDayAfter(day.epochDay, 1);
    return next.intervals[next.intervals.length - 1]!.endNs;
  }
}

/**
 * @summary Adds a policy duration to a receipt time.
 *
 * Adds a policy duration to a receipt time, in one of the five units of SPEC §3.
 *
 * - `workingDays` n: n × `workingDayHours` hours of business time from *start* (received when
 *   that lies in business time, else the next opening); an amount that runs out exactly at a
 *   closing time ends at that closing time.
 * - `businessHours` n: n hours of business time from *start*, likewise.
 * - `endOfWorkingDay` n: the closing time of the n-th working day after the working day of *start*.
 * - `calendarHours` n: received + n elapsed hours.
 * - `calendarDays` n: the same wall-clock time n days later (`ZonedDateTime.add`, 'compatible').
 * - `extend` (calendar units only): a result on a date that is not a working day moves to the
 *   closing time of the next working day.
 *
 * @param received - when the message was received
 * @param duration - a policy amount and unit
 * @param calendar - the municipality's working calendar
 * @param workingDayHours - hours in one working day (default: the calendar's, normally 8)
 * @returns the due time in the calendar's time zone
 * @example
 * // Ljungby, e-mail (2 working days), received Friday 2026-11-20 15:30 local time
 * addDuration(Temporal.Instant.from('2026-11-20T14:30:00Z'), { unit: 'workingDays', amount: 2 }, createWorkingCalendar()).toString()
 * //=> '2026-11-24T15:30:00+01:00[Europe/Stockholm]'
 */
export function addDuration(
  received: InstantLike,
  duration: Duration,
  calendar: WorkingCalendar,
  workingDayHours: number = calendar.workingDayHours,
): Temporal.ZonedDateTime {
  const ns = new DueClock(received, calendar, workingDayHours).dueNs(duration);
  return new Temporal.ZonedDateTime(ns, calendar.timeZone);
}
