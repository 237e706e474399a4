import { SYMBOL_SPACE, symbolChar, symbolOf } from '../text/fold';

/**
 * Prepositions that make the following noun a place reference ("lampan vid busshållplatsen",
 * "gropen utanför idrottsplatsen"): the noun says where, not what the message is about.
 * `på` and `i` are left out: "plats på förskolan" is about the preschool.
 */
const PLACE_PREPOSITIONS = new Set([
  'vid', 'utanfor', 'bredvid', 'nara', 'intill', 'framfor', 'bakom', 'mittemot', 'nedanfor', 'ovanfor', 'invid',
  'near', 'outside', 'beside', 'behind', 'opposite',
]);

// Local copies of imported bindings read per character: some module loaders (esbuild/tsx
// CommonJS output, which the benchmark runs) turn every read of an import into a getter call.
const SPACE = SYMBOL_SPACE;
const symbol = symbolOf;
const charOf = symbolChar;

/** How much a keyword that is only a place reference counts. */
export const PLACE_REFERENCE_FACTOR = 0.4;

/** Start and end of the word before position `before` (skipping separators, not across a line break), or null. */
function previousWord(text: string, before: number): { start: number; end: number } | null {
  let e = before;
  let steps = 0;
  while (e > 0 && symbol(text.charCodeAt(e - 1)) === SPACE && steps < 8) {
    if (text.charCodeAt(e - 1) === 10) return null; // a new line starts a new thought
    e--;
    steps++;
  }
  if (e === 0 || steps >= 8) return null;
  let s = e;
  while (s > 0 && e - s < 30 && symbol(text.charCodeAt(s - 1)) !== SPACE) s--;
  return { start: s, end: e };
}

/** Whether text[start, end) folds to one of the place prepositions (short words only, no allocation for long ones). */
function isPreposition(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3 || length > MAX_PREPOSITION_LENGTH) return false;
  let folded = '';
  for (let i = start; i < end; i++) folded += charOf(symbol(text.charCodeAt(i)));
  return PLACE_PREPOSITIONS.has(folded);
}

const UPPER_CASE = /\p{Lu}/u;
const MAX_PREPOSITION_LENGTH = Math.max(...[...PLACE_PREPOSITIONS].map((p) => p.length));

/**
 * True when the word containing position `start` follows a place preposition, directly or
 * after one capitalised name ("vid Ekbackens skola"). Bounded work.
 */
export function isPlaceReference(text: string, start: number): boolean {
  let s = start;
  while (s > 0 && start - s < 40 && symbol(text.charCodeAt(s - 1)) !== SPACE) s--;
  const prev = previousWord(text, s);
  if (!prev) return false;
  if (isPreposition(text, prev.start, prev.end)) return true;
  const first = text.charAt(prev.start);
  if (!UPPER_CASE.test(first)) return false;
  const before = previousWord(text, prev.start);
  return before !== null && isPreposition(text, before.start, before.end);
}
