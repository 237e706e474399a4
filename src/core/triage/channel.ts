import type { ChannelMarker, ChannelMarkers } from '../config/triageSchema';
import { addressOf, type MailMessage } from '../message';
import { SYMBOL_SPACE, foldText, symbolOf } from '../text/fold';
import { MAX_FIELD_CHARS, MAX_RECIPIENTS } from '../text/limits';
import type { Channel } from '../vocabulary';
import type { Explanation } from './types';

/** Why a channel was chosen. */
export interface ChannelEvidence {
  channel: Channel;
  /** The marker that matched: a subject prefix or a sender local part; absent for `epost`. */
  marker?: { kind: 'subjectPrefix' | 'senderLocalPart'; value: string };
  /** Length of the matched subject prefix in the original subject (to strip it from the subject). */
  subjectPrefixLength: number;
}

const MARKED_CHANNELS = ['telefon', 'sms', 'post'] as const;

function senderAddress(message: MailMessage): string {
  return (addressOf(message.from) || addressOf(message.sender)).slice(0, MAX_FIELD_CHARS);
}

/** The local part of an address (before `@`), folded: `Växel@x.se` → `vaxel`. */
function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return foldText(at >= 0 ? address.slice(0, at) : address);
}

/** A channel marker prepared for matching: prefixes lower-cased and folded, local parts folded. */
interface PreparedMarker {
  prefixes: { value: string; lower: string; folded: string; wanted: number; punct: string; tolerant: boolean }[];
  localParts: { value: string; folded: string }[];
}

const prepared = new WeakMap<ChannelMarker, PreparedMarker>();

function prepare(marker: ChannelMarker): PreparedMarker {
  let p = prepared.get(marker);
  if (!p) {
    p = {
      prefixes: marker.subjectPrefixes.map((value) => {
        const folded = foldText(value);
        return {
          value,
          lower: value.trim().toLowerCase(),
          folded,
          wanted: folded.replace(/ /g, '').length,
          punct: value.trim().match(/[^\p{L}\p{N}]+$/u)?.[0] ?? '',
          // tolerant comparison (missing å/ä/ö, other punctuation) only for prefixes that start with a letter
          tolerant: /^[\p{L}\p{N}]/u.test(value.trim()) && folded.length > 0,
        };
      }),
      localParts: marker.senderLocalParts.map((value) => ({ value, folded: foldText(value) })),
    };
    prepared.set(marker, p);
  }
  return p;
}

/** The subject in the forms prefix matching needs, computed once per message. */
interface SubjectForms {
  subject: string;
  trimmed: string;
  lower: string;
  folded: string;
}

function subjectForms(subject: string): SubjectForms {
  const trimmed = subject.trimStart();
  return { subject, trimmed, lower: trimmed.slice(0, 200).toLowerCase(), folded: foldText(subject.slice(0, 200)) };
}

/** The matched prefix and its length in the original subject, or null. */
function prefixLength(forms: SubjectForms, marker: PreparedMarker): { value: string; length: number } | null {
  const { subject, trimmed } = forms;
  for (const p of marker.prefixes) {
    if (p.lower.length > 0 && forms.lower.startsWith(p.lower)) {
      return { value: p.value, length: subject.length - trimmed.length + p.lower.length };
    }
  }
  for (const p of marker.prefixes) {
    if (!p.tolerant || !forms.folded.startsWith(p.folded)) continue;
    // the next folded character must start a new word
    const boundary = forms.folded.length === p.folded.length || forms.folded.charCodeAt(p.folded.length) === 32;
    if (!boundary) continue;
    // walk the original subject until as many letters/digits as the prefix has are consumed
    let seen = 0;
    let i = 0;
    while (i < trimmed.length && seen < p.wanted) {
      if (symbolOf(trimmed.charCodeAt(i)) !== SYMBOL_SPACE) seen++;
      i++;
    }
    if (p.punct && trimmed.slice(i, i + p.punct.length) === p.punct) i += p.punct.length;
    return { value: p.value, length: subject.length - trimmed.length + i };
  }
  return null;
}

function localPartMatches(localPart: string, marker: PreparedMarker): string | null {
  if (localPart.length === 0) return null;
  for (const lp of marker.localParts) if (lp.folded === localPart) return lp.value;
  return null;
}

/**
 * Detects the channel with its evidence (SPEC §5). Subject prefixes and sender local parts are
 * compared case- and diacritic-insensitively. `webb` needs both a sender local part and a
 * subject prefix; the other channels need either.
 */
export function channelEvidence(message: MailMessage, markers: ChannelMarkers): ChannelEvidence {
  const forms = subjectForms((message.subject ?? '').slice(0, MAX_FIELD_CHARS));
  const localPart = localPartOf(senderAddress(message));
  for (const channel of MARKED_CHANNELS) {
    const marker = prepare(markers[channel]);
    const prefix = prefixLength(forms, marker);
    if (prefix) return { channel, marker: { kind: 'subjectPrefix', value: prefix.value }, subjectPrefixLength: prefix.length };
    const lp = localPartMatches(localPart, marker);
    if (lp) return { channel, marker: { kind: 'senderLocalPart', value: lp }, subjectPrefixLength: 0 };
  }
  const webb = prepare(markers.webb);
  const lp = localPartMatches(localPart, webb);
  const prefix = lp ? prefixLength(forms, webb) : null;
  if (lp && prefix) return { channel: 'webb', marker: { kind: 'subjectPrefix', value: prefix.value }, subjectPrefixLength: prefix.length };
  return { channel: 'epost', subjectPrefixLength: 0 };
}

/**
 * The channel a message came through (SPEC §5), from the configured markers.
 * @example detectChannel({ subject: 'SMS från 070-1740633', … }, markers) //=> 'sms'
 */
export function detectChannel(message: MailMessage, markers: ChannelMarkers): Channel {
  return channelEvidence(message, markers).channel;
}

/**
 * A web-form submission with no usable reply address is anonymous (SPEC §1). A reply address
 * that is itself a no-reply address of the form platform does not count.
 */
export function isAnonymous(message: MailMessage, channel: Channel, markers?: ChannelMarkers): boolean {
  if (channel !== 'webb') return false;
  const noReply = markers?.webb.senderLocalParts.map(foldText) ?? ['no reply', 'noreply'];
  const replyTo = (message.replyTo ?? []).slice(0, MAX_RECIPIENTS);
  return !replyTo.some((r) => {
    const address = addressOf(r);
    return address.includes('@') && !noReply.includes(localPartOf(address));
  });
}

/** A channel's name inside a sentence: `e-post`, `telefon`, but `SMS`. */
function inSentence(name: string): string {
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Bilingual sentence on why the channel was chosen: "Kanalen är SMS, eftersom ämnesraden börjar med 'SMS från'". */
export function explainChannel(e: ChannelEvidence, names: { sv: string; en: string }): Explanation {
  const sv = `Kanalen är ${inSentence(names.sv)}`;
  // "The channel is a web form", but "The channel is e-mail"
  const en = `The channel is ${/^web form$/i.test(names.en) ? 'a ' : ''}${inSentence(names.en)}`;
  if (!e.marker) {
    return {
      sv: `${sv}, eftersom varken ämnesraden eller avsändaradressen pekar på telefon, SMS, post eller e-tjänst`,
      en: `${en}, because neither the subject nor the sender address points to phone, SMS, letter or web form`,
    };
  }
  if (e.channel === 'webb') {
    return {
      sv: `${sv}, eftersom meddelandet kommer från e-tjänstens avsändaradress, som inte tar emot svar, och ämnesraden börjar med '${e.marker.value}'`,
      en: `${en}, because the message comes from the web form's sender address, which takes no replies, and the subject starts with '${e.marker.value}'`,
    };
  }
  if (e.marker.kind === 'subjectPrefix') {
    return { sv: `${sv}, eftersom ämnesraden börjar med '${e.marker.value}'`, en: `${en}, because the subject starts with '${e.marker.value}'` };
  }
  return {
    sv: `${sv}, eftersom avsändaradressen börjar med '${e.marker.value}@'`,
    en: `${en}, because the sender address starts with '${e.marker.value}@'`,
  };
}
