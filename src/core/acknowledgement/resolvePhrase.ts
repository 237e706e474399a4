/**
 * When a time phrase of a reply is, in the municipality's calendar, relative to the moment the
 * reply was sent. How vague phrases resolve (documented in src/core/acknowledgement/README.md):
 *
 * - a day ("fredag", "27 november", "imorgon") → that day's closing time; a day that is not a
 *   working day → the closing time of the next working day (as `extend` does in SPEC §3);
 * - a weekday → the next such day after the day the reply was sent;
 * - a week ("vecka 48", "nästa vecka", "next week") → the closing time of its last working day;
 *   its start ("i början av …") → its second working day; its middle → its third;
 * - a month ("i december", "i slutet av månaden") → its last working day; its start → the last
 *   working day up to the 10th; its middle → up to the 20th;
 * - "inom N arbetsdagar" → the closing time of the N-th working day after the day sent;
 *   "inom N dagar/veckor/månader" → that many calendar days/weeks/months after the day sent, as a
 *   day (above); "inom N timmar" → exactly N hours after sending;
 * - "före jul/nyår/påsk/midsommar" → the last working day before julafton, nyårsafton,
 *   långfredagen, midsommarafton;
 * - a date without a year → the year that puts it nearest the day sent (so "3 november" written on
 *   20 November is in the past, and "3 januari" written in December is next year);
 * - a time of day ("kl 12") replaces the closing time.
 *
 * Relative phrases never lie before the moment sent (a "today" sent after closing moves to the
 * next working day's closing); explicit dates may, and then they are a past date, not a promise.
 */
import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { epochDayOfPlainDate } from '../calendar/epochDays';
import { easterSunday, swedishHolidays } from '../calendar/swedishHolidays';
import type { DatePhrase } from './datePhrases';
import type { HolidayKey, WeekPart } from './lexicon';

export interface ResolvedPhrase {
  at: Temporal.ZonedDateTime;
  /** The phrase named a date, week or month of the calendar (may be in the past). */
  explicit: boolean;
  /** The resolved time lies before the reply was sent. */
  past: boolean;
}

/** How far a walk over dates looks for a working day before giving up. */
const MAX_WALK_DAYS = 400;

/** The closing time of the date, or of the next working day when the date is closed. */
export function closeOnOrAfter(calendar: WorkingCalendar, date: Temporal.PlainDate): Temporal.ZonedDateTime {
  let d = date;
  for (let i = 0; i < MAX_WALK_DAYS; i++) {
    const close = calendar.closingTime(d);
    if (close !== null) return close;
    d = d.add({ days: 1 });
  }
  return date.toZonedDateTime({ timeZone: calendar.timeZone, plainTime: '23:59' });
}

/** The closing time of the last working day in [from, to]; without one, as {@link closeOnOrAfter} of `to`. */
function lastWorkingIn(calendar: WorkingCalendar, from: Temporal.PlainDate, to: Temporal.PlainDate): Temporal.ZonedDateTime {
  for (let d = to; Temporal.PlainDate.compare(d, from) >= 0; d = d.subtract({ days: 1 })) {
    const close = calendar.closingTime(d);
    if (close !== null) return close;
  }
  return closeOnOrAfter(calendar, to);
}

/** The n-th (1-based) working day of [from, to], or the last one when there are fewer. */
function nthWorkingIn(calendar: WorkingCalendar, from: Temporal.PlainDate, to: Temporal.PlainDate, n: number): Temporal.ZonedDateTime {
  let found = 0;
  let last: Temporal.ZonedDateTime | null = null;
  for (let d = from; Temporal.PlainDate.compare(d, to) <= 0; d = d.add({ days: 1 })) {
    const close = calendar.closingTime(d);
    if (close !== null) {
      last = close;
      if (++found === n) return close;
    }
  }
  return last ?? closeOnOrAfter(calendar, to);
}

function mondayOf(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.subtract({ days: date.dayOfWeek - 1 });
}

/** The Monday of ISO week `week` of ISO year `year`, or null when the year has no such week. */
function mondayOfIsoWeek(year: number, week: number): Temporal.PlainDate | null {
  const firstMonday = mondayOf(new Temporal.PlainDate(year, 1, 4));
  const monday = firstMonday.add({ days: (week - 1) * 7 });
  return monday.yearOfWeek === year && monday.weekOfYear === week ? monday : null;
}

function weekPart(calendar: WorkingCalendar, monday: Temporal.PlainDate, part: WeekPart): Temporal.ZonedDateTime {
  const sunday = monday.add({ days: 6 });
  if (part === 'start') return nthWorkingIn(calendar, monday, sunday, 2);
  if (part === 'mid') return nthWorkingIn(calendar, monday, sunday, 3);
  return lastWorkingIn(calendar, monday, sunday);
}

function monthPart(calendar: WorkingCalendar, first: Temporal.PlainDate, part: WeekPart): Temporal.ZonedDateTime {
  if (part === 'start') return lastWorkingIn(calendar, first, first.with({ day: 10 }));
  if (part === 'mid') return lastWorkingIn(calendar, first.with({ day: 11 }), first.with({ day: 20 }));
  return lastWorkingIn(calendar, first, first.with({ day: first.daysInMonth }));
}

/** The candidate nearest `to` (by days), first on a tie. */
function nearest(candidates: (Temporal.PlainDate | null)[], to: Temporal.PlainDate): Temporal.PlainDate | null {
  let best: Temporal.PlainDate | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === null) continue;
    const distance = Math.abs(c.since(to, { largestUnit: 'days' }).days);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

function dateOrNull(year: number, month: number, day: number): Temporal.PlainDate | null {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
  } catch {
    return null;
  }
}

function holidayBefore(calendar: WorkingCalendar, key: HolidayKey, sentDate: Temporal.PlainDate): Temporal.ZonedDateTime {
  const holiday = holidayDate(key, sentDate);
  return lastWorkingIn(calendar, holiday.subtract({ days: 14 }), holiday.subtract({ days: 1 }));
}

/** "Efter jul/nyår/påsk": the closing time of the last working day of the week in which work resumes after the holiday. */
function firstWeekAfter(calendar: WorkingCalendar, holiday: Temporal.PlainDate): Temporal.ZonedDateTime {
  // the holiday's own days: jul runs to annandag jul, nyår to nyårsdagen, påsk to annandag påsk
  let d = holiday.add({ days: 1 });
  for (let i = 0; i < MAX_WALK_DAYS && !calendar.isWorkingDay(d); i++) d = d.add({ days: 1 });
  return weekPart(calendar, mondayOf(d), 'end');
}

/** The next date of a holiday on or after the day sent: julafton, nyårsafton, långfredagen (+ 3 days: annandag påsk), midsommarafton. */
function holidayDate(key: HolidayKey, sentDate: Temporal.PlainDate): Temporal.PlainDate {
  const dateIn = (year: number): Temporal.PlainDate => {
    if (key === 'jul') return new Temporal.PlainDate(year, 12, 24);
    if (key === 'nyar') return new Temporal.PlainDate(year, 12, 31);
    if (key === 'pask') {
      const e = easterSunday(year);
      return new Temporal.PlainDate(year, e.month, e.day).subtract({ days: 2 });
    }
    return swedishHolidays(year).find((h) => h.id === 'midsommarafton')!.date;
  };
  let holiday = dateIn(sentDate.year);
  if (Temporal.PlainDate.compare(holiday, sentDate) <= 0) holiday = dateIn(sentDate.year + 1);
  return holiday;
}

/**
 * Resolves a time phrase against the moment the reply was sent. Null when the phrase names no
 * deadline ("efter jul") or no real date (30 februari).
 */
export function resolvePhrase(phrase: DatePhrase, sent: Temporal.ZonedDateTime, calendar: WorkingCalendar): ResolvedPhrase | null {
  if (phrase.lead === 'after' && phrase.core.kind !== 'holiday' && phrase.core.kind !== 'afterWeekend') return null;
  const sentDate = sent.toPlainDate();
  const core = phrase.core;
  let at: Temporal.ZonedDateTime | null = null;
  let explicit = false;
  let isDay = true;
  /** For explicit phrases: the last date the phrase names (before the day sent = a past date, whatever the calendar moves it to). */
  let lastDate: Temporal.PlainDate | null = null;
  switch (core.kind) {
    case 'date': {
      if (core.month === 0) {
        // "den 30": this month's, or next month's when it has passed
        let candidate = dateOrNull(sentDate.year, sentDate.month, core.day);
        if (candidate === null || Temporal.PlainDate.compare(candidate, sentDate) < 0) {
          const next = sentDate.with({ day: 1 }).add({ months: 1 });
          candidate = dateOrNull(next.year, next.month, core.day);
        }
        if (candidate === null) return null;
        at = closeOnOrAfter(calendar, candidate);
        break;
      }
      const date =
        core.year !== null
          ? dateOrNull(core.year, core.month, core.day)
          : nearest([sentDate.year - 1, sentDate.year, sentDate.year + 1].map((y) => dateOrNull(y, core.month, core.day)), sentDate);
      if (date === null) return null;
      explicit = true;
      lastDate = date;
      at = closeOnOrAfter(calendar, date);
      break;
    }
    case 'weekday': {
      let date: Temporal.PlainDate;
      if (core.weekOffset === null) {
        date = sentDate.add({ days: ((core.weekday - sentDate.dayOfWeek + 6) % 7) + 1 });
      } else {
        date = mondayOf(sentDate).add({ days: 7 * core.weekOffset + core.weekday - 1 });
      }
      at = closeOnOrAfter(calendar, date);
      break;
    }
    case 'day':
      at = closeOnOrAfter(calendar, sentDate.add({ days: core.offset }));
      break;
    case 'week': {
      const isoYear = sentDate.yearOfWeek ?? sentDate.year;
      const year =
        core.year ?? nearest([isoYear - 1, isoYear, isoYear + 1].map((y) => mondayOfIsoWeek(y, core.week)), sentDate)?.yearOfWeek;
      const monday = year === undefined ? null : mondayOfIsoWeek(year, core.week);
      if (monday === null) return null;
      explicit = true;
      lastDate = monday.add({ days: 6 });
      at = weekPart(calendar, monday, core.part);
      break;
    }
    case 'relWeek':
      at = weekPart(calendar, mondayOf(sentDate).add({ days: 7 * core.offset }), core.part);
      break;
    case 'month': {
      const first =
        core.year !== null
          ? new Temporal.PlainDate(core.year, core.month, 1)
          : nearest([sentDate.year - 1, sentDate.year, sentDate.year + 1].map((y) => new Temporal.PlainDate(y, core.month, 15)), sentDate)!.with({ day: 1 });
      explicit = true;
      lastDate = first.with({ day: first.daysInMonth });
      at = monthPart(calendar, first, core.part);
      break;
    }
    case 'relMonth':
      at = monthPart(calendar, sentDate.with({ day: 1 }).add({ months: core.offset }), core.part);
      break;
    case 'duration': {
      isDay = core.unit !== 'hours';
      if (core.unit === 'hours') at = sent.add({ hours: core.amount });
      else if (core.unit === 'workingDays') {
        const day = calendar.workingDayAfter(epochDayOfPlainDate(sentDate), Math.round(core.amount));
        at = calendar.closingTime(new Temporal.PlainDate(day.year, day.month, day.day));
      } else {
        const unit = core.unit === 'days' ? 'days' : core.unit === 'weeks' ? 'weeks' : 'months';
        at = closeOnOrAfter(calendar, sentDate.add({ [unit]: Math.round(core.amount) }));
      }
      break;
    }
    case 'holiday':
      at = core.after ? firstWeekAfter(calendar, holidayDate(core.holiday, sentDate)) : holidayBefore(calendar, core.holiday, sentDate);
      break;
    case 'afterWeekend':
      at = weekPart(calendar, mondayOf(sentDate).add({ days: 7 }), 'end');
      break;
  }
  if (at === null) return null;
  if (phrase.time !== null && isDay) {
    at = at.toPlainDate().toZonedDateTime({ timeZone: calendar.timeZone, plainTime: new Temporal.PlainTime(phrase.time.hour, phrase.time.minute) });
  }
  let past = Temporal.ZonedDateTime.compare(at, sent) < 0 || (lastDate !== null && Temporal.PlainDate.compare(lastDate, sentDate) < 0);
  if (past && !explicit) {
    // "idag" or "den här veckan" said after that closing: the next working day's close.
    at = closeOnOrAfter(calendar, sentDate.add({ days: 1 }));
    past = false;
  }
  return { at, explicit, past };
}
