/**
 * Which policy rules apply to a message (SPEC §3 "Which rule applies"). Only matching:
 * the arithmetic lives in `addDuration`, the combination in `computeDeadline`.
 */
import type { DeadlineRule, Policy } from '../config/policySchema';
import type { DeadlineCase } from './types';

/** What rule selection looks at. */
export type RuleSubject = Pick<DeadlineCase, 'channel' | 'kind'>;

/** The rules that apply to one message. */
export interface DeadlineRuleSelection {
  /** Every rule that matches the message, in policy order. */
  matched: DeadlineRule[];
  /** The rules that count: the matching override rules if there are any, else every matching rule. */
  counted: DeadlineRule[];
  /** True when an override rule (orosanmälan) matched; anonymity and ej_arende are then ignored. */
  override: boolean;
}

/**
 * True when a rule applies to a message: it names no channel or the message's channel,
 * and no kind or the message's kind.
 *
 * @example
 * ruleMatches({ id: 'kanal:epost', channel: ['epost'], due: { unit: 'workingDays', amount: 2 } },
 *   { channel: 'epost', kind: 'klagomal' }) //=> true
 */
export function ruleMatches(rule: DeadlineRule, subject: RuleSubject): boolean {
  return (
    (rule.channel === undefined || rule.channel.includes(subject.channel)) &&
    (rule.kind === undefined || rule.kind.includes(subject.kind))
  );
}

/**
 * @summary Selects the policy rules that apply to a message.
 *
 * Selects the policy rules that apply to a message. When any matching rule is an
 * `override` (orosanmälan), only the override rules count.
 *
 * @param subject - the message's channel and kind
 * @param policy - the municipality's policy
 * @returns the matching rules, the rules that count, and whether an override applies
 * @example
 * selectDeadlineRules({ channel: 'sms', kind: 'orosanmalan' }, presetConfig('salem').policy).counted.map((r) => r.id)
 * //=> ['orosanmalan']
 */
export function selectDeadlineRules(subject: RuleSubject, policy: Pick<Policy, 'rules'>): DeadlineRuleSelection {
  const matched = policy.rules.filter((rule) => ruleMatches(rule, subject));
  const overrides = matched.filter((rule) => rule.override === true);
  return overrides.length > 0
    ? { matched, counted: overrides, override: true }
    : { matched, counted: matched, override: false };
}
