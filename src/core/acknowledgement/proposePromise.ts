/**
 * The date the add-in proposes to promise in an acknowledgement ("Svara med besked"): a date
 * that will hold, from the policy — the admin's typical handling time for the kind when set,
 * else the message's due when an answer is what meets it, else the deadline the policy's answer
 * rules give from now. Always a working day's closing time, never in the past.
 */
import { Temporal } from 'temporal-polyfill';
import type { SvarstidConfig } from '../config/schema';
import { calendarOf } from '../assess';
import { computeDeadline } from '../deadline/computeDeadline';
import { DueClock } from '../deadline/addDuration';
import { formatOffsetDateTime } from '../deadline/formatDateTime';
import type { SvarstidRecord } from '../record';
import type { Explanation } from '../triage/types';
import { closeOnOrAfter } from './resolvePhrase';
import { KIND_NAMES } from '../vocabulary';

export type PromiseBasis = 'handlingTime' | 'due' | 'answerRules';

export interface PromiseProposal {
  /** ISO 8601 with the calendar's offset: the closing time of a working day, after `now`. */
  promised: string;
  basis: PromiseBasis;
  explanation: Explanation;
}

/**
 * @summary Proposes the promised date for an acknowledgement.
 *
 * @param record - the message's record (kind, channel, due, and whether an acknowledgement meets the due)
 * @param now - the moment the acknowledgement is written (ISO 8601)
 * @param config - the municipality's configuration (policy, handling times, calendar)
 * @example
 * // Ljungby, an e-mailed question due Wednesday 10:15, acknowledged on Monday
 * proposePromise({ kind: 'fraga', channel: 'epost', due: '2026-11-18T10:15:00+01:00' }, '2026-11-16T10:30:00+01:00', config).promised
 * //=> '2026-11-18T16:00:00+01:00'
 */
export function proposePromise(
  record: Pick<SvarstidRecord, 'kind' | 'channel' | 'due' | 'ackMeetsDue'>,
  now: string,
  config: SvarstidConfig,
): PromiseProposal {
  const calendar = calendarOf(config);
  const nowInstant = Temporal.Instant.from(now);
  const handling = config.policy.handlingTimes?.[record.kind];
  let basis: PromiseBasis;
  let candidateNs: bigint;
  if (handling !== undefined) {
    basis = 'handlingTime';
    candidateNs = new DueClock(nowInstant, calendar, config.calendar.workingDayHours).dueNs(handling);
  } else if (record.due !== null && record.ackMeetsDue !== true && Temporal.Instant.compare(Temporal.Instant.from(record.due), nowInstant) > 0) {
    basis = 'due';
    candidateNs = Temporal.Instant.from(record.due).epochNanoseconds;
  } else {
    // The rules an answer must meet, counted from now (a confirmation's own due is no answer date).
    basis = 'answerRules';
    const rules = config.policy.rules.filter((r) => r.satisfiedBy !== 'acknowledgement' && r.override !== true);
    const outcome = computeDeadline(
      { channel: record.channel, kind: record.kind === 'ej_arende' ? 'fraga' : record.kind, received: nowInstant, anonymous: false },
      { rules, default: config.policy.default },
      calendar,
      config.calendar.workingDayHours,
    );
    candidateNs = outcome.due!.epochNanoseconds;
  }
  // A promise is a day: the closing time of the candidate's working day (or the next one's).
  const candidate = new Temporal.ZonedDateTime(candidateNs, calendar.timeZone);
  let promised = closeOnOrAfter(calendar, candidate.toPlainDate());
  if (Temporal.ZonedDateTime.compare(promised, candidate) < 0) promised = closeOnOrAfter(calendar, candidate.toPlainDate().add({ days: 1 }));
  const nowZoned = nowInstant.toZonedDateTimeISO(calendar.timeZone);
  if (Temporal.ZonedDateTime.compare(promised, nowZoned) <= 0) promised = closeOnOrAfter(calendar, nowZoned.toPlainDate().add({ days: 1 }));
  const day = `${promised.toPlainDate().toString()} ${promised.toPlainTime().toString({ smallestUnit: 'minute' })}`;
  const why: Record<PromiseBasis, Explanation> = {
    // (reader round 33, U7: say where the time comes from)
    handlingTime: {
      sv: `handläggningstiden som kommunens konfiguration anger för ärendetypen ${KIND_NAMES[record.kind].sv.toLowerCase()}, räknad från nu`,
      en: `the handling time the municipality's configuration gives for the case type ${KIND_NAMES[record.kind].en.toLowerCase()}, counted from now`,
    },
    due: { sv: 'den ursprungliga svarstiden', en: 'the original deadline' },
    answerRules: { sv: 'svarstiden enligt svarstidsreglerna, räknad från nu', en: 'the deadline the deadline rules give, counted from now' },
  };
  return {
    promised: formatOffsetDateTime(promised),
    basis,
    explanation: { sv: `Föreslaget datum ${day}: ${why[basis].sv}.`, en: `Proposed date ${day}: ${why[basis].en}.` },
  };
}
