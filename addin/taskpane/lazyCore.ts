import { assessMessage } from '../../src/core/assess';
import type { SvarstidConfig } from '../../src/core/config';
import { DEFAULT_RULE_ID } from '../../src/core/deadline/computeDeadline';
import { describeRule, explanationSentences } from '../../src/core/display/ruleNames';
import type { MailMessage } from '../../src/core/message';
import type { LabelDecision, SvarstidRecord } from '../../src/core/record';
import { isAnonymous } from '../../src/core/triage/channel';

export { planManualLabel } from '../../src/core/manualLabel';
export { proposePromise } from '../../src/core/acknowledgement/proposePromise';
import type { Channel, Kind, Named } from '../../src/core/vocabulary';

/**
 * The core's on-the-spot work for the task pane, loaded as its own chunk on first use: triage of
 * a message the worker has not labelled yet, and the reasons in words.
 */

/** Triage and deadline now, as a label decision (SPEC: computed on the spot when there is no record). */
export function assessNow(mail: MailMessage, config: SvarstidConfig): LabelDecision & { triageExplanation: Named; anonymous: boolean } {
  const a = assessMessage(mail, config);
  const uncertain = 'uncertain' in a && (a as { uncertain?: unknown }).uncertain === true;
  return {
    policy: a.policy,
    channel: a.channel,
    kind: a.kind,
    department: a.department,
    due: a.due,
    target: a.target,
    rules: a.rules,
    categories: a.categories,
    ...(uncertain ? { uncertain: true } : {}),
    triageExplanation: a.triage.explanation,
    anonymous: a.anonymous,
  };
}

export function anonymousNow(mail: MailMessage, channel: Channel, config: SvarstidConfig): boolean {
  return isAnonymous(mail, channel, config.triage.channelMarkers);
}

/**
 * Why the message has its deadline and department: with a record, the rules it names (and, when
 * the core still decides the same, the core's sentences saying which words matched); without
 * one, the core's assessment now.
 */
export function reasonsFor(input: { record: SvarstidRecord | null; mail: MailMessage; config: SvarstidConfig; assessedKind: Kind }): Named[] {
  const { record, mail, config } = input;
  const isPolicyRule = (id: string): boolean => id === DEFAULT_RULE_ID || config.policy.rules.some((r) => r.id === id);
  const a = assessMessage(mail, config);
  const sentences = explanationSentences(a.triage.explanation);
  if (record === null) return [...sentences, ...a.rules.filter(isPolicyRule).map((id) => describeRule(id, config))];
  const out: Named[] = [];
  if (record.uncertain === true && record.source !== 'manual') {
    out.push({ sv: 'Svarstid var osäker på typ eller avdelning: kontrollera.', en: 'Svarstid was unsure of the kind or department: please check.' });
  }
  const same = record.source === 'auto' && a.channel === record.channel && a.kind === record.kind && a.department === record.department;
  if (same) return [...out, ...sentences, ...record.rules.filter(isPolicyRule).map((id) => describeRule(id, config))];
  return [...out, ...record.rules.map((id) => describeRule(id, config))];
}
