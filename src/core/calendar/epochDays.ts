/**
 * Whole-day arithmetic on the proleptic Gregorian (ISO) calendar, with dates held as
 * "epoch days" (days since 1970-01-01). The deadline engine keys its per-date caches by
 * these integers because a Map lookup on a number is far cheaper than building a
 * Temporal.PlainDate for every step of a walk over days.
 */
import { Temporal } from 'temporal-polyfill';

/** A calendar date as plain numbers (ISO calendar; month 1–12). */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days since 1970-01-01 for an ISO date (H. Hinnant's `days_from_civil`).
 *
 * @example
 * epochDayFromCivil(2026, 11, 24) //=> 20781
 */
export function epochDayFromCivil(year: number, month: number, day: number): number {
  // Count years from March so the leap day is the last day of the "year".
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of an epoch day (H. Hinnant's `civil_from_days`). */
export function civilFromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** The epoch day of a Temporal.PlainDate (read in the ISO calendar). */
export function epochDayOfPlainDate(date: Temporal.PlainDate): number {
  const iso = date.calendarId === 'iso8601' ? date : date.withCalendar('iso8601');
  return epochDayFromCivil(iso.year, iso.month, iso.day);
}

/** The Temporal.PlainDate of an epoch day. */
export function plainDateOfEpochDay(epochDay: number): Temporal.PlainDate {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return new Temporal.PlainDate(year, month, day);
}

/** Parses `YYYY-MM-DD` (already validated by the config schema) to an epoch day. */
export function epochDayFromIsoString(text: string): number {
  return epochDayOfPlainDate(Temporal.PlainDate.from(text));
}
