/**
 * Speech recognition writes Swedish compounds apart: "trygg hets larm", "hem tjänsten",
 * "kommunal rådet", "fritids gården". A transcription is therefore also read with each pair of
 * neighbouring words written together, so that a keyword can be found across the gap.
 *
 * The pairs are laid out in one string ("tryggets hetslarm …", two words per pair, pairs separated
 * by a space) with, per character, its position in the original text; a hit counts only when it
 * spans the join (what lies inside one word was found by the ordinary scan already).
 */

/** Function words never joined to a neighbour: they are not parts of compounds. */
const FUNCTION_WORDS = new Set(
  (
    'och att det som en ett är på av för med till den har de inte om han hon men var jag sig från vi så kan man när nu ' +
    'där ni du dig mig min mitt hej ja nej eh öh tack ring mitt vår er dom kl'
  ).split(' '),
);

/** Pairs of neighbouring words joined, with their positions in the original text. */
export interface JoinedPairs {
  /** Pairs written together, separated by single spaces. */
  text: string;
  /** For each character of `text`, its position in the original (-1 for the separating spaces). */
  source: Int32Array;
  /** For each character of `text`, 1 where the second word of its pair begins. */
  joinAt: Uint8Array;
}

/** Letters (Latin with å/ä/ö and accents); digits and everything else end a word. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The neighbouring-word pairs (and triples) of a transcription that could be one compound: words
 * of two letters or more, in lower case (a name is written with a capital), no function word.
 * Bounded: at most the first 4 000 characters are read.
 */
export function joinSpokenPairs(text: string): JoinedPairs | null {
  const n = Math.min(text.length, 4000);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n; ) {
    while (i < n && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    if (i > s) {
      starts.push(s);
      ends.push(i);
    }
  }
  const parts: string[] = [];
  const source: number[] = [];
  const joinAt: number[] = [];
  const joinableAt = (w: number): boolean => {
    const word = text.slice(starts[w]!, ends[w]!);
    return word.length >= 2 && joinable(word);
  };
  // (only words next to each other, with nothing but spaces between them)
  const adjacent = (w: number): boolean => /^ +$/.test(text.slice(ends[w]!, starts[w + 1]!));
  const emit = (first: number, count: number): void => {
    if (parts.length > 0) {
      parts.push(' ');
      source.push(-1);
      joinAt.push(0);
    }
    for (let w = first; w < first + count; w++) {
      parts.push(text.slice(starts[w]!, ends[w]!));
      for (let k = starts[w]!; k < ends[w]!; k++) {
        source.push(k);
        joinAt.push(k === starts[w]! && w > first ? 1 : 0);
      }
    }
  };
  for (let w = 0; w + 1 < starts.length; w++) {
    if (!joinableAt(w) || !joinableAt(w + 1) || !adjacent(w)) continue;
    emit(w, 2);
    // three parts: "trygg hets larm"
    if (w + 2 < starts.length && joinableAt(w + 2) && adjacent(w + 1)) emit(w, 3);
  }
  if (parts.length === 0) return null;
  return { text: parts.join(''), source: Int32Array.from(source), joinAt: Uint8Array.from(joinAt) };
}

function joinable(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return false; // a name
  if (word !== word.toLowerCase()) return false;
  return !FUNCTION_WORDS.has(word);
}

/** Whether a hit [start, end) in the joined text spans the join of its pair. */
export function spansJoin(pairs: JoinedPairs, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (pairs.joinAt[k] === 1) return true;
  return false;
}
