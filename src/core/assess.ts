import { z } from 'zod';
import type { SvarstidConfig } from './config/schema';
import { CHANNELS, KINDS, type Channel, type Kind } from './vocabulary';
import type { MailMessage } from './message';
import { createWorkingCalendar, type WorkingCalendar } from './calendar';
import { computeDeadline, formatOffsetDateTime, parseReceived } from './deadline';
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

/** One deadline question as the `svarstid deadline` command receives it (SPEC §8). */
export const deadlineQuestionSchema = z.object({
  channel: z.enum(CHANNELS),
  // Optional fields may also come as null (absent in the sender's own model).
  kind: z.enum(KINDS).nullish(),
  received: z.string().min(1),
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

function deadlineExplanation(d: DeadlineAnswer): Explanation {
  if (d.reason === 'ej_arende') return { sv: 'Ingen svarstid: inget ärende.', en: 'No deadline: not a case.' };
  if (d.reason === 'anonymous') return { sv: 'Ingen svarstid: anonym kontakt kan inte besvaras.', en: 'No deadline: an anonymous contact cannot be answered.' };
  const sv = `Svara senast ${d.due} (regel '${d.dueRule}')${d.target ? `, mål ${d.target} (regel '${d.targetRule}')` : ''}.`;
  const en = `Answer by ${d.due} (rule '${d.dueRule}')${d.target ? `, target ${d.target} (rule '${d.targetRule}')` : ''}.`;
  return { sv, en };
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
  const why = deadlineExplanation(deadline);
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
    ackMeetsDue: deadline.due !== null && config.policy.rules.some((r) => r.id === deadline.dueRule && r.satisfiedBy === 'acknowledgement'),
    triage,
    deadline,
  };
}
