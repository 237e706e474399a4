import { ALPHABET_SIZE, symbolCode, symbolOf } from './fold';

/**
 * The Aho–Corasick automaton of a keyword list over the folded alphabet (see `keywordMatcher.ts`,
 * which scans with it): a full transition table, and per state the keywords that end there.
 *
 * Built without a dense trie: the keywords are sorted, so each one shares a prefix with the one
 * before it and the trie grows along one path (no child lookups); a state's row of the table is
 * its failure state's row with its own edges written over it.
 */
export interface KeywordAutomaton {
  /** Transition table (states × alphabet); 16-bit when it fits, for cache locality. */
  delta: Uint16Array | Int32Array;
  /** Keywords ending in each state, as ranges of `outputIds` (state s: outputStart[s] to outputStart[s + 1]). */
  outputStart: Int32Array;
  /** Per state: its own keywords in list order, then those of its failure state. */
  outputIds: Int32Array;
  /** 1 where some keyword ends in the state. */
  hasOutput: Uint8Array;
}

/**
 * Builds the automaton of `keywords` (folded forms, each already cut to the length the scan can
 * hold). States are numbered breadth-first, children in symbol order: the shallow states a scan
 * visits most sit together in memory, and every state's failure state comes before it.
 */
export function buildKeywordAutomaton(given: readonly string[]): KeywordAutomaton {
  const A = ALPHABET_SIZE;
  // one character per symbol (keywords come folded; anything else is folded here)
  const keywords = given.map((k) => (NOT_FOLDED.test(k) ? canonical(k) : k));
  // (sorted as strings: a shared prefix of symbols is a shared prefix of characters; children are
  // put in symbol order below)
  const sorted = keywords.map((_, id) => id).sort((a, b) => (keywords[a]! < keywords[b]! ? -1 : keywords[a]! > keywords[b]! ? 1 : a - b));

  // the trie, in the order the sorted keywords create its nodes (at most one node per character)
  let capacity = 1;
  for (const k of keywords) capacity += k.length;
  const symbol = new Uint8Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  /** The keywords ending at a node: a run of `sorted` (equal keywords sort together, in list order). */
  const ownStart = new Int32Array(capacity);
  const ownCount = new Int32Array(capacity);
  let count = 1;
  const path = new Int32Array(257); // path[d]: the node at depth d of the keyword before (path[0]: the root)
  let previous = '';
  for (let i = 0; i < sorted.length; i++) {
    const word = keywords[sorted[i]!]!;
    let shared = 0;
    while (shared < word.length && shared < previous.length && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let d = shared; d < word.length; d++) {
      const parent = path[d]!;
      const node = count++;
      symbol[node] = symbolOf(word.charCodeAt(d));
      if (firstChild[parent]! < 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path[d + 1] = node;
    }
    const end = path[word.length]!;
    if (ownCount[end] === 0) ownStart[end] = i;
    ownCount[end]!++;
    previous = word;
  }

  const order = new Int32Array(count);
  let queued = 1;
  for (let q = 0; q < queued; q++) {
    const first = queued;
    for (let c = firstChild[order[q]!]!; c >= 0; c = nextSibling[c]!) order[queued++] = c;
    // children in symbol order (strings sort space, '#' and digits before letters; symbols do not)
    if (queued - first > 1) order.subarray(first, queued).sort((x, y) => symbol[x]! - symbol[y]!);
  }
  const renamed = new Int32Array(count);
  for (let i = 0; i < count; i++) renamed[order[i]!] = i;

  const delta = count < 0x10000 ? new Uint16Array(count * A) : new Int32Array(count * A);
  const fail = new Int32Array(count);
  const outCount = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    const node = order[s]!;
    const f = fail[s]!;
    outCount[s] = ownCount[node]! + (s === 0 ? 0 : outCount[f]!);
    if (s !== 0) delta.copyWithin(s * A, f * A, f * A + A);
    for (let c = firstChild[node]!; c >= 0; c = nextSibling[c]!) {
      const a = symbol[c]!;
      const t = renamed[c]!;
      fail[t] = s === 0 ? 0 : delta[f * A + a]!;
      delta[s * A + a] = t;
    }
  }

  const outputStart = new Int32Array(count + 1);
  let total = 0;
  for (let s = 0; s < count; s++) {
    outputStart[s] = total;
    total += outCount[s]!;
  }
  outputStart[count] = total;
  const outputIds = new Int32Array(total);
  const hasOutput = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    if (outCount[s] === 0) continue;
    hasOutput[s] = 1;
    // the state's own keywords, then those of its failure state (already filled: it comes earlier)
    let o = outputStart[s]!;
    const node = order[s]!;
    for (let k = ownStart[node]!; k < ownStart[node]! + ownCount[node]!; k++) outputIds[o++] = sorted[k]!;
    if (s !== 0) {
      const f = fail[s]!;
      outputIds.copyWithin(o, outputStart[f]!, outputStart[f]! + outCount[f]!);
    }
  }
  return { delta, outputStart, outputIds, hasOutput };
}

/** A character that is not one symbol's own (space, a–z, 0–9, `#`). */
const NOT_FOLDED = /[^ a-z0-9#]/;

/** The text with each code unit written as its symbol's own character. */
function canonical(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(symbolCode(symbolOf(text.charCodeAt(i))));
  return out;
}
