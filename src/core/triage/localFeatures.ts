import { LOCAL_WORD_PATTERN } from '../config/localModelSchema';
import { SYMBOL_SPACE, SYMBOL_TABLE, foldText, symbolOf } from '../text/fold';
import type { Channel } from '../vocabulary';
import { FEATURE_TYPE, visitKindFeatures, type KindFeatureOptions } from './kindFeatures';
import { ZONE_COUNT, type MessageZones } from './zones';

/**
 * The words the local model reads (see `localModel.ts`), found with the kind model's feature
 * machinery (`kindFeatures.ts`): folded words — and, with `prefix`, word starts, so `Kajan`,
 * `Kajans` and `Kajanbadet` share one — of the zones the kind rules read as the author's own
 * words (the newest text, a web form's free text, forwarded text, the subject). Never quoted
 * history, signatures or wrapper system text.
 *
 * What may be **stored** is narrower than what is read: only letters a–z after folding, at least
 * two of them, not a function word, and never part of a run of text (between spaces) that holds a
 * digit, an `@`, a web address or a domain — so an e-mail address, phone number, personnummer,
 * case number or URL never becomes a word of the model, not even in pieces.
 */

// local copies of imported bindings read per character (module loaders may turn each read into a getter call)
const SPACE = SYMBOL_SPACE;
const TABLE = SYMBOL_TABLE;
const symbol = symbolOf;

/** Feature options for a local model with word starts of `prefix` letters (0 = whole words only). */
export function localFeatureOptions(prefix: number): KindFeatureOptions {
  return { bigrams: false, prefix, suffix: 0 };
}

/** Words that carry no municipal meaning (folded); never stored. */
const FUNCTION_WORDS = new Set(
  (
    'och i att det som en pa ar av for med till den har de inte om ett han hon men var jag sig fran vi sa kan man nar ' +
    'under ocksa efter eller nu sin dar vid mot ska skulle kommer ut far finns vara blev bli blir hade aven alla andra detta ' +
    'ner upp gar gick hela allt enda kunna kunde gora gjorde hur mig mitt min mina du dig din ni er era oss var vara ' +
    'honom henne dem deras dess sedan da har an bara mycket nog ju val ja nej hej tack mvh vad vem vilka vilken vilket varfor ' +
    'bade dock utan mellan genom over igen redan annu hallo halsningar hälsningar med vanlig hälsning ' +
    'the a an and or of to in on at for is are was be it this that i you we they he she my our your have has not with ' +
    'hi hello dear thanks thank regards best from by as but if so do does did can could would will just ' +
    // the municipality itself, in every kind of message to it
    'kommun kommunen kommunens kommuns kommuner kommunerna kommunal kommunala kommunalt kommu'
  )
    .split(' ')
    .map(foldText),
);

/** A character run (between white space) holding one of these never gives a stored word. */
const PRIVATE_CHUNK = /[0-9@]|:\/\/|^www\.|[a-z0-9]\.[a-z]{2,}|^\+/i;
const CHUNK = /\S+/g;

/** Ranges `[start, end)` of a text whose words may not be stored (addresses, numbers, links). */
export function privateRanges(text: string): number[] {
  const out: number[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m !== null; m = CHUNK.exec(text)) {
    if (PRIVATE_CHUNK.test(m[0])) out.push(m.index, m.index + m[0].length);
  }
  return out;
}

function inRanges(ranges: number[], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (start < ranges[i + 1]! && ranges[i]! < end) return true;
  return false;
}

/** Whether a folded word (or `word*` start) may be part of a stored model. */
export function isStorableWord(word: string): boolean {
  return LOCAL_WORD_PATTERN.test(word) && !FUNCTION_WORDS.has(word.endsWith('*') ? word.slice(0, -1) : word);
}

/** Characters after which a capital starts a sentence, a line, a field value or a quotation, not a name. */
const SENTENCE_START = new Set([...'.!?:;"\'”“‘’„‹›«»…()[]{}–—-•*>/|=']);

/**
 * Words after which a capitalised word is a person, not a place: a greeting or closing (*Hej
 * Karin*, *Hälsningar Anna*), a name said (*heter Ella*), a relative, a neighbour, a role (*min
 * dotter Ella*, *rektor Holm*) — folded. A person's name is never the mailbox's own name.
 */
const BEFORE_A_PERSON = new Set(
  (
    'hej hejsan hallå hallå tjena tjenare hälsningar hälsning mvh vänligen kära bästa tack dear hi hello regards thanks ' +
    'heter kallas herr fru fröken ' +
    'dotter dottern son sonen barn barnet barnen mamma pappa mor far mamman pappan make maka man mannen frun sambo bror brodern syster systern ' +
    'mormor farmor morfar farfar moster faster morbror farbror kusin granne grannen grannar ' +
    'lärare läraren lärarinnan rektor rektorn mentor mentorn kurator kuratorn handläggare handläggaren handledare handledaren chef chefen ' +
    'kontaktperson kontaktpersonen assistent assistenten undersköterska undersköterskan sköterska sköterskan tränare tränaren kollega kollegan'
  )
    .split(' ')
    .map(foldText),
);

const LETTER = /\p{L}/u;

/** The word right before `start` on the same line (folded), where it starts, and whether it starts with a capital; null when none. */
function wordBefore(text: string, start: number): { word: string; start: number; capital: boolean } | null {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u00a0')) end--;
  let begin = end;
  while (begin > 0 && LETTER.test(text[begin - 1]!)) begin--;
  if (begin === end) return null;
  const word = text.slice(begin, end);
  return { word: foldText(word), start: begin, capital: word.charAt(0) !== word.charAt(0).toLowerCase() };
}

/** Whether the word at `start` stands inside a sentence: after a word, digit or comma on the same line. */
function insideSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i >= 0 && text[i] !== '\n' && text[i] !== '\r' && !SENTENCE_START.has(text[i]!);
}

/** Whether the word after the one at `start` (on the same line) starts with a capital letter. */
function capitalAfter(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && LETTER.test(text[i]!)) i++;
  if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const c = text.charAt(i).normalize('NFC');
  return c !== '' && c !== c.toLowerCase();
}

/**
 * Whether the word at `start` is written as a place's or a facility's name: a capital letter
 * followed by a small one, inside a sentence (after a word, digit or comma on the same line) —
 * *på Getryggen*, *vid Krutet* — not at the start of a text, a line, a sentence, a field's value or
 * a quotation, where every word is written with a capital; and not a person: not after a greeting,
 * a relative or a role ({@link BEFORE_A_PERSON}), nor beside another capitalised word (*Anna
 * Svensson*, and so also *Norra Tallbacken*).
 */
export function writtenAsName(text: string, start: number): boolean {
  const head = text.slice(start, start + 4).normalize('NFC');
  const first = head.charAt(0);
  const second = head.charAt(1);
  if (first === first.toLowerCase() || second === '' || second === second.toUpperCase()) return false;
  if (!insideSentence(text, start)) return false;
  const before = wordBefore(text, start);
  // (a capital at a sentence's start before it is only that: "Vid Tallbacken")
  if (before !== null && (BEFORE_A_PERSON.has(before.word) || (before.capital && insideSentence(text, before.start)))) return false;
  return !capitalAfter(text, start);
}

/**
 * The storable words of a message with their strength (the largest zone weight they were found
 * with: 1 in the author's text, 0.8 forwarded, 0.5 subject or form type field). For training.
 * With `names`, also collects the words (and word starts) written as a name somewhere in the
 * author's text ({@link writtenAsName}).
 */
export function storableWords(zones: MessageZones, channel: Channel, prefix: number, names?: Set<string>): Map<string, number> {
  const ranges: number[][] = Array.from({ length: ZONE_COUNT }, () => []);
  const scanned = new Array<boolean>(ZONE_COUNT).fill(false);
  const out = new Map<string, number>();
  visitKindFeatures(zones, channel, localFeatureOptions(prefix), (_feature, weight, zone, start, end, type) => {
    if (type !== FEATURE_TYPE.word && type !== FEATURE_TYPE.prefix) return;
    const text = zones.texts[zone]!;
    if (!scanned[zone]) {
      ranges[zone] = privateRanges(text);
      scanned[zone] = true;
    }
    if (inRanges(ranges[zone]!, start, end)) return;
    const word = type === FEATURE_TYPE.word ? foldText(text.slice(start, end)) : `${foldText(text.slice(start, start + prefix))}*`;
    if (!isStorableWord(word)) return;
    if ((out.get(word) ?? 0) < weight) out.set(word, weight);
    if (names !== undefined && writtenAsName(text, start)) names.add(word);
  });
  return out;
}

/** The zones of a one-word text, to find a stored word's feature id with the same visitor. */
function oneWordZones(text: string): MessageZones {
  const texts = new Array<string>(ZONE_COUNT).fill('');
  texts[1] = text; // body
  return { texts, rawSubject: '', forward: false, reply: false, unread: false, subjectOnly: false, forwardsOurMail: false, sentOn: false, pasted: false, categoryDisowned: false };
}

/**
 * The feature id the visitor gives a stored word (`kajan`) or word start (`kajan*`), so that
 * applying the model is a lookup per word of the message.
 */
export function featureIdOf(word: string, prefix: number): number {
  const isStart = word.endsWith('*');
  const letters = isStart ? word.slice(0, -1) : word;
  // a word start is the prefix feature of any longer word beginning with it
  const text = isStart ? `${letters}x` : letters;
  let id = -1;
  visitKindFeatures(oneWordZones(text), 'epost', localFeatureOptions(isStart ? letters.length : prefix), (feature, _w, _z, _s, _e, type) => {
    if (type === (isStart ? FEATURE_TYPE.prefix : FEATURE_TYPE.word) && id < 0) id = feature;
  });
  if (id < 0) throw new Error(`local model: no feature for '${word}'`);
  return id;
}

/** The folded symbols of a stored word (without `*`), to check a found word really is it (hash ids can collide). */
export function symbolsOf(word: string): Uint8Array {
  const letters = word.endsWith('*') ? word.slice(0, -1) : word;
  return Uint8Array.from(letters, (c) => symbolOf(c.charCodeAt(0)));
}

/** Whether `text[start, start + symbols.length)` folds to `symbols` (and, for a whole word, ends there). */
export function spellsAt(text: string, start: number, end: number, symbols: Uint8Array, whole: boolean): boolean {
  const n = symbols.length;
  if (whole ? end - start !== n : end - start < n) return false;
  const table = TABLE;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(start + i);
    let s = table[code]!;
    if (s === 255) s = symbol(code);
    if (s === SPACE || s !== symbols[i]) return false;
  }
  return true;
}
