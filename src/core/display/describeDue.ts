import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../calendar';
import type { Named } from '../vocabulary';

/**
 * Dates and due times as people say them, in Swedish and English ("tisdag 24 nov kl. 15.30",
 * "om 2 arbetsdagar"). Pure and deterministic: the names are spelled out here rather than
 * taken from `Intl`, so Node, browsers and Outlook's JavaScript-only runtime say the same.
 */

const WEEKDAYS_SV = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;
const MONTHS_SV_SHORT = ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTHS_EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** How far `describeDue` counts working days before it gives up and counts calendar days. */
const MAX_COUNTED_DAYS = 400;

export interface DateTextOptions {
  /** `short` (default): "24 nov"; `long`: "24 november". */
  month?: 'short' | 'long';
  /** Include the clock time ("kl. 15.30" / "at 15:30"). Default true. */
  time?: boolean;
  /** Include the year: always, never, or (default) only when it is not the year of `now`. */
  year?: 'always' | 'never' | 'auto';
  /** The reference for `year: 'auto'`; defaults to the date's own year (no year shown). */
  now?: Temporal.Instant | string;
}

function toInstant(value: Temporal.Instant | string): Temporal.Instant {
  return typeof value === 'string' ? Temporal.Instant.from(value) : value;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * @summary An instant as a person writes it, in the calendar's time zone.
 * @param iso - an ISO 8601 instant with offset or `Z`
 * @param timeZone - IANA zone, e.g. `Europe/Stockholm`
 * @returns the Swedish and English text
 * @example
 * formatDateText('2026-11-24T15:30:00+01:00', 'Europe/Stockholm')
 * //=> { sv: 'tisdag 24 nov kl. 15.30', en: 'Tuesday 24 Nov at 15:30' }
 */
export function formatDateText(iso: Temporal.Instant | string, timeZone: string, options: DateTextOptions = {}): Named {
  const z = toInstant(iso).toZonedDateTimeISO(timeZone);
  const long = options.month === 'long';
  const yearMode = options.year ?? 'auto';
  const refYear = options.now === undefined ? z.year : toInstant(options.now).toZonedDateTimeISO(timeZone).year;
  const showYear = yearMode === 'always' || (yearMode === 'auto' && refYear !== z.year);
  const m = z.month - 1;
  const wd = z.dayOfWeek - 1;
  const year = showYear ? ` ${z.year}` : '';
  const sv = `${WEEKDAYS_SV[wd]} ${z.day} ${(long ? MONTHS_SV : MONTHS_SV_SHORT)[m]}${year}`;
  const en = `${WEEKDAYS_EN[wd]} ${z.day} ${(long ? MONTHS_EN : MONTHS_EN_SHORT)[m]}${year}`;
  if (options.time === false) return { sv, en };
  // Swedish writes the clock with a full stop (Språkrådet: kl. 15.30), English with a colon.
  return { sv: `${sv} kl. ${two(z.hour)}.${two(z.minute)}`, en: `${en} at ${two(z.hour)}:${two(z.minute)}` };
}

/** Working days strictly after `from` up to and including `to` (capped). */
function workingDaysBetween(calendar: WorkingCalendar, from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  let n = 0;
  let d = from;
  for (let i = 0; i < MAX_COUNTED_DAYS && Temporal.PlainDate.compare(d, to) < 0; i++) {
    d = d.add({ days: 1 });
    if (calendar.isWorkingDay(d)) n++;
  }
  return n;
}

/**
 * @summary How far away a due date is, as a person says it: "i dag", "i morgon",
 * "om 2 arbetsdagar", "i går", "för 3 arbetsdagar sedan".
 *
 * Working days are counted on the municipality's calendar (holidays and closed days skipped):
 * from Friday, a Tuesday due is "om 2 arbetsdagar" (Monday and Tuesday).
 */
export function relativeDueText(due: Temporal.Instant | string, now: Temporal.Instant | string, calendar: WorkingCalendar): Named {
  const tz = calendar.timeZone;
  const dueDate = toInstant(due).toZonedDateTimeISO(tz).toPlainDate();
  const today = toInstant(now).toZonedDateTimeISO(tz).toPlainDate();
  const days = today.until(dueDate, { largestUnit: 'days' }).days;
  if (days === 0) return { sv: 'i dag', en: 'today' };
  if (days === 1) return { sv: 'i morgon', en: 'tomorrow' };
  if (days === -1) return { sv: 'i går', en: 'yesterday' };
  if (days > 1) {
    const n = workingDaysBetween(calendar, today, dueDate);
    if (n === 0 || days > MAX_COUNTED_DAYS) return { sv: `om ${days} dagar`, en: `in ${days} days` };
    return n === 1 ? { sv: 'om 1 arbetsdag', en: 'in 1 working day' } : { sv: `om ${n} arbetsdagar`, en: `in ${n} working days` };
  }
  const n = workingDaysBetween(calendar, dueDate.subtract({ days: 1 }), today.subtract({ days: 1 }));
  const ago = -days;
  if (n === 0 || ago > MAX_COUNTED_DAYS) return { sv: `för ${ago} dagar sedan`, en: `${ago} days ago` };
  return n === 1 ? { sv: 'för 1 arbetsdag sedan', en: '1 working day ago' } : { sv: `för ${n} arbetsdagar sedan`, en: `${n} working days ago` };
}

/** The due time as a person says it, in parts and as one line. */
export interface DueText {
  /** "Svara senast tisdag 24 nov kl. 15.30 — om 2 arbetsdagar" */
  line: Named;
  /** "tisdag 24 nov kl. 15.30" */
  when: Named;
  /** "om 2 arbetsdagar" */
  relative: Named;
}

/**
 * @summary The due time as a contact-center officer says it.
 * @param due - the record's due (ISO 8601), or null when there is none
 * @param now - the moment the text is for
 * @param calendar - the municipality's working calendar (its zone is used for the clock)
 * @param options - `promised`: the time is an acknowledgement's promise ("Utlovat: svara senast …");
 *   `handOn`: the time is a report of concern's, which is handed on, not answered ("Lämna vidare nu, senast …"
 *   while it is open, "Lämna vidare senast …" once it is handed on)
 * @returns null when there is no due time
 * @example
 * describeDue('2026-11-24T15:30:00+01:00', '2026-11-20T14:00:00Z', calendar)?.line
 * //=> { sv: 'Svara senast tisdag 24 nov kl. 15.30 — om 2 arbetsdagar', en: 'Answer by Tuesday 24 Nov at 15:30 — in 2 working days' }
 */
export function describeDue(due: string | null, now: Temporal.Instant | string, calendar: WorkingCalendar, options: { promised?: boolean; handOn?: 'open' | 'done' } = {}): DueText | null {
  if (due === null) return null;
  const when = formatDateText(due, calendar.timeZone, { now });
  const counted = relativeDueText(due, now, calendar);
  // an open report of concern is handed on today, whatever day its outer limit falls on: "om 1
  // arbetsdag" beside "nu" would undo the "nu" (reader round 31, U5); a passed limit still says how long ago
  const ahead = Temporal.Instant.compare(toInstant(due), toInstant(now)) > 0;
  const relative = options.handOn === 'open' && ahead ? { sv: 'lämna i dag, vänta inte', en: 'hand it on today, do not wait' } : counted;
  const lead = options.promised
    ? { sv: 'Utlovat: svara senast', en: 'Promised: answer by' }
    : options.handOn === 'open'
      ? { sv: 'Lämna vidare nu, senast', en: 'Hand on now, at the latest by' }
      : options.handOn === 'done'
        ? { sv: 'Lämna vidare senast', en: 'Hand on by' }
        : { sv: 'Svara senast', en: 'Answer by' };
  return {
    when,
    relative,
    line: { sv: `${lead.sv} ${when.sv} — ${relative.sv}`, en: `${lead.en} ${when.en} — ${relative.en}` },
  };
}
