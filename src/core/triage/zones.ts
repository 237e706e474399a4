import { addressOf, type MailMessage, type MailRecipient } from '../message';
import { CELL_SEPARATOR, htmlToText } from '../text/htmlToText';
import { foldText } from '../text/fold';
import { KeywordMatcher } from '../text/keywordMatcher';
import { MAX_FIELD_CHARS, MAX_RECIPIENTS, MAX_TEXT_CHARS } from '../text/limits';
import { splitMessageText } from '../text/splitMessageText';
import type { Channel } from '../vocabulary';

/**
 * The parts of a message triage reads, each with its own weight as evidence:
 * the author's own text counts fully; subject and a web form's type fields count half;
 * signatures count little; the system text of voicemail/SMS/scanner/e-service wrappers is kept
 * apart and not read as evidence;
 * quoted history counts only for rules that ask for it.
 */
export const ZONES = ['subject', 'body', 'form', 'forwarded', 'boiler', 'signature', 'quoted', 'from', 'to', 'replyTo', 'senderName'] as const;
export type Zone = (typeof ZONES)[number];
export const ZONE_COUNT = ZONES.length;
export const ZONE_INDEX: Record<Zone, number> = Object.fromEntries(ZONES.map((z, i) => [z, i])) as Record<Zone, number>;

/** Human names of the zones, for explanations. */
export const ZONE_NAMES: Record<Zone, { sv: string; en: string }> = {
  subject: { sv: 'i ämnesraden', en: 'in the subject' },
  body: { sv: 'i brödtexten', en: 'in the body text' },
  form: { sv: 'i formulärets fält', en: 'in a form field' },
  forwarded: { sv: 'i vidarebefordrad text', en: 'in forwarded text' },
  boiler: { sv: 'i systemtext', en: 'in system text' },
  signature: { sv: 'i signaturen', en: 'in the signature' },
  quoted: { sv: 'i citerad text', en: 'in quoted text' },
  from: { sv: 'i avsändaradressen', en: 'in the sender address' },
  to: { sv: 'i mottagarna', en: 'in the recipients' },
  replyTo: { sv: 'i svarsadressen', en: 'in the reply-to address' },
  senderName: { sv: 'i avsändarnamnet', en: "in the sender's name" },
};

/** A message cut into zones, plus the facts rules can test. */
export interface MessageZones {
  texts: string[];
  /** The subject as written (for `startsWith` on the subject). */
  rawSubject: string;
  forward: boolean;
}

const REPLY_PREFIX = /^\s*(sv|re|ang|aw|antw|vs|r|rif|odp)\s*(\[\d+\])?\s*:\s*/i;
const FORWARD_PREFIX = /^\s*(vb|fw|fwd|wg|tr|vs|doorst|rv|i)\s*:\s*/i;

/** Subject without reply/forward prefixes; tells whether it was a forward. */
export function cleanSubject(subject: string): { text: string; forward: boolean } {
  let text = subject;
  let forward = false;
  for (let i = 0; i < 10; i++) {
    const r = REPLY_PREFIX.exec(text);
    if (r) {
      text = text.slice(r[0].length);
      continue;
    }
    const f = FORWARD_PREFIX.exec(text);
    if (f) {
      text = text.slice(f[0].length);
      forward = true;
      continue;
    }
    break;
  }
  return { text: text.replace(/^[\s:\-–|]+/, ''), forward };
}

/** Lines that are a wrapper's system text (voicemail, SMS gateway, scanner, e-service); not e-mail. */
const WRAPPER_TEXT = [
  'rostmeddelande',
  'rostbrevlad',
  'transkri',
  'ljudfil',
  'svar till denna adress',
  'svara inte',
  'do not reply',
  'vidarebefordrat av',
  'skickat automatiskt',
  'skickades automatiskt',
  'automatiskt genererat',
  'automatiskt meddelande',
  'automatiskt tolkad',
  'ocr',
  'inskannad post',
  'skannad post',
  'skannat dokument',
  'skannat brev',
  'posthantering',
  'registraturen',
  'referens i e tjanst',
  'skickats in via',
  'inlamning har gjorts',
  'e tjansteplattform',
  'e tjanstplattform',
  'detta meddelande',
  'nytt arende har',
  'meddelande fran vaxeln',
  'fran vaxeln',
  'sms tjanst',
  'sms gateway',
  'inkommande sms',
  '160 tecken',
  'voicemail',
  'telefonisystem',
  'ett nytt rostmeddelande',
  'this message was',
  'automatically',
];

/** Disclaimers and system lines in any mail. */
const DISCLAIMERS = [
  'detta e postmeddelande kan innehalla',
  'detta mejl kan innehalla',
  'this e mail may contain',
  'this email may contain',
  'this message may contain',
  'sekretessbelagd information',
  'om du fatt det av misstag',
  'if you have received this',
  'svara inte pa detta',
  'do not reply to this',
];

/** Form and header labels whose values are personal data or metadata, never evidence. */
const PERSONAL_LABELS = new Set([
  'namn', 'name', 'fornamn', 'efternamn', 'e post', 'epost', 'e postadress', 'e mail', 'email', 'mejl', 'mail', 'telefon',
  'telefonnummer', 'tel', 'mobil', 'mobilnummer', 'phone', 'adress', 'address', 'postadress', 'postnummer', 'ort',
  'personnummer', 'inskickat', 'skickat', 'datum', 'date', 'tid', 'referens', 'referensnummer', 'arendenummer',
  'langd', 'mottaget', 'nummer', 'vill du ha svar', 'vill du ha aterkoppling', 'aterkoppling', 'onskar du svar',
  'status', 'folkbokford i', 'jag godkanner', 'bifogade filer', 'bilagor', 'bilaga', 'fil', 'enhet', 'skannad',
  'antal sidor', 'fran', 'from', 'sms fran', 'kontaktuppgifter', 'forslagsstallare', 'samtal', 'ringde', 'nummer',
  'stolpnummer', 'fastighetsbeteckning', 'org nr', 'organisationsnummer', 'kundnummer', 'kundnr', 'ip adress',
]);

/** Form labels whose values are the citizen's own words. */
const FREE_TEXT_LABELS = [
  'meddelande', 'beskrivning', 'din synpunkt', 'synpunkt', 'forslag', 'din fraga', 'fraga', 'arende', 'message',
  'description', 'comment', 'kommentar', 'ovrigt', 'ovriga upplysningar', 'beskriv', 'vad galler', 'motivering',
  'ditt meddelande', 'din beskrivning', 'berom', 'klagomal', 'question', 'your message',
];

/** One phrase matcher for disclaimers and wrapper text (built on first use; phrases match anywhere in a line). */
let boilerplateMatcher: KeywordMatcher | null = null;

/**
 * Marks the lines of a text that are disclaimers or wrapper system text, in one scan of the
 * whole text. `lineStarts` holds the offset where each line begins.
 */
function boilerplateLines(text: string, lineStarts: Int32Array): Uint8Array {
  boilerplateMatcher ??= new KeywordMatcher(
    [...DISCLAIMERS, ...WRAPPER_TEXT].map((folded) => ({ folded, infix: true, compound: true, exact: false })),
  );
  const marks = new Uint8Array(lineStarts.length);
  const markLine = (_id: number, start: number): void => {
    // the line containing `start`: binary search over line starts
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    marks[lo] = 1;
  };
  // the phrase list is written folded, so å/ä/ö are read as a/o here
  boilerplateMatcher.scan(text, markLine, { foldSwedish: true });
  return marks;
}

const NOT_BLANK = /\S/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A value with no letters at all (phone numbers, dates, durations): metadata. */
function hasLetters(value: string): boolean {
  return /\p{L}/u.test(value);
}

function isFreeText(value: string): boolean {
  if (value.length >= 50) return true;
  const words = value.split(/\s+/).length;
  return words >= 6 && /[.?!]/.test(value);
}

type LineZone = 'body' | 'form' | 'boiler' | 'drop';

/** Label and value of a `Label | value` table row or a `Label: value` line, or null. */
function labelled(line: string, allowColon: boolean): { label: string; value: string } | null {
  const cell = line.indexOf(CELL_SEPARATOR);
  if (cell > 0) return { label: foldText(line.slice(0, cell).slice(0, 80)), value: line.slice(cell + CELL_SEPARATOR.length).trim() };
  if (!allowColon) return null;
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 30) return null;
  return { label: foldText(line.slice(0, colon)), value: line.slice(colon + 1).trim() };
}

/** Splits the author's part of a body into author text, form type fields and wrapper text. */
function classifyLines(text: string, channel: Channel): Record<'body' | 'form' | 'boiler', string[]> {
  const out = { body: [] as string[], form: [] as string[], boiler: [] as string[] };
  const lines = text.split('\n');
  const wrapped = channel !== 'epost';
  // (in e-mail, disclaimers follow the signature and are weighed as signature already)
  let boiler: Uint8Array | null = null;
  if (wrapped) {
    const starts = new Int32Array(lines.length);
    for (let i = 1, offset = 0; i < lines.length; i++) {
      offset += lines[i - 1]!.length + 1;
      starts[i] = offset;
    }
    boiler = boilerplateLines(text, starts);
  }
  let seenRow = false;
  let continuing: LineZone = 'body';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line.length === 0) continue;
    if (!LETTER_OR_DIGIT.test(line)) continue;
    const row = labelled(line, wrapped);
    let zone: LineZone;
    const metadata =
      row !== null &&
      (PERSONAL_LABELS.has(row.label) ||
        row.value.length === 0 ||
        // "Anropande nummer: 0701740612" is metadata; "Ring oss idag: 070…" is a sentence
        (wrapped && !hasLetters(row.value) && row.label.split(' ').length < 3));
    if (row && (line.includes(CELL_SEPARATOR) || metadata || channel === 'webb')) {
      seenRow = true;
      if (metadata) zone = 'drop';
      else if (FREE_TEXT_LABELS.some((l) => row.label === l || row.label.startsWith(`${l} `)) || isFreeText(row.value)) zone = 'body';
      else zone = 'form';
      if (zone !== 'drop') (zone === 'body' ? out.body : out.form).push(row.value);
      continuing = zone === 'body' ? 'body' : channel === 'webb' ? 'boiler' : 'body';
      continue;
    }
    if (boiler !== null && boiler[index] === 1) zone = 'boiler';
    else if (channel === 'webb' && !seenRow && line.length < 50) zone = 'form'; // the form's title
    else if (channel === 'webb') zone = continuing;
    else zone = 'body';
    if (zone === 'body') out.body.push(line);
    else if (zone === 'form') out.form.push(line);
    else if (zone === 'boiler') out.boiler.push(line);
  }
  return out;
}

/** The message body as plain text, bounded. */
export function bodyText(message: MailMessage): string {
  const content = message.body?.content ?? '';
  const type = (message.body?.contentType ?? 'text').toLowerCase();
  if (!NOT_BLANK.test(content.length > MAX_TEXT_CHARS ? content.slice(0, MAX_TEXT_CHARS) : content)) {
    return (message.bodyPreview ?? '').slice(0, MAX_TEXT_CHARS);
  }
  if (type === 'html') return htmlToText(content);
  return (content.length > MAX_TEXT_CHARS ? content.slice(0, MAX_TEXT_CHARS) : content).replace(/\r\n?/g, '\n');
}

function addresses(list: readonly (MailRecipient | null | undefined)[] | null | undefined): string {
  return (list ?? [])
    .slice(0, MAX_RECIPIENTS)
    .map((r) => addressOf(r).slice(0, 320))
    .join(' ');
}

/** Cuts a message into zones (see {@link ZONES}). `subjectPrefixLength` strips the channel marker. */
export function messageZones(message: MailMessage, channel: Channel, subjectPrefixLength: number): MessageZones {
  const rawSubject = (message.subject ?? '').slice(0, MAX_FIELD_CHARS);
  const subject = cleanSubject(rawSubject.slice(subjectPrefixLength));
  const parts = splitMessageText(bodyText(message), { forward: subject.forward, signature: channel !== 'webb' });
  const lines = classifyLines(parts.newest, channel);
  const texts = new Array<string>(ZONE_COUNT).fill('');
  texts[ZONE_INDEX.subject] = subject.text;
  texts[ZONE_INDEX.body] = lines.body.join('\n');
  texts[ZONE_INDEX.form] = lines.form.join('\n');
  texts[ZONE_INDEX.boiler] = lines.boiler.join('\n');
  texts[ZONE_INDEX.forwarded] = parts.forwarded;
  texts[ZONE_INDEX.signature] = parts.signature;
  texts[ZONE_INDEX.quoted] = parts.quoted;
  const from = message.from ?? message.sender;
  texts[ZONE_INDEX.from] = addressOf(from).slice(0, 320);
  texts[ZONE_INDEX.senderName] = (from?.emailAddress?.name ?? '').slice(0, 320);
  texts[ZONE_INDEX.to] = `${addresses(message.toRecipients)} ${addresses(message.ccRecipients)}`.trim();
  texts[ZONE_INDEX.replyTo] = addresses(message.replyTo);
  return { texts, rawSubject, forward: subject.forward };
}
