/**
 * Folding: the one-character-at-a-time normalisation every matcher in triage shares.
 * Lower case, diacritics removed (å, ä → a; ö → o; é → e …), letters of other scripts become
 * the placeholder `#`, and everything that is not a letter or a digit becomes a space.
 * Folding is length-preserving per UTF-16 code unit, so a position in folded text is the
 * same position in the original text (explanations quote the original word).
 */

/**
 * Symbol numbers of the folded alphabet: space, a–z, 0–9 and `#` (a letter of another script).
 * {@link swedishSymbol} numbers å, ä, ö beyond it, for the exact form of keywords.
 */
export const SYMBOL_SPACE = 0;
export const SYMBOL_OTHER_LETTER = 37;
export const ALPHABET_SIZE = 38;

const SYMBOL_CHARS = ' abcdefghijklmnopqrstuvwxyz0123456789#åäö';
const SYMBOL_CODES = Uint16Array.from(SYMBOL_CHARS, (c) => c.charCodeAt(0));
/** Scratch space for {@link foldText} (single-threaded, not re-entrant across awaits: it never awaits). */
let foldBuffer = new Uint16Array(1024);

/**
 * Folded symbol for every UTF-16 code unit; 255 = not yet computed. ASCII is filled in at load;
 * other code units on first sight. Hot loops read this table directly.
 */
export const SYMBOL_TABLE = new Uint8Array(0x10000).fill(255);
const symbolCache = SYMBOL_TABLE;
for (let c = 0; c < 128; c++) {
  SYMBOL_TABLE[c] = c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 64 : c >= 48 && c <= 57 ? c - 48 + 27 : SYMBOL_SPACE;
}

const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'a',
  œ: 'o',
  ß: 's',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 't',
  ı: 'i',
};

function computeSymbol(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SYMBOL_SPACE; // half of a surrogate pair (emoji …)
  const ch = String.fromCharCode(code).toLowerCase();
  const special = SPECIAL_LETTERS[ch];
  const base = special ?? ch.normalize('NFD').charAt(0);
  const c = base.charCodeAt(0);
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 48 + 27;
  return /\p{L}/u.test(ch) ? SYMBOL_OTHER_LETTER : SYMBOL_SPACE;
}

/** å, ä, ö (and æ, ø, their Danish/Norwegian forms) as their own symbols, for code units 0xC4–0xF8. */
const SWEDISH_SYMBOLS = new Uint8Array(0xf9 - 0xc4);
for (const [chars, symbol] of [['åÅ', 38], ['äÄæÆ', 39], ['öÖøØ', 40]] as const) {
  for (const ch of chars) SWEDISH_SYMBOLS[ch.charCodeAt(0) - 0xc4] = symbol;
}

/**
 * The symbol of å, ä or ö (upper or lower case) when they are told apart, else 0.
 * @example swedishSymbol('ö'.charCodeAt(0)) //=> 40
 */
export function swedishSymbol(code: number): number {
  return code >= 0xc4 && code <= 0xf8 ? SWEDISH_SYMBOLS[code - 0xc4]! : 0;
}

/** Text written with å, ä or ö somewhere (then they are told apart from a and o when matching). */
export const SWEDISH_LETTER = /[åäöÅÄÖæøÆØ]/;

/**
 * Like {@link foldText} but keeps å, ä and ö (lower-cased): the exact form of a keyword.
 * @example foldKeepingSwedish('Hål i VÄGEN!') //=> 'hål i vägen'
 */
export function foldKeepingSwedish(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const sw = swedishSymbol(code);
    const s = sw !== 0 ? sw : symbolOf(code);
    if (s === SYMBOL_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += SYMBOL_CHARS[s]!;
  }
  return out;
}

/**
 * The folded symbol of one UTF-16 code unit (0 = separator).
 * @example symbolOf('Ä'.charCodeAt(0)) //=> 1 (the symbol of `a`)
 */
export function symbolOf(code: number): number {
  let s = symbolCache[code]!;
  if (s === 255) {
    s = computeSymbol(code);
    symbolCache[code] = s;
  }
  return s;
}

/** The UTF-16 code of the character a symbol stands for (å, ä, ö for their own symbols). */
export function symbolCode(symbol: number): number {
  return SYMBOL_CODES[symbol]!;
}

/** The character a symbol stands for. */
export function symbolChar(symbol: number): string {
  return SYMBOL_CHARS.charAt(symbol);
}

/**
 * Folds text for matching: lower case, no diacritics, separators as single spaces, trimmed.
 * Not length-preserving (runs of separators collapse); use it for keywords and short fields.
 * @example foldText('Gatubelysningen är SLÄCKT!') //=> 'gatubelysningen ar slackt'
 */
export function foldText(text: string): string {
  const n = text.length;
  if (n <= SHORT_TEXT) {
    const cached = shortFolds.get(text);
    if (cached !== undefined) return cached;
    const folded = foldShort(text);
    if (shortFolds.size >= SHORT_CACHE_SIZE) shortFolds.clear();
    shortFolds.set(text, folded);
    return folded;
  }
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const buf = foldBuffer;
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let s = SYMBOL_TABLE[code]!;
    if (s === 255) s = symbolOf(code);
    if (s === SYMBOL_SPACE) {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      buf[len++] = 32;
      pendingSpace = false;
    }
    buf[len++] = SYMBOL_CODES[s]!;
  }
  let out = '';
  for (let i = 0; i < len; i += 4096) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** Short texts (labels, greetings, subjects) are folded by concatenation and cached: they repeat. */
const SHORT_TEXT = 48;
const SHORT_CACHE_SIZE = 4096;
const shortFolds = new Map<string, string>();

function foldShort(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let s = SYMBOL_TABLE[code]!;
    if (s === 255) s = symbolOf(code);
    if (s === SYMBOL_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += SYMBOL_CHARS[s]!;
  }
  return out;
}
