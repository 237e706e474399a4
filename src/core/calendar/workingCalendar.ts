/**
 * The working calendar of SPEC §2: which dates are working days, when business time runs,
 * and the business-time walks the deadline units are built on.
 *
 * Everything a person sees is a Temporal value in the calendar's time zone. Internally the
 * calendar works in epoch nanoseconds (bigint, exact) and epoch days (integers), and caches
 * one {@link CalendarDay} per date, so a deadline costs a few Map lookups rather than a
 * Temporal time-zone computation per step.
 */
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import {
  calendarConfigSchema,
  WEEKDAY_KEYS,
  type CalendarConfig,
  type OpeningInterval,
} from '../config/calendarSchema';
import {
  civilFromEpochDay,
  epochDayFromCivil,
  epochDayFromIsoString,
  epochDayOfPlainDate,
  isoWeekdayOfEpochDay,
  plainDateOfEpochDay,
} from './epochDays';
import { swedishHolidayIndex } from './swedishHolidays';
import { epochNanosecondsOfLocal, localNanoseconds } from './zoneOffsets';

/** A calendar configuration as written in a file; missing fields get the SPEC §2 defaults. */
export type CalendarConfigInput = z.input<typeof calendarConfigSchema>;

/** An instant, or a zoned date-time standing for its instant. */
export type InstantLike = Temporal.Instant | Temporal.ZonedDateTime;

/** One stretch of business time, half-open: `start` is inside, `end` is not. */
export interface BusinessInterval {
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
}

/** A stretch of business time in epoch nanoseconds, half-open `[startNs, endNs)`. */
export interface EpochNsInterval {
  readonly startNs: bigint;
  readonly endNs: bigint;
}

/** Why a date has no business time. */
export type ClosedReason = 'holiday' | 'closedDay' | 'noOpeningHours';

/** One local date of the calendar, as the deadline engine sees it (cached per date). */
export interface CalendarDay {
  /** Days since 1970-01-01. */
  readonly epochDay: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The first instant of the local date (local midnight, or the first valid time after a DST gap). */
  readonly startNs: bigint;
  /** True when the date has business time: not a holiday, not a closed day, and opening hours. */
  readonly working: boolean;
  /** Business time of the date, ordered and merged; empty when not a working day. */
  readonly intervals: readonly EpochNsInterval[];
  /** Total business time of the date. */
  readonly businessNs: bigint;
  /** Null on a working day. */
  readonly closedBecause: ClosedReason | null;
  /** The Swedish holiday on this date, if any. */
  readonly holiday: string | null;
}

/** Working days and business time of one calendar year. */
export interface YearSummary {
  readonly workingDays: number;
  readonly businessNs: bigint;
}

/**
 * A municipality's working calendar (SPEC §2). Opening hours are half-open: exactly 08:00 is
 * business time, exactly 16:00 is not.
 */
export interface WorkingCalendar {
  /** IANA time zone of every local time, e.g. `Europe/Stockholm`. */
  readonly timeZone: string;
  /** Length of one working day for the `workingDays` unit, in hours. */
  readonly workingDayHours: number;

  /** True when the date is not a holiday, not a closed day and has opening hours. */
  isWorkingDay(date: Temporal.PlainDate): boolean;
  /** Business time of a date in the calendar's zone; empty when the date is not a working day. */
  openingIntervals(date: Temporal.PlainDate): BusinessInterval[];
  /** When the date's business time begins, or null when it is not a working day. */
  openingTime(date: Temporal.PlainDate): Temporal.ZonedDateTime | null;
  /** When the date's business time ends (its last interval's end), or null when it is not a working day. */
  closingTime(date: Temporal.PlainDate): Temporal.ZonedDateTime | null;
  /** The first working day strictly after a date. */
  nextWorkingDay(date: Temporal.PlainDate): Temporal.PlainDate;
  /** The local date of an instant in the calendar's zone. */
  localDate(instant: InstantLike): Temporal.PlainDate;
  /** True when the instant lies in business time. */
  isBusinessTime(instant: InstantLike): boolean;
  /** The instant itself when it lies in business time, else the next moment business time begins. */
  nextBusinessStart(instant: InstantLike): Temporal.ZonedDateTime;

  /** The cached record of a date given as days since 1970-01-01. */
  day(epochDay: number): CalendarDay;
  /** The cached record of the local date an instant falls on. */
  dayAt(epochNs: bigint): CalendarDay;
  /** Working days and business time of a year (cached). */
  yearSummary(year: number): YearSummary;
  /** {@link nextBusinessStart} in epoch nanoseconds. */
  nextBusinessStartNs(epochNs: bigint): bigint;
  /**
   * Adds an amount of business time to an instant. When the amount runs out exactly at a
   * closing time, the result is that closing time, not the next opening.
   */
  addBusinessNs(fromNs: bigint, amountNs: bigint): bigint;
  /** The n-th working day after a date (n = 0: the date itself, whatever it is). */
  workingDayAfter(epochDay: number, n: number): CalendarDay;
}

export const NS_PER_DAY = 86_400_000_000_000n;

/** A walk that meets no business time for this many days gives up instead of looping forever. */
const MAX_DAYS_WITHOUT_BUSINESS_TIME = 3660;

/** Per-date records kept per calendar (about 110 years of dates, a few MB), then the oldest go first. */
const MAX_CACHED_DAYS = 40_000;

function epochDayOfNs(epochNs: bigint): number {
  const q = epochNs / NS_PER_DAY;
  // bigint division truncates towards zero; dates before 1970 need the floor.
  return Number(epochNs < 0n && q * NS_PER_DAY !== epochNs ? q - 1n : q);
}

function parseClock(clock: string): { hour: number; minute: number } {
  return { hour: Number(clock.slice(0, 2)), minute: Number(clock.slice(3, 5)) };
}

/** Sorts and merges intervals that touch or overlap (a DST gap can squeeze two together). */
function mergeIntervals(intervals: EpochNsInterval[]): EpochNsInterval[] {
  const sorted = intervals.filter((iv) => iv.endNs > iv.startNs).sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
  const merged: EpochNsInterval[] = [];
  for (const iv of sorted) {
    const last = merged[merged.length - 1];
    if (last && iv.startNs <= last.endNs) {
      if (iv.endNs > last.endNs) merged[merged.length - 1] = { startNs: last.startNs, endNs: iv.endNs };
    } else {
      merged.push(iv);
    }
  }
  return merged;
}

class ConfiguredWorkingCalendar implements WorkingCalendar {
  readonly timeZone: string;
  readonly workingDayHours: number;
  private readonly weekly: readonly (readonly OpeningInterval[])[];
  private readonly exceptions = new Map<number, readonly OpeningInterval[]>();
  private readonly closedDays = new Set<number>();
  private readonly days = new Map<number, CalendarDay>();
  private readonly years = new Map<number, YearSummary>();

  constructor(config: CalendarConfig) {
    this.timeZone = canonicalTimeZone(config.timeZone);
    this.workingDayHours = config.workingDayHours;
    // Index 0 is Monday, as ISO weekday 1.
    this.weekly = WEEKDAY_KEYS.map((key) => config.openingHours[key]);
    // A later exception for the same date wins, as a later line in a list of corrections would.
    for (const exception of config.exceptions) this.exceptions.set(epochDayFromIsoString(exception.date), exception.hours);
    for (const date of config.closedDays) this.closedDays.add(epochDayFromIsoString(date));
  }

  // ---- Temporal-level API -------------------------------------------------------------

  isWorkingDay(date: Temporal.PlainDate): boolean {
    return this.day(epochDayOfPlainDate(date)).working;
  }

  openingIntervals(date: Temporal.PlainDate): BusinessInterval[] {
    return this.day(epochDayOfPlainDate(date)).intervals.map((iv) => ({
      start: this.zoned(iv.startNs),
      end: this.zoned(iv.endNs),
    }));
  }

  openingTime(date: Temporal.PlainDate): Temporal.ZonedDateTime | null {
    const first = this.day(epochDayOfPlainDate(date)).intervals[0];
    return first ? this.zoned(first.startNs) : null;
  }

  closingTime(date: Temporal.PlainDate): Temporal.ZonedDateTime | null {
    const intervals = this.day(epochDayOfPlainDate(date)).intervals;
    const last = intervals[intervals.length - 1];
    return last ? this.zoned(last.endNs) : null;
  }

  nextWorkingDay(date: Temporal.PlainDate): Temporal.PlainDate {
    return plainDateOfEpochDay(this.workingDayAfter(epochDayOfPlainDate(date), 1).epochDay);
  }

  localDate(instant: InstantLike): Temporal.PlainDate {
    return plainDateOfEpochDay(this.dayAt(instant.epochNanoseconds).epochDay);
  }

  isBusinessTime(instant: InstantLike): boolean {
    const ns = instant.epochNanoseconds;
    return this.dayAt(ns).intervals.some((iv) => iv.startNs <= ns && ns < iv.endNs);
  }

  nextBusinessStart(instant: InstantLike): Temporal.ZonedDateTime {
    return this.zoned(this.nextBusinessStartNs(instant.epochNanoseconds));
  }

  // ---- Engine-level API (epoch nanoseconds) --------------------------------------------

  day(epochDay: number): CalendarDay {
    const cached = this.days.get(epochDay);
    if (cached) return cached;
    const built = this.buildDay(epochDay);
    if (this.days.size >= MAX_CACHED_DAYS) {
      // Maps iterate in insertion order: drop the oldest record.
      const oldest = this.days.keys().next();
      if (!oldest.done) this.days.delete(oldest.value);
    }
    this.days.set(epochDay, built);
    return built;
  }

  dayAt(epochNs: bigint): CalendarDay {
    // The UTC date is at most one day off the local one for any real-world offset.
    let d = epochDayOfNs(epochNs);
    while (epochNs < this.day(d).startNs) d -= 1;
    while (epochNs >= this.day(d + 1).startNs) d += 1;
    return this.day(d);
  }

  yearSummary(year: number): YearSummary {
    const cached = this.years.get(year);
    if (cached) return cached;
    let workingDays = 0;
    let businessNs = 0n;
    const last = epochDayFromCivil(year, 12, 31);
    for (let d = epochDayFromCivil(year, 1, 1); d <= last; d++) {
      const rec = this.day(d);
      if (rec.working) workingDays += 1;
      businessNs += rec.businessNs;
    }
    const summary = { workingDays, businessNs };
    this.years.set(year, summary);
    return summary;
  }

  nextBusinessStartNs(epochNs: bigint): bigint {
    let day = this.dayAt(epochNs);
    for (let idle = 0; idle <= MAX_DAYS_WITHOUT_BUSINESS_TIME; idle++) {
      for (const iv of day.intervals) {
        if (epochNs < iv.endNs) return iv.startNs > epochNs ? iv.startNs : epochNs;
      }
      day = this.day(day.epochDay + 1);
    }
    throw this.noBusinessTime(epochNs);
  }

  addBusinessNs(fromNs: bigint, amountNs: bigint): bigint {
    if (amountNs < 0n) throw new RangeError(`business time to add must not be negative; got ${amountNs} ns`);
    let remaining = amountNs;
    let cursor = fromNs;
    let day = this.dayAt(fromNs);
    let idle = 0;
    for (;;) {
      for (const iv of day.intervals) {
        if (iv.endNs <= cursor) continue;
        const from = iv.startNs > cursor ? iv.startNs : cursor;
        const available = iv.endNs - from;
        // `<=`: an amount that runs out exactly at closing time ends there (SPEC §3).
        if (remaining <= available) return from + remaining;
        remaining -= available;
        cursor = iv.endNs;
        idle = 0;
      }
      let next = day.epochDay + 1;
      if (day.month === 12 && day.day === 31) {
        // Skip whole years the amount outlasts; only a strictly larger amount skips, so an
        // amount ending at the year's last closing time is found by the walk below.
        let year = day.year + 1;
        for (let s = this.yearSummary(year); s.businessNs > 0n && remaining > s.businessNs; s = this.yearSummary(year)) {
          remaining -= s.businessNs;
          year += 1;
        }
        next = epochDayFromCivil(year, 1, 1);
      }
      day = this.day(next);
      if (++idle > MAX_DAYS_WITHOUT_BUSINESS_TIME) throw this.noBusinessTime(fromNs);
    }
  }

  workingDayAfter(epochDay: number, n: number): CalendarDay {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`a count of working days must be a whole number ≥ 0; got ${n}`);
    let current = this.day(epochDay);
    let remaining = n;
    let idle = 0;
    while (remaining > 0) {
      if (current.month === 12 && current.day === 31) {
        let year = current.year + 1;
        for (let s = this.yearSummary(year); s.workingDays > 0 && remaining > s.workingDays; s = this.yearSummary(year)) {
          remaining -= s.workingDays;
          year += 1;
        }
        if (year !== current.year + 1) current = this.day(epochDayFromCivil(year, 1, 1) - 1);
      }
      current = this.day(current.epochDay + 1);
      if (current.working) {
        remaining -= 1;
        idle = 0;
      } else if (++idle > MAX_DAYS_WITHOUT_BUSINESS_TIME) {
        throw this.noBusinessTime(current.startNs);
      }
    }
    return current;
  }

  // ---- internals ------------------------------------------------------------------------

  private zoned(epochNs: bigint): Temporal.ZonedDateTime {
    return new Temporal.ZonedDateTime(epochNs, this.timeZone);
  }

  private noBusinessTime(fromNs: bigint): Error {
    const from = this.zoned(fromNs).toPlainDate().toString();
    return new Error(
      `the working calendar has no business time within ${MAX_DAYS_WITHOUT_BUSINESS_TIME} days after ${from}; check openingHours, exceptions and closedDays`,
    );
  }

  /**
   * The instant of a local wall-clock time on a date; `24:00` is the next date's midnight.
   * 'compatible': a time in a spring-forward gap moves later by the gap, an ambiguous autumn
   * time takes the earlier instant (as `PlainDateTime.toZonedDateTime`, but from cached offsets).
   */
  private localTimeNs(epochDay: number, clock: string): bigint {
    const { hour, minute } = parseClock(clock);
    const wallClockNs = BigInt(epochDay) * NS_PER_DAY + BigInt(hour * 3600 + minute * 60) * 1_000_000_000n;
    return epochNanosecondsOfLocal(this.timeZone, wallClockNs);
  }

  /** The first instant of a date: local midnight, or the end of a gap that swallows midnight. */
  private startOfDayNs(epochDay: number, year: number, month: number, day: number): bigint {
    const midnightNs = BigInt(epochDay) * NS_PER_DAY;
    const startNs = epochNanosecondsOfLocal(this.timeZone, midnightNs);
    if (localNanoseconds(this.timeZone, startNs) === midnightNs) return startNs;
    // Midnight does not exist that day (a few zones change at 00:00): ask Temporal.
    return new Temporal.PlainDate(year, month, day).toZonedDateTime(this.timeZone).epochNanoseconds;
  }

  private buildDay(epochDay: number): CalendarDay {
    const { year, month, day } = civilFromEpochDay(epochDay);
    // Throws a RangeError naming the year outside 1900–2200.
    const holiday = swedishHolidayIndex(year).get(epochDay) ?? null;
    const startNs = this.startOfDayNs(epochDay, year, month, day);
    const base = { epochDay, year, month, day, startNs, holiday };
    const closed = (closedBecause: ClosedReason): CalendarDay =>
      ({ ...base, working: false, intervals: [], businessNs: 0n, closedBecause });
    if (holiday !== null) return closed('holiday');
    if (this.closedDays.has(epochDay)) return closed('closedDay');
    const hours = this.exceptions.get(epochDay) ?? this.weekly[isoWeekdayOfEpochDay(epochDay) - 1] ?? [];
    const intervals = mergeIntervals(
      hours.map((h) => ({ startNs: this.localTimeNs(epochDay, h.from), endNs: this.localTimeNs(epochDay, h.to) })),
    );
    if (intervals.length === 0) return closed('noOpeningHours');
    const businessNs = intervals.reduce((sum, iv) => sum + (iv.endNs - iv.startNs), 0n);
    return Object.freeze({ ...base, working: true, intervals: Object.freeze(intervals), businessNs, closedBecause: null });
  }
}

function canonicalTimeZone(timeZone: string): string {
  try {
    return Temporal.PlainDate.from('2026-01-01').toZonedDateTime(timeZone).timeZoneId;
  } catch {
    throw new RangeError(`unknown time zone '${timeZone}' in the calendar configuration`);
  }
}

/**
 * @summary Builds a municipality's working calendar.
 *
 * Builds the working calendar of a configuration (SPEC §2). Missing fields take the SPEC
 * defaults (Europe/Stockholm, Monday–Friday 08:00–16:00, 8-hour working days), so
 * `createWorkingCalendar()` is the calendar of SPEC §2.
 *
 * A date is a working day when it is not a Swedish holiday (see `swedishHolidays`), not one
 * of `closedDays`, and has opening hours after `exceptions` (a dated exception replaces the
 * weekday's hours; an empty list closes the date). An exception cannot open a holiday. The
 * holidays are Swedish whatever `timeZone` says. Dates outside 1900–2200 (the holiday range)
 * throw a RangeError.
 *
 * @param config - the `calendar` section of a configuration
 * @returns a calendar that caches its per-date work; keep one per configuration
 * @throws when the configuration is invalid or names an unknown time zone
 * @example
 * const calendar = createWorkingCalendar();
 * calendar.isWorkingDay(Temporal.PlainDate.from('2026-06-19')) //=> false (midsommarafton)
 * calendar.closingTime(Temporal.PlainDate.from('2026-11-20'))?.toString()
 * //=> '2026-11-20T16:00:00+01:00[Europe/Stockholm]'
 */
export function createWorkingCalendar(config: CalendarConfigInput = {}): WorkingCalendar {
  return new ConfiguredWorkingCalendar(calendarConfigSchema.parse(config));
}
