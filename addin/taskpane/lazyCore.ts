import { assessMessage } from '../../src/core/assess';
import type { SvarstidConfig } from '../../src/core/config';
import type { MailMessage } from '../../src/core/message';
import type { LabelDecision } from '../../src/core/record';
import { isAnonymous } from '../../src/core/triage/channel';

export { planManualLabel } from '../../src/core/manualLabel';
export { proposePromise } from '../../src/core/acknowledgement/proposePromise';
/** The reasons in words: the same core module the Teams tab's drill-down loads. */
export { reasonsFor } from '../../src/core/display/reasons';
import type { Channel, Named } from '../../src/core/vocabulary';

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
