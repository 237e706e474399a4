import type { Channel } from '../vocabulary';
import { FEATURE_TYPE, visitKindFeatures, type FeatureVisitor, type KindFeatureOptions } from './kindFeatures';
import type { MessageZones } from './zones';

/**
 * The features of the message being triaged (`kindFeatures.ts`), visited once and kept, so the
 * concern model, the kind model and the local model each read them without walking the text
 * again. The visit is recorded in reusable typed arrays and replayed in the same order; a model
 * that reads no bigrams gets the recording without them (the other features do not depend on
 * bigrams). Only the last message is kept: triage is synchronous, one message at a time.
 */

/** The recording: what was visited, and with which options. */
let zonesOf: MessageZones | null = null;
let channelOf: Channel | null = null;
let prefixOf = -1;
let suffixOf = -1;
let bigramsOf = false;
let length = 0;

let feature = new Int32Array(1024);
let weight = new Float64Array(1024);
let zone = new Int8Array(1024);
let start = new Int32Array(1024);
let end = new Int32Array(1024);
let type = new Uint8Array(1024);

function grow(): void {
  const size = feature.length * 2;
  const more = <T extends Int32Array | Float64Array | Int8Array | Uint8Array>(old: T, make: (n: number) => T): T => {
    const grown = make(size);
    grown.set(old);
    return grown;
  };
  feature = more(feature, (n) => new Int32Array(n));
  weight = more(weight, (n) => new Float64Array(n));
  zone = more(zone, (n) => new Int8Array(n));
  start = more(start, (n) => new Int32Array(n));
  end = more(end, (n) => new Int32Array(n));
  type = more(type, (n) => new Uint8Array(n));
}

/** Adds one feature occurrence to the recording (created once: no closure per message). */
const record: FeatureVisitor = (f, w, z, s, e, t) => {
  if (length === feature.length) grow();
  feature[length] = f;
  weight[length] = w;
  zone[length] = z;
  start[length] = s;
  end[length] = e;
  type[length] = t;
  length++;
};

const BIGRAM = FEATURE_TYPE.bigram;

/**
 * Calls `visit` for every feature occurrence of a message exactly as {@link visitKindFeatures}
 * does, from the recording when the same message was visited last with options that cover these.
 */
export function visitMessageFeatures(zones: MessageZones, channel: Channel, options: KindFeatureOptions, visit: FeatureVisitor): void {
  const covered =
    zones === zonesOf && channel === channelOf && options.prefix === prefixOf && options.suffix === suffixOf && (bigramsOf || !options.bigrams);
  if (!covered) {
    zonesOf = null; // (a visitor that throws leaves no half recording behind)
    length = 0;
    visitKindFeatures(zones, channel, options, record);
    zonesOf = zones;
    channelOf = channel;
    prefixOf = options.prefix;
    suffixOf = options.suffix;
    bigramsOf = options.bigrams;
  }
  const skipBigrams = bigramsOf && !options.bigrams;
  const n = length;
  for (let i = 0; i < n; i++) {
    const t = type[i]!;
    if (skipBigrams && t === BIGRAM) continue;
    visit(feature[i]!, weight[i]!, zone[i]!, start[i]!, end[i]!, t);
  }
}
