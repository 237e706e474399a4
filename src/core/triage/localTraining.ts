import type { SvarstidConfig } from '../config/schema';
import { LOCAL_MODEL_VERSION, type LocalAccuracy, type LocalHead, type TrainedLocalModel } from '../config/localModelSchema';
import { addressOf, type MailMessage } from '../message';
import { KINDS, type Kind } from '../vocabulary';
import { channelEvidence } from './channel';
import { defaultKindModel } from './defaultKindModel';
import { storableWords } from './localFeatures';
import { LocalModel } from './localModel';
import { messageZones } from './zones';
import { triageWithModel } from './index';
import type { TriageResult } from './types';

/**
 * Learning the local model (`localModel.ts`) from a mailbox's corrections — the messages people
 * labelled by hand (`source: "manual"` records; never `auto` ones) — and checking it by k-fold
 * cross-validation on those corrections. Pure and deterministic: the same corrections give the
 * same model, whatever order they come in.
 *
 * Training keeps no text: a head's vocabulary is the storable words (`localFeatures.ts`) that at
 * least two different writers used in corrections that changed the default's answer on that head
 * (kind or department), at most `maxWords` of them, and the stored model is the weights of those
 * words. Corrections that confirm the default still teach how far the default is right, and pull
 * those words' weights back where the default was right despite them.
 */

/** One correction: a message and what a person decided it is. */
export interface Correction {
  message: MailMessage;
  kind: Kind;
  department: string;
}

export interface LocalTrainingParams {
  /** Word-start length (0 = whole words only). */
  prefix: number;
  /**
   * L2 strength (a Gaussian prior's precision) on the summed loss: the fewer the corrections, the
   * more it holds the weights back.
   */
  l2: number;
  iterations: number;
  /** A word is learnt for a head only when this many different writers used it in corrections that changed the default's answer on that head. */
  minWriters: number;
  /** Vocabulary cap (most used words first). */
  maxWords: number;
  /**
   * Of the corrections that changed the default's answer and hold a word, at least this share must
   * agree on one answer for the word to be learnt: a word of every message (the municipality's own
   * name, a wrapper's or an e-service's words) points nowhere, and learning it would let it decide.
   */
  minAgreement: number;
  /** Probability the model needs to replace a default decision that had evidence (a fallback gives way to a likelier answer). */
  threshold: number;
  /** How much more (logit) the message's words must say for the model's class than for the default's. */
  margin: number;
  /** Further margin per unit of the rules' evidence for the default's answer. */
  ruleMargin: number;
  /** Most the default's own class is favoured for being right more often in the mailbox than among the corrections. */
  maxKeep: number;
}

export const DEFAULT_LOCAL_PARAMS: LocalTrainingParams = {
  prefix: 5,
  l2: 0.1,
  iterations: 100,
  minWriters: 2,
  maxWords: 1000,
  minAgreement: 0.6,
  threshold: 0.75,
  margin: 1,
  ruleMargin: 2,
  maxKeep: 2,
};

/** Fewer corrections than this teach nothing reliable: `learn` fits no model. */
export const MIN_CORRECTIONS = 10;
/** At most this many corrections are used (the newest). */
export const MAX_CORRECTIONS = 2000;
/** Cross-validation folds (fewer when there are fewer corrections). */
export const CV_FOLDS = 5;
/** Weights are stored rounded to this many decimals. */
const DECIMALS = 2;
/** A word none of whose weights reaches this is left out of the stored model (it would change no decision). */
const MIN_STORED = 0.05;

interface Example {
  words: Map<string, number>;
  writer: string;
  kind: Kind;
  department: string;
  /** What the default triage decided. */
  defaultKind: Kind;
  defaultDepartment: string;
}

/** Who wrote a message, to count writers (kept in memory while learning, never stored). */
function writerOf(message: MailMessage, index: number): string {
  const replyTo = addressOf(message.replyTo?.[0]);
  if (replyTo) return replyTo;
  const from = addressOf(message.from) || addressOf(message.sender);
  // gateways (SMS, voicemail, scanner, e-service) send everyone's messages: each is its own writer
  if (!from || /^(no-?reply|sms|voicemail|vaxel|växel|skanner|scan|e-?tjanst)/i.test(from)) return `#${index}`;
  return from;
}

function toExample(c: Correction, config: SvarstidConfig, prefix: number, index: number, byDefault: TriageResult): Example {
  const channel = channelEvidence(c.message, config.triage.channelMarkers);
  const zones = messageZones(c.message, channel.channel, channel.subjectPrefixLength);
  return {
    words: storableWords(zones, channel.channel, prefix),
    writer: writerOf(c.message, index),
    kind: c.kind,
    department: c.department,
    defaultKind: byDefault.kind,
    defaultDepartment: byDefault.department,
  };
}

/**
 * A head's words: those that at least `minWriters` writers used in corrections that changed the
 * default's answer on that head (`wrong`) — a pattern in what people corrected, not words of
 * every message (those would let the model overrule a sound default on generic evidence) —
 * most used first (ties alphabetically), at most `maxWords`.
 */
function vocabularyOf(
  examples: readonly Example[],
  params: LocalTrainingParams,
  wrong: (e: Example) => boolean,
  answer: (e: Example) => string,
): string[] {
  const writers = new Map<string, Set<string>>();
  const documents = new Map<string, number>();
  // per word, how many corrections that changed the answer named each answer
  const answers = new Map<string, Map<string, number>>();
  for (const e of examples) {
    const corrected = wrong(e);
    for (const w of e.words.keys()) {
      documents.set(w, (documents.get(w) ?? 0) + 1);
      if (!corrected) continue;
      let set = writers.get(w);
      if (!set) writers.set(w, (set = new Set()));
      set.add(e.writer);
      let named = answers.get(w);
      if (!named) answers.set(w, (named = new Map()));
      named.set(answer(e), (named.get(answer(e)) ?? 0) + 1);
    }
  }
  const agrees = (w: string): boolean => {
    const named = [...answers.get(w)!.values()];
    const total = named.reduce((a, b) => a + b, 0);
    return Math.max(...named) >= params.minAgreement * total;
  };
  return [...writers.entries()]
    .filter(([w, set]) => set.size >= params.minWriters && agrees(w))
    .map(([w]) => w)
    .sort((a, b) => documents.get(b)! - documents.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, params.maxWords);
}

interface TrainingRow {
  index: Int32Array;
  value: Float64Array;
  label: number;
}

/**
 * A multinomial logistic regression (summed cross-entropy + l2/2 ‖W‖²), full-batch Adam from
 * zero: deterministic. Features are the vocabulary's words, then one per decision of the default
 * triage (`given`), so the model learns how far the default is right as well as the words. No
 * free bias: the classes' shares among corrections are not the mailbox's (they are what the
 * default gets wrong), and a bias would take from the words what they explain (a word used in
 * most corrections, like a facility's name, is exactly what is to be learnt).
 */
function fitHead<T extends string>(
  rows: TrainingRow[],
  classes: readonly T[],
  vocabulary: readonly string[],
  given: readonly string[],
  params: LocalTrainingParams,
  keep: number,
): (Omit<LocalHead, 'classes'> & { classes: T[] }) | null {
  const k = classes.length;
  const v = vocabulary.length + given.length;
  const n = rows.length;
  if (k < 2 || n === 0) return null;
  // rows as one compressed sparse matrix (fewer object reads in the hot loop)
  const rowStart = new Int32Array(n + 1);
  rows.forEach((r, i) => (rowStart[i + 1] = rowStart[i]! + r.index.length));
  const cols = new Int32Array(rowStart[n]!);
  const vals = new Float64Array(rowStart[n]!);
  const labels = Int32Array.from(rows, (r) => r.label);
  rows.forEach((r, i) => {
    cols.set(r.index, rowStart[i]!);
    vals.set(r.value, rowStart[i]!);
  });
  const W = new Float64Array(v * k);
  const gW = new Float64Array(v * k);
  const mW = new Float64Array(v * k);
  const sW = new Float64Array(v * k);
  const z = new Float64Array(k);
  const rate = 0.1;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const l2 = params.l2 / n; // on the mean loss
  const inv = 1 / n;
  for (let it = 1; it <= params.iterations; it++) {
    gW.fill(0);
    for (let r = 0; r < n; r++) {
      const from = rowStart[r]!;
      const to = rowStart[r + 1]!;
      z.fill(0);
      for (let j = from; j < to; j++) {
        const base = cols[j]! * k;
        const x = vals[j]!;
        for (let c = 0; c < k; c++) z[c] += x * W[base + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < k; c++) sum += (z[c] = Math.exp(z[c]! - max));
      const label = labels[r]!;
      for (let c = 0; c < k; c++) z[c] = (z[c]! / sum - (c === label ? 1 : 0)) * inv;
      for (let j = from; j < to; j++) {
        const base = cols[j]! * k;
        const x = vals[j]!;
        for (let c = 0; c < k; c++) gW[base + c] += z[c]! * x;
      }
    }
    const c1 = 1 / (1 - beta1 ** it);
    const c2 = 1 / (1 - beta2 ** it);
    for (let p = 0; p < W.length; p++) {
      const g = gW[p]! + l2 * W[p]!;
      if (g === 0 && mW[p] === 0) continue; // a feature no row has and no weight: stays zero
      const m = (mW[p] = beta1 * mW[p]! + (1 - beta1) * g);
      const s = (sW[p] = beta2 * sW[p]! + (1 - beta2) * g * g);
      W[p] -= (rate * m * c1) / (Math.sqrt(s * c2) + 1e-8);
    }
  }
  const unit = 10 ** DECIMALS;
  const round = (x: number): number => Math.round(x * unit) / unit || 0;
  const rowOf = (i: number) => Array.from(W.subarray(i * k, (i + 1) * k), round);
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((word, i) => {
    const row = rowOf(i);
    if (row.some((x) => Math.abs(x) >= MIN_STORED)) weights[word] = row;
  });
  const defaults: Record<string, number[]> = {};
  given.forEach((value, i) => (defaults[value] = rowOf(vocabulary.length + i)));
  return { classes: [...classes], defaults, weights, threshold: params.threshold, margin: params.margin, ruleMargin: params.ruleMargin, keep: round(keep) };
}

function rowsFor(examples: readonly Example[], index: ReadonlyMap<string, number>, given: (e: Example) => number, label: (e: Example) => number): TrainingRow[] {
  return examples.map((e) => {
    const pairs = [...e.words].filter(([w]) => index.has(w)).map(([w, x]) => [index.get(w)!, x] as const);
    pairs.push([given(e), 1]);
    pairs.sort((a, b) => a[0] - b[0]);
    return { index: Int32Array.from(pairs, (p) => p[0]), value: Float64Array.from(pairs, (p) => p[1]), label: label(e) };
  });
}

/** Departments a kind always goes to (then the correction says nothing about the words' department). */
function forcedKinds(config: SvarstidConfig): Set<Kind> {
  return new Set<Kind>(['ej_arende', ...(Object.keys(config.triage.kindDepartments) as Kind[])]);
}

/**
 * How much more the default is to be trusted than the corrections show (see `keep` in the
 * schema): corrections over-represent its mistakes. Among `n` corrections it was right `right`
 * times; in the mailbox, `population` messages were labelled and at most the `n - right`
 * corrected ones were wrong (a conservative estimate: every mistake not corrected counts as right).
 */
function keepOf(right: number, n: number, population: number, max: number): number {
  const logit = (p: number) => Math.log(p / (1 - p));
  const sample = (right + 0.5) / (n + 1);
  const mailbox = 1 - (n - right + 0.5) / (Math.max(population, n) + 1);
  return Math.min(max, Math.max(0, logit(mailbox) - logit(sample)));
}

function fitExamples(
  examples: readonly Example[],
  config: SvarstidConfig,
  params: LocalTrainingParams,
  population: number,
  meta: Omit<TrainedLocalModel, 'prefix' | 'kind' | 'department'>,
): TrainedLocalModel {
  const n = examples.length;
  const kindVocabulary = vocabularyOf(examples, params, (e) => e.kind !== e.defaultKind, (e) => e.kind);
  const kindIndex = new Map(kindVocabulary.map((w, i) => [w, i]));
  // a head's classes: what people chose and what the default had decided (so "the default was right" is a class)
  const kinds = KINDS.filter((k) => examples.some((e) => e.kind === k || e.defaultKind === k));
  const givenKinds = KINDS.filter((k) => examples.some((e) => e.defaultKind === k));
  const kind = fitHead(
    rowsFor(examples, kindIndex, (e) => kindVocabulary.length + givenKinds.indexOf(e.defaultKind), (e) => kinds.indexOf(e.kind)),
    kinds,
    kindVocabulary,
    givenKinds,
    params,
    keepOf(examples.filter((e) => e.kind === e.defaultKind).length, n, population, params.maxKeep),
  );
  const forced = forcedKinds(config);
  const known = new Set(config.departments.map((d) => d.id));
  // the department head learns from messages whose department the words decide (not one the kind forces)
  const placed = examples.filter((e) => !forced.has(e.kind) && !forced.has(e.defaultKind) && known.has(e.department));
  const ids = config.departments.map((d) => d.id);
  const departments = ids.filter((d) => placed.some((e) => e.department === d || e.defaultDepartment === d));
  const givenDepartments = ids.filter((d) => placed.some((e) => e.defaultDepartment === d));
  const departmentVocabulary = vocabularyOf(placed, params, (e) => e.department !== e.defaultDepartment, (e) => e.department);
  const departmentIndex = new Map(departmentVocabulary.map((w, i) => [w, i]));
  const department = fitHead(
    rowsFor(placed, departmentIndex, (e) => departmentVocabulary.length + givenDepartments.indexOf(e.defaultDepartment), (e) => departments.indexOf(e.department)),
    departments,
    departmentVocabulary,
    givenDepartments,
    params,
    keepOf(
      placed.filter((e) => e.department === e.defaultDepartment).length,
      placed.length,
      Math.round((population * placed.length) / Math.max(n, 1)),
      params.maxKeep,
    ),
  );
  return { ...meta, prefix: params.prefix, kind, department };
}

/** The configuration without its local model (what "the default" means here). */
export function withoutLocalModel(config: SvarstidConfig): SvarstidConfig {
  if (config.triage.localModel === undefined) return config; // the same object: its compiled rules are reused
  const { localModel: _dropped, ...triage } = config.triage;
  return { ...config, triage };
}

/** The configuration with a learnt model in `triage.localModel` (switched on, as `learn` stores it). */
export function withLocalModel(config: SvarstidConfig, trained: TrainedLocalModel, enabled = true): SvarstidConfig {
  return { ...config, triage: { ...config.triage, localModel: { version: LOCAL_MODEL_VERSION, enabled, trained } } };
}

/** Corrections in a fixed order (time, then id), the newest {@link MAX_CORRECTIONS}. */
function ordered(corrections: readonly Correction[]): Correction[] {
  const key = (c: Correction) => `${c.message.receivedDateTime}\u0000${c.message.id ?? ''}`;
  return [...corrections].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(-MAX_CORRECTIONS);
}

function kindModelOf(config: SvarstidConfig) {
  return config.triage.kindModel ? defaultKindModel() : null;
}

function count(results: readonly TriageResult[], corrections: readonly Correction[], hits: { kind: number; department: number; both: number }): void {
  results.forEach((t, i) => {
    const c = corrections[i]!;
    const kind = t.kind === c.kind;
    const department = t.department === c.department;
    hits.kind += kind ? 1 : 0;
    hits.department += department ? 1 : 0;
    hits.both += kind && department ? 1 : 0;
  });
}

function share(hits: { kind: number; department: number; both: number }, n: number): LocalAccuracy {
  const r = (x: number) => (n === 0 ? 0 : Math.round((x / n) * 10000) / 10000);
  return { kind: r(hits.kind), department: r(hits.department), both: r(hits.both) };
}

/** What learning found: the model (null when there was too little to learn) and its cross-validated effect. */
export interface LocalLearning {
  /** Corrections used. */
  corrections: number;
  folds: number;
  /** Accuracy on the corrections of the default triage, and of the default with the local model (k-fold). */
  before: LocalAccuracy;
  after: LocalAccuracy;
  /** The model learnt from all corrections; null with fewer than {@link MIN_CORRECTIONS} or nothing to learn. */
  trained: TrainedLocalModel | null;
  /** The model does not make the corrections' cross-validated accuracy worse, on kind, department or both. */
  noWorse: boolean;
}

/** What {@link learnLocalModel} takes besides the corrections and the configuration. */
export interface LearnOptions {
  now: Date;
  /**
   * How many messages of the mailbox the default labelled over the time the corrections come
   * from (the corrections included); default: only the corrections. The more messages nobody
   * needed to correct, the more the default is trusted.
   */
  population?: number;
  params?: Partial<LocalTrainingParams>;
  folds?: number;
}

/**
 * Learns a local model from corrections on top of `config` (its own local model, if any, is set
 * aside) and cross-validates it: corrections in time order, fold i holds every k-th one; each
 * fold is decided by a model learnt without it. The model stored is learnt from all of them.
 */
export function learnLocalModel(input: readonly Correction[], config: SvarstidConfig, options: LearnOptions): LocalLearning {
  const steps = learningSteps(input, config, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link learnLocalModel} in steps: the generator pauses after each model it fits (a fold, then
 * the whole), so a caller that must stay responsive (the continuous worker answering webhooks)
 * can let other work run in between. Its return value is the learning.
 */
export function* learningSteps(input: readonly Correction[], config: SvarstidConfig, options: LearnOptions): Generator<void, LocalLearning, void> {
  const params = { ...DEFAULT_LOCAL_PARAMS, ...options.params };
  const base = withoutLocalModel(config);
  const kindModel = kindModelOf(base);
  const corrections = ordered(input);
  const n = corrections.length;
  const byDefault = corrections.map((c) => triageWithModel(c.message, base, kindModel, null));
  const beforeHits = { kind: 0, department: 0, both: 0 };
  count(byDefault, corrections, beforeHits);
  const before = share(beforeHits, n);
  if (n < MIN_CORRECTIONS) return { corrections: n, folds: 0, before, after: before, trained: null, noWorse: true };

  const examples = corrections.map((c, i) => toExample(c, base, params.prefix, i, byDefault[i]!));
  const population = Math.max(options.population ?? n, n);
  const k = Math.min(options.folds ?? CV_FOLDS, n);
  const afterHits = { kind: 0, department: 0, both: 0 };
  const at = options.now.toISOString();
  for (let f = 0; f < k; f++) {
    yield;
    const train = examples.filter((_, i) => i % k !== f);
    const test = corrections.filter((_, i) => i % k === f);
    const fold = fitExamples(train, base, params, Math.round((population * train.length) / n), { at, corrections: train.length, folds: 0, accuracy: { before, after: before } });
    const local = fold.kind === null && fold.department === null ? null : new LocalModel(fold);
    count(
      test.map((c) => triageWithModel(c.message, base, kindModel, local)),
      test,
      afterHits,
    );
  }
  yield;
  const after = share(afterHits, n);
  const trained = fitExamples(examples, base, params, population, { at, corrections: n, folds: k, accuracy: { before, after } });
  const noWorse = after.kind >= before.kind && after.department >= before.department && after.both >= before.both;
  const learnt = trained.kind !== null || trained.department !== null;
  return { corrections: n, folds: k, before, after, trained: learnt ? trained : null, noWorse };
}
