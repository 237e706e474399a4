import { SYMBOL_SPACE, foldText, symbolOf } from '../text/fold';

/**
 * Prepositions that make the following noun a place reference ("lampan vid busshållplatsen",
 * "gropen utanför idrottsplatsen"): the noun says where, not what the message is about.
 * `på` and `i` are left out: "plats på förskolan" is about the preschool.
 */
const PLACE_PREPOSITIONS = new Set([
  'vid', 'utanfor', 'bredvid', 'nara', 'intill', 'framfor', 'bakom', 'mittemot', 'nedanfor', 'ovanfor', 'invid',
  'near', 'outside', 'beside', 'behind', 'opposite',
]);

/** How much a keyword that is only a place reference counts. */
export const PLACE_REFERENCE_FACTOR = 0.4;

function previousWord(text: string, before: number): { start: number; word: string } | null {
  let e = before;
  let steps = 0;
  while (e > 0 && symbolOf(text.charCodeAt(e - 1)) === SYMBOL_SPACE && steps < 8) {
    if (text.charCodeAt(e - 1) === 10) return null; // a new line starts a new thought
    e--;
    steps++;
  }
  if (e === 0 || steps >= 8) return null;
  let s = e;
  while (s > 0 && e - s < 30 && symbolOf(text.charCodeAt(s - 1)) !== SYMBOL_SPACE) s--;
  return { start: s, word: text.slice(s, e) };
}

/**
 * True when the word containing position `start` follows a place preposition, directly or
 * after one capitalised name ("vid Ekbackens skola"). Bounded work.
 */
export function isPlaceReference(text: string, start: number): boolean {
  let s = start;
  while (s > 0 && start - s < 40 && symbolOf(text.charCodeAt(s - 1)) !== SYMBOL_SPACE) s--;
  const prev = previousWord(text, s);
  if (!prev) return false;
  if (PLACE_PREPOSITIONS.has(foldText(prev.word))) return true;
  const first = prev.word.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return false;
  const before = previousWord(text, prev.start);
  return before !== null && PLACE_PREPOSITIONS.has(foldText(before.word));
}
