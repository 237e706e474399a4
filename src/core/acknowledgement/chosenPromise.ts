/**
 * A promised date a person chooses in the add-in ("Ändra utlovat datum"): a day, which becomes
 * that day's closing time. Refused, with the reason in words, when the day is closed (weekend,
 * holiday, a local closed day) or already over — a promise to the citizen must be one that can
 * hold (issue 14). Pure.
 */
import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { formatOffsetDateTime } from '../deadline/formatDateTime';
import { formatDateText } from '../display/describeDue';
import type { Named } from '../vocabulary';

export type ChosenPromise = { ok: true; promised: string } | { ok: false; problem: Named };

/**
 * @summary Checks a day a person chose to promise and gives its closing time.
 * @param date - the day, `YYYY-MM-DD` (what a date field gives)
 * @param now - the moment the person chose it
 * @param calendar - the municipality's working calendar
 * @example
 * choosePromise('2026-11-27', '2026-11-23T09:00:00Z', calendar) //=> { ok: true, promised: '2026-11-27T16:00:00+01:00' }
 * choosePromise('2026-11-28', '2026-11-23T09:00:00Z', calendar).ok //=> false (a Saturday)
 */
export function choosePromise(date: string, now: Temporal.Instant | string, calendar: WorkingCalendar): ChosenPromise {
  const nowZoned = Temporal.Instant.from(now.toString()).toZonedDateTimeISO(calendar.timeZone);
  const today = nowZoned.toPlainDate();
  let day: Temporal.PlainDate;
  try {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) throw new RangeError('not a date');
    day = Temporal.PlainDate.from(date.trim(), { overflow: 'reject' });
  } catch {
    // the example is a day that could be chosen now: the next working day, never a fixed date that has passed
    const example = calendar.nextWorkingDay(today).toString();
    return { ok: false, problem: { sv: `Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel ${example}.`, en: `Enter a date as YYYY-MM-DD, for example ${example}.` } };
  }
  if (Temporal.PlainDate.compare(day, today) < 0) {
    return { ok: false, problem: { sv: 'Datumet har redan passerat. Välj i dag eller ett senare datum.', en: 'That date has passed. Choose today or a later date.' } };
  }
  const closing = calendar.isWorkingDay(day) ? calendar.closingTime(day) : null;
  if (closing === null) {
    const next = calendar.nextWorkingDay(day);
    // the suggestion in words, as every other date a person reads ("måndag 30 november"), not ISO
    const nextText = formatDateText(next.toZonedDateTime({ timeZone: calendar.timeZone, plainTime: '12:00' }).toInstant(), calendar.timeZone, { time: false, month: 'long', now: nowZoned.toInstant() });
    return {
      ok: false,
      problem: {
        sv: `Kommunen har stängt den dagen. Välj en arbetsdag, till exempel ${nextText.sv}.`,
        en: `The municipality is closed that day. Choose a working day, for example ${nextText.en}.`,
      },
    };
  }
  if (Temporal.ZonedDateTime.compare(closing, nowZoned) <= 0) {
    return { ok: false, problem: { sv: 'Den dagen är redan slut. Välj ett senare datum.', en: 'That day is already over. Choose a later date.' } };
  }
  return { ok: true, promised: formatOffsetDateTime(closing) };
}
