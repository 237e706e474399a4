import { Temporal } from 'temporal-polyfill';
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

/** A zoned time of today as "16.00" / "16:00"; a closing at midnight that ends today is "24.00". */
function clock(at: Temporal.ZonedDateTime, today: Temporal.PlainDate): Named {
  const midnight = Temporal.PlainDate.compare(at.toPlainDate(), today) > 0;
  const hh = midnight ? '24' : String(at.hour).padStart(2, '0');
  const mm = midnight ? '00' : String(at.minute).padStart(2, '0');
  return { sv: `${hh}.${mm}`, en: `${hh}:${mm}` };
}

/**
 * When "the last hour before closing" is today, for the hand-on texts of a report of concern
 * (reader round 35, U2): the municipality's closing time on today's date by its calendar, which
 * knows short days and closed days; "i dag kl. 16.00" / "today at 16:00", or that it is closed.
 *
 * @example closingToday(calendar, Temporal.Instant.from('2026-12-23T09:00:00Z')) //=> { sv: 'i dag kl. 13.00', en: 'today at 13:00' } on a short eve
 */
export function closingToday(calendar: WorkingCalendar, now: Temporal.Instant): Named {
  const today = now.toZonedDateTimeISO(calendar.timeZone).toPlainDate();
  const closing = calendar.closingTime(today);
  if (closing === null) return { sv: 'i dag är det stängt hela dagen', en: 'closed all day today' };
  const at = clock(closing, today);
  return { sv: `i dag kl. ${at.sv}`, en: `today at ${at.en}` };
}

/**
 * What to do with a report of concern now besides handing it on in writing (reader rounds 34 B1,
 * 35 U2, 36 B2, and the review of session 16): while open, the last hour before today's closing by
 * phone and after closing the on-call service; once closed for the day, before opening, or on a day
 * closed all day, the on-call service at once — never a last hour that has passed or never came.
 * One sentence pair for the task pane, the compose pane and the Teams tab; `to` names whom to call
 * where no sentence before has named the department ("ring dem" would be the reports).
 */
export function handOnToday(calendar: WorkingCalendar, now: Temporal.Instant, onCall: string | undefined, to?: Named): Named {
  const call = concernOnCallText(onCall);
  const today = now.toZonedDateTimeISO(calendar.timeZone).toPlainDate();
  const opening = calendar.openingTime(today);
  const closing = calendar.closingTime(today);
  const wait = { sv: 'vänta inte till nästa arbetsdag', en: 'do not wait for the next working day' };
  if (opening === null || closing === null) {
    return {
      sv: `I dag är det stängt hela dagen, så inget skriftligt räcker: du ska i dag ${call.sv}; ${wait.sv}.`,
      en: `It is closed all day today, so nothing in writing is enough: today you should ${call.en}; ${wait.en}.`,
    };
  }
  if (Temporal.Instant.compare(now, closing.toInstant()) >= 0) {
    const at = clock(closing, today);
    return {
      sv: `Nu är det stängt (sedan kl. ${at.sv}), så inget skriftligt räcker: du ska nu ${call.sv}; ${wait.sv}.`,
      en: `It is closed now (since ${at.en}), so nothing in writing is enough: you should now ${call.en}; ${wait.en}.`,
    };
  }
  if (Temporal.Instant.compare(now, opening.toInstant()) < 0) {
    // (before opening the next working day is today: "do not wait until opening time")
    const at = clock(opening, today);
    return {
      sv: `Nu är det stängt (öppnar kl. ${at.sv}), så inget skriftligt räcker: du ska nu ${call.sv}; vänta inte tills det öppnar.`,
      en: `It is closed now (opens at ${at.en}), so nothing in writing is enough: you should now ${call.en}; do not wait until opening time.`,
    };
  }
  const closes = clock(closing, today);
  return {
    sv: `Den sista timmen före stängning (i dag kl. ${closes.sv}) räcker inget skriftligt: ring ${to?.sv ?? 'dem'}. Efter stängning ska du i dag ${call.sv}; ${wait.sv}.`,
    en: `In the last hour before closing (today at ${closes.en}), nothing in writing is enough: call ${to?.en ?? 'them'}. After closing, today you should ${call.en}; ${wait.en}.`,
  };
}

/** Whether today (in the calendar's zone) has no opening hours at all: a weekend, a holiday, a closed day. */
export function closedAllDayToday(calendar: WorkingCalendar, now: Temporal.Instant): boolean {
  return calendar.closingTime(now.toZonedDateTimeISO(calendar.timeZone).toPlainDate()) === null;
}
