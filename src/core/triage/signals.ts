import type { Signal } from '../config/triageSchema';
import type { Channel } from '../vocabulary';
import { addressOf, type MailMessage } from '../message';
import { MAX_RECIPIENTS } from '../text/limits';
import { isPocketDial } from './pocketDial';
import { namesNumberedRoad } from './numberedRoad';
import { isOnlyThanks } from './onlyThanks';
import { opensWithAbsence } from './opensWithAbsence';

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

const PARTY_MARKER = /\((?:S|M|C|V|L|KD|MP|SD)\)/;

/** Whether a (lower-case) address is in one of the domains or their subdomains. */
export function inDomains(address: string, domains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const d = address.slice(at + 1);
  return domains.some((m0) => {
    const m = m0.toLowerCase();
    return d === m || d.endsWith(`.${m}`);
  });
}

/** Inputs for {@link messageSignals} besides the message. */
export interface SignalContext {
  municipalDomains: readonly string[];
  sharedMailbox: string | undefined;
  hasOwnText: boolean;
  /** Part of the content could not be read (text beyond the budget, encoded data, images or attachments without text). */
  unread: boolean;
  /** Subject and the author's text, for the party-label check. */
  text: string;
  /** The author's newest text (the body zone), for the question and language checks. */
  body: string;
  /** The message's channel, for the bare-thanks check (only e-mail and SMS close a conversation with a thanks). */
  channel?: Channel;
}

const ENGLISH_WORDS = new Set(
  (
    'the and is are to of in for my we you have it this that with on please would can not be our your there was will has been a at from by ' +
    'as but if me do does did an he she they what when where how could should hi dear am get here only need want about who which some any'
  ).split(' '),
);
const SWEDISH_WORDS = new Set(
  'och är att det jag vi på för med inte en ett som har kan till om av vår min mitt hej den ni vill de dom så men när var hur vad eller i'.split(' '),
);

/** Whether the word at `start` begins a sentence (the text, a line, or after . ! ? and spaces). */
function startsSentence(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63;
}

/** Whether a text is English: in its first 1 200 characters, at least two English function words, outnumbering Swedish ones two to one. */
export function isEnglish(text: string): boolean {
  let en = 0;
  let sv = 0;
  const n = Math.min(text.length, 1200);
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c >= 0xc0;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    // function words are short: only words of at most five letters are looked up
    if (start >= 0 && i - start <= 5) {
      // "I" in the middle of a sentence is English; Swedish "i" is lower case there (and "I" starts a Swedish sentence as often)
      if (i - start === 1 && text.charCodeAt(start) === 73) {
        if (!startsSentence(text, start)) en++;
      } else {
        const w = text.slice(start, i).toLowerCase();
        if (ENGLISH_WORDS.has(w)) en++;
        else if (SWEDISH_WORDS.has(w)) sv++;
      }
    }
    start = -1;
  }
  return en >= 2 && en > 2 * sv;
}

/**
 * A reply's subject as mail clients write it ("Re:", "SV:", "AW:" …). Narrower than zones.ts'
 * cleanSubject on purpose: "Ang:" (regarding) opens new mail too, whose subject holds the matter.
 */
const REPLY_PREFIX = /^\s*(?:re|sv|svar|aw|antw|vs)\s*:/i;

/** Whether a subject lets a bare thanks close a conversation: a reply's, blank, or itself only thanks ("Tack!"). */
function closesConversation(subject: string): boolean {
  return REPLY_PREFIX.test(subject) || subject.trim().length === 0 || isOnlyThanks(subject);
}

/** What rules ask of a message's computed facts: whether a signal holds. */
export interface SignalSet {
  has(signal: Signal): boolean;
}

/**
 * A message's signals. Those that read the text (an absence reply's opening, a numbered road, a
 * pocket dial, a bare thanks, a party label) are worked out when a rule first asks: nearly every
 * rule that tests them needs a keyword most messages lack, so most messages never ask (pure
 * functions of the message: asked late or early, the answer is the same).
 */
export class MessageSignals implements SignalSet {
  private readonly held = new Set<Signal>();
  private readonly pending = new Map<Signal, () => boolean>();

  /** Adds a signal that holds. */
  add(signal: Signal): void {
    this.held.add(signal);
  }

  /** Adds a signal worked out on first ask. */
  addLazy(signal: Signal, holds: () => boolean): void {
    this.pending.set(signal, holds);
  }

  has(signal: Signal): boolean {
    const holds = this.pending.get(signal);
    if (holds !== undefined) {
      this.pending.delete(signal);
      if (holds()) this.held.add(signal);
    }
    return this.held.has(signal);
  }
}

/** The computed facts about a message that rules can test. */
export function messageSignals(message: MailMessage, context: SignalContext): MessageSignals {
  const { municipalDomains, hasOwnText } = context;
  const signals = new MessageSignals();
  const from = addressOf(message.from ?? message.sender);
  const at = from.lastIndexOf('@');
  if (at >= 0 && isLookalikeDomain(from.slice(at + 1), municipalDomains)) signals.add('lookalikeSender');
  const recipients = [...(message.toRecipients ?? []).slice(0, MAX_RECIPIENTS), ...(message.ccRecipients ?? []).slice(0, MAX_RECIPIENTS)];
  const addresses = recipients.map((r) => addressOf(r)).filter((a) => a.length > 0);
  if (addresses.length === 0) signals.add('noRecipients');
  if (!hasOwnText) signals.add('emptyText');
  if (context.unread) signals.add('unreadContent');
  signals.addLazy('partyMarker', () => PARTY_MARKER.test(context.text.slice(0, 4096)));
  if (context.body.includes('?')) signals.add('question');
  if ((message.subject ?? '').includes('?')) signals.add('subjectQuestion');
  signals.addLazy('pocketDial', () => isPocketDial(context.body));
  // a bare thanks closes a conversation: by SMS, or by e-mail answering one ("Re: …") or under a subject that says
  // no more than it does; never with an attachment, and never by phone, letter or web form (nobody calls, posts or
  // fills in a form to close one)
  const thanksChannel = context.channel === undefined || context.channel === 'epost' || context.channel === 'sms';
  signals.addLazy(
    'onlyThanks',
    () =>
      thanksChannel &&
      message.hasAttachments !== true &&
      isOnlyThanks(context.body) &&
      (context.channel === 'sms' || closesConversation(message.subject ?? '')),
  );
  signals.addLazy('opensWithAbsence', () => opensWithAbsence(context.body));
  signals.addLazy('numberedRoad', () => namesNumberedRoad(context.text));
  // ('englishText' is worked out when a rule asks: see matchRules)
  const shared = context.sharedMailbox?.toLowerCase();
  if (
    addresses.length > 0 &&
    !addresses.some((a) => a === shared) &&
    addresses.some((a) => inDomains(a, municipalDomains) && /^[a-z]+[.-][a-z]+(?:[.-][a-z]+)?@/.test(a))
  ) {
    signals.add('personalAddressee');
  }
  return signals;
}
