/**
 * What a promised date means for the deadline, said to the officer who chooses it (round 18 of
 * the readers: a date after the deadline made a case look on time in the queue while the service
 * level counted it late). The queue follows the promise; "besvarat i tid" is counted against the
 * original due (SPEC §6): by the answer, or by a notice where the rule says a notice is enough.
 * Pure.
 */
import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { formatDateText } from '../display/describeDue';
import type { SvarstidRecord } from '../record';
import type { Named } from '../vocabulary';
import { choosePromise } from './chosenPromise';

export type PromiseRecord = Pick<SvarstidRecord, 'due' | 'ackMeetsDue' | 'acknowledgedAt'>;

function at(iso: string, calendar: WorkingCalendar, now: Temporal.Instant): Named {
  return formatDateText(iso, calendar.timeZone, { now });
}

/** A notice meets this due, and one was sent by it. */
function noticeSentInTime(record: PromiseRecord & { due: string }): boolean {
  return (
    record.ackMeetsDue === true &&
    record.acknowledgedAt !== undefined &&
    Temporal.Instant.compare(Temporal.Instant.from(record.acknowledgedAt), Temporal.Instant.from(record.due)) <= 0
  );
}

/**
 * @summary Whether a notice is enough for this message's deadline, in one sentence (null without a due).
 * @example
 * noticeAndDue({ due: '2026-11-26T16:00:00+01:00' }, calendar, now)
 * //=> { sv: 'Här räcker inte ett besked för svarstiden: svaret behövs senast torsdag 26 nov kl. 16.00.', … }
 */
export function noticeAndDue(record: PromiseRecord, calendar: WorkingCalendar, now: Temporal.Instant): Named | null {
  if (record.due === null) return null;
  const due = at(record.due, calendar, now);
  if (record.ackMeetsDue !== true) {
    return {
      sv: `Här räcker inte ett besked för svarstiden: svaret behövs senast ${due.sv}.`,
      en: `Here a notice does not meet the deadline: the answer is needed by ${due.en}.`,
    };
  }
  if (noticeSentInTime({ ...record, due: record.due })) {
    return {
      sv: `Här räcker ett besked för svarstiden, och beskedet skickades i tid (senast ${due.sv}).`,
      en: `Here a notice meets the deadline, and the notice was sent in time (by ${due.en}).`,
    };
  }
  return {
    sv: `Här räcker ett besked för svarstiden, om det skickas senast ${due.sv}.`,
    en: `Here a notice meets the deadline if it is sent by ${due.en}.`,
  };
}

/**
 * @summary What choosing `date` as the promised day means against the due: null when the day is
 * invalid (the action refuses it with its own reason), when there is no due, or when the day is
 * not after the due's day.
 * @example
 * promiseAgainstDue('2026-12-04', { due: '2026-11-26T16:00:00+01:00' }, '2026-11-24T09:00:00Z', calendar)
 * //=> { sv: 'Datumet ligger efter svarstiden (torsdag 26 nov kl. 16.00). Kön följer datumet, men …', … }
 */
export function promiseAgainstDue(date: string, record: PromiseRecord, now: Temporal.Instant | string, calendar: WorkingCalendar): Named | null {
  if (record.due === null) return null;
  const chosen = choosePromise(date, now, calendar);
  if (!chosen.ok) return null;
  // a date is a day: the due's own day is the deadline as a person writes it ("senast tisdag 24
  // november"), even when the due falls before that day's closing time
  const dueDay = Temporal.Instant.from(record.due).toZonedDateTimeISO(calendar.timeZone).toPlainDate();
  if (Temporal.PlainDate.compare(Temporal.PlainDate.from(date.trim()), dueDay) <= 0) return null;
  const instant = Temporal.Instant.from(now.toString());
  const due = at(record.due, calendar, instant);
  const head = {
    sv: `Datumet ligger efter svarstiden (${due.sv}). Kön följer datumet, men i statistiken räknas ärendet mot svarstiden:`,
    en: `The date is after the deadline (${due.en}). The queue follows the date, but the statistics count the case against the deadline:`,
  };
  if (noticeSentInTime({ ...record, due: record.due })) {
    return {
      sv: `${head.sv} den är redan uppfylld av beskedet som skickades i tid.`,
      en: `${head.en} it is already met by the notice sent in time.`,
    };
  }
  if (record.ackMeetsDue === true) {
    return {
      sv: `${head.sv} skickas beskedet senast då, räknas ärendet som besvarat i tid, annars som sent besvarat.`,
      en: `${head.en} if the notice is sent by then, the case counts as answered in time; otherwise as answered late.`,
    };
  }
  return {
    sv: `${head.sv} här räcker inte ett besked, så ärendet räknas som sent besvarat om svaret kommer efter ${due.sv}, även om det kommer före datumet.`,
    en: `${head.en} a notice is not enough here, so the case counts as answered late if the answer comes after ${due.en}, even if it comes before the date.`,
  };
}
