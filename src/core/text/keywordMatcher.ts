import * as fold from './fold';
import type { KeywordSpec } from './keywordSyntax';
import { EDGE_SYMBOL, ENDS_KEYWORD, buildKeywordAutomaton } from './keywordAutomaton';

// Local copies of the folding tables and functions, read per character in the scan and the word
// checks: an imported binding can cost a getter call per read under some module loaders
// (esbuild/tsx CommonJS output, which the benchmark runs).
const ALPHABET_SIZE = fold.ALPHABET_SIZE;
const SWEDISH_LETTER = fold.SWEDISH_LETTER;
const SYMBOL_SPACE = fold.SYMBOL_SPACE;
const SYMBOL_TABLE = fold.SYMBOL_TABLE;
const swedishSymbol = fold.swedishSymbol;
const symbolCode = fold.symbolCode;
const symbolOf = fold.symbolOf;

/** Swedish (and English) inflection endings accepted after a keyword, folded. */
export const INFLECTIONS: ReadonlySet<string> = new Set([
  'n', 'en', 'et', 'er', 'ar', 'or', 'na', 'a', 'e', 's', 't', 'r', 'd', 'ns', 'ens', 'ets', 'ers', 'ars', 'ors',
  'arna', 'erna', 'orna', 'arnas', 'ernas', 'ornas', 'nas', 'as', 'es', 'ad', 'at', 'ade', 'ats', 'ades', 'de', 'te',
  'tt', 'dd', 'ing', 'ed', 'ly', 'ie', 'ies',
]);
const MAX_INFLECTION = 5;


/** How a text is scanned. */
export interface ScanOptions {
  /** The text comes from OCR (scanned letters): digits inside words are read as the letters they resemble. */
  ocr?: boolean;
  /** Treat å/ä/ö as a/o even in a text written with them (for phrase lists written folded). */
  foldSwedish?: boolean;
  /** The text is addresses or a sender's name (keywords look inside them: `mailer-daemon@…`). */
  addresses?: boolean;
}

/** Symbols for digits read as letters after a letter (0→o, 1→l, 5→s, 8→a; other digits stay). */
const OCR_DIGIT_AS_LETTER = [15, 12, 29, 30, 31, 19, 33, 34, 1, 36];

/**
 * Local copies of the automaton's edge bits: an imported binding read in the scan loop can cost a
 * getter call per character under some module loaders (esbuild/tsx CommonJS output).
 */
const EDGE_SYMBOL_BITS: number = EDGE_SYMBOL;
const ENDS_KEYWORD_BIT: number = ENDS_KEYWORD;

/** Upper bound on hits reported per text, so a hostile body cannot make triage slow. */
const MAX_HITS = 4096;
/** Longest keyword (in folded symbols) the position ring can hold. */
const RING = 256;

/**
 * A compiled set of keywords (Aho–Corasick automaton over the folded alphabet): finds every
 * keyword in a text in one linear pass, with compound and inflection rules applied per hit.
 * Compile once per configuration and reuse.
 */
export class KeywordMatcher {
  /** Transition rows of the shallow states, and the edges and failure states of the others (see `keywordAutomaton.ts`). */
  private readonly shallow: number;
  private readonly dense: Uint16Array | Int32Array;
  private readonly node: Int32Array;
  private readonly edge: Uint8Array;
  /** Keywords ending in each state, as ranges of `outputIds` (compressed rows). */
  private readonly outputStart: Int32Array;
  private readonly outputIds: Int32Array;
  private readonly lengths: Int32Array;
  private readonly specs: readonly KeywordSpec[];
  /** 1 where the keyword is a street word (`vägen`, `gatan`) that a speech recogniser writes apart from the street's name. */
  private readonly streetWord: Uint8Array;
  /** Original positions of the last symbols fed (scan is synchronous, so one ring per matcher). */
  private readonly ring = new Int32Array(RING);
  /** The text being scanned is prose, where addresses and company names are names (not in address zones). */
  private names = true;

  constructor(keywords: readonly KeywordSpec[]) {
    this.specs = keywords;
    const n = keywords.length;
    this.lengths = new Int32Array(n);
    this.streetWord = new Uint8Array(n);
    const folded = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const text = keywords[k]!.folded;
      this.lengths[k] = Math.min(text.length, RING - 1);
      this.streetWord[k] = SPLIT_STREET_WORDS.has(text) ? 1 : 0;
      folded[k] = text.length < RING ? text : text.slice(0, RING - 1);
    }
    const automaton = buildKeywordAutomaton(folded);
    this.shallow = automaton.shallow;
    this.dense = automaton.dense;
    this.node = automaton.node;
    this.edge = automaton.edge;
    this.outputStart = automaton.outputStart;
    this.outputIds = automaton.outputIds;
  }

  /**
   * Calls `onHit(keyword, start, end)` for every keyword occurrence in `text`, in order of end
   * position (`keyword` indexes the list given to the constructor; positions are in `text`,
   * end exclusive). Reports at most 4096 hits.
   * @returns the number of words in the text
   */
  scan(text: string, onHit: (keyword: number, start: number, end: number) => void, options: ScanOptions = {}): number {
    // OCR text confuses å/ä/ö with a/o (and 0 with o or ö): it is always read folded
    const swedish = options.ocr !== true && options.foldSwedish !== true && SWEDISH_LETTER.test(text);
    this.names = options.addresses !== true;
    return options.ocr === true ? this.scanOcr(text, onHit, swedish) : this.scanPlain(text, onHit, swedish);
  }

  /** The scan loop without OCR handling (the common case). */
  private scanPlain(text: string, onHit: (keyword: number, start: number, end: number) => void, swedish: boolean): number {
    const { shallow, dense, node, edge, outputStart, outputIds, lengths, specs, ring, streetWord } = this;
    let fed = 0;
    let state = 0;
    let prevSpace = true;
    let words = 0;
    let hits = 0;
    const n = text.length;
    const table = SYMBOL_TABLE;
    // Local copies: module bindings read in a hot loop can cost a getter call each under some loaders.
    const space = SYMBOL_SPACE;
    const alphabet = ALPHABET_SIZE;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      let sym = table[code]!;
      if (sym === 255) sym = symbolOf(code);
      if (sym === space) {
        if (prevSpace) continue;
        prevSpace = true;
        ring[fed & (RING - 1)] = i;
        fed++;
      } else {
        if (prevSpace) words++;
        prevSpace = false;
        ring[fed & (RING - 1)] = i;
        fed++;
      }
      // the transition (see `step` in keywordAutomaton.ts): a deep state's own edges, else its failure state's
      let s = state;
      let ends = 0;
      state = -1;
      while (s >= shallow) {
        const to = node[2 * s + 2]!;
        for (let c = node[2 * s]!; c < to; c++) {
          const e = edge[c]!;
          if ((e & EDGE_SYMBOL_BITS) === sym) {
            state = c;
            ends = e & ENDS_KEYWORD_BIT;
            break;
          }
        }
        if (state >= 0) break;
        s = node[2 * s + 1]!;
      }
      if (state < 0) {
        const next = dense[s * alphabet + sym]!;
        state = next >> 1;
        ends = next & 1;
      }
      if (sym === space || ends === 0) continue;
      const to = outputStart[state + 1]!;
      for (let o = outputStart[state]!; o < to; o++) {
        const id = outputIds[o]!;
        const start = ring[(fed - lengths[id]!) & (RING - 1)]!;
        if (!this.accept(text, start, i + 1, specs[id]!, swedish, streetWord[id] === 1)) continue;
        onHit(id, start, i + 1);
        if (++hits >= MAX_HITS) return words;
      }
    }
    return words;
  }

  /** The scan loop for OCR text: a 0, 1, 5 or 8 right after a letter is read as o, l, s, a. */
  private scanOcr(text: string, onHit: (keyword: number, start: number, end: number) => void, swedish: boolean): number {
    const { shallow, dense, node, edge, outputStart, outputIds, lengths, specs, ring, streetWord } = this;
    let fed = 0;
    let state = 0;
    let prevSpace = true;
    let words = 0;
    let hits = 0;
    const n = text.length;
    let prevLetter = false;
    const table = SYMBOL_TABLE;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      let sym = table[code]!;
      if (sym === 255) sym = symbolOf(code);
      // OCR errors in scanned letters: a 0, 1, 5 or 8 right after a letter is read as o, l, s, a
      if (prevLetter && sym >= 27 && sym <= 36) sym = OCR_DIGIT_AS_LETTER[sym - 27]!;
      prevLetter = sym >= 1 && sym <= 26;
      if (sym === SYMBOL_SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else {
        if (prevSpace) words++;
        prevSpace = false;
      }
      ring[fed & (RING - 1)] = i;
      fed++;
      let s = state;
      let ends = 0;
      state = -1;
      while (s >= shallow) {
        const to = node[2 * s + 2]!;
        for (let c = node[2 * s]!; c < to; c++) {
          const e = edge[c]!;
          if ((e & EDGE_SYMBOL_BITS) === sym) {
            state = c;
            ends = e & ENDS_KEYWORD_BIT;
            break;
          }
        }
        if (state >= 0) break;
        s = node[2 * s + 1]!;
      }
      if (state < 0) {
        const next = dense[s * ALPHABET_SIZE + sym]!;
        state = next >> 1;
        ends = next & 1;
      }
      if (sym === SYMBOL_SPACE || ends === 0) continue;
      const from = outputStart[state]!;
      const to = outputStart[state + 1]!;
      for (let o = from; o < to; o++) {
        const id = outputIds[o]!;
        const start = ring[(fed - lengths[id]!) & (RING - 1)]!;
        const end = i + 1;
        if (!this.accept(text, start, end, specs[id]!, swedish, streetWord[id] === 1)) continue;
        onHit(id, start, end);
        if (++hits >= MAX_HITS) return words;
      }
    }
    return words;
  }

  /** Whether a candidate hit counts: word rules first, then (in text written with å/ä/ö) the exact letters. */
  private accept(text: string, start: number, end: number, spec: KeywordSpec, swedish: boolean, streetWord: boolean): boolean {
    if (!this.fitsWord(text, start, end, spec, streetWord)) return false;
    // in a text written with å/ä/ö they are told apart from a/o: `tömt` is not `tomt`
    return !swedish || sameKeepingSwedish(text, start, end, spec.swedish ?? spec.folded);
  }

  /**
   * Word-structure rules (bounded work, no allocation on the common path). Swedish compounds are
   * right-headed, so:
   * - a keyword at the start of a word may be followed by an inflection or, from four letters, by
   *   the rest of a compound (`bygglov` in `bygglovsansökan`);
   * - a keyword inside a word must be its head: only an inflection may follow (`belysning` in
   *   `gatubelysningen`, not `arga` in `fiskargatan`), unless a longer compound part follows
   *   (four letters or more: `belysning` in `gatubelysningsstolpe`);
   * - a capitalised word inside a sentence is a name: only its head counts (`Stadsbiblioteket`
   *   is a library; `Fiskebäck` is not fishing);
   * - a street name (`Skolgatan 4`, `bäckestavägen sju`) is an address: nothing inside it counts.
   */
  private fitsWord(text: string, start: number, end: number, spec: KeywordSpec, streetWord: boolean): boolean {
    const table = SYMBOL_TABLE;
    let wordStart = start;
    while (wordStart > 0 && start - wordStart < MAX_WORD && symbolAt(table, text, wordStart - 1) !== SYMBOL_SPACE) wordStart--;
    const inside = wordStart < start;
    if (inside && (!spec.infix || start - wordStart < 2)) return false;
    let p = end;
    const limit = Math.min(text.length, end + MAX_WORD);
    while (p < limit && symbolAt(table, text, p) !== SYMBOL_SPACE) p++;
    const restLength = p - end;
    let head = restLength === 0;
    if (!head) {
      if (spec.exact) return false;
      if (restLength <= MAX_INFLECTION) {
        let rest = '';
        for (let k = end; k < p; k++) rest += String.fromCharCode(96 + Math.min(symbolAt(table, text, k), 26));
        // a noun in -e takes no -r: "räcker" is a verb, not a "räcke" (Latin -ie nouns do: "linjer")
        head = INFLECTIONS.has(rest) && !(rest === 'r' && spec.folded.endsWith('e') && !spec.folded.endsWith('ie'));
      }
      if (!head && (!spec.compound || restLength < (inside ? 4 : 3))) return false;
    }
    // words inside an e-mail address or a web address, and the words of a company's name, are names
    if (this.names && (isInAddress(text, wordStart, p) || isCompanyName(text, wordStart, p))) return false;
    if (!inside && head) return !(streetWord && isSplitStreetName(text, wordStart, p)); // the whole word, perhaps inflected
    // the keyword is part of a longer word: not inside a name or an address
    if (isStreetName(text, wordStart, p)) return false;
    return head || !isNameInSentence(text, wordStart);
  }
}

/** Longest word looked at around a hit, in characters. */
const MAX_WORD = 40;

/** Endings of Swedish street and square names (folded), longest first. */
const STREET_ENDINGS = [
  'vagen', 'gatan', 'granden', 'grand', 'stigen', 'backen', 'torget', 'allen', 'alle', 'leden', 'platsen', 'slingan', 'gangen',
  'kajen', 'esplanaden', 'promenaden', 'strand', 'vag', 'gata', 'torg', 'plan', 'led',
];
const NUMBER_WORDS = new Set(['ett', 'en', 'tva', 'tre', 'fyra', 'fem', 'sex', 'sju', 'atta', 'nio', 'tio', 'elva', 'tolv']);

/** First letter upper case and second lower case (not an all-capitals word). */
function isCapitalised(text: string, wordStart: number): boolean {
  return isUpper(text.charCodeAt(wordStart)) && isLower(text.charCodeAt(wordStart + 1));
}

/** A–Z and the Latin-1 capitals À–Þ (Å, Ä, Ö …); other scripts by their case mapping. */
function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** Whether the word at [start, end) is a street name: a street ending, written as a name or followed by a house number. */
function isStreetName(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 7) return false;
  let folded = '';
  for (let k = Math.max(start, end - 10); k < end; k++) folded += String.fromCharCode(96 + Math.min(symbolAt(SYMBOL_TABLE, text, k), 26));
  const ending = STREET_ENDINGS.find((e) => folded.endsWith(e));
  if (ending === undefined || length < ending.length + 3) return false;
  // "-hallen" is a hall (Brukshallen, idrottshallen), not an allé
  if ((ending === 'allen' || ending === 'alle') && folded.charAt(folded.length - ending.length - 1) === 'h') return false;
  if (isCapitalised(text, start)) return true;
  // followed by a house number: "fiskargatan 3", "bäckestavägen sju"
  let q = end;
  while (q < text.length && q - end < 3 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q++;
  const c = text.charCodeAt(q);
  if (c >= 48 && c <= 57) return true;
  let word = '';
  while (q < text.length && word.length < 6 && symbolAt(SYMBOL_TABLE, text, q) !== SYMBOL_SPACE) {
    word += String.fromCharCode(96 + Math.min(symbolAt(SYMBOL_TABLE, text, q), 26));
    q++;
  }
  return NUMBER_WORDS.has(word);
}

/** Whether the whitespace-delimited token around [start, end) is an e-mail address or a web address. */
function isInAddress(text: string, start: number, end: number): boolean {
  // a word between spaces (or followed by sentence punctuation) is no address: the common case, cheaply
  if (start === 0 || isWhite(text.charCodeAt(start - 1))) {
    const c = text.charCodeAt(end);
    if (end >= text.length || isWhite(c)) return false;
    if ((c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58) && (end + 1 >= text.length || isWhite(text.charCodeAt(end + 1)))) return false;
  }
  let a = start;
  while (a > 0 && start - a < 64 && !isWhite(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 64 && !isWhite(text.charCodeAt(b))) b++;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return true; // @
    if (c === 47 && i + 1 < b && text.charCodeAt(i + 1) === 47) return true; // //
  }
  // www.example.se
  return b - a > 4 && (text.startsWith('www.', a) || text.startsWith('WWW.', a));
}

function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 60 || c === 62 || c === 40 || c === 41;
}

/** Legal forms that end a company's name. */
const COMPANY_FORMS = new Set(['AB', 'Ab', 'HB', 'KB', 'Aktiebolag', 'Ltd', 'Limited', 'Inc', 'LLC', 'Oy', 'GmbH', 'ApS', 'AS', 'ASA', 'Group', 'Consulting']);
/** Words that may stand inside a company's name between capitalised words. */
const NAME_JOINERS = new Set(['&', 'och', 'i', 'of', 'and', 'för', 'på']);

/**
 * Whether the capitalised word at [start, end) belongs to a company's name: capitalised words (and
 * "&", "och", "i") up to a legal form — "Nordic Road AB", "Bygg & Mark i Norden AB".
 */
function isCompanyName(text: string, start: number, end: number): boolean {
  if (!isUpper(text.charCodeAt(start)) || (!isCapitalised(text, start) && !isAllCapitals(text, start, end))) return false;
  let q = end;
  for (let words = 0; words < 5 && q < text.length; words++) {
    while (q < text.length && q - end < 80 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0 || text.charCodeAt(q) === 44)) q++;
    let r = q;
    while (r < text.length && r - q < 30 && !isWhite(text.charCodeAt(r)) && text.charCodeAt(r) !== 44) r++;
    if (r === q) return false;
    let token = text.slice(q, r);
    if (token.endsWith('.') || token.endsWith(':')) token = token.slice(0, -1);
    if (COMPANY_FORMS.has(token)) return true;
    if (!NAME_JOINERS.has(token) && !isCapitalised(token, 0) && !isAllCapitals(token, 0, token.length)) return false;
    if (text.charCodeAt(r) === 10) return false;
    q = r;
  }
  return false;
}

function isAllCapitals(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (isLower(text.charCodeAt(i))) return false;
  return true;
}

/** Words before a street word that make it the road itself ("på vägen", "mot vägen"), not part of a name. */
const ROAD_WORDS = new Set(['pa', 'i', 'mot', 'vid', 'langs', 'over', 'fran', 'till', 'den', 'en', 'ut', 'hem', 'av', 'om', 'under', 'genom', 'the', 'on', 'in']);

/**
 * Whether the whole word at [start, end) is the second half of a street name written apart, as a
 * speech recogniser writes it: "lärk vägen fem", "skol gatan 3" (a street word after a word that
 * is not a preposition, before a house number).
 */
function isSplitStreetName(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3 || length > 6) return false;
  let word = '';
  for (let k = start; k < end; k++) word += String.fromCharCode(96 + Math.min(symbolAt(SYMBOL_TABLE, text, k), 26));
  if (!SPLIT_STREET_WORDS.has(word)) return false;
  // a house number after it
  let q = end;
  while (q < text.length && q - end < 3 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q++;
  const c = text.charCodeAt(q);
  let numbered = c >= 48 && c <= 57;
  if (!numbered) {
    let next = '';
    while (q < text.length && next.length < 6 && symbolAt(SYMBOL_TABLE, text, q) !== SYMBOL_SPACE) {
      next += String.fromCharCode(96 + Math.min(symbolAt(SYMBOL_TABLE, text, q), 26));
      q++;
    }
    numbered = NUMBER_WORDS.has(next);
  }
  if (!numbered) return false;
  // a word before it that is not a preposition ("lärk vägen", not "på vägen")
  let e = start;
  while (e > 0 && start - e < 3 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
  if (e === start || e === 0) return false;
  let s = e;
  while (s > 0 && e - s < 20 && symbolAt(SYMBOL_TABLE, text, s - 1) !== SYMBOL_SPACE) s--;
  let before = '';
  for (let k = s; k < e; k++) before += String.fromCharCode(96 + Math.min(symbolAt(SYMBOL_TABLE, text, k), 26));
  return before.length >= 2 && !ROAD_WORDS.has(before) && !/[0-9{|}]/.test(before);
}
const SPLIT_STREET_WORDS = new Set(['vagen', 'vag', 'gatan', 'gata', 'stigen', 'backen', 'torget', 'allen', 'leden', 'gangen', 'grand', 'granden']);

/**
 * Whether text[start, end) folds, with å/ä/ö kept, to `expected` (a keyword's exact form), without
 * building the folded string.
 */
function sameKeepingSwedish(text: string, start: number, end: number, expected: string): boolean {
  let j = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const sw = swedishSymbol(code);
    const sym = sw !== 0 ? sw : symbolOf(code);
    if (sym === SYMBOL_SPACE) {
      pendingSpace = j > 0;
      continue;
    }
    if (pendingSpace) {
      if (expected.charCodeAt(j) !== 32) return false;
      j++;
      pendingSpace = false;
    }
    if (expected.charCodeAt(j) !== symbolCode(sym)) return false;
    j++;
  }
  return j === expected.length;
}

/** A capitalised word that does not begin a sentence, a line or a field: a name. */
function isNameInSentence(text: string, wordStart: number): boolean {
  if (!isCapitalised(text, wordStart)) return false;
  let q = wordStart - 1;
  while (q >= 0 && wordStart - q < 6) {
    const c = text.charCodeAt(q);
    if (c === 32 || c === 9 || c === 0xa0) {
      q--;
      continue;
    }
    // . ! ? : ; | newline quotes brackets dashes bullets and '>' begin a sentence or a field
    return !SENTENCE_OPENERS.has(c);
  }
  return q >= 0;
}
const SENTENCE_OPENERS = new Set(Array.from('.!?:;|\n"\'»«“”„()[]-–—•*>/', (ch) => ch.charCodeAt(0)));

function symbolAt(table: Uint8Array, text: string, i: number): number {
  const code = text.charCodeAt(i);
  const s = table[code]!;
  return s === 255 ? symbolOf(code) : s;
}

/** The whole word around a hit (for explanations), at most 60 characters. */
export function wordAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 30 && symbolOf(text.charCodeAt(s - 1)) !== SYMBOL_SPACE) s--;
  while (e < text.length && e - end < 30 && symbolOf(text.charCodeAt(e)) !== SYMBOL_SPACE) e++;
  return text.slice(s, e);
}
