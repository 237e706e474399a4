import { SYMBOL_SPACE, symbolChar, symbolOf } from '../text/fold';
import { INFLECTIONS } from '../text/keywordMatcher';

/**
 * What a department's keyword is in the word it was found in. Swedish compounds are right-headed:
 * the last part says what the thing is, the parts before only what kind of it. A keyword that
 * starts a longer compound is a modifier ("vatten" in "vattenskålen" is a bowl, "innebandy" in
 * "innebandyklubban" a stick) and says less about the department than one that is the word or its
 * head ("vattenledningen", "dricksvattnet"). A keyword inside the surname of a person named with
 * first name and surname ("Marie Ahlgren", "Anton Lundgren") says nothing about the matter.
 */

/** How much a department's keyword counts when it only modifies the head of a compound. */
export const MODIFIER_FACTOR = 0.8;
/** How much a department's keyword counts inside a person's surname. */
export const SURNAME_FACTOR = 0;

const SPACE = SYMBOL_SPACE;
const symbol = symbolOf;
const charOf = symbolChar;
/** Longest word looked at around a hit. */
const MAX_WORD = 40;

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
/** First letter upper case, second lower case (not an all-capitals word or an abbreviation). */
function isCapitalised(text: string, at: number): boolean {
  return isUpper(text.charCodeAt(at)) && isLower(text.charCodeAt(at + 1));
}

/**
 * Whether the word starting at `wordStart` is the second of two capitalised words on one line
 * ("Marie Ahlgren"), the first of which does not open a sentence after a full stop (a name, not
 * "Hej Stadsbiblioteket" — that greeting is rare enough; a capitalised greeting word is excluded).
 */
function followsFirstName(text: string, wordStart: number): boolean {
  if (!isCapitalised(text, wordStart)) return false;
  let e = wordStart;
  // exactly one space or tab between the names
  if (e === 0) return false;
  const gap = text.charCodeAt(e - 1);
  if (gap !== 32 && gap !== 0xa0) return false;
  e--;
  let s = e;
  while (s > 0 && e - s < 20 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || e - s < 2 || !isCapitalised(text, s)) return false;
  // the first name is a whole word (not after a hyphen or a digit)
  if (s > 0 && symbol(text.charCodeAt(s - 1)) !== SPACE) return false;
  let first = '';
  for (let i = s; i < e; i++) first += charOf(symbol(text.charCodeAt(i)));
  return !NOT_FIRST_NAMES.has(first);
}
function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}
/** Capitalised words that open a sentence or a greeting before a name-like word. */
const NOT_FIRST_NAMES = new Set(['hej', 'hejsan', 'hallo', 'tack', 'till', 'fran', 'kara', 'basta', 'dear', 'hi', 'hello', 'god', 'vid', 'pa', 'i', 'mvh']);

/** Where the word holding position `start` begins (at most {@link MAX_WORD} characters back). */
export function wordStartAt(text: string, start: number): number {
  let ws = start;
  while (ws > 0 && start - ws < MAX_WORD && symbol(text.charCodeAt(ws - 1)) !== SPACE) ws--;
  return ws;
}

/**
 * The factor for a department's keyword found at text[start, end): 1 for a word or its head,
 * {@link MODIFIER_FACTOR} for the first part of a longer compound, {@link SURNAME_FACTOR} inside
 * a surname after a first name. Bounded work (one word each way).
 */
export function wordRoleFactor(text: string, start: number, end: number): number {
  const ws = wordStartAt(text, start);
  let we = end;
  const limit = Math.min(text.length, end + MAX_WORD);
  while (we < limit && symbol(text.charCodeAt(we)) !== SPACE) we++;
  if (ws < start && followsFirstName(text, ws)) return SURNAME_FACTOR;
  const restLength = we - end;
  if (restLength < 3) return 1;
  if (restLength <= 5) {
    let rest = '';
    for (let k = end; k < we; k++) rest += charOf(symbol(text.charCodeAt(k)));
    if (INFLECTIONS.has(rest)) return 1;
  }
  return MODIFIER_FACTOR;
}
