import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { SvarstidConfig } from './config/schema';
import { issueText } from './config/messages';
import type { DeadlineRule } from './config/policySchema';
import { CHANNEL_NAMES, CHANNELS, KINDS, type Channel, type Kind } from './vocabulary';
import type { MailMessage } from './message';
import { createWorkingCalendar, type WorkingCalendar } from './calendar';
import { civilFromEpochDay } from './calendar/epochDays';
import { localNanoseconds, splitLocalNanoseconds } from './calendar/zoneOffsets';
import { computeDeadline, DueClock, formatOffsetDateTime, parseReceived, selectDeadlineRules } from './deadline';
import { DEFAULT_RULE_ID } from './deadline/computeDeadline';
import { durationText, formatHumanDateTime } from './humanTime';
import { concernOnCallMissing, concernOnCallText } from './display/concernOnCall';
import type { DeadlineOutcome } from './deadline/types';
import { triageMessage } from './triage';
import type { Explanation, Priority, TriageResult } from './triage/types';

/** Working calendars are built once per configuration object. */
const calendars = new WeakMap<SvarstidConfig, WorkingCalendar>();

export function calendarOf(config: SvarstidConfig): WorkingCalendar {
  let calendar = calendars.get(config);
  if (!calendar) {
    calendar = createWorkingCalendar(config.calendar);
    calendars.set(config, calendar);
  }
  return calendar;
}

/** One deadline question as the `svarstid deadline` command receives it (docs/cli.md). */
export const deadlineQuestionSchema = z.object({
  channel: z.enum(CHANNELS),
  // Optional fields may also come as null (absent in the sender's own model).
  kind: z.enum(KINDS).nullish(),
  received: z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      try {
        parseReceived(value);
      } catch {
        ctx.addIssue({
          code: 'custom',
          ...issueText({
            sv: `${JSON.stringify(value)} är ingen tidpunkt i ISO 8601; skriv till exempel "2026-11-20T14:30:00Z" eller "2026-11-20T15:30:00+01:00"`,
            en: `${JSON.stringify(value)} is not an ISO 8601 date-time; write e.g. "2026-11-20T14:30:00Z" or "2026-11-20T15:30:00+01:00"`,
          }),
        });
      }
    }),
  anonymous: z.boolean().nullish(),
});
export type DeadlineQuestion = z.infer<typeof deadlineQuestionSchema>;

/** A deadline as text: ISO 8601 with the calendar's offset, or null. */
export interface DeadlineAnswer {
  due: string | null;
  target: string | null;
  dueRule: string | null;
  targetRule: string | null;
  matchedRules: string[];
  reason: DeadlineOutcome['reason'];
}

function toAnswer(outcome: DeadlineOutcome): DeadlineAnswer {
  return {
    due: outcome.due ? formatOffsetDateTime(outcome.due) : null,
    target: outcome.target ? formatOffsetDateTime(outcome.target) : null,
    dueRule: outcome.dueRule,
    targetRule: outcome.targetRule,
    matchedRules: outcome.matchedRules,
    reason: outcome.reason,
  };
}

/** The deadline of one case under a configuration's policy and calendar. */
export function deadlineFor(
  c: { channel: Channel; kind?: Kind | null | undefined; received: string; anonymous?: boolean | null | undefined },
  config: SvarstidConfig,
): DeadlineAnswer {
  const outcome = computeDeadline(
    { channel: c.channel, kind: c.kind ?? 'fraga', received: parseReceived(c.received), anonymous: c.anonymous ?? false },
    config.policy,
    calendarOf(config),
    config.calendar.workingDayHours,
  );
  return toAnswer(outcome);
}

/** Everything Svarstid decides about one message: triage, deadline and why. */
export interface Assessment {
  id: string | null;
  channel: Channel;
  kind: Kind;
  department: string;
  anonymous: boolean;
  due: string | null;
  target: string | null;
  /** Routing rule ids that decided, then the policy rules that produced due and target. */
  rules: string[];
  explanation: Explanation;
  categories: string[];
  priority: Priority;
  /** Triage decided on weak evidence: a person should look (recorded as `uncertain: true`). */
  uncertain: boolean;
  /** `<policy id>@<policy version>`, written into the mailbox record. */
  policy: string;
  /** The rule that gave the due is met by an acknowledgement (`satisfiedBy: "acknowledgement"`). */
  ackMeetsDue: boolean;
  triage: TriageResult;
  deadline: DeadlineAnswer;
}

/** A policy rule (or the default) by the id `dueRule`/`targetRule` carry. */
function policyRule(config: SvarstidConfig, ruleId: string | null): DeadlineRule | SvarstidConfig['policy']['default'] | undefined {
  return ruleId === DEFAULT_RULE_ID ? config.policy.default : config.policy.rules.find((r) => r.id === ruleId);
}

/** A name as it stands inside a sentence: `e-post`, `SMS`, `felanmälan`. */
function inSentence(name: string): string {
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Case types as a deadline rule covers them: `felanmälan`, `fault reports`. */
const KIND_SCOPE: Record<Kind, { sv: string; en: string }> = {
  fraga: { sv: 'fråga', en: 'questions' },
  felanmalan: { sv: 'felanmälan', en: 'fault reports' },
  klagomal: { sv: 'klagomål', en: 'complaints' },
  berom: { sv: 'beröm', en: 'praise' },
  forslag: { sv: 'förslag', en: 'suggestions' },
  ansokan: { sv: 'ansökan', en: 'applications' },
  skadeansprak: { sv: 'skadeanspråk', en: 'damage claims' },
  fortroendevald: { sv: 'meddelanden till förtroendevalda', en: 'messages to elected officials' },
  orosanmalan: { sv: 'orosanmälan', en: 'reports of concern' },
  ej_arende: { sv: 'inget ärende', en: 'messages that are not cases' },
};

/** What a deadline rule covers, as people say it: `e-post`, `felanmälan`, `ansökan via e-post`. */
export function deadlineRuleScope(rule: Pick<DeadlineRule, 'channel' | 'kind'>, lang: 'sv' | 'en'): string {
  const or = lang === 'sv' ? ' eller ' : ' or ';
  const channels = (rule.channel ?? []).map((c) => inSentence(CHANNEL_NAMES[c][lang])).join(or);
  const kinds = (rule.kind ?? []).map((k) => KIND_SCOPE[k][lang]).join(or);
  if (channels && kinds) return lang === 'sv' ? `${kinds} via ${channels}` : `${kinds} by ${channels}`;
  return channels || kinds;
}

/**
 * `enligt svarstidsregeln för e-post (två arbetsdagar)` / `under the deadline rule for e-mail
 * (two working days)`; a time moved off a closed day says so, with the time it would have been.
 */
function ruleClause(
  config: SvarstidConfig,
  ruleId: string | null,
  which: 'due' | 'target',
  moved: { sv: string; en: string } | null,
): { sv: string; en: string } {
  const rule = policyRule(config, ruleId);
  const duration = rule?.[which];
  const time = duration ? { sv: durationText(duration, 'sv'), en: durationText(duration, 'en') } : null;
  const name =
    ruleId === DEFAULT_RULE_ID || rule === undefined || !('id' in rule)
      ? { sv: 'standardtiden', en: 'the default time' }
      : { sv: `svarstidsregeln för ${deadlineRuleScope(rule, 'sv')}`, en: `the deadline rule for ${deadlineRuleScope(rule, 'en')}` };
  const detail = (lang: 'sv' | 'en') => [time?.[lang], moved?.[lang]].filter(Boolean).join('; ');
  return {
    sv: `enligt ${name.sv}${detail('sv') ? ` (${detail('sv')})` : ''}`,
    en: `under ${name.en}${detail('en') ? ` (${detail('en')})` : ''}`,
  };
}

/**
 * When a rule's time fell on a closed day and `extend` moved it to the next working day's
 * closing time: `det hade blivit lördag 21 november kl. 15.30, en stängd dag, så tiden flyttas
 * till nästa arbetsdags stängning`. Null when nothing moved.
 */
function movedText(
  config: SvarstidConfig,
  ruleId: string | null,
  which: 'due' | 'target',
  received: Temporal.Instant,
  iso: string,
  when: (iso: string, lang: 'sv' | 'en') => string,
): { sv: string; en: string } | null {
  const duration = policyRule(config, ruleId)?.[which];
  if (!duration?.extend) return null;
  const plain = new DueClock(received, calendarOf(config), config.calendar.workingDayHours).dueNs({ ...duration, extend: false });
  const plainIso = formatOffsetDateTime(new Temporal.ZonedDateTime(plain, config.calendar.timeZone));
  if (Temporal.Instant.compare(Temporal.Instant.from(plainIso), Temporal.Instant.from(iso)) === 0) return null;
  return {
    sv: `det hade blivit ${when(plainIso, 'sv')}, en stängd dag, så tiden flyttas till nästa arbetsdags stängning`,
    en: `that would have been ${when(plainIso, 'en')}, a closed day, so the time moves to the next working day's closing time`,
  };
}

/**
 * When a time counted in opening hours starts on the day the message came and runs on into a
 * later working day: `tiden räknas fredag fram till stängning kl. 16.00 och fortsätter måndag`.
 * Null when the whole time lies on one day, or the count only begins at the next opening.
 */
function pausedText(
  config: SvarstidConfig,
  ruleId: string | null,
  received: Temporal.Instant,
  dueIso: string,
): { sv: string; en: string; closing: string } | null {
  const unit = policyRule(config, ruleId)?.due?.unit;
  if (unit !== 'businessHours' && unit !== 'workingDays') return null;
  const clock = new DueClock(received, calendarOf(config), config.calendar.workingDayHours);
  if (clock.startNs !== clock.receivedNs) return null;
  const closingNs = clock.dueNs({ unit: 'endOfWorkingDay', amount: 0 });
  const dueNs = Temporal.Instant.from(dueIso).epochNanoseconds;
  if (dueNs <= closingNs) return null;
  const tz = config.calendar.timeZone;
  const closing = new Temporal.Instant(closingNs).toZonedDateTimeISO(tz);
  const weekday = (iso: string, lang: 'sv' | 'en') => formatHumanDateTime(iso, tz, lang).split(' ')[0]!;
  const closingIso = formatOffsetDateTime(closing);
  const hhmm = (lang: 'sv' | 'en') => `${String(closing.hour).padStart(2, '0')}${lang === 'sv' ? '.' : ':'}${String(closing.minute).padStart(2, '0')}`;
  return {
    sv: `tiden räknas ${weekday(closingIso, 'sv')} fram till stängning kl. ${hhmm('sv')} och fortsätter ${weekday(dueIso, 'sv')}`,
    en: `the time counts on ${weekday(closingIso, 'en')} until closing at ${hhmm('en')} and resumes on ${weekday(dueIso, 'en')}`,
    closing: closingIso,
  };
}

/** Whether a notice with a date meets a message's due (SPEC §6), and the rules that decide it. */
export interface NoticeRule {
  /** A notice at or before the due counts as answered in time. */
  meets: boolean;
  /** The rule that says a notice is enough and gives the due (itself or tied with the rule named for it). */
  confirmation: DeadlineRule | null;
  /** A matching rule that says a notice is enough but does not give the due: another rule's time is earlier. */
  earlierThanConfirmation: DeadlineRule | null;
  /** The time that rule would have given (ISO 8601), to show why the other one comes first. */
  confirmationWouldGive: string | null;
  /** The target, too, comes from (or ties with) a rule that says a notice is enough. */
  targetByNotice: boolean;
}

/**
 * Does a notice meet this message's due? Only a rule that gives the due decides (SPEC §6: "a due
 * that the policy marks as a confirmation"). When several rules give the very same due (a tie:
 * Salem's SMS rule and its rule for fault reports both give 24 hours), a notice counts if any of
 * them says `satisfiedBy: "acknowledgement"`; the rule earlier in the policy still names the time
 * in the explanation and in `rules`.
 */
export function noticeRule(
  c: { channel: Channel; kind: Kind; received: Temporal.Instant },
  d: Pick<DeadlineAnswer, 'due' | 'dueRule' | 'target' | 'targetRule'>,
  config: SvarstidConfig,
): NoticeRule {
  const none: NoticeRule = { meets: false, confirmation: null, earlierThanConfirmation: null, confirmationWouldGive: null, targetByNotice: false };
  if (d.due === null) return none;
  const counted = selectDeadlineRules(c, config.policy).counted;
  const confirmations = counted.filter((r) => r.satisfiedBy === 'acknowledgement');
  if (confirmations.length === 0) return none;
  const clock = new DueClock(c.received, calendarOf(config), config.calendar.workingDayHours);
  const gives = (which: 'due' | 'target', iso: string | null, ruleId: string | null) => (r: DeadlineRule): boolean => {
    const duration = r[which];
    if (iso === null || duration === undefined) return false;
    return r.id === ruleId || clock.dueNs(duration) === Temporal.Instant.from(iso).epochNanoseconds;
  };
  // The rule named for the time first, then any rule tied with it.
  const byName = (ruleId: string | null) => (a: DeadlineRule, b: DeadlineRule) => Number(b.id === ruleId) - Number(a.id === ruleId);
  const confirmation = [...confirmations].sort(byName(d.dueRule)).find(gives('due', d.due, d.dueRule)) ?? null;
  const targetByNotice = confirmations.some(gives('target', d.target, d.targetRule));
  if (confirmation) return { meets: true, confirmation, earlierThanConfirmation: null, confirmationWouldGive: null, targetByNotice };
  const earlier = confirmations.find((r) => r.due !== undefined) ?? null;
  const wouldGive = earlier?.due === undefined ? null : Temporal.Instant.fromEpochNanoseconds(clock.dueNs(earlier.due)).toString();
  return { meets: false, confirmation: null, earlierThanConfirmation: earlier, confirmationWouldGive: wouldGive, targetByNotice };
}

/**
 * The calendar year of an instant on a zone's wall clock (as `toZonedDateTimeISO(tz).year`), through
 * the calendar's cached zone offsets: the polyfill's ZonedDateTime asks Intl for the offset each time.
 */
function yearIn(instant: Temporal.Instant, timeZone: string): number {
  return civilFromEpochDay(splitLocalNanoseconds(localNanoseconds(timeZone, instant.epochNanoseconds)).epochDay).year;
}

/**
 * "Svara senast tisdag 24 november kl. 15.30, enligt svarstidsregeln för e-post (två
 * arbetsdagar)." — after the target ("Målet är …"), which comes first because it comes first.
 * A report of concern is to be handled (it may be anonymous), with what to do in acute danger.
 * Human dates in the sentence (the year only when it is not the year the message came); the
 * machine fields `due` and `target` keep ISO 8601.
 */
function deadlineExplanation(d: DeadlineAnswer, config: SvarstidConfig, received: string, kind: Kind, notice: NoticeRule): Explanation {
  if (d.reason === 'ej_arende') {
    return {
      sv: 'Meddelandet får ingen svarstid, eftersom det inte är ett ärende. Står det ändå en fråga, ett fel eller oro för ett barn eller en utsatt vuxen i det, byt ärendetyp i Outlook-tillägget (vid oro: Orosanmälan, och lämna den vidare nu), så får det en svarstid.',
      en: 'The message gets no deadline, because it is not a case. If it does hold a question, a fault or concern for a child or a vulnerable adult, change the case type in the Outlook add-in (for concern: Report of concern, and hand it on now), and it gets a deadline.',
    };
  }
  if (d.reason === 'anonymous') {
    return {
      sv: 'Meddelandet får ingen svarstid, eftersom en anonym kontakt inte kan besvaras. Se till att förvaltningen det är märkt med får det (vidarebefordra det om det inte redan har gjorts) och markera det som klart i Outlook-tillägget när de har fått det; till dess står det kvar i kön.',
      en: 'The message gets no deadline, because an anonymous contact cannot be answered. Make sure the department it is labelled with gets it (forward it unless that is already done) and mark it as done in the Outlook add-in once they have it; until then it stays in the queue.',
    };
  }
  if (d.due === null) return { sv: 'Meddelandet får ingen svarstid.', en: 'The message gets no deadline.' };
  const tz = config.calendar.timeZone;
  let receivedAt: Temporal.Instant | undefined;
  try {
    receivedAt = parseReceived(received);
  } catch {
    receivedAt = undefined;
  }
  const year = receivedAt === undefined ? undefined : yearIn(receivedAt, tz);
  const when = (iso: string, lang: 'sv' | 'en') => formatHumanDateTime(iso, tz, lang, year === undefined ? {} : { omitYear: year });
  const moved = (which: 'due' | 'target', iso: string) =>
    receivedAt === undefined ? null : movedText(config, which === 'due' ? d.dueRule : d.targetRule, which, receivedAt, iso, when);
  const sentences: Explanation[] = [];
  if (d.target) {
    const target = ruleClause(config, d.targetRule, 'target', moved('target', d.target));
    // A confirmation rule's target is met by a notice too: it is not "an answer" within the hour.
    const confirms = notice.targetByNotice;
    sentences.push({
      sv: `Målet är ${confirms ? 'ett besked eller svar' : 'ett svar'} senast ${when(d.target, 'sv')}, ${target.sv}.`,
      en: `The target is ${confirms ? 'a notice or an answer' : 'an answer'} by ${when(d.target, 'en')}, ${target.en}.`,
    });
  }
  const due = ruleClause(config, d.dueRule, 'due', moved('due', d.due));
  if (kind === 'orosanmalan') {
    const paused = receivedAt === undefined ? null : pausedText(config, d.dueRule, receivedAt, d.due);
    const handle = paused ? ruleClause(config, d.dueRule, 'due', paused) : due;
    // The action first, then the one time, the rule's (the flag's and the queue's), as its outer
    // limit (round 23 read "Hantera senast måndag" as leave to wait). Readers in rounds 15 and 16 took a
    // second, earlier time ("lämna den redan fredag kl. 16.00") for a contradiction of the queue.
    // What not to wait for is said without a time of its own.
    // the department a report of concern goes to, by the configuration's own name for it
    const concernId = config.triage.kindDepartments?.['orosanmalan'] ?? 'socialtjanst';
    const concernDept = config.departments.find((x) => x.id === concernId);
    const to = { sv: concernDept?.name ?? 'Socialförvaltningen', en: concernDept?.nameEn ?? concernDept?.name ?? 'social services' };
    const onCall = concernOnCallText(config.municipality.concernOnCall);
    const missing = concernOnCallMissing(config.municipality.concernOnCall);
    sentences.push({
      sv: `Lämna den till ${to.sv} nu, senast ${when(d.due, 'sv')}, ${handle.sv}. Det är den yttersta gränsen, inte en tid att vänta till: lämna en orosanmälan vidare så snart du har läst den. Den sista timmen före stängning räcker inget skriftligt: ring dem. Efter stängning ska du i dag ${onCall.sv}; vänta inte till nästa arbetsdag. Vid akut fara: ring 112. Den är hanterad när ${to.sv} (efter stängning jouren) har tagit emot den så att någon läser den i dag — den sista timmen före stängning per telefon, inte skriftligt — och du har markerat det i Outlook-tillägget (Lämnad till ${to.sv}); ett svar från funktionsbrevlådan till den som anmälde, också ett tack eller ett automatiskt kvitto, räknas som svar och tar den ur kön (ett besked som bara säger när svaret kommer gör det inte) men är inte att lämna den vidare: den står kvar som inte lämnad tills någon markerar den.${missing ? ` ${missing.sv}` : ''}`,
      en: `Hand it to ${to.en} now, at the latest by ${when(d.due, 'en')}, ${handle.en}. That is the outer limit, not a time to wait for: hand a report of concern on as soon as you have read it. In the last hour before closing, nothing in writing is enough: call them. After closing, today you should ${onCall.en}; do not wait for the next working day. In acute danger: call 112. It is handled when ${to.en} (after closing time the on-call service) have taken it so that someone reads it today — in the last hour before closing by phone, not in writing — and you have marked so in the Outlook add-in (Handed to ${to.en}); a reply from the shared mailbox to the person who reported it, even a thank-you or an automatic receipt, counts as the answer and takes it out of the queue (a notice that only says when the answer comes does not) but is not handing it on: it stays listed as not handed on until someone marks it.${missing ? ` ${missing.en}` : ''}`,
    });
  } else {
    sentences.push({ sv: `Svara senast ${when(d.due, 'sv')}, ${due.sv}.`, en: `Answer by ${when(d.due, 'en')}, ${due.en}.` });
  }
  // Whether a notice is enough, said only where a rule that matched says so (Värmdö's e-mail, Salem's confirmations).
  if (notice.confirmation) {
    const tied = notice.confirmation.id !== d.dueRule;
    const sv = deadlineRuleScope(notice.confirmation, 'sv');
    const en = deadlineRuleScope(notice.confirmation, 'en');
    sentences.push({
      sv: `Ett besked om när svaret eller beslutet kommer räcker här för att räknas som besvarat i tid (regeln för ${sv}${tied ? ', som ger samma tid,' : ''} säger det); meddelandet ligger sedan kvar i kön tills det riktiga svaret skickas (ett svar som säger vad som görs och när är redan ett riktigt svar).`,
      en: `A notice saying when the answer or decision comes is enough here to count as answered in time (the rule for ${en}${tied ? ', which gives the same time,' : ''} says so); the message then stays in the queue until the real answer is sent (a reply that says what will be done and when is already a real answer).`,
    });
  } else if (notice.earlierThanConfirmation) {
    const due = policyRule(config, d.dueRule) as DeadlineRule | undefined;
    const from = (lang: 'sv' | 'en') => (due && 'id' in due ? deadlineRuleScope(due, lang) : lang === 'sv' ? 'standardtiden' : 'the default time');
    const ack = notice.earlierThanConfirmation;
    // Round 10 of the review: the deadline first and alone, then the later time where a notice would have done.
    const at = notice.confirmationWouldGive;
    const later = (lang: 'sv' | 'en') => (at ? `: ${when(at, lang)}` : '');
    sentences.push({
      sv: `Ett besked räcker inte för svarstiden här: det riktiga svaret måste komma senast ${when(d.due, 'sv')}, eftersom regeln för ${from('sv')} ger den tidigaste tiden (regeln för ${deadlineRuleScope(ack, 'sv')}, där ett besked hade räckt, ger en senare tid${later('sv')}). Ett riktigt svar gör mer än att lova när svaret kommer, till exempel säger det att felet är åtgärdat eller vad som görs och när.`,
      en: `A notice is not enough for the deadline here: the real answer must come by ${when(d.due, 'en')}, because the rule for ${from('en')} gives the earliest time (the rule for ${deadlineRuleScope(ack, 'en')}, where a notice would have been enough, gives a later time${later('en')}). A real answer does more than promise when the answer comes; for example it says that the fault is fixed, or what will be done and when.`,
    });
  }
  return { sv: sentences.map((x) => x.sv).join(' '), en: sentences.map((x) => x.en).join(' ') };
}

/**
 * A request for public records (allmänna handlingar) must be handled promptly under the Freedom of
 * the Press Act (TF 2 kap. 15 §, "skyndsamt"): usually the same day or within a few days, whatever
 * the municipality's deadline. The explanation says so, so that the deadline is not read as leave to wait.
 */
const PUBLIC_RECORDS: Explanation = {
  sv: 'En begäran om allmänna handlingar ska enligt tryckfrihetsförordningen behandlas skyndsamt, oftast samma dag: svarstiden är den yttersta gränsen, inte en tid att vänta till, och ett besked om när svaret kommer ersätter inte att handlingen lämnas ut.',
  en: 'A request for public records must be handled promptly under the Freedom of the Press Act, usually the same day: the deadline is the outer limit, not a time to wait for, and a notice saying when the answer comes does not replace handing the records out.',
};

function publicRecordsRequest(triage: TriageResult): boolean {
  return triage.kind === 'ansokan' && triage.rules.includes('ans.handling');
}

/**
 * Triage and deadline for one Graph message under a configuration. Pure: the CLI, the
 * worker, the add-in and the tab all call this, so they agree on every decision.
 */
export function assessMessage(message: MailMessage, config: SvarstidConfig): Assessment {
  const triage = triageMessage(message, config);
  const deadline = deadlineFor(
    { channel: triage.channel, kind: triage.kind, received: message.receivedDateTime, anonymous: triage.anonymous },
    config,
  );
  const deadlineRules = [deadline.dueRule, deadline.targetRule].filter((r): r is string => r !== null && r !== undefined);
  const rules = [...triage.rules, ...deadlineRules.filter((r, i) => deadlineRules.indexOf(r) === i)];
  const notice = noticeRule({ channel: triage.channel, kind: triage.kind, received: parseReceived(message.receivedDateTime) }, deadline, config);
  const deadlineWhy = deadlineExplanation(deadline, config, message.receivedDateTime, triage.kind, notice);
  const why = publicRecordsRequest(triage) ? { sv: `${deadlineWhy.sv} ${PUBLIC_RECORDS.sv}`, en: `${deadlineWhy.en} ${PUBLIC_RECORDS.en}` } : deadlineWhy;
  // A tied rule that makes a notice enough is named in the explanation, so it is one of the deciding rules too.
  if (notice.confirmation && !rules.includes(notice.confirmation.id)) rules.push(notice.confirmation.id);
  return {
    id: message.id ?? null,
    channel: triage.channel,
    kind: triage.kind,
    department: triage.department,
    anonymous: triage.anonymous,
    due: deadline.due,
    target: deadline.target,
    rules,
    explanation: { sv: `${triage.explanation.sv} ${why.sv}`, en: `${triage.explanation.en} ${why.en}` },
    categories: triage.categories,
    priority: triage.priority,
    uncertain: triage.uncertain,
    policy: `${config.policy.id}@${config.policy.version}`,
    ackMeetsDue: notice.meets,
    triage,
    deadline,
  };
}
