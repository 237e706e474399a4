/**
 * Dates and times as people read them, in Swedish and English: `tisdag 24 november kl. 15.30`,
 * `Tuesday 24 November at 15:30`. Machine fields keep ISO 8601; every sentence a person reads
 * uses these. Written by hand (no Intl), so the core gives the same text in every runtime.
 */
import { Temporal } from 'temporal-polyfill';
import type { Duration } from './config/policySchema';
import { civilFromEpochDay, isoWeekdayOfEpochDay } from './calendar/epochDays';
import { localNanoseconds, splitLocalNanoseconds } from './calendar/zoneOffsets';

const WEEKDAYS = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WEEKDAYS_SHORT = {
  sv: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_SHORT = {
  sv: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export type Lang = 'sv' | 'en';

export interface HumanTimeOptions {
  /** Short form for tables: `tis 24 nov 15.30` (Språkrådet: no full stop, as everywhere else) / `Tue 24 Nov 15:30`. */
  short?: boolean;
  /** The year is written only when it differs from this one (default: always written when short is false and no year is given). */
  omitYear?: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An offset date-time as the core writes it ("2026-11-24T15:30:00+01:00", "…Z"), read without Temporal. */
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const NS_PER_MS = 1_000_000n;
const NS_PER_HOUR = 3_600_000_000_000;
const NS_PER_MINUTE = 60_000_000_000;

/** The wall clock of an instant in a zone: the fields a person reads (a deadline explanation writes several per message). */
function wallClock(iso: string, timeZone: string): { year: number; month: number; day: number; dayOfWeek: number; hour: number; minute: number } {
  // (the common form through the calendar's own zone offsets; anything else through Temporal, which also says what is wrong)
  const ms = OFFSET_DATE_TIME.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) {
    const z = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone);
    return { year: z.year, month: z.month, day: z.day, dayOfWeek: z.dayOfWeek, hour: z.hour, minute: z.minute };
  }
  const { epochDay, nsOfDay } = splitLocalNanoseconds(localNanoseconds(timeZone, BigInt(ms) * NS_PER_MS));
  const { year, month, day } = civilFromEpochDay(epochDay);
  return { year, month, day, dayOfWeek: isoWeekdayOfEpochDay(epochDay), hour: Math.floor(nsOfDay / NS_PER_HOUR), minute: Math.floor((nsOfDay % NS_PER_HOUR) / NS_PER_MINUTE) };
}

/**
 * A moment as people read it, in the given time zone.
 * @example formatHumanDateTime('2026-11-24T15:30:00+01:00', 'Europe/Stockholm', 'sv', { omitYear: 2026 }) //=> 'tisdag 24 november kl. 15.30'
 * @example formatHumanDateTime('2026-11-24T15:30:00+01:00', 'Europe/Stockholm', 'en', { omitYear: 2026 }) //=> 'Tuesday 24 November at 15:30'
 */
export function formatHumanDateTime(iso: string, timeZone: string, lang: Lang, options: HumanTimeOptions = {}): string {
  const z = wallClock(iso, timeZone);
  const weekday = (options.short ? WEEKDAYS_SHORT : WEEKDAYS)[lang][z.dayOfWeek - 1]!;
  const month = (options.short ? MONTHS_SHORT : MONTHS)[lang][z.month - 1]!;
  const year = options.omitYear === z.year || (options.short && options.omitYear === undefined) ? '' : ` ${z.year}`;
  if (lang === 'sv') {
    const clock = `${pad2(z.hour)}.${pad2(z.minute)}`;
    return options.short ? `${weekday} ${z.day} ${month}${year} ${clock}` : `${weekday} ${z.day} ${month}${year} kl. ${clock}`;
  }
  const clock = `${pad2(z.hour)}:${pad2(z.minute)}`;
  return options.short ? `${weekday} ${z.day} ${month}${year} ${clock}` : `${weekday} ${z.day} ${month}${year} at ${clock}`;
}

const NUMBER_WORDS = {
  sv: ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/** Small whole numbers in words (`två`), others in digits (`72`). */
function amountText(n: number, lang: Lang): string {
  return Number.isInteger(n) && n >= 0 && n <= 12 ? NUMBER_WORDS[lang][n]! : String(n).replace('.', lang === 'sv' ? ',' : '.');
}

/**
 * A deadline rule's time as people say it: `två arbetsdagar`, `72 timmar`, `samma arbetsdag`.
 * @example durationText({ unit: 'workingDays', amount: 2 }, 'sv') //=> 'två arbetsdagar'
 */
export function durationText(d: Duration, lang: Lang): string {
  const n = d.amount;
  const one = n === 1;
  const count = amountText(n, lang);
  switch (d.unit) {
    case 'workingDays':
      return lang === 'sv' ? `${one ? 'en' : count} ${one ? 'arbetsdag' : 'arbetsdagar'}` : `${count} working ${one ? 'day' : 'days'}`;
    case 'businessHours':
      return lang === 'sv'
        ? `${one ? 'en' : count} ${one ? 'timme' : 'timmar'} räknat i öppettid`
        : `${count} ${one ? 'hour' : 'hours'}, counted in opening hours`;
    case 'endOfWorkingDay':
      if (n === 0) return lang === 'sv' ? 'samma arbetsdag, före stängning' : 'the same working day, by closing time';
      return lang === 'sv'
        ? `före stängning ${one ? 'nästa arbetsdag' : `${count} arbetsdagar senare`}`
        : `by closing time ${one ? 'the next working day' : `${count} working days later`}`;
    case 'calendarHours':
      return lang === 'sv' ? `${one ? 'en' : count} ${one ? 'timme' : 'timmar'}` : `${count} ${one ? 'hour' : 'hours'}`;
    case 'calendarDays':
      return lang === 'sv' ? `${one ? 'en' : count} ${one ? 'dag' : 'dagar'}` : `${count} ${one ? 'day' : 'days'}`;
  }
}
