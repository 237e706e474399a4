import type { Signal } from '../config/triageSchema';
import { addressOf, type MailMessage } from '../message';
import { MAX_RECIPIENTS } from '../text/limits';

/** Characters attackers swap to make a domain look like another (`exempeIby` for `exempelby`). */
function skeleton(domain: string): string {
  return domain
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[1i|!]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/5/g, 's');
}

/**
 * True when the sender's domain imitates one of the municipality's domains without being it
 * or a subdomain of it.
 * @example isLookalikeDomain('exempeiby.se', ['exempelby.se']) //=> true
 */
export function isLookalikeDomain(domain: string, municipalDomains: readonly string[]): boolean {
  const d = domain.toLowerCase();
  if (d.length === 0 || d.length > 255) return false;
  for (const m0 of municipalDomains) {
    const m = m0.toLowerCase();
    if (d === m || d.endsWith(`.${m}`)) return false;
  }
  const s = skeleton(d);
  return municipalDomains.some((m0) => {
    const m = skeleton(m0.toLowerCase());
    return s === m || s.endsWith(`.${m}`);
  });
}

/** The computed facts about a message that rules can test. */
export function messageSignals(message: MailMessage, municipalDomains: readonly string[], hasOwnText: boolean): Set<Signal> {
  const signals = new Set<Signal>();
  const from = addressOf(message.from ?? message.sender);
  const at = from.lastIndexOf('@');
  if (at >= 0 && isLookalikeDomain(from.slice(at + 1), municipalDomains)) signals.add('lookalikeSender');
  const recipients = [...(message.toRecipients ?? []).slice(0, MAX_RECIPIENTS), ...(message.ccRecipients ?? []).slice(0, MAX_RECIPIENTS)];
  if (!recipients.some((r) => addressOf(r).length > 0)) signals.add('noRecipients');
  if (!hasOwnText) signals.add('emptyText');
  return signals;
}
