import { KINDS, type Channel, type Kind } from '../vocabulary';
import { FEATURE_TYPE, type KindFeatureOptions } from './kindFeatures';
import { visitMessageFeatures } from './messageFeatures';
import type { MessageZones } from './zones';

/**
 * The kind model: a multinomial logistic regression over hashed folded words, bigrams and word
 * prefixes of the author's own text (see `kindFeatures.ts`), trained by
 * `scripts/train-kind-model.ts` on the repository's labelled fixtures only. It backs the kind
 * rules: when no rule makes a kind fit, a confident model may name the kind (see `decide.ts`).
 *
 * Pure and small: the weights are quantised to 8 bits and shipped as base64 in
 * `kindModelData.ts`, so the module runs unchanged in Node, browsers and Outlook.
 */
export interface TextModelWeights {
  options: KindFeatureOptions;
  /** Per class (weight column). */
  bias: number[];
  /** Base64 of the sorted feature ids (little-endian int32). */
  features: string;
  /** Base64 of the weights (int8, feature-major: one row per feature, a column per class), times `scale`. */
  weights: string;
  scale: number;
}

export interface KindModelData extends TextModelWeights {
  version: 1;
  /** The kinds of the weight columns, in order. */
  kinds: Kind[];
  /**
   * Lowest probability at which the model's kind replaces a fallback `fraga` (no rule made a kind
   * fit); a kind missing here is never taken from the model.
   */
  thresholds: Partial<Record<Kind, number>>;
  /**
   * A kind the rules found with a score below `maxRuleScore` (one weak keyword) gives way to a
   * model kind with at least `probability` (null = never); to `fraga` only with `toQuestion`.
   */
  veto: { maxRuleScore: number; probability: number; kinds: Kind[]; toQuestion: boolean } | null;
}

/** A text model's verdict on one message. */
export interface TextScores<L extends string> {
  /** Probability per class, in the model's class order (`KINDS` for the kind model). */
  probabilities: Float64Array;
  /** What the message's words alone say per class (logit without the prior), in the same order. */
  wordLogits: Float64Array;
  best: L;
  bestProbability: number;
  /** Share of the message's content words (four letters or more) the model knows, 0–1. */
  known: number;
  /** The message's content words (four letters or more). */
  words: number;
}

/** The kind model's verdict on one message (probabilities in `KINDS` order). */
export type KindScores = TextScores<Kind>;

/** A word or phrase of the message that pushed the model towards a kind. */
export interface KindEvidence {
  zone: number;
  start: number;
  end: number;
  contribution: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 without atob/Buffer (both differ between hosts). */
export function decodeBase64(text: string): Uint8Array {
  const values = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) values[BASE64.charCodeAt(i)] = i;
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | values[clean.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

const MAX_TOUCHED = 8192;
/** Bits of a feature id the known-feature filter looks at. */
const FILTER_BITS = 18;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
// local copies of imported bindings read per word (module loaders may turn each read into a getter call)
const TYPE_WORD = FEATURE_TYPE.word;
const TYPE_PREFIX = FEATURE_TYPE.prefix;
/** Words this long or longer carry content (for how much of a text the model knows). */
const CONTENT_WORD = 4;

/**
 * A loaded linear text model over classes `L` (decode once, reuse for every message): the kind
 * model, the concern model and the department model share it.
 */
export class TextModel<L extends string> {
  readonly featureCount: number;
  /** The classes in the order scores are given. */
  readonly order: readonly L[];
  private readonly options: KindFeatureOptions;
  private readonly k: number;
  /** Weight column of each class in `order` (-1 = the model does not know the class). */
  private readonly column: Int32Array;
  /** Quantised weights, feature-major (8 bits keep the table small enough to stay in cache). */
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly bias: Float64Array;
  /** Open-addressing table: pairs (feature id + 1, row), 0 = empty. */
  private readonly slots: Int32Array;
  /**
   * One bit per low {@link FILTER_BITS} bits of the known feature ids (32 KB): nearly every unknown
   * feature stops here, without a look into the larger table (a few thousand known ids set about
   * one bit in twenty).
   */
  private readonly maybeKnown = new Uint32Array(1 << (FILTER_BITS - 5));
  /** The message last scored: its features stay in `acc` until the next call, for {@link evidence}. */
  private last: { zones: MessageZones; channel: Channel; scores: TextScores<L> } | null = null;
  private readonly slotMask: number;
  private readonly acc: Float64Array;
  private readonly touched = new Int32Array(MAX_TOUCHED);
  private readonly firstZone: Int8Array;
  private readonly firstStart: Int32Array;
  private readonly firstEnd: Int32Array;

  /**
   * @param data the weights
   * @param columns the class of each weight column
   * @param order the order in which scores give the classes
   */
  constructor(data: TextModelWeights, columns: readonly L[], order: readonly L[], name = 'text model') {
    this.options = data.options;
    this.order = order;
    this.k = columns.length;
    this.column = Int32Array.from(order, (label) => columns.indexOf(label));
    const idBytes = decodeBase64(data.features);
    const n = idBytes.length >> 2;
    this.featureCount = n;
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      ids[i] = idBytes[4 * i]! | (idBytes[4 * i + 1]! << 8) | (idBytes[4 * i + 2]! << 16) | (idBytes[4 * i + 3]! << 24);
    }
    const q = decodeBase64(data.weights);
    if (q.length !== n * this.k) throw new Error(`${name}: ${q.length} weights for ${n} features × ${this.k} classes`);
    this.weights = new Int8Array(q.buffer, q.byteOffset, q.length);
    this.scale = data.scale;
    this.bias = Float64Array.from(data.bias);
    let size = 16;
    while (size < n * 2) size <<= 1;
    this.slotMask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let r = 0; r < n; r++) {
      let s = (Math.imul(ids[r]!, 0x9e3779b1) >>> 0) & this.slotMask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.slotMask;
      this.slots[2 * s] = ids[r]! + 1;
      this.slots[2 * s + 1] = r;
      this.maybeKnown[(ids[r]! & FILTER_MASK) >>> 5] |= 1 << (ids[r]! & 31);
    }
    this.acc = new Float64Array(n);
    this.firstZone = new Int8Array(n);
    this.firstStart = new Int32Array(n);
    this.firstEnd = new Int32Array(n);
    this.z = new Float64Array(this.k);
    this.expScratch = new Float64Array(this.k);
  }

  /** Rows touched by the message being scored. */
  private touchedCount = 0;
  /** Content words of the message, and how many of them the model knows (as a word or by prefix). */
  private contentWords = 0;
  private knownWords = 0;
  private unknownWordAt = -1;
  /** Adds one feature occurrence (created once: no closure per message). */
  private readonly sink = (feature: number, weight: number, _zone: number, start: number, end: number, type: number): void => {
    if (type === TYPE_WORD && end - start >= CONTENT_WORD) {
      this.contentWords++;
      this.unknownWordAt = start; // known once its word or prefix feature is found below
    }
    // open addressing, inlined (this runs for every word of every message the model reads)
    if ((this.maybeKnown[(feature & FILTER_MASK) >>> 5]! & (1 << (feature & 31))) === 0) return;
    const slots = this.slots;
    const mask = this.slotMask;
    let s = (Math.imul(feature, 0x9e3779b1) >>> 0) & mask;
    let k = slots[2 * s]!;
    while (k !== feature + 1) {
      if (k === 0) return;
      s = (s + 1) & mask;
      k = slots[2 * s]!;
    }
    if (start === this.unknownWordAt && (type === TYPE_WORD || type === TYPE_PREFIX)) {
      this.knownWords++;
      this.unknownWordAt = -1;
    }
    const r = slots[2 * s + 1]!;
    const acc = this.acc;
    if (acc[r] === 0) {
      if (this.touchedCount >= MAX_TOUCHED) return;
      this.touched[this.touchedCount++] = r;
      // (where the row was first found is worked out only when evidence is asked for: see `placeRows`)
    }
    acc[r] += weight;
  };
  /** `firstZone`, `firstStart` and `firstEnd` hold the rows touched by the message last scored. */
  private placed = false;
  /** Records where each touched row was first found (its first feature occurrence, as {@link sink} met them). */
  private readonly place = (feature: number, _weight: number, zone: number, start: number, end: number): void => {
    if ((this.maybeKnown[(feature & FILTER_MASK) >>> 5]! & (1 << (feature & 31))) === 0) return;
    const slots = this.slots;
    const mask = this.slotMask;
    let s = (Math.imul(feature, 0x9e3779b1) >>> 0) & mask;
    let k = slots[2 * s]!;
    while (k !== feature + 1) {
      if (k === 0) return;
      s = (s + 1) & mask;
      k = slots[2 * s]!;
    }
    const r = slots[2 * s + 1]!;
    // a touched row has a non-zero value; one not yet placed has firstStart -1 (set in `placeRows`)
    if (this.acc[r] === 0 || this.firstStart[r] !== -1) return;
    this.firstZone[r] = zone;
    this.firstStart[r] = start;
    this.firstEnd[r] = end;
  };

  /** Fills where each row touched by the message last collected was first found (for {@link evidence}). */
  private placeRows(zones: MessageZones, channel: Channel): void {
    if (this.placed) return;
    for (let t = 0; t < this.touchedCount; t++) this.firstStart[this.touched[t]!] = -1;
    visitMessageFeatures(zones, channel, this.options, this.place);
    this.placed = true;
  }
  private readonly z: Float64Array;
  private readonly expScratch: Float64Array;

  /** Sums the message's known features into `acc` (sqrt term weights, unit length, as in training). */
  private collect(zones: MessageZones, channel: Channel): number {
    this.clear();
    visitMessageFeatures(zones, channel, this.options, this.sink);
    const { acc, touched } = this;
    const n = this.touchedCount;
    let norm = 0;
    for (let t = 0; t < n; t++) {
      const r = touched[t]!;
      const x = Math.sqrt(acc[r]!);
      acc[r] = x;
      norm += x * x;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let t = 0; t < n; t++) acc[touched[t]!]! *= inv;
    return n;
  }

  private logits(touched: number): Float64Array {
    const { k, weights, acc, z } = this;
    const rows = this.touched;
    if (k === 10) {
      // the shipped model has ten kinds: accumulate in locals (about twice as fast as the loop below)
      let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0, z8 = 0, z9 = 0;
      for (let t = 0; t < touched; t++) {
        const r = rows[t]!;
        const x = acc[r]!;
        const b = r * 10;
        z0 += x * weights[b]!;
        z1 += x * weights[b + 1]!;
        z2 += x * weights[b + 2]!;
        z3 += x * weights[b + 3]!;
        z4 += x * weights[b + 4]!;
        z5 += x * weights[b + 5]!;
        z6 += x * weights[b + 6]!;
        z7 += x * weights[b + 7]!;
        z8 += x * weights[b + 8]!;
        z9 += x * weights[b + 9]!;
      }
      z[0] = z0; z[1] = z1; z[2] = z2; z[3] = z3; z[4] = z4; z[5] = z5; z[6] = z6; z[7] = z7; z[8] = z8; z[9] = z9;
    } else {
      z.fill(0);
      for (let t = 0; t < touched; t++) {
        const r = rows[t]!;
        const x = acc[r]!;
        const base = r * k;
        for (let j = 0; j < k; j++) z[j] += x * weights[base + j]!;
      }
    }
    for (let j = 0; j < k; j++) z[j] = this.bias[j]! + z[j]! * this.scale;
    return z;
  }

  private clear(): void {
    this.placed = false;
    for (let t = 0; t < this.touchedCount; t++) this.acc[this.touched[t]!] = 0;
    this.touchedCount = 0;
    this.contentWords = 0;
    this.knownWords = 0;
    this.unknownWordAt = -1;
  }

  /** The probability of every class for a message (a softmax over the model's classes). */
  score(zones: MessageZones, channel: Channel): TextScores<L> {
    const touched = this.collect(zones, channel);
    const scores = this.toScores(this.logits(touched));
    this.last = { zones, channel, scores };
    return scores;
  }

  private toScores(z: Float64Array): TextScores<L> {
    const k = this.k;
    const e = this.expScratch;
    let max = -Infinity;
    for (let j = 0; j < k; j++) if (z[j]! > max) max = z[j]!;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      e[j] = Math.exp(z[j]! - max);
      sum += e[j]!;
    }
    const kinds = this.order;
    const probabilities = new Float64Array(kinds.length);
    const wordLogits = new Float64Array(kinds.length);
    let best: L = kinds[0]!;
    let bestProbability = -1;
    for (let i = 0; i < kinds.length; i++) {
      const c = this.column[i]!;
      const p = c < 0 ? 0 : e[c]! / sum;
      probabilities[i] = p;
      wordLogits[i] = c < 0 ? -Infinity : z[c]! - this.bias[c]!;
      if (p > bestProbability) {
        best = kinds[i]!;
        bestProbability = p;
      }
    }
    const known = this.contentWords > 0 ? this.knownWords / this.contentWords : 0;
    return { probabilities, wordLogits, best, bestProbability, known, words: this.contentWords };
  }

  /**
   * The words and phrases that pushed the model most towards `label` (against its other classes),
   * strongest first, at most `limit`, none overlapping another, each passing `accept`.
   */
  evidence(zones: MessageZones, channel: Channel, label: L, limit = 3, accept: (e: KindEvidence) => boolean = () => true): KindEvidence[] {
    const i = this.order.indexOf(label);
    const c = i < 0 ? -1 : this.column[i]!;
    if (c < 0) return [];
    // usually the message was just scored: its features are still collected
    const last = this.last;
    const scores = last !== null && last.zones === zones && last.channel === channel ? last.scores : this.score(zones, channel);
    const touched = this.touchedCount;
    this.placeRows(zones, channel);
    const { k, weights, acc } = this;
    const p = new Float64Array(k);
    this.order.forEach((_label, j) => {
      const col = this.column[j]!;
      if (col >= 0) p[col] = scores.probabilities[j]!;
    });
    const candidates: KindEvidence[] = [];
    for (let t = 0; t < touched; t++) {
      const r = this.touched[t]!;
      if (this.firstZone[r]! < 0) continue; // the channel is not a word
      const base = r * k;
      let expected = 0;
      for (let j = 0; j < k; j++) expected += p[j]! * weights[base + j]!;
      const contribution = acc[r]! * (weights[base + c]! - expected) * this.scale;
      if (contribution > 0) candidates.push({ zone: this.firstZone[r]!, start: this.firstStart[r]!, end: this.firstEnd[r]!, contribution });
    }
    candidates.sort((a, b) => b.contribution - a.contribution || a.zone - b.zone || a.start - b.start);
    const out: KindEvidence[] = [];
    for (const e of candidates) {
      if (out.some((o) => o.zone === e.zone && o.start < e.end && e.start < o.end)) continue;
      if (!accept(e)) continue;
      out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** The kind model: a text model over the kinds, with the thresholds it decides by. */
export class KindModel extends TextModel<Kind> {
  readonly data: KindModelData;

  constructor(data: KindModelData) {
    super(data, data.kinds, KINDS, 'kind model');
    this.data = data;
  }
}
