/**
 * The deadline of one message under a policy (SPEC §3, §4): rule selection, then the
 * earliest due and target of the rules that count.
 */
import { Temporal } from 'temporal-polyfill';
import type { Duration, Policy } from '../config/policySchema';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { DueClock } from './addDuration';
import { selectDeadlineRules } from './selectDeadlineRules';
import type { DeadlineCase, DeadlineOutcome } from './types';

/** The rule id `dueRule`/`targetRule` carry when the policy's default applied. */
export const DEFAULT_RULE_ID = 'default';

interface Candidate {
  ns: bigint;
  rule: string;
}

/** Keeps the earlier candidate; on a tie the one already held (earlier in policy order) stays. */
function earlier(held: Candidate | null, clock: DueClock, duration: Duration | undefined, rule: string): Candidate | null {
  if (duration === undefined) return held;
  const ns = clock.dueNs(duration);
  return held === null || ns < held.ns ? { ns, rule } : held;
}

/**
 * @summary Computes the due time and target of one message.
 *
 * Computes the promise for one message.
 *
 * - When a matching rule is an `override` (orosanmälan), only override rules count, and
 *   neither anonymity nor `ej_arende` takes the due time away.
 * - Otherwise `ej_arende` has no due time (reason `ej_arende`), nor has an anonymous
 *   contact (reason `anonymous`).
 * - due = the earliest due of the rules that count, target = the earliest target; with no
 *   due among them the policy `default` gives the due (and its target, if any), named
 *   `default`. On a tie the rule earlier in the policy names the result.
 * - A target that is not strictly earlier than due is dropped.
 * - `matchedRules` lists every rule that matched the message, in policy order, even those
 *   an override or ej_arende/anonymity made irrelevant; `dueRule`/`targetRule` say which decided.
 *
 * @param c - the message's channel, kind, receipt time and anonymity
 * @param policy - the municipality's policy
 * @param calendar - the municipality's working calendar
 * @param workingDayHours - hours in one working day (default: the calendar's)
 * @returns due and target in the calendar's time zone, with the rules that produced them
 * @example
 * // Salem, a telephone question on Monday 2026-11-16 10:00
 * const { calendar, policy } = presetConfig('salem');
 * const out = computeDeadline({ channel: 'telefon', kind: 'fraga', anonymous: false,
 *   received: Temporal.Instant.from('2026-11-16T09:00:00Z') }, policy, createWorkingCalendar(calendar));
 * formatOffsetDateTime(out.due!)    //=> '2026-11-17T10:00:00+01:00'
 * formatOffsetDateTime(out.target!) //=> '2026-11-16T16:00:00+01:00'
 */
export function computeDeadline(
  c: DeadlineCase,
  policy: Pick<Policy, 'rules' | 'default'>,
  calendar: WorkingCalendar,
  workingDayHours: number = calendar.workingDayHours,
): DeadlineOutcome {
  const selection = selectDeadlineRules(c, policy);
  const matchedRules = selection.matched.map((rule) => rule.id);
  if (!selection.override) {
    const reason = c.kind === 'ej_arende' ? 'ej_arende' : c.anonymous ? 'anonymous' : null;
    if (reason !== null) return { due: null, target: null, dueRule: null, targetRule: null, matchedRules, reason };
  }

  const clock = new DueClock(c.received, calendar, workingDayHours);
  let due: Candidate | null = null;
  let target: Candidate | null = null;
  for (const rule of selection.counted) {
    due = earlier(due, clock, rule.due, rule.id);
    target = earlier(target, clock, rule.target, rule.id);
  }
  if (due === null) {
    due = earlier(null, clock, policy.default.due, DEFAULT_RULE_ID)!;
    target = earlier(target, clock, policy.default.target, DEFAULT_RULE_ID);
  }
  // A softer goal only makes sense before the promise.
  if (target !== null && !(target.ns < due.ns)) target = null;

  const zoned = (ns: bigint) => new Temporal.ZonedDateTime(ns, calendar.timeZone);
  return {
    due: zoned(due.ns),
    target: target === null ? null : zoned(target.ns),
    dueRule: due.rule,
    targetRule: target === null ? null : target.rule,
    matchedRules,
    reason: null,
  };
}
