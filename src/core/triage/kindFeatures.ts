import { SYMBOL_SPACE, SYMBOL_TABLE, symbolOf } from '../text/fold';
import { CHANNELS, type Channel } from '../vocabulary';
import { ZONE_INDEX, type MessageZones } from './zones';

/**
 * Features of the kind model (see `kindModel.ts`): hashed folded word unigrams, bigrams and word
 * prefixes of the zones the kind rules read as the author's own words — the newest text and a
 * web form's free text fully, forwarded text a little less, the subject and a form's type fields
 * at half weight — plus the channel. Never quoted history, signatures or wrapper system text.
 *
 * One linear pass per zone over the code units, hashing folded symbols as it goes (no strings,
 * no re-tokenising into arrays). The training script and the engine share this function, so
 * the model sees exactly the features it was trained on.
 */

/** The zones the model reads, with their weight (as the kind rules weigh them). */
export const KIND_MODEL_ZONES: readonly { zone: number; weight: number }[] = [
  { zone: ZONE_INDEX.body, weight: 1 },
  { zone: ZONE_INDEX.forwarded, weight: 0.8 },
  { zone: ZONE_INDEX.form, weight: 0.5 },
  { zone: ZONE_INDEX.subject, weight: 0.5 },
];

/** Feature ids are hashes below 2^FEATURE_BITS (collisions are rare for a vocabulary of a few thousand). */
export const FEATURE_BITS = 22;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

/** Which features are extracted (fixed per trained model). */
export interface KindFeatureOptions {
  /** Word bigrams (within a sentence). */
  bigrams: boolean;
  /** Length of the word-prefix feature (0 = none): covers inflection (`besviken`, `besvikna`). */
  prefix: number;
  /** Length of the word-suffix feature for long words (0 = none): covers compound heads (`gatlampan`, `lampan`). */
  suffix: number;
}

/** What a feature is (the visitor is told, so the model can tell how much of a text it knows). */
export const FEATURE_TYPE = { channel: 0, word: 1, number: 2, prefix: 3, suffix: 4, bigram: 5 } as const;

/** Receives one feature occurrence: id, weight, where in which zone it was found (end exclusive), and its type. */
export type FeatureVisitor = (feature: number, weight: number, zone: number, start: number, end: number, type: number) => void;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TAG_WORD = 0x1b873593;
const TAG_BIGRAM = 0x5bd1e995;
const TAG_PREFIX = 0x27d4eb2d;
const TAG_SUFFIX = 0x165667b1;
const TAG_CHANNEL = 0x7feb352d;
/** All-digit words (dates, phone and case numbers) are one token. */
const NUMBER_HASH = 0x2c1b3c6d;
const MAX_AFFIX = 8;
/** Code units after which a bigram does not continue (sentence and line ends): `.`, `!`, `?`, newline, `;`, `:`. */
const BREAKS = new Uint8Array(128);
for (const c of [0x2e, 0x21, 0x3f, 0x0a, 0x3b, 0x3a]) BREAKS[c] = 1;
/**
 * Local copies of the folding tables: an imported binding read in a hot loop can cost a getter
 * call per character under some module loaders (esbuild/tsx CommonJS output).
 */
const SPACE = SYMBOL_SPACE;
const TABLE = SYMBOL_TABLE;
const symbol = symbolOf;

/** Ring of the last symbols of the current word (for suffixes; the scan never re-enters). */
const tail = new Int32Array(8);

/** Final avalanche (murmur3 fmix32) of a tagged hash, cut to the feature space. */
function finish(h: number, tag: number): number {
  let x = (h ^ tag) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) & FEATURE_MASK;
}

/** The channel feature id (also used to name it in explanations: it never is). */
export function channelFeature(channel: Channel): number {
  return finish(CHANNELS.indexOf(channel) + 1, TAG_CHANNEL);
}

/**
 * Calls `visit` for every feature occurrence of a message: the channel once, then per word of
 * each model zone its unigram, its prefix (and suffix) and the bigram with the word before it.
 */
export function visitKindFeatures(zones: MessageZones, channel: Channel, options: KindFeatureOptions, visit: FeatureVisitor): void {
  visit(channelFeature(channel), 1, -1, 0, 0, FEATURE_TYPE.channel);
  const table = TABLE;
  const prefixLength = Math.min(options.prefix, MAX_AFFIX);
  const suffixLength = Math.min(options.suffix, MAX_AFFIX);
  for (const { zone, weight } of KIND_MODEL_ZONES) {
    const text = zones.texts[zone]!;
    const n = text.length;
    if (n === 0) continue;
    let prev = -1; // hash of the word before (or -1 after a sentence break)
    let prevStart = 0;
    let h = FNV_OFFSET;
    let prefixHash = 0;
    let length = 0;
    let digits = true;
    let start = 0;
    for (let i = 0; i <= n; i++) {
      const code = i < n ? text.charCodeAt(i) : 32;
      let sym = table[code]!;
      if (sym === 255) sym = symbol(code);
      if (sym !== SPACE) {
        if (length === 0) {
          start = i;
          h = FNV_OFFSET;
          digits = true;
        }
        h = Math.imul(h ^ sym, FNV_PRIME);
        if (sym < 27 || sym > 36) digits = false;
        if (suffixLength > 0) tail[length % MAX_AFFIX] = sym;
        length++;
        if (length === prefixLength) prefixHash = h;
        continue;
      }
      if (length > 0) {
        const word = digits ? NUMBER_HASH : h >>> 0;
        visit(finish(word, TAG_WORD), weight, zone, start, i, digits ? FEATURE_TYPE.number : FEATURE_TYPE.word);
        if (prefixLength > 0 && !digits && length > prefixLength) {
          visit(finish(prefixHash >>> 0, TAG_PREFIX), weight, zone, start, i, FEATURE_TYPE.prefix);
        }
        if (suffixLength > 0 && !digits && length >= suffixLength + 3) {
          let s = FNV_OFFSET;
          for (let k = length - suffixLength; k < length; k++) s = Math.imul(s ^ tail[k % MAX_AFFIX]!, FNV_PRIME);
          visit(finish(s >>> 0, TAG_SUFFIX), weight, zone, start, i, FEATURE_TYPE.suffix);
        }
        if (options.bigrams && prev >= 0) {
          visit(finish(Math.imul(prev, 0x9e3779b1) ^ word, TAG_BIGRAM), weight, zone, prevStart, i, FEATURE_TYPE.bigram);
        }
        prev = word;
        prevStart = start;
        length = 0;
      }
      if (code < 128 && BREAKS[code] === 1) prev = -1;
    }
  }
}
