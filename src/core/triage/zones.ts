import { addressOf, type MailMessage, type MailRecipient } from '../message';
import { CELL_SEPARATOR, readHtml, type ReadHtmlOptions } from '../text/htmlToText';
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
  /** The subject is a reply's (`SV:`, `Re:`): it names the thread, not what the author wrote now. */
  reply: boolean;
  /**
   * Part of the content was not read: text beyond the budget, a body that is not text (encoded
   * data), images or attachments without text. Never taken for absence (SPEC §1: `ej_arende`
   * needs positive evidence).
   */
  unread: boolean;
  /** The body had no text of the author's: the subject is the author's newest text and was read as the body. */
  subjectOnly: boolean;
  /**
   * Someone outside the municipality forwards the municipality's own mail to it (the forwarded
   * history's "Från:" is under a domain the message was sent to, or one of the municipality's):
   * a resident who answers in an old thread — a booking confirmation, a building permit's request
   * — whose new text says what the matter is now (see `FORWARDED_UNDER_OWN_TEXT_FACTOR`).
   */
  forwardsOurMail: boolean;
  /**
   * A new message (no reply's or forward's subject) whose author points at the text under it ("Se vår fastighetsskötares anteckning
   * nedan"): that text was read as forwarded — a forward in all but its subject.
   */
  sentOn: boolean;
  /**
   * A person's own note typed above a system's text they pasted without any header ("Avbokar nedan tid, dottern är sjuk. /Karin"
   * over "Tack för din bokning! … Detta mejl går inte att svara på"): the pasted text was read as forwarded and the note is the
   * writer's — the system's words in the paste make no inget ärende of it.
   */
  pasted: boolean;
  /**
   * The writer says the web form's category was no real choice ("Hittade ingen annan kategori",
   * "couldn't find a better category"): its area words say nothing of the department.
   */
  categoryDisowned: boolean;
}

/** A writer who says the form had no category for their matter. */
const DISOWNED_CATEGORY =
  /\b(?:hittade|hittar|hittat|fanns|finns|fann)\s+(?:ingen|inget|inte\s+n[åa]gon|inte\s+n[åa]got|ej\s+n[åa]gon|ej\s+n[åa]got)\s+(?:annan\s+|annat\s+|b[äa]ttre\s+|passande\s+|r[äa]tt\s+|l[äa]mplig\s+|l[äa]mpligt\s+|egen\s+|eget\s+)?(?:kategori|rubrik|formul[äa]r|blankett|e-tj[äa]nst)|\bingen\s+(?:annan\s+|passande\s+|r[äa]tt\s+)?kategori\s+(?:passade|st[äa]mde)|\b(?:couldn'?t|could\s+not|can'?t|cannot|didn'?t|did\s+not)\s+find\s+(?:a|the|any)\s+(?:\w+\s+)?(?:category|option)|\bno\s+(?:suitable|matching|other|better|right)\s+(?:category|option)/i;

const REPLY_PREFIX = /^\s*(sv|re|ang|aw|antw|vs|r|rif|odp)\s*(\[\d+\])?\s*:\s*/i;
const FORWARD_PREFIX = /^\s*(vb|fw|fwd|wg|tr|vs|doorst|rv|i)\s*:\s*/i;

/** Subject without reply/forward prefixes; tells whether it was a forward or a reply. */
export function cleanSubject(subject: string): { text: string; forward: boolean; reply: boolean } {
  let text = subject;
  let forward = false;
  let reply = false;
  for (let i = 0; i < 10; i++) {
    const r = REPLY_PREFIX.exec(text);
    if (r) {
      text = text.slice(r[0].length);
      reply = true;
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
  return { text: text.replace(/^[\s:\-–|]+/, ''), forward, reply };
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
  // "Ny felanmälan från e-tjänsten Felanmälan gata, park och belysning": the service's line, not the citizen's
  'fran e tjansten',
  'kommit in via e tjansten',
  // "Ett ärende har lämnats in via Mina sidor (e-tjänst: Synpunkter och klagomål)": the service's name is no evidence
  'har lamnats in via',
  'nytt inskick',
  'meddelande fran vaxeln',
  'fran vaxeln',
  'sms tjanst',
  'sms gateway',
  'inkommande sms',
  '160 tecken',
  // an SMS gateway's instructions under the text and its quote of the notice a subscriber answers
  'svara pa detta e postmeddelande',
  'svara pa detta mejl',
  'skickas svaret som sms',
  'skicka sms till avsandaren',
  'svar pa utskick',
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

function isFreeTextLabel(label: string): boolean {
  return FREE_TEXT_LABELS.some((l) => label === l || label.startsWith(`${l} `));
}

/** The folded label of a line that is only a form field's label: `[Ditt meddelande]` or `Meddelande:`. */
function labelOnItsOwnLine(line: string): string | null {
  const bracket = /^\[([^\]]{1,60})\]$/.exec(line);
  if (bracket) return foldText(bracket[1]!);
  if (line.length <= 60 && line.endsWith(':') && line.indexOf(':') === line.length - 1) return foldText(line.slice(0, -1));
  return null;
}

/** One phrase matcher for disclaimers and wrapper text (built on first use; phrases match anywhere in a line). */
let boilerplateMatcher: KeywordMatcher | null = null;

/** Per line: where in the line the first wrapper phrase starts (-1: none) and how many phrases it holds. */
interface WrapperHits {
  first: Int32Array;
  count: Uint8Array;
}

/**
 * Finds the disclaimers and wrapper phrases of each line of a text, in one scan of the whole
 * text. `lineStarts` holds the offset where each line begins.
 */
function wrapperHits(text: string, lineStarts: Int32Array): WrapperHits {
  boilerplateMatcher ??= new KeywordMatcher(
    [...DISCLAIMERS, ...WRAPPER_TEXT].map((folded) => ({ folded, infix: true, compound: true, exact: false })),
  );
  const first = new Int32Array(lineStarts.length).fill(-1);
  const count = new Uint8Array(lineStarts.length);
  const markLine = (_id: number, start: number): void => {
    // the line containing `start`: binary search over line starts
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    if (first[lo]! < 0) first[lo] = start - lineStarts[lo]!;
    if (count[lo]! < 255) count[lo]!++;
  };
  // the phrase list is written folded, so å/ä/ö are read as a/o here
  boilerplateMatcher.scan(text, markLine, { foldSwedish: true });
  return { first, count };
}

/**
 * Whether a line with wrapper phrases is the system's own text: a short line, a sentence that
 * opens with the phrase, or one with several of them. A caller's long transcribed sentence that
 * mentions "röstmeddelande" or "sms" is the caller's.
 */
function isSystemLine(line: string, hits: WrapperHits, index: number): boolean {
  const first = hits.first[index]!;
  if (first < 0) return false;
  const length = line.length;
  return length <= 100 || (length <= 300 && (first <= 30 || hits.count[index]! >= 2));
}

/** Labels under which a voicemail or call-note system puts what the caller said (folded, prefix match). */
const TRANSCRIPT_LABELS = [
  'transkri', 'transcri', 'meddelandets text', 'meddelande', 'talat meddelande', 'uppringarens meddelande', 'text', 'sms',
  'anteckning', 'notering', 'samtalsanteckning', 'message', 'note', 'rostmeddelande', 'inspelat',
];

function isTranscriptLabel(label: string): boolean {
  return TRANSCRIPT_LABELS.some((l) => label === l || label.startsWith(l));
}

/** A line that announces the transcription on the lines after it ("Automatisk transkribering (kan innehålla fel):"). */
function isTranscriptHeader(line: string): boolean {
  if (line.length > 100) return false;
  const folded = foldText(line);
  if (!(folded.includes('transkri') || folded.includes('transcri') || folded.startsWith('meddelandets text'))) return false;
  // "Transkribering (kan innehålla fel):", "--- Transkription (beta) ---", "Röstmeddelande (transkriberat)"
  return line.endsWith(':') || (line.endsWith(')') && !line.includes(':')) || /^[-=*]{2,}.*[-=*]{2,}$/.test(line);
}

/** Words a system puts in a subject around a number ("Röstmeddelande från 070…", "Inskannad post 3 sidor"). */
const SUBJECT_SYSTEM_WORDS = new Set(['fran', 'from', 'till', 'to', 'nummer', 'number', 'okant', 'dolt', 'nytt', 'ny', 'new', 'sida', 'sidor', 'page', 'pages', 'sek', 's', 'kl', 'min']);

/**
 * Whether a subject holds words a person wrote: any word in an e-mail's subject; in the subject a
 * voicemail, SMS or scanner system wrote around a number, two words that are not the system's.
 */
function hasOwnWords(subject: string, channel: Channel): boolean {
  let count = 0;
  for (const w of foldText(subject).split(' ')) if (w.length >= 2 && /[a-z]/.test(w) && !SUBJECT_SYSTEM_WORDS.has(w)) count++;
  return count >= (channel === 'epost' ? 1 : 2);
}

const NOT_BLANK = /\S/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A value with no letters at all (phone numbers, dates, durations): metadata. */
function hasLetters(value: string): boolean {
  return /\p{L}/u.test(value);
}

/** A phone number followed by a short name in brackets ("070-174 06 05 (Lindnäs kommun)"): a gateway's header value. */
function isNumberWithName(value: string): boolean {
  const m = /^(\+?[\d][\d -]{5,}\d)\s*\(([^()]{1,40})\)$/.exec(value);
  return m !== null && m[2]!.split(/\s+/).length <= 4;
}

function isFreeText(value: string): boolean {
  if (value.length >= 50) return true;
  const words = value.split(/\s+/).length;
  return words >= 6 && /[.?!]/.test(value);
}

type LineZone = 'body' | 'form' | 'boiler' | 'drop';

/** Words a writer's own sentence opens with, never a system's field label (folded). */
const SENTENCE_OPENERS = new Set(['jag', 'vi', 'ni', 'du', 'han', 'hon', 'de', 'dom', 'min', 'mitt', 'mina', 'var', 'det', 'i', 'we', 'my', 'our']);

/** A folded "label" that is the writer's sentence ending in a colon: four words or more, or opening as a sentence does. */
function isSentenceBeforeList(label: string): boolean {
  const words = label.split(' ').filter((w) => w.length > 0);
  return words.length >= 4 || (words.length >= 2 && SENTENCE_OPENERS.has(words[0]!));
}

/**
 * A form system's plain-text row with its value set in a column ("Beskrivning                det är inget fel på nån gata …",
 * "Vill du ha återkoppling?   Nej"): a label of at most five words, no sentence of its own, then three spaces or more or a tab.
 */
const ALIGNED_ROW = /^([\p{L}][\p{L}\p{N}/()\-–]*(?: [\p{L}\p{N}/()\-–]+){0,4}\??)(?: {3,}|\t+)(\S.*)$/u;

/**
 * Label and value of a `Label | value` table row, a web form's aligned column or a `Label: value` line, or null. Inside a free-text
 * value (`inFreeText`) an aligned column is the writer's own layout ("Barnets namn     Elin") unless its label is a form's own.
 */
function labelled(line: string, allowColon: boolean, webForm = false, inFreeText = false): { label: string; value: string; cell: boolean } | null {
  const cell = line.indexOf(CELL_SEPARATOR);
  if (cell > 0) return { label: foldText(line.slice(0, cell).slice(0, 80)), value: line.slice(cell + CELL_SEPARATOR.length).trim(), cell: true };
  if (!allowColon) return null;
  const aligned = webForm ? ALIGNED_ROW.exec(line) : null;
  if (aligned !== null) {
    const label = foldText(aligned[1]!);
    if (!inFreeText || PERSONAL_LABELS.has(label) || isFreeTextLabel(label)) return { label, value: aligned[2]!.trim(), cell: true };
  }
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 30) return null;
  return { label: foldText(line.slice(0, colon)), value: line.slice(colon + 1).trim(), cell: false };
}

/**
 * A list of three or more topics: two commas, or a comma and then "och"/"samt"/"and"/"&"
 * ("gata, park, vatten och belysning"; "Bygg, miljö och trafik").
 */
function isTopicList(line: string): boolean {
  return /,[^,]*,/.test(line) || /,[^,]+\s(?:och|samt|and|&)\s/i.test(line);
}

/**
 * The form's own title listing its scope: the first line, no sentence, and named again by the
 * system (subject or a wrapper line). Never a line naming a report of concern: a concern form's
 * title ("Orosanmälan – barn, unga och vuxna") is read as the form the writer chose (review of
 * session 16: a writer's "Hjälp, barnen, de är ensamma och gråter" must stay the writer's).
 */
function isFormTitleList(line: string, foldedName: string, foldedAll: string): boolean {
  if (!isTopicList(line) || /[.!?]/.test(line) || /oro(s)?anm[äa]l/i.test(line)) return false;
  const f = foldText(line);
  return (foldedName.length > 0 && foldedName.includes(f)) || foldedAll.indexOf(f) !== foldedAll.lastIndexOf(f);
}

/** Splits the author's part of a body into author text, form type fields and wrapper text. */
function classifyLines(text: string, channel: Channel, formName = ''): Record<'body' | 'form' | 'boiler', string[]> {
  const out = { body: [] as string[], form: [] as string[], boiler: [] as string[] };
  let firstContent = true;
  // (folded only for a web form's title line, the one place that compares them)
  let foldedAll: string | undefined;
  let foldedName: string | undefined;
  const lines = text.split('\n');
  const wrapped = channel !== 'epost';
  // (in e-mail, disclaimers follow the signature and are weighed as signature already)
  let hits: WrapperHits | null = null;
  if (wrapped) {
    const starts = new Int32Array(lines.length);
    for (let i = 1, offset = 0; i < lines.length; i++) {
      offset += lines[i - 1]!.length + 1;
      starts[i] = offset;
    }
    hits = wrapperHits(text, starts);
  }
  let seenRow = false;
  let continuing: LineZone = 'body';
  // after a transcription header, the lines are the caller's words until the system speaks again
  let transcript = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line.length === 0) continue;
    if (!LETTER_OR_DIGIT.test(line)) {
      if (/^[-_=*]{2,}$/.test(line)) transcript = false; // "--" or "----" ends a transcription
      continue;
    }
    const system = hits !== null && isSystemLine(line, hits, index);
    if (wrapped && channel !== 'webb') {
      if (isTranscriptHeader(line)) {
        transcript = true;
        out.boiler.push(line);
        continue;
      }
      if (transcript) {
        if (system) {
          transcript = false;
          out.boiler.push(line);
        } else out.body.push(line);
        continue;
      }
    }
    // a form's field label on a line of its own ("[Ditt meddelande]", "Beskriv din oro:"): the lines
    // after it are that field's value
    const ownLine = channel === 'webb' ? labelOnItsOwnLine(line) : null;
    if (ownLine !== null) {
      seenRow = true;
      continuing = PERSONAL_LABELS.has(ownLine) ? 'drop' : isFreeTextLabel(ownLine) ? 'body' : 'form';
      continue;
    }
    const row = labelled(line, wrapped, channel === 'webb', channel === 'webb' && seenRow && continuing === 'body');
    // "Transkribering: ja hej, det är …": the value is what the caller said
    if (row !== null && wrapped && channel !== 'webb' && row.value.length > 0 && hasLetters(row.value) && isTranscriptLabel(row.label)) {
      out.body.push(row.value);
      continue;
    }
    let zone: LineZone;
    const metadata =
      row !== null &&
      (PERSONAL_LABELS.has(row.label) ||
        // "Samtal från:" is a label; "Jag begär ersättning för:" before a list is the writer's sentence
        (row.value.length === 0 && !isSentenceBeforeList(row.label)) ||
        // "Anropande nummer: 0701740612" and "Till: 070-174 06 05 (Lindnäs kommun)" are metadata; "Ring oss idag: 070…" is a
        // sentence, and so is "Kl 23:05 (grannens barn gråter …)": only a phone number keeps a short name in brackets
        (wrapped && (!hasLetters(row.value) || isNumberWithName(row.value)) && row.label.split(' ').length < 3));
    if (row && (row.cell || metadata || channel === 'webb')) {
      seenRow = true;
      if (metadata) zone = 'drop';
      else if (isFreeTextLabel(row.label) || isFreeText(row.value)) zone = 'body';
      else zone = 'form';
      if (zone !== 'drop') (zone === 'body' ? out.body : out.form).push(row.value);
      continuing = zone === 'body' ? 'body' : channel === 'webb' ? 'boiler' : 'body';
      continue;
    }
    if (system) zone = 'boiler';
    // the form's title, unless it lists what the form is for ("Felanmälan – gata, park, vatten och
    // belysning"): that names the form's scope, not the writer's matter
    else if (channel === 'webb' && !seenRow && line.length < 50) zone = firstContent && isFormTitleList(line, (foldedName ??= foldText(formName)), (foldedAll ??= foldText(text))) ? 'boiler' : 'form';
    else if (channel === 'webb') zone = continuing;
    else zone = 'body';
    firstContent = false;
    if (zone === 'body') out.body.push(line);
    else if (zone === 'form') out.form.push(line);
    else if (zone === 'boiler') out.boiler.push(line);
  }
  return out;
}

/** A body as plain text, bounded, with whether some of it could not be read. */
export interface BodyText {
  text: string;
  /** Text beyond the budget, encoded data, or images without text. */
  unread: boolean;
}

/** Characters of base64 and hex: A–Z, a–z, 0–9, +, /, =. */
const BASE64_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  BASE64_CHAR[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61 ? 1 : 0;
}

/** A run of 200 or more characters of base64 or hex without a space in the first `limit` characters: encoded data, not words. */
function hasEncodedRun(text: string, limit: number): boolean {
  const n = Math.min(text.length, limit);
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && BASE64_CHAR[c] === 1) {
      if (++run >= 200) return true;
    } else run = 0;
  }
  return false;
}

/** The message body as plain text, bounded; Graph's `bodyPreview` when the body is blank. */
export function bodyText(message: MailMessage, options: ReadHtmlOptions = {}): BodyText {
  const content = message.body?.content ?? '';
  const type = (message.body?.contentType ?? 'text').toLowerCase();
  if (!NOT_BLANK.test(content)) return { text: (message.bodyPreview ?? '').slice(0, MAX_TEXT_CHARS), unread: false };
  let text: string;
  let unread: boolean;
  if (type === 'html') {
    const html = readHtml(content, options);
    text = html.text;
    unread = html.truncated || (html.images > 0 && !NOT_BLANK.test(text));
  } else {
    // skip leading blank space cheaply, then read at most the budget
    const first = content.search(NOT_BLANK);
    text = content.slice(first, first + MAX_TEXT_CHARS).replace(/\r\n?/g, '\n');
    unread = content.length - first > MAX_TEXT_CHARS && NOT_BLANK.test(content.slice(first + MAX_TEXT_CHARS));
  }
  if (!unread && hasEncodedRun(text, 4096)) unread = true;
  if (!NOT_BLANK.test(text) && !unread) text = (message.bodyPreview ?? '').slice(0, MAX_TEXT_CHARS);
  return { text, unread };
}

function addresses(list: readonly (MailRecipient | null | undefined)[] | null | undefined): string {
  return (list ?? [])
    .slice(0, MAX_RECIPIENTS)
    .map((r) => addressOf(r).slice(0, 320))
    .join(' ');
}

/** What {@link messageZones} may leave out. */
export interface ZoneOptions {
  /**
   * Nobody reads the quoted reply history: an HTML body is read only up to where the mail client's
   * quoted history begins (the `quoted` zone stays empty). A forward's history is always read: it
   * is the forwarded content.
   */
  skipQuoted?: boolean;
  /** The municipality's mail domains (its configuration), beside those the message was sent to. */
  municipalDomains?: readonly string[];
}

/** The first header line of a forwarded message that names its sender, in the languages mail clients write. */
const FORWARDED_FROM = /^[ \t>*]*(?:från|from|von|de|lähettäjä|fra|od)\s*:[^\n]*?([a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,}))/im;

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** Whether `forwarded` is the municipality's mail forwarded back to it by someone outside it (see {@link MessageZones.forwardsOurMail}). */
function forwardsOurMail(message: MailMessage, forwarded: string, options: ZoneOptions): boolean {
  if (forwarded.length === 0) return false;
  const header = FORWARDED_FROM.exec(forwarded.slice(0, 1500));
  return header !== null && ourMailFromOutside(message, header[2]!, options);
}

/**
 * Whether mail from `historyDomain` is the municipality's (a domain the message was sent to, or one of its own) and the message's
 * sender is outside it: a resident sending the municipality's own mail back.
 */
function ourMailFromOutside(message: MailMessage, historyDomain: string, options: ZoneOptions): boolean {
  const ours = new Set((options.municipalDomains ?? []).map((d) => d.toLowerCase()));
  for (const r of [...(message.toRecipients ?? []), ...(message.ccRecipients ?? [])].slice(0, MAX_RECIPIENTS)) {
    const d = domainOf(addressOf(r));
    if (d) ours.add(d);
  }
  const sender = domainOf(addressOf(message.from ?? message.sender));
  return ours.has(historyDomain.toLowerCase()) && sender !== '' && !ours.has(sender);
}

/** The sender of the first message in a history written as "Den … skrev Namn <adress>:" (Gmail, Apple). */
const HISTORY_WROTE_FROM = /^[ \t>*]*(?:den|on|am|le|\d)[^\n]{0,200}?(?:skrev|wrote|schrieb)[^\n]*?([a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,}))/im;
/** The first history header's date line ("Skickat: den 4 mars 2019", "Den 3 maj 2021 kl. 10:12 skrev …"). */
const HISTORY_DATE_LINE = /^[ \t>*]*(?:(?:skickat|sent|datum|date|gesendet)\s*:[^\n]*|(?:den|on|am|le)\s[^\n]*(?:skrev|wrote|schrieb)[^\n]*)$/im;

/**
 * Whether a text the author points at is a thread's history after all: the municipality's own mail answered by someone outside it
 * (a parent's "se nedan" over a school's summons, a bounce from the municipality's server), or mail from an earlier year than the
 * message (an old, finished matter asked about now).
 */
function threadHistory(message: MailMessage, history: string, options: ZoneOptions): boolean {
  const head = history.slice(0, 1500);
  const header = FORWARDED_FROM.exec(head) ?? HISTORY_WROTE_FROM.exec(head);
  if (header !== null && ourMailFromOutside(message, header[2]!, options)) return true;
  const dated = HISTORY_DATE_LINE.exec(head);
  const year = dated ? /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(dated[0]) : null;
  const received = /^(\d{4})-/.exec(message.receivedDateTime ?? '');
  return year !== null && received !== null && Number(year[0]) < Number(received[1]);
}

/** The author pointing at the text under their own ("se … nedan", "nedanstående", "see below"). */
const POINTS_BELOW = /(?<![\p{L}])(?:se\s+(?:\p{L}+\s+){0,3}nedan|nedanstående|enligt\s+nedan|(?:anteckning|anteckningen|anteckningar|mejl|mejlet|mail|mailet|meddelande|meddelandet|rapport|rapporten)\s+nedan|see\s+(?:the\s+)?(?:\p{L}+\s+)?below|(?:note|email|e-mail|message|report)\s+below)(?![\p{L}])/iu;

/**
 * The line a system's confirmation or receipt opens with, folded ("Tack för din bokning!", "Orderbekräftelse", "Thank you for your
 * order"): where it stands under a paragraph of a person's own, the person pasted it. (Lines that close a system's mail — "Detta är
 * ett automatiskt meddelande" — are not among them: under a system's own paragraph they are the same mail.)
 */
const PASTE_OPENERS = [
  'tack for din bokning', 'tack for din bestallning', 'tack for ditt kop', 'tack for din order', 'tack for din betalning', 'tack for din registrering',
  'tack for din anmalan', 'tack for din ansokan', 'bokningsbekraftelse', 'orderbekraftelse', 'bekraftelse pa din bokning', 'bekraftelse pa din bestallning',
  'din bokning ar bekraftad', 'din bokning ar genomford', 'din bestallning ar bekraftad', 'din bestallning ar mottagen', 'kvitto pa din', 'kvitto for din',
  'thank you for your order', 'thank you for your booking', 'thank you for your purchase', 'thank you for your payment', 'thank you for your registration',
  'thanks for your order', 'thanks for your booking', 'order confirmation', 'booking confirmation', 'your booking is confirmed', 'your order is confirmed',
];
/** A greeting line of a few words ("Hej Karin!", "Hello,"): no note of its own. */
const GREETING_LINE = /^(?:hej|hejsan|hallå|hello|hi|dear|god\s+(?:morgon|kväll|dag)|bästa|kära)\b[^.!?\n]{0,40}[,!.]?$/i;
/** Words a person writing about themselves uses (jag, mig, min; English "I" as written, never Swedish "i") — a system says "vi" too. */
const FIRST_PERSON = /(?<![\p{L}])(?:[Jj]ag|[Mm]ig|[Mm]in|[Mm]itt|[Mm]ina|JAG|I|[Mm]e|[Mm]y)(?![\p{L}])/u;
/** The words a system uses to its customer (du, din, you, your). */
const SECOND_PERSON = /(?<![\p{L}])(?:du|dig|din|ditt|dina|you|your)(?![\p{L}])/iu;
/** What a person asks of the booking or order they paste ("Avbokar nedan tid", "Kan ni ändra?", "please cancel"). */
const NOTE_REQUEST = /(?<![\p{L}])(?:avboka\p{L}*|omboka\p{L}*|ändra|flytta|byta|kan ni|kan man|vill ha|vill avboka|återbetal\p{L}*|pengarna tillbaka|cancel\p{L}*|refund\p{L}*|change|move|can you|could you)(?![\p{L}])/iu;
/** A system's own words in what stands above its confirmation ("Detta är ett automatiskt meddelande", "Välkommen till …"). */
const SYSTEM_NOTE = /automatisk[a-z]*\s+(?:meddelande|svar|utskick|bekräftelse)|automated\s+(?:message|reply|email)|(?<![\p{L}])(?:välkommen|welcome|visa\s+(?:detta|det\s+här)\s+mejl|view\s+this\s+email)(?![\p{L}])/iu;
/** A shop's or a system's words to its customer in the paragraph over its confirmation. */
const SHOP_NOTE = /(?<![\p{L}])(?:hos\s+oss|handlar|handla|kund|kunder|din\s+personliga|vi\s+på|tack\s+för\s+att\s+du|with\s+us|our\s+customer)(?![\p{L}])/iu;
/** A sender that says it takes no answer (noreply@, no-reply@, no.reply@, donotreply@, mailer-daemon@). */
const NO_REPLY_SENDER = /^(?:no[-._]?reply|do[-._]?not[-._]?reply|mailer-daemon|postmaster)[^@]*@/i;
/**
 * An organisation's role address (bokning@, kurs@, order@, info@, kundservice@ …): its friendly paragraph over its own confirmation
 * ("Vad kul att ni anmält er till vår kurs! … Har ni någon särskild text?") is no person's note unless it speaks as "jag".
 */
const ROLE_SENDER =
  /^(?:bokning|bokningar|booking|bookings|reservation|reservations|kurs|kurser|order|orders|info|information|kundservice|kundtjanst|customerservice|support|service|faktura|fakturor|invoice|kvitto|receipt|betalning|payment|reception|receptionen|hello|hej|kontakt|contact|sales|salj|webshop|shop|butik|event|evenemang|rekrytering|recruitment|biljett|biljetter|tickets?|nyhetsbrev|newsletter)[._-]?[^@]*@/i;

/**
 * Where a system's text pasted under a person's own note begins (its opening line's index in `lines`), or -1: a line opening as a
 * system's confirmation does ({@link PASTE_OPENERS}) after a blank line, under a note of three words or more that is not only a
 * greeting, says nothing a system says of itself, and reads as a person's: the writer's own "jag"/"mig", a request about the booking
 * ("avbokar", "kan ni ändra", "cancel"), or a question without the "du"/"din" a system says to its customer; from an organisation's
 * role address, only the writer's own "jag"/"mig".
 */
function pasteStart(lines: readonly string[], roleSender: boolean): number {
  const note: string[] = [];
  let blank = false;
  for (let i = 0; i < lines.length && i < 60; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) {
      blank = true;
      continue;
    }
    if (blank && note.length > 0 && startsWithPhrase(foldText(line.slice(0, 60)), PASTE_OPENERS)) {
      const own = note.filter((l) => !GREETING_LINE.test(l)).join(' ');
      const words = own.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      if (words < 3 || own.length > 1500 || SYSTEM_NOTE.test(own)) return -1;
      // (… and never in a shop's own words: "Jag vill tacka för att du handlar hos oss igen – jag är din personliga säljare")
      if (roleSender) return FIRST_PERSON.test(own) && !SHOP_NOTE.test(own) ? i : -1;
      // (a question counts unless it is a system's to its customer: "Har du frågor?")
      return FIRST_PERSON.test(own) || NOTE_REQUEST.test(own) || (/\?/.test(own) && !SECOND_PERSON.test(own)) ? i : -1;
    }
    blank = false;
    note.push(line);
  }
  return -1;
}

function startsWithPhrase(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => folded.startsWith(p) && (folded.length === p.length || !/[a-z0-9]/.test(folded.charAt(p.length))));
}

/** A mail client's own notice, in place of a body it could not show. */
const UNDISPLAYABLE = /format som inte stöds|kunde inte visas|winmail\.dat|could not be displayed|cannot be displayed|unsupported format/i;

/** Cuts a message into zones (see {@link ZONES}). `subjectPrefixLength` strips the channel marker. */
const QUOTED_READ_CHARS = 800;

export function messageZones(message: MailMessage, channel: Channel, subjectPrefixLength: number, options: ZoneOptions = {}): MessageZones {
  const rawSubject = (message.subject ?? '').slice(0, MAX_FIELD_CHARS);
  const subject = cleanSubject(rawSubject.slice(subjectPrefixLength));
  let body = bodyText(message, { untilHistory: options.skipQuoted === true && !subject.forward });
  let parts = splitMessageText(body.text, { forward: subject.forward, answers: subject.forward || subject.reply, signature: channel !== 'webb' });
  // a new message whose author points at the text under it ("Se vår fastighetsskötares anteckning nedan") sends that text on: it is
  // read as forwarded, not skipped as a thread's history — unless it is one all the same (threadHistory)
  let sentOn = false;
  if (!subject.forward && !subject.reply && POINTS_BELOW.test(parts.newest.slice(0, 4000))) {
    const full = options.skipQuoted === true ? bodyText(message, { untilHistory: false }) : body;
    const sent = splitMessageText(full.text, { forward: true, signature: channel !== 'webb' });
    if (sent.forwarded.length > 0 && !threadHistory(message, sent.forwarded, options)) {
      body = full;
      parts = sent;
      sentOn = true;
    }
  }
  // a person's note above a system's text they pasted without a header: the paste is read as forwarded
  let pasted = false;
  if (channel === 'epost' && !subject.forward && !subject.reply && !sentOn && !NO_REPLY_SENDER.test(addressOf(message.from ?? message.sender))) {
    const own = parts.signature.length > 0 ? `${parts.newest}\n${parts.signature}` : parts.newest;
    const ownLines = own.split('\n');
    const start = pasteStart(ownLines, ROLE_SENDER.test(addressOf(message.from ?? message.sender)));
    if (start > 0) {
      const note = splitMessageText(ownLines.slice(0, start).join('\n'), { signature: true });
      parts = { ...note, forwarded: ownLines.slice(start).join('\n').trim(), quoted: parts.quoted };
      pasted = true;
    }
  }
  const lines = classifyLines(parts.newest, channel, subject.text);
  const texts = new Array<string>(ZONE_COUNT).fill('');
  // what a gateway, voicemail or scanner system puts under a "--" line is the system's text, not the
  // writer's signature ("Svara på det här mejlet så skickas svaret som SMS … SMS-gateway för …"); and
  // a transcription there, or the only words of a message with an empty body, are the writer's text
  let signature = parts.signature;
  if (channel !== 'epost' && channel !== 'webb' && signature.length > 0) {
    const signed = classifyLines(signature, channel);
    const transcribed = signature.split('\n').some((l) => isTranscriptHeader(l.trim()));
    if (signed.body.length > 0 && (transcribed || !lines.body.some((l) => NOT_BLANK.test(l)))) {
      lines.body.push(...signed.body);
      lines.boiler.push(...signed.boiler);
      signature = signed.form.join('\n');
    } else if (signed.boiler.length > 0) {
      lines.boiler.push(...signed.boiler);
      signature = [...signed.body, ...signed.form].join('\n');
    }
  }
  texts[ZONE_INDEX.subject] = subject.text;
  texts[ZONE_INDEX.body] = lines.body.join('\n');
  // a mail client's notice that the content could not be shown ("… i ett format som inte stöds …
  // winmail.dat …") is nobody's words: the body is unread, not a text to weigh
  const undisplayable = texts[ZONE_INDEX.body]!.length < 400 && UNDISPLAYABLE.test(texts[ZONE_INDEX.body]!);
  if (undisplayable) texts[ZONE_INDEX.body] = '';
  // Where the author wrote nothing in the body, the subject is what they wrote ("Gatlampan på
  // Storgatan 5 är trasig" with an empty body, or only "Skickat från min iPhone"): it is read with
  // the full weight of the author's text. A web form's title is the form's, not the citizen's.
  const ownText = NOT_BLANK.test(texts[ZONE_INDEX.body]!) || NOT_BLANK.test(lines.form.join('')) || NOT_BLANK.test(parts.forwarded);
  const subjectOnly = !ownText && channel !== 'webb' && hasOwnWords(subject.text, channel);
  if (subjectOnly) texts[ZONE_INDEX.body] = subject.text;
  texts[ZONE_INDEX.form] = lines.form.join('\n');
  texts[ZONE_INDEX.boiler] = lines.boiler.join('\n');
  texts[ZONE_INDEX.forwarded] = parts.forwarded;
  texts[ZONE_INDEX.signature] = signature;
  texts[ZONE_INDEX.quoted] = parts.quoted.length > QUOTED_READ_CHARS ? parts.quoted.slice(0, QUOTED_READ_CHARS) : parts.quoted;
  const from = message.from ?? message.sender;
  texts[ZONE_INDEX.from] = addressOf(from).slice(0, 320);
  texts[ZONE_INDEX.senderName] = (from?.emailAddress?.name ?? '').slice(0, 320);
  texts[ZONE_INDEX.to] = `${addresses(message.toRecipients)} ${addresses(message.ccRecipients)}`.trim();
  texts[ZONE_INDEX.replyTo] = addresses(message.replyTo);
  return {
    texts,
    rawSubject,
    forward: subject.forward,
    reply: subject.reply && !subject.forward,
    unread: body.unread || undisplayable || (!ownText && message.hasAttachments === true),
    subjectOnly,
    forwardsOurMail: subject.forward && forwardsOurMail(message, parts.forwarded, options),
    sentOn,
    pasted,
    categoryDisowned: channel === 'webb' && DISOWNED_CATEGORY.test(texts[ZONE_INDEX.body]!.slice(0, 4000)),
  };
}
