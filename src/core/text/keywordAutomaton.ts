import { ALPHABET_SIZE, SYMBOL_TABLE, symbolCode, symbolOf } from './fold';

/**
 * The Aho–Corasick automaton of a keyword list over the folded alphabet (see `keywordMatcher.ts`,
 * which scans with it), and per state the keywords that end there.
 *
 * Laid out for the cache: a configuration's rules give some 90 000 states, and a full transition
 * table of them (14 MB) misses the cache on nearly every character. A scan spends most of its
 * characters in the few shallow states near the root, so
 * - the states up to a small depth (`shallow` of them: a few thousand) have a full row of the
 *   transition table (`dense`, 16-bit: about 200 KB);
 * - every deeper state keeps only its own edges (its children are consecutive states, each with
 *   its `edge` symbol) and its failure state: a symbol without an edge follows failure states
 *   until one has the edge or is shallow.
 * Whether a keyword ends in a state comes with the transition (a bit of `dense` and `edge`).
 * Both give exactly the transitions of the full table ({@link step}).
 *
 * Built without a dense trie: the keywords are sorted, so each one shares a prefix with the one
 * before it and the trie grows along one path (no child lookups).
 */
export interface KeywordAutomaton {
  /** Number of states with a full row in `dense` (states 0 to `shallow` - 1: every state up to `depth` deep). */
  shallow: number;
  /**
   * Transition rows of the shallow states (shallow × alphabet): the next state times two, plus 1
   * when a keyword ends there (no separate look-up per character).
   */
  dense: Uint16Array | Int32Array;
  /**
   * Per state s: its first child at 2s and its failure state (the longest proper suffix of its path
   * that is a state) at 2s + 1; its children are the states node[2s] to node[2s + 2] - 1.
   */
  node: Int32Array;
  /** Per state: the symbol of the edge that leads to it, plus {@link ENDS_KEYWORD} when a keyword ends there. */
  edge: Uint8Array;
  /** Keywords ending in each state, as ranges of `outputIds` (state s: outputStart[s] to outputStart[s + 1]). */
  outputStart: Int32Array;
  /** Per state: its own keywords in list order, then those of its failure state. */
  outputIds: Int32Array;
  /** 1 where some keyword ends in the state. */
  hasOutput: Uint8Array;
}

/** Flag of `edge`: a keyword ends in the state (symbols are below 64). */
export const ENDS_KEYWORD = 0x80;
/** The symbol bits of `edge`. */
export const EDGE_SYMBOL = 0x3f;

/** States up to this depth get a full transition row (most of a scan's characters are spent there). */
export const DENSE_DEPTH = 4;

/**
 * The state after `state` reads symbol `sym` (the full table's entry).
 * @example step(automaton, 0, symbolOf('a'.charCodeAt(0)))
 */
export function step(a: KeywordAutomaton, state: number, sym: number): number {
  const { shallow, dense, node, edge } = a;
  let s = state;
  while (s >= shallow) {
    const to = node[2 * s + 2]!;
    for (let c = node[2 * s]!; c < to; c++) if ((edge[c]! & EDGE_SYMBOL) === sym) return c;
    s = node[2 * s + 1]!;
  }
  return dense[s * ALPHABET_SIZE + sym]! >> 1;
}

/**
 * Builds the automaton of `keywords` (folded forms, each already cut to the length the scan can
 * hold). States are numbered breadth-first, children in symbol order: the shallow states a scan
 * visits most sit together in memory, every state's failure state comes before it, and the
 * children of a state are consecutive. `depth` (default {@link DENSE_DEPTH}) sets which states
 * get a full transition row.
 */
export function buildKeywordAutomaton(given: readonly string[], depth = DENSE_DEPTH): KeywordAutomaton {
  const A = ALPHABET_SIZE;
  // one character per symbol (keywords come folded; anything else is folded here)
  const keywords = given.map((k) => (NOT_FOLDED.test(k) ? canonical(k) : k));
  // (sorted as strings: a shared prefix of symbols is a shared prefix of characters; children are
  // put in symbol order below)
  const sorted = keywords.map((_, id) => id).sort((a, b) => (keywords[a]! < keywords[b]! ? -1 : keywords[a]! > keywords[b]! ? 1 : a - b));

  // the trie, in the order the sorted keywords create its nodes (at most one node per character);
  // the root is no node's child, so 0 stands for none in `firstChild` and `nextSibling`
  let capacity = 1;
  for (const k of keywords) capacity += k.length;
  const symbol = new Uint8Array(capacity);
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const lastChild = new Int32Array(capacity);
  const nodeDepth = new Int32Array(capacity);
  /** The keywords ending at a node: a run of `sorted` (equal keywords sort together, in list order). */
  const ownStart = new Int32Array(capacity);
  const ownCount = new Int32Array(capacity);
  let count = 1;
  const path = new Int32Array(257); // path[d]: the node at depth d of the keyword before (path[0]: the root)
  const table = SYMBOL_TABLE;
  let previous = '';
  for (let i = 0; i < sorted.length; i++) {
    const word = keywords[sorted[i]!]!;
    let shared = 0;
    while (shared < word.length && shared < previous.length && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let d = shared; d < word.length; d++) {
      const parent = path[d]!;
      const node = count++;
      // (a folded keyword's characters are ASCII, whose symbols the table holds from the start)
      symbol[node] = table[word.charCodeAt(d)]!;
      nodeDepth[node] = d + 1;
      if (firstChild[parent] === 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path[d + 1] = node;
    }
    const end = path[word.length]!;
    if (ownCount[end] === 0) ownStart[end] = i;
    ownCount[end]!++;
    previous = word;
  }

  // breadth-first numbering: the children of each state follow one another
  const order = new Int32Array(count);
  const childStart = new Int32Array(count + 1);
  let queued = 1;
  for (let q = 0; q < count; q++) {
    const first = queued;
    childStart[q] = first;
    for (let c = firstChild[order[q]!]!; c !== 0; c = nextSibling[c]!) order[queued++] = c;
    // children in symbol order (strings sort space, '#' and digits before letters; symbols do not):
    // a stable insertion sort, which leaves the common case — already in order — as it is
    for (let i = first + 1; i < queued; i++) {
      const c = order[i]!;
      let j = i;
      while (j > first && symbol[order[j - 1]!]! > symbol[c]!) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = c;
    }
  }
  childStart[count] = count;
  const edge = new Uint8Array(count);
  for (let s = 0; s < count; s++) edge[s] = symbol[order[s]!]!;
  let shallow = 0;
  while (shallow < count && nodeDepth[order[shallow]!]! <= depth) shallow++;
  // a shallow state's transitions lead at most one level deeper
  let reach = shallow;
  while (reach < count && nodeDepth[order[reach]!]! <= depth + 1) reach++;
  const dense = 2 * reach < 0x10000 ? new Uint16Array(shallow * A) : new Int32Array(shallow * A);
  const node = new Int32Array(2 * count + 2);
  for (let s = 0; s <= count; s++) node[2 * s] = childStart[s]!;
  const automaton: KeywordAutomaton = { shallow, dense, node, edge, outputStart: new Int32Array(0), outputIds: new Int32Array(0), hasOutput: new Uint8Array(0) };
  const outCount = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    const f = node[2 * s + 1]!;
    outCount[s] = ownCount[order[s]!]! + (s === 0 ? 0 : outCount[f]!);
    // (a shallow state's failure state is shallower: its row is complete)
    if (s < shallow && s !== 0) dense.copyWithin(s * A, f * A, f * A + A);
    for (let t = childStart[s]!; t < childStart[s + 1]!; t++) {
      node[2 * t + 1] = s === 0 ? 0 : step(automaton, f, edge[t]!);
      if (s < shallow) dense[s * A + edge[t]!] = 2 * t; // (the flags are added below)
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
    const own = order[s]!;
    for (let k = ownStart[own]!; k < ownStart[own]! + ownCount[own]!; k++) outputIds[o++] = sorted[k]!;
    if (s !== 0) {
      const f = node[2 * s + 1]!;
      outputIds.copyWithin(o, outputStart[f]!, outputStart[f]! + outCount[f]!);
    }
  }
  for (let s = 0; s < count; s++) if (hasOutput[s] === 1) edge[s] = edge[s]! | ENDS_KEYWORD;
  for (let i = 0; i < dense.length; i++) dense[i] = dense[i]! | hasOutput[dense[i]! >> 1]!;
  automaton.outputStart = outputStart;
  automaton.outputIds = outputIds;
  automaton.hasOutput = hasOutput;
  return automaton;
}

/** A character that is not one symbol's own (space, a–z, 0–9, `#`). */
const NOT_FOLDED = /[^ a-z0-9#]/;

/** The text with each code unit written as its symbol's own character. */
function canonical(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(symbolCode(symbolOf(text.charCodeAt(i))));
  return out;
}
