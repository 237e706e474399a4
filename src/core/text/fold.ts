/**
 * Folding: the one-character-at-a-time normalisation every matcher in triage shares.
 * Lower case, diacritics removed (å, ä → a; ö → o; é → e …), letters of other scripts become
 * the placeholder `#`, and everything that is not a letter or a digit becomes a space.
 * Folding is length-preserving per UTF-16 code unit, so a position in folded text is the
 * same position in the original text (explanations quote the original word).
 */

/** Symbol numbers of the folded alphabet: space, a–z, 0–9 and `#` (a letter of another script). */
export const SYMBOL_SPACE = 0;
export const SYMBOL_OTHER_LETTER = 37;
export const ALPHABET_SIZE = 38;

const SYMBOL_CHARS = ' abcdefghijklmnopqrstuvwxyz0123456789#';

/** Folded symbol for every UTF-16 code unit we have seen; 255 = not yet computed. */
const symbolCache = new Uint8Array(0x10000).fill(255);

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

/**
 * The folded symbol of one UTF-16 code unit (0 = separator).
 * @example symbolOf('Ä'.charCodeAt(0)) //=> 1 (the symbol of `a`)
 */
export function symbolOf(code: number): number {
  if (code < 128) {
    if (code >= 97 && code <= 122) return code - 96;
    if (code >= 65 && code <= 90) return code - 64;
    if (code >= 48 && code <= 57) return code - 48 + 27;
    return SYMBOL_SPACE;
  }
  let s = symbolCache[code]!;
  if (s === 255) {
    s = computeSymbol(code);
    symbolCache[code] = s;
  }
  return s;
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
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const s = symbolOf(text.charCodeAt(i));
    if (s === SYMBOL_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += SYMBOL_CHARS.charAt(s);
  }
  return out;
}
