import { foldText } from './fold';
import { MAX_TEXT_CHARS } from './limits';

/** A message body divided into what the author wrote last and everything else. */
export interface MessageTextParts {
  /** The author's newest text, without signature and quoted history. */
  newest: string;
  /** Closing greeting, name, title, phone, "Skickat från min iPhone", `-- ` footers. */
  signature: string;
  /** Content of a forwarded message (only when the message is a forward). */
  forwarded: string;
  /** Quoted reply history (`>` lines, `Från:`/`From:` blocks, "Den … skrev:", "On … wrote:"). */
  quoted: string;
}

export interface SplitOptions {
  /** The message is a forward (subject `VB:`/`Fwd:`/`FW:`): history after the first header is the forwarded content. */
  forward?: boolean;
  /** The message answers or forwards (subject `SV:`/`Re:`/`VB:`): a history header the writer trimmed of its date still starts the history. */
  answers?: boolean;
  /** Look for a signature (default true); web-form bodies have none. */
  signature?: boolean;
}

const SEPARATOR_PHRASES = [
  'ursprungligt meddelande',
  'originalmeddelande',
  'original meddelande',
  'original message',
  'forwarded message',
  'vidarebefordrat meddelande',
  'begin forwarded message',
  'borjan pa vidarebefordrat meddelande',
  'borjan av vidarebefordrat meddelande',
  'videresendt melding',
  'videresendt besked',
  'weitergeleitete nachricht',
  'urspruengliche nachricht',
  'ursprungliche nachricht',
  'oprindelig meddelelse',
  'opprinnelig melding',
];
/**
 * An SMS gateway's conversation history under a reply: a line that is nothing but the marker between
 * rules ("--- Tidigare i konversationen ---"). Ordinary prose ("i mina tidigare meddelanden:") is not.
 */
const CONVERSATION_HISTORY = /^\s*[-_=*]{2,}\s*(?:tidigare i konversationen|tidigare i samtalet|earlier in the conversation|conversation history)\s*[-_=*]{2,}\s*$/i;
const HEADER_FROM = ['fran', 'from', 'fra', 'von', 'de', 'avsandare'];
const HEADER_DATE = ['skickat', 'sent', 'datum', 'date', 'gesendet', 'sendt', 'envoye'];
const HEADER_OTHER = ['amne', 'subject', 'betreff', 'emne', 'objet', 'till', 'to', 'an', 'til', 'a'];
const WROTE = ['skrev', 'wrote', 'schrieb', 'escribio', 'a ecrit', 'kirjoitti'];
const MOBILE_SIGNATURES = [
  'skickat fran min',
  'skickat fran outlook',
  'skickat fran yahoo',
  'skickat fran e post for',
  'skickad fran min',
  'sent from my',
  'sent from outlook',
  'sent from yahoo',
  'sent from mail for',
  'hamta outlook for',
  'skaffa outlook for',
  'get outlook for',
];
const CLOSINGS = [
  'med vanlig halsning',
  'med vanliga halsningar',
  'med vanlig halsningar',
  'vanliga halsningar',
  'vanlig halsning',
  'basta halsningar',
  'halsningar',
  'halsning',
  'mvh',
  'm v h',
  'vh',
  'med halsning',
  'hjartliga halsningar',
  'best regards',
  'kind regards',
  'warm regards',
  'regards',
  'best wishes',
  'yours sincerely',
  'yours faithfully',
  'sincerely',
  'cheers',
  'hilsen',
  'med venlig hilsen',
  'saludos',
  'tack och halsningar',
];

function startsWithWord(folded: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    if (folded.startsWith(p) && (folded.length === p.length || folded.charCodeAt(p.length) === 32)) return true;
  }
  return false;
}

/** `Label:` at the start of a line, the label being one of `labels` (folded). */
function labelIs(line: string, labels: readonly string[]): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 20) return false;
  return labels.includes(foldText(line.slice(0, colon)));
}

function isSeparator(line: string, folded: string): boolean {
  if (line.length > 120) return false;
  if (/^_{8,}\s*$/.test(line) || /^-{8,}\s*$/.test(line)) return false; // handled by the header check that follows
  if (CONVERSATION_HISTORY.test(line)) return true;
  const hasRule = line.includes('---') || line.includes('___') || line.endsWith(':');
  return hasRule && SEPARATOR_PHRASES.some((p) => folded.includes(p));
}

function isHeaderBlock(lines: readonly string[], i: number, dateless = false): boolean {
  const line = lines[i]!;
  if (!labelIs(line, HEADER_FROM)) return false;
  // one-line Outlook header: "From: X Sent: Y To: Z Subject: W"
  if (/\b(Sent|Skickat|Datum|Date):/.test(line) && /\b(Subject|Ämne|To|Till):/.test(line)) return true;
  let date = false;
  let other = false;
  let subject = false;
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    const l = lines[j]!;
    if (labelIs(l, HEADER_DATE)) date = true;
    else if (labelIs(l, HEADER_OTHER)) {
      other = true;
      if (labelIs(l, HEADER_SUBJECT)) subject = true;
    }
  }
  // (a writer who forwards or answers and trims the date away keeps the sender's "Namn <adress>" and the subject: "Från: Hagby kommun
  // <nyhetsbrev@…>\nÄmne: …" — only in a forward or a reply, under the writer's own text: a contact form's mail opens with such lines)
  return (date && other) || (dateless && subject && NAMED_ADDRESS.test(line));
}
const HEADER_SUBJECT = ['amne', 'subject', 'betreff', 'emne', 'objet'];
/** A sender written as a mail client writes it: a name and the address in angle brackets. */
const NAMED_ADDRESS = /\S\s*<[^<>@\s]+@[^<>@\s]+\.[a-z]{2,}>/i;

function isWroteLine(lines: readonly string[], i: number, folded: string): boolean {
  const line = lines[i]!.trimEnd();
  if (line.length > 300) return false;
  if (line.endsWith(':') && WROTE.some((w) => folded.endsWith(` ${w}`))) return true;
  // "Den 3 april 2026 kl. 10:12 skrev Namn <adress>:" / "On Tue, 6 Jan 2026, Name <a@b> wrote:"
  if (line.endsWith(':') && /^(Den|On|Am|Le|El|Op|Il)\s/.test(line) && WROTE.some((w) => folded.includes(` ${w} `))) return true;
  // Apple Mail (iPhone) in Swedish: "20 nov. 2026 kl. 14:30 skrev Namn <adress>:" — starts with the
  // date, so it needs a year and a clock time before the verb to tell it from ordinary text
  if (line.endsWith(':') && DATE_START.test(line)) {
    const verb = DATE_LINE_VERB.exec(line);
    if (verb !== null && /\b\d{4}\b/.test(line.slice(0, verb.index)) && /\b\d{1,2}[:.]\d{2}\b/.test(line.slice(0, verb.index))) return true;
  }
  // "Den tis 28 juli 2026 kl 14:10 skrev Namn <adress>:" wrapped over two lines
  if (i + 1 < lines.length && /^(Den|On|Am|Le|El|Op)\s/.test(line)) {
    const next = lines[i + 1]!.trimEnd();
    const both = foldText(`${line} ${next}`);
    return next.endsWith(':') && next.length < 200 && WROTE.some((w) => both.includes(` ${w} `) || both.endsWith(` ${w}`));
  }
  return false;
}

/** Code of the first non-whitespace character of a line, or -1. */
function firstNonSpace(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return c;
  }
  return -1;
}

function isHistoryStart(lines: readonly string[], i: number, dateless = false): boolean {
  const raw = lines[i]!;
  // every history marker has a colon, a rule of dashes or underscores
  if (raw.indexOf(':') < 0 && raw.indexOf('--') < 0 && raw.indexOf('__') < 0) return false;
  const line = raw.trim();
  if (line.length === 0) return false;
  if (isHeaderBlock(lines, i, dateless)) return true;
  // an Outlook underscore rule directly followed by a header block
  if (/^_{8,}$/.test(line)) return i + 1 < lines.length && isHeaderBlock(lines, i + 1);
  // separators and "… skrev:" lines end with a colon, contain a rule, or start a wrapped "Den …/On …" line
  const candidate = line.endsWith(':') || line.includes('---') || line.includes('___') || WROTE_START.test(line);
  if (!candidate) return false;
  const folded = foldText(line.slice(0, 300));
  return isSeparator(line, folded) || isWroteLine(lines, i, folded);
}

const WROTE_START = /^(Den|On|Am|Le|El|Op|Il)\s/;
/** A line that starts with a date: `20 nov. 2026`, `2026-11-20`, `20/11/2026`. */
const DATE_START = /^\d{1,4}[\s./-]/;
/** The verb of a date-first "… skrev Namn:" line. */
const DATE_LINE_VERB = /\s(?:skrev|wrote|schrieb)\s/i;

function signatureStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.length > 80) continue;
    const line = raw.trim();
    // the signature delimiter, and the dash a mail client or a person writes for it
    if (line === '--' || lines[i] === '-- ' || line === '—' || line === '–') return i;
    if (line.length === 0 || line.length > 60) continue;
    const nearEnd = i > 0 && lines.length - i <= 14;
    const first = line.charCodeAt(0) | 0x20;
    // mobile signatures start with Skickat/Sent/Hämta/Get
    if (!nearEnd && first !== 115 && first !== 104 && first !== 103 && line.charAt(0) !== 'H' && line.charAt(0) !== 'h') continue;
    // greetings and mobile signatures are recognised by their first words
    const folded = foldText(line.slice(0, 40));
    if (startsWithWord(folded, MOBILE_SIGNATURES)) return i;
    if (nearEnd && startsWithWord(folded, CLOSINGS)) {
      // a closing greeting near the end: what follows is name, title and contact details
      return i;
    }
  }
  return lines.length;
}

/**
 * Splits a plain-text body into the author's newest text, signature, forwarded content and quoted
 * history. Linear in the length of the text (at most {@link MAX_TEXT_CHARS} are read).
 * @example splitMessageText('Tack!\n\nDen 3 mars 2026 skrev Kommunen <k@x.se>:\n> Hej').newest //=> 'Tack!'
 */
export function splitMessageText(text: string, options: SplitOptions = {}): MessageTextParts {
  const bounded = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const lines = (bounded.indexOf('\r') >= 0 ? bounded.replace(/\r\n?/g, '\n') : bounded).split('\n');
  const own: string[] = [];
  const quotedLines: string[] = [];
  let history = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (firstNonSpace(line) === 62) {
      quotedLines.push(line.replace(/^\s*(>\s?)+/, ''));
      continue;
    }
    if (isHistoryStart(lines, i, (options.forward === true || options.answers === true) && own.some((l) => /\p{L}/u.test(l)))) {
      history = i;
      break;
    }
    own.push(line);
  }
  const rest = lines.slice(history);
  const sig = options.signature === false ? own.length : signatureStart(own);
  const historyText = [...quotedLines, ...rest].join('\n').trim();
  return {
    newest: own.slice(0, sig).join('\n').trim(),
    signature: own.slice(sig).join('\n').trim(),
    forwarded: options.forward ? historyText : '',
    quoted: options.forward ? '' : historyText,
  };
}

/**
 * The text the author wrote last: the body without quoted history and signature.
 * @example newestText('Ja, det går bra.\n\nMvh Anna\n\n-----Ursprungligt meddelande-----\nFrån: …') //=> 'Ja, det går bra.'
 */
export function newestText(text: string): string {
  return splitMessageText(text).newest;
}
