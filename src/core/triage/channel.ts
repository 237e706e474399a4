import type { ChannelMarker, ChannelMarkers } from '../config/triageSchema';
import { addressOf, type MailMessage } from '../message';
import { foldText } from '../text/fold';
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

/** Length of the original-subject prefix that folds to `folded`, or -1. */
function prefixLength(subject: string, prefixes: readonly string[]): { value: string; length: number } | null {
  const trimmedSubject = subject.trimStart();
  const lowerSubject = trimmedSubject.slice(0, 200).toLowerCase();
  for (const value of prefixes) {
    const v = value.trim().toLowerCase();
    if (v.length > 0 && lowerSubject.startsWith(v)) {
      return { value, length: subject.length - trimmedSubject.length + v.length };
    }
  }
  const foldedSubject = foldText(subject.slice(0, 200));
  for (const value of prefixes) {
    // tolerant comparison (missing å/ä/ö, other punctuation) only for prefixes that start with a letter
    if (!/^[\p{L}\p{N}]/u.test(value.trim())) continue;
    const p = foldText(value);
    if (p.length === 0 || !foldedSubject.startsWith(p)) continue;
    // the next folded character must start a new word, or the prefix must end in punctuation ("E-tjänst:")
    const boundary = foldedSubject.length === p.length || foldedSubject.charCodeAt(p.length) === 32;
    if (!boundary) continue;
    // walk the original subject until as many letters/digits as the prefix has are consumed
    const wanted = p.replace(/ /g, '').length;
    let seen = 0;
    let i = 0;
    const trimmed = subject.trimStart();
    while (i < trimmed.length && seen < wanted) {
      if (foldText(trimmed.charAt(i)).length > 0) seen++;
      i++;
    }
    // include trailing punctuation of the prefix itself (':' in 'E-tjänst:')
    const punct = value.trim().match(/[^\p{L}\p{N}]+$/u)?.[0] ?? '';
    if (punct && trimmed.slice(i, i + punct.length) === punct) i += punct.length;
    return { value, length: subject.length - trimmed.length + i };
  }
  return null;
}

function localPartMatches(localPart: string, marker: ChannelMarker): string | null {
  for (const lp of marker.senderLocalParts) if (foldText(lp) === localPart && localPart.length > 0) return lp;
  return null;
}

/**
 * Detects the channel with its evidence (SPEC §5). Subject prefixes and sender local parts are
 * compared case- and diacritic-insensitively. `webb` needs both a sender local part and a
 * subject prefix; the other channels need either.
 */
export function channelEvidence(message: MailMessage, markers: ChannelMarkers): ChannelEvidence {
  const subject = (message.subject ?? '').slice(0, MAX_FIELD_CHARS);
  const localPart = localPartOf(senderAddress(message));
  for (const channel of MARKED_CHANNELS) {
    const marker = markers[channel];
    const prefix = prefixLength(subject, marker.subjectPrefixes);
    if (prefix) return { channel, marker: { kind: 'subjectPrefix', value: prefix.value }, subjectPrefixLength: prefix.length };
    const lp = localPartMatches(localPart, marker);
    if (lp) return { channel, marker: { kind: 'senderLocalPart', value: lp }, subjectPrefixLength: 0 };
  }
  const webb = markers.webb;
  const lp = localPartMatches(localPart, webb);
  const prefix = prefixLength(subject, webb.subjectPrefixes);
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

/** Bilingual sentence on why the channel was chosen. */
export function explainChannel(e: ChannelEvidence, names: { sv: string; en: string }): Explanation {
  if (!e.marker) {
    return { sv: `Kanal ${names.sv}: inga kanalmarkörer, vanlig e-post`, en: `Channel ${names.en}: no channel markers, ordinary e-mail` };
  }
  if (e.channel === 'webb') {
    return {
      sv: `Kanal ${names.sv}: avsändaren är e-tjänstens no-reply-adress och ämnesraden börjar med '${e.marker.value}'`,
      en: `Channel ${names.en}: sent from the e-service's no-reply address with a subject starting '${e.marker.value}'`,
    };
  }
  if (e.marker.kind === 'subjectPrefix') {
    return {
      sv: `Kanal ${names.sv}: ämnesraden börjar med '${e.marker.value}'`,
      en: `Channel ${names.en}: the subject starts with '${e.marker.value}'`,
    };
  }
  return {
    sv: `Kanal ${names.sv}: avsändaradressen börjar med '${e.marker.value}@'`,
    en: `Channel ${names.en}: the sender address starts with '${e.marker.value}@'`,
  };
}
