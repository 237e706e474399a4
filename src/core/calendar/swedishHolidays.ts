/**
 * The Swedish public holidays that close a municipality's contact centre (SPEC §2).
 */
import { Temporal } from 'temporal-polyfill';
import { civilFromEpochDay, epochDayFromCivil, isoWeekdayOfEpochDay } from './epochDays';

/** The years {@link swedishHolidays} answers for. */
export const SWEDISH_HOLIDAY_YEARS = { first: 1900, last: 2200 } as const;

/** Machine ids of the sixteen days, in calendar order. */
export type SwedishHolidayId =
  | 'nyarsdagen'
  | 'trettondedag_jul'
  | 'langfredagen'
  | 'paskdagen'
  | 'annandag_pask'
  | 'forsta_maj'
  | 'kristi_himmelsfardsdag'
  | 'pingstdagen'
  | 'nationaldagen'
  | 'midsommarafton'
  | 'midsommardagen'
  | 'alla_helgons_dag'
  | 'julafton'
  | 'juldagen'
  | 'annandag_jul'
  | 'nyarsafton';

/** One holiday of one year. */
export interface SwedishHoliday {
  date: Temporal.PlainDate;
  /** The Swedish name, e.g. `långfredagen`. */
  name: string;
  id: SwedishHolidayId;
  /**
   * True for the thirteen allmänna helgdagar of lag (1989:253); false for midsommarafton,
   * julafton and nyårsafton, which lag (1930:173) om beräkning av lagstadgad tid treats alike.
   */
  statutory: boolean;
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus of Meeus/Jones/Butcher),
 * as month and day.
 *
 * @example
 * easterSunday(2026) //=> { month: 4, day: 5 }
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/** The first Saturday on or after a date (midsommardagen, alla helgons dag). */
function saturdayOnOrAfter(epochDay: number): number {
  return epochDay + ((6 - isoWeekdayOfEpochDay(epochDay) + 7) % 7);
}

interface HolidayDay {
  readonly epochDay: number;
  readonly name: string;
  readonly id: SwedishHolidayId;
  readonly statutory: boolean;
}

const byYear = new Map<number, readonly HolidayDay[]>();

function assertYearInRange(year: number): void {
  if (!Number.isInteger(year) || year < SWEDISH_HOLIDAY_YEARS.first || year > SWEDISH_HOLIDAY_YEARS.last) {
    throw new RangeError(
      `Swedish holidays are known for the years ${SWEDISH_HOLIDAY_YEARS.first}–${SWEDISH_HOLIDAY_YEARS.last}; got ${String(year)}`,
    );
  }
}

/** The holidays of a year as epoch days (memoized; the engine's hot path uses this). */
export function swedishHolidayDays(year: number): readonly HolidayDay[] {
  const known = byYear.get(year);
  if (known) return known;
  assertYearInRange(year);
  const easter = easterSunday(year);
  const easterDay = epochDayFromCivil(year, easter.month, easter.day);
  const midsommardagen = saturdayOnOrAfter(epochDayFromCivil(year, 6, 20));
  const day = (month: number, d: number) => epochDayFromCivil(year, month, d);
  const list: HolidayDay[] = [
    { epochDay: day(1, 1), name: 'nyårsdagen', id: 'nyarsdagen', statutory: true },
    { epochDay: day(1, 6), name: 'trettondedag jul', id: 'trettondedag_jul', statutory: true },
    { epochDay: easterDay - 2, name: 'långfredagen', id: 'langfredagen', statutory: true },
    { epochDay: easterDay, name: 'påskdagen', id: 'paskdagen', statutory: true },
    { epochDay: easterDay + 1, name: 'annandag påsk', id: 'annandag_pask', statutory: true },
    { epochDay: day(5, 1), name: 'första maj', id: 'forsta_maj', statutory: true },
    { epochDay: easterDay + 39, name: 'Kristi himmelsfärdsdag', id: 'kristi_himmelsfardsdag', statutory: true },
    { epochDay: easterDay + 49, name: 'pingstdagen', id: 'pingstdagen', statutory: true },
    { epochDay: day(6, 6), name: 'Sveriges nationaldag', id: 'nationaldagen', statutory: true },
    { epochDay: midsommardagen - 1, name: 'midsommarafton', id: 'midsommarafton', statutory: false },
    { epochDay: midsommardagen, name: 'midsommardagen', id: 'midsommardagen', statutory: true },
    { epochDay: saturdayOnOrAfter(day(10, 31)), name: 'alla helgons dag', id: 'alla_helgons_dag', statutory: true },
    { epochDay: day(12, 24), name: 'julafton', id: 'julafton', statutory: false },
    { epochDay: day(12, 25), name: 'juldagen', id: 'juldagen', statutory: true },
    { epochDay: day(12, 26), name: 'annandag jul', id: 'annandag_jul', statutory: true },
    { epochDay: day(12, 31), name: 'nyårsafton', id: 'nyarsafton', statutory: false },
  ];
  // Kristi himmelsfärdsdag can fall on 1 May or after 6 June, and pingstdagen after 6 June.
  list.sort((x, y) => x.epochDay - y.epochDay);
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  byYear.set(year, frozen);
  return frozen;
}

/**
 * @summary The Swedish holidays of a year (allmänna helgdagar plus midsommar-, jul- and nyårsafton).
 *
 * The days of a year on which a Swedish municipality's contact centre is closed by law:
 * the thirteen allmänna helgdagar of lag (1989:253) om allmänna helgdagar, plus
 * midsommarafton, julafton and nyårsafton (treated as holidays, as lag (1930:173) om
 * beräkning av lagstadgad tid does), in calendar order.
 *
 * Decision: today's law is applied to every year. Historical years are therefore not
 * historically exact (annandag pingst was a holiday until 2004 and Sveriges nationaldag
 * only became one in 2005); the engine computes deadlines for now and for tests, not for
 * history. Computed (Easter computus, Saturdays for midsommardagen and alla helgons dag)
 * for 1900–2200 and memoized per year.
 *
 * @param year - a Gregorian year, 1900–2200
 * @returns sixteen holidays, each with its date, Swedish name, id and whether it is an allmän helgdag
 * @throws RangeError for a year outside 1900–2200
 * @example
 * swedishHolidays(2026).find((h) => h.id === 'midsommarafton')?.date.toString() //=> '2026-06-19'
 */
export function swedishHolidays(year: number): SwedishHoliday[] {
  return swedishHolidayDays(year).map((h) => {
    const { month, day } = civilFromEpochDay(h.epochDay);
    return { date: new Temporal.PlainDate(year, month, day), name: h.name, id: h.id, statutory: h.statutory };
  });
}

const holidaySets = new Map<number, ReadonlyMap<number, string>>();

/** The holidays of a year as epoch day → name (memoized). */
export function swedishHolidayIndex(year: number): ReadonlyMap<number, string> {
  let index = holidaySets.get(year);
  if (!index) {
    index = new Map(swedishHolidayDays(year).map((h) => [h.epochDay, h.name]));
    holidaySets.set(year, index);
  }
  return index;
}

/**
 * The name of the Swedish holiday on a date, or null.
 *
 * @example
 * swedishHolidayName(Temporal.PlainDate.from('2026-04-03')) //=> 'långfredagen'
 */
export function swedishHolidayName(date: Temporal.PlainDate): string | null {
  const iso = date.calendarId === 'iso8601' ? date : date.withCalendar('iso8601');
  return swedishHolidayIndex(iso.year).get(epochDayFromCivil(iso.year, iso.month, iso.day)) ?? null;
}
