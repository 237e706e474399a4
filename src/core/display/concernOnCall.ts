import type { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../calendar';
import type { Named } from '../vocabulary';

/**
 * Whom to call with a report of concern the social services cannot take before closing time: the
 * on-call service the configuration names (`municipality.concernOnCall`, name and number), or,
 * where none is given, who can add it (round 26 of the text review: Svarstid cannot know that a routine holding the number exists). Said the same way in the task pane and in every
 * message's explanation (round 25 of the text review asked for a number, not a description).
 */
export function concernOnCallText(onCall: string | undefined): Named {
  return onCall
    ? { sv: `kontakta jouren: ${onCall}`, en: `contact the on-call service: ${onCall}` }
    : {
        sv: 'kontakta socialjouren (numret finns på kommunens webbplats eller i er rutin)',
        en: "contact the social services' on-call team (the number is on the municipality's website or in your routine)",
      };
}

/**
 * The errand for later when no on-call number is configured, said after the urgent sentence, not
 * inside it (reader round 31, U4); null when a number is given.
 */
export function concernOnCallMissing(onCall: string | undefined): Named | null {
  return onCall
    ? null
    : {
        sv: 'Svarstid saknar jourens nummer: be en administratör lägga in det under Kommun och avsändarkontroll → Jour för orosanmälningar efter stängning i administrationsvyn.',
        en: 'Svarstid does not have the on-call number: ask an administrator to add it under Municipality and sender check → On-call service for reports of concern after closing time in the admin view.',
      };
}

/**
 * When "the last hour before closing" is today, for the hand-on texts of a report of concern
 * (reader round 35, U2): the municipality's closing time on today's date by its calendar, which
 * knows short days and closed days; "i dag kl. 16.00" / "today at 16:00", or that it is closed.
 *
 * @example closingToday(calendar, Temporal.Instant.from('2026-12-23T09:00:00Z')) //=> { sv: 'i dag kl. 13.00', en: 'today at 13:00' } on a short eve
 */
export function closingToday(calendar: WorkingCalendar, now: Temporal.Instant): Named {
  const closing = calendar.closingTime(now.toZonedDateTimeISO(calendar.timeZone).toPlainDate());
  if (closing === null) return { sv: 'i dag är det stängt hela dagen', en: 'closed all day today' };
  const hh = String(closing.hour).padStart(2, '0');
  const mm = String(closing.minute).padStart(2, '0');
  return { sv: `i dag kl. ${hh}.${mm}`, en: `today at ${hh}:${mm}` };
}

/**
 * What to do with a report of concern today besides handing it on in writing (reader rounds 34 B1,
 * 35 U2, 36 B2): on a working day, the last hour before today's closing by phone and after closing
 * the on-call service; on a day closed all day, the on-call service at once — never a last hour of
 * a day that did not open. One sentence pair for the task pane and the Teams tab; `to` names whom
 * to call where no sentence before has named the department ("ring dem" would be the reports).
 */
export function handOnToday(calendar: WorkingCalendar, now: Temporal.Instant, onCall: string | undefined, to?: Named): Named {
  const call = concernOnCallText(onCall);
  if (closedAllDayToday(calendar, now)) {
    return {
      sv: `I dag är det stängt hela dagen, så inget skriftligt räcker: du ska i dag ${call.sv}; vänta inte till nästa arbetsdag.`,
      en: `It is closed all day today, so nothing in writing is enough: today you should ${call.en}; do not wait for the next working day.`,
    };
  }
  const closes = closingToday(calendar, now);
  return {
    sv: `Den sista timmen före stängning (${closes.sv}) räcker inget skriftligt: ring ${to?.sv ?? 'dem'}. Efter stängning ska du i dag ${call.sv}; vänta inte till nästa arbetsdag.`,
    en: `In the last hour before closing (${closes.en}), nothing in writing is enough: call ${to?.en ?? 'them'}. After closing, today you should ${call.en}; do not wait for the next working day.`,
  };
}

/** Whether today (in the calendar's zone) has no opening hours at all: a weekend, a holiday, a closed day. */
export function closedAllDayToday(calendar: WorkingCalendar, now: Temporal.Instant): boolean {
  return calendar.closingTime(now.toZonedDateTimeISO(calendar.timeZone).toPlainDate()) === null;
}
