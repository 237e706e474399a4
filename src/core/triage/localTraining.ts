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
import { prng as random } from '../random';

/**
 * Learning the local model (`localModel.ts`) from a mailbox's corrections — the messages people
 * labelled by hand (`source: "manual"` records; never `auto` ones) — and checking it by
 * leave-one-out cross-validation on those corrections. Pure and deterministic: the same
 * corrections give the same model, whatever order they come in.
 *
 * Each head (kind, department) is learnt by counting, naive Bayes in log-odds form: a word's
 * weight for an answer is how much it raised that answer's odds among the corrections. A head's
 * vocabulary is the storable words (`localFeatures.ts`, never an address, number or digit) that
 * at least two writers used with one answer, that mostly (60 %) come with that answer and raise
 * its odds clearly (`minLift`), at most `maxWords` — and that pass their own test: in the word's
 * own leave-one-out ({@link carryOver}) it fixes at least `wordGate` of the default's mistakes and
 * breaks none of the decisions people confirmed, and it fixes more than chance does
 * ({@link minFixesFor}: the answers shuffled over the messages). The kind head's words need three
 * writers of corrections that changed the kind.
 *
 * The gate per head: the default and the default with the model are compared on the same folds
 * (leave-one-out up to {@link CV_FOLDS} corrections, each fold's model learnt with the same tests),
 * and a head is kept when it learnt a word and gets at least `minGain` (0: not fewer) more of its
 * own field right there. Before the per-word tests, a model stored when cross-validation showed no
 * loss acted on words two corrections shared by chance, which cross-validation cannot test, and
 * made held-out department routing worse (Norrsund 97.3 → 94.7 %, Rönnvik 84.3 → 81.4 % on the
 * second halves); a head-level gain gate then stored nothing on any held-out inbox.
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
  /** A word is learnt only when this many different writers used it in corrections with the answer it points to. */
  minWriters: number;
  /**
   * The same for the kind: a kind is said in the language every municipality shares, which the
   * rules and the kind model read already; a local word for a kind needs more writers.
   */
  kindMinWriters: number;
  /** Vocabulary cap per head (most used words first). */
  maxWords: number;
  /**
   * Of the corrections that hold a word, at least this share must agree on one answer for the word
   * to be learnt: a word of every message (the municipality's own name, a wrapper's or an
   * e-service's words) points nowhere, and learning it would let it decide.
   */
  minAgreement: number;
  /**
   * Pseudo-corrections with which a word's answers are pulled towards the corrections' overall
   * shares: a word seen twice says less than one seen ten times.
   */
  shrink: number;
  /** The most (logit) one word may say for or against an answer. */
  maxWeight: number;
  /**
   * A word is learnt only when it raises the odds of its answer by at least this much (logit):
   * a word that merely comes with the mailbox's most common answer (the municipality's name in
   * an inbox of mostly one department's matters) is no evidence.
   */
  minLift: number;
  /** Probability the model needs to replace a default decision that had evidence (a fallback gives way to a likelier answer). */
  threshold: number;
  /** How much more (logit) the message's words must say for the model's class than for the default's. */
  margin: number;
  /** Further margin per unit of the rules' evidence for the default's answer. */
  ruleMargin: number;
  /** Most the default's own class is favoured for being right more often in the mailbox than among the corrections. */
  maxKeep: number;
  /**
   * A head is kept only when, in cross-validation on the same folds, it gets at least this many
   * more corrections right on its own field than the default (0: not fewer; its words have passed
   * their own leave-one-out and the bar of chance).
   */
  minGain: number;
  /**
   * A word is learnt only when its own leave-one-out ({@link carryOver}) fixes at least this many
   * corrections and breaks none (0: no such test).
   */
  wordGate: number;
  /**
   * The name gate (department only; 0: none): a word written as a name (`writtenAsName`, *på
   * Getryggen*) by at least this many writers is learnt as one of the mailbox's own names when
   * every correction holding it names one department and at least one of them corrected the
   * default to it — without the word's own leave-one-out, which two corrections cannot pass. A
   * name may then overrule weaker rule evidence than other words (`localModel.ts`).
   */
  nameWriters: number;
  /** Rounds of the test of chance ({@link minFixesFor}; 0: none). */
  chanceRounds: number;
  /** At most this many words learnt by chance for each word learnt from the corrections ({@link minFixesFor}). */
  chanceShare: number;
}

export const DEFAULT_LOCAL_PARAMS: LocalTrainingParams = {
  prefix: 5,
  minWriters: 2,
  kindMinWriters: 3,
  maxWords: 1000,
  minAgreement: 0.6,
  shrink: 2,
  maxWeight: 3,
  minLift: 1.5,
  threshold: 0.75,
  margin: 1,
  ruleMargin: 5,
  maxKeep: 2,
  minGain: 0,
  wordGate: 2,
  nameWriters: 2,
  chanceRounds: 20,
  chanceShare: 0.2,
};

/** Fewer corrections than this teach nothing reliable: `learn` fits no model. */
export const MIN_CORRECTIONS = 10;
/** At most this many corrections are used (the newest). */
export const MAX_CORRECTIONS = 2000;
/**
 * Cross-validation folds at most: up to this many corrections, leave-one-out (every correction is
 * decided by a model learnt from all the others), beyond it every k-th correction is a fold.
 */
export const CV_FOLDS = 50;
/** Weights are stored rounded to this many decimals. */
const DECIMALS = 2;
/** A word none of whose weights reaches this is left out of the stored model (it would change no decision). */
const MIN_STORED = 0.05;

interface Example {
  words: Map<string, number>;
  /** Words written as a name in the message. */
  names: ReadonlySet<string>;
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
  const names = new Set<string>();
  return {
    words: storableWords(zones, channel.channel, prefix, names),
    names,
    writer: writerOf(c.message, index),
    kind: c.kind,
    department: c.department,
    defaultKind: byDefault.kind,
    defaultDepartment: byDefault.department,
  };
}

/** How one head reads an example: the person's answer and the default's. */
interface HeadView {
  answer: (e: Example) => string;
  given: (e: Example) => string;
}

interface WordCounts {
  /** Corrections holding the word, per answer. */
  answers: Map<string, number>;
  documents: number;
  /** Per answer, the writers of the corrections holding the word. */
  writers: Map<string, Set<string>>;
  /** Per answer, the writers of corrections holding the word that changed the default's answer to it. */
  changed: Map<string, Set<string>>;
  /** Which corrections hold it (to find words that always come together). */
  signature: string;
  /** Per correction holding the word: the person's answer, the default's, and the writer (for the word's own leave-one-out). */
  items: { answer: string; given: string; writer: string }[];
  /** Writers who wrote it as a name. */
  nameWriters: Set<string>;
}

function countWords(examples: readonly Example[], view: HeadView): Map<string, WordCounts> {
  const counts = new Map<string, WordCounts>();
  const add = (map: Map<string, Set<string>>, key: string, writer: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(writer);
  };
  examples.forEach((e, i) => {
    const answer = view.answer(e);
    const changed = answer !== view.given(e);
    for (const w of e.words.keys()) {
      let c = counts.get(w);
      if (!c) counts.set(w, (c = { answers: new Map(), documents: 0, writers: new Map(), changed: new Map(), signature: '', items: [], nameWriters: new Set() }));
      c.documents++;
      c.answers.set(answer, (c.answers.get(answer) ?? 0) + 1);
      add(c.writers, answer, e.writer);
      if (changed) add(c.changed, answer, e.writer);
      c.signature += `${i},`;
      c.items.push({ answer, given: view.given(e), writer: e.writer });
      if (e.names.has(w)) c.nameWriters.add(e.writer);
    }
  });
  return counts;
}

/**
 * A word's own leave-one-out: each correction holding it is set aside in turn, and the word is
 * learnt again from the others (as `vocabularyOf` learns it: enough writers, enough agreement).
 * Where it would still be learnt and would change the default's answer to its own, the correction
 * shows what it does: a *fix* when the person chose that answer, a *break* when the default had
 * been right. A word that fixes nothing there has not carried over from some corrections to
 * others — nothing has tested it — and a word that breaks a confirmed decision is not the
 * mailbox's evidence for its answer.
 */
function carryOver(c: WordCounts, top: string, params: LocalTrainingParams): { fixes: number; breaks: number } {
  const perWriter = new Map<string, number>();
  let agreeing = 0;
  for (const x of c.items) {
    if (x.answer !== top) continue;
    agreeing++;
    perWriter.set(x.writer, (perWriter.get(x.writer) ?? 0) + 1);
  }
  let fixes = 0;
  let breaks = 0;
  for (const x of c.items) {
    if (x.given === top) continue; // the default already said it: the word changes nothing here
    const own = x.answer === top;
    const writers = perWriter.size - (own && perWriter.get(x.writer) === 1 ? 1 : 0);
    const agreement = (agreeing - (own ? 1 : 0)) / Math.max(c.documents - 1, 1);
    if (writers < params.minWriters || agreement < params.minAgreement) continue;
    if (own) fixes++;
    else if (x.given === x.answer) breaks++;
  }
  return { fixes, breaks };
}

/**
 * A head's words: those whose corrections mostly (`minAgreement`) name one answer and that at
 * least `minWriters` writers used with that answer, most used first (ties alphabetically), at most
 * `maxWords`; of words that always come together (a name and its word start), one. A word is a
 * *fallback word* unless `minWriters` writers used it in corrections that changed the default's
 * answer to its answer: it was learnt from messages the default already had right, and may only
 * decide where the rules found nothing — it cannot overrule a rule.
 */
/**
 * Whether a word may be learnt, before the test of chance: its answer (the one most of its
 * corrections name), and how many of the default's mistakes it fixed in its own leave-one-out
 * (-1: not learnable — too little agreement or lift, too few writers, or it broke a confirmed decision).
 */
function learnable(c: WordCounts, params: LocalTrainingParams, lift: (c: WordCounts, answer: string) => number): { top: string; fixes: number } {
  let top = '';
  let most = 0;
  for (const [a, n] of c.answers) if (n > most || (n === most && a < top)) [top, most] = [a, n];
  if (most < params.minAgreement * c.documents || lift(c, top) < params.minLift) return { top, fixes: -1 };
  if ((c.writers.get(top)?.size ?? 0) < params.minWriters) return { top, fixes: -1 };
  if (params.wordGate <= 0) return { top, fixes: 0 };
  const { fixes, breaks } = carryOver(c, top, params);
  return { top, fixes: breaks > 0 ? -1 : fixes };
}

/**
 * The name gate (see `nameWriters`): whether a whole word is one of the mailbox's own names —
 * written as a name by enough writers, every correction holding it, or any word it starts with
 * (*Tallbackens*), naming one answer, and at least one of them a correction of the default to that
 * answer. Never a word start: `kvarn*` would also be *Kvarnskolan* and *kvarnvägen*.
 */
function isName(word: string, c: WordCounts, counts: ReadonlyMap<string, WordCounts>, params: LocalTrainingParams): boolean {
  if (params.nameWriters <= 0 || word.endsWith('*') || c.nameWriters.size < params.nameWriters || c.answers.size !== 1) return false;
  const start = params.prefix > 0 && word.length > params.prefix ? counts.get(`${word.slice(0, params.prefix)}*`) : undefined;
  if (start !== undefined && start.answers.size !== 1) return false;
  const [top] = c.answers.keys();
  return (c.changed.get(top!)?.size ?? 0) >= 1;
}

function vocabularyOf(
  counts: ReadonlyMap<string, WordCounts>,
  params: LocalTrainingParams,
  lift: (c: WordCounts, answer: string) => number,
  minFixes: number,
): { words: string[]; fallback: Set<string>; names: Set<string> } {
  const chosen: [string, WordCounts][] = [];
  const names = new Set<string>();
  for (const [w, c] of counts) {
    const name = isName(w, c, counts, params);
    if (!name && learnable(c, params, lift).fixes < minFixes) continue;
    chosen.push([w, c]);
    if (name) names.add(w);
  }
  // word starts first, so of a word and its word start (always together) the start stays: it also
  // covers inflections — except a name, which is kept whole (see isName)
  chosen.sort(
    ([a, ca], [b, cb]) =>
      cb.documents - ca.documents || Number(names.has(b)) - Number(names.has(a)) || Number(b.endsWith('*')) - Number(a.endsWith('*')) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const seen = new Set<string>();
  const words: string[] = [];
  const fallback = new Set<string>();
  for (const [w, c] of chosen) {
    // a word and its word start in the same corrections say one thing, once
    const key = `${w.replace('*', '').slice(0, params.prefix)}|${c.signature}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(w);
    let top = '';
    let most = 0;
    for (const [a, n] of c.answers) if (n > most || (n === most && a < top)) [top, most] = [a, n];
    if ((c.changed.get(top)?.size ?? 0) < params.minWriters && !names.has(w)) fallback.add(w);
    if (words.length >= params.maxWords) break;
  }
  return { words, fallback, names: new Set(words.filter((w) => names.has(w))) };
}

const logit = (p: number): number => Math.log(p / (1 - p));

/** Each answer's share among the corrections (one pseudo-correction per class). */
function sharesOf(examples: readonly Example[], classes: readonly string[], view: HeadView): Map<string, number> {
  const share = new Map<string, number>();
  for (const c of classes) share.set(c, (examples.filter((e) => view.answer(e) === c).length + 1) / (examples.length + classes.length));
  return share;
}

/** How much a word raises an answer's odds (logit, pulled towards the overall share, at most `maxWeight` either way). */
function liftOf(share: ReadonlyMap<string, number>, params: LocalTrainingParams): (c: WordCounts, cls: string) => number {
  return (c, cls) => {
    const p = share.get(cls)!;
    const q = ((c.answers.get(cls) ?? 0) + params.shrink * p) / (c.documents + params.shrink);
    return Math.max(-params.maxWeight, Math.min(params.maxWeight, logit(q) - logit(p)));
  };
}

/**
 * The test of chance: how many of the default's mistakes a word must fix, in its own leave-one-out,
 * to be the mailbox's evidence rather than chance. The corrections' answers (with the default's
 * answers and the writers) are shuffled over the messages `chanceRounds` times, so that words say
 * nothing; in each round the learnable words are counted by how many mistakes they seem to fix.
 * Among hundreds of words, some always agree on one answer by chance (two corrections share 'per'
 * or 'helt'), and the more mistakes of one answer the corrections hold, the more chance can fix.
 * The bar is the fewest fixes at which chance, on average over the rounds, gives at most
 * `chanceShare` as many words as the real corrections do: most words that clear it are the
 * mailbox's own (its facilities' names fix every mistake they are in). At least `wordGate`.
 */
function* minFixesFor(examples: readonly Example[], classes: readonly string[], view: HeadView, params: LocalTrainingParams): Generator<void, number, void> {
  if (params.wordGate <= 0) return 0;
  if (params.chanceRounds <= 0 || examples.length < 2) return params.wordGate;
  const share = sharesOf(examples, classes, view);
  const lift = liftOf(share, params);
  const fixesOf = (list: readonly Example[]): number[] => {
    const out: number[] = [];
    for (const c of countWords(list, view).values()) {
      const f = learnable(c, params, lift).fixes;
      if (f >= params.wordGate) out.push(f);
    }
    return out;
  };
  const real = fixesOf(examples);
  if (real.length === 0) return params.wordGate;
  const next = random(0x5eed + examples.length);
  const labels = examples.map((e) => ({ kind: e.kind, department: e.department, defaultKind: e.defaultKind, defaultDepartment: e.defaultDepartment, writer: e.writer }));
  const chance: number[] = [];
  for (let round = 0; round < params.chanceRounds; round++) {
    yield; // a round is a count over all corrections: the worker may answer webhooks in between
    // Fisher–Yates over the labels; the words stay with their messages
    const order = labels.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    chance.push(...fixesOf(examples.map((e, i) => ({ ...e, ...labels[order[i]!]! }))));
  }
  const most = Math.max(...real);
  for (let f = params.wordGate; f <= most; f++) {
    const observed = real.filter((x) => x >= f).length;
    const expected = chance.filter((x) => x >= f).length / params.chanceRounds;
    if (expected <= params.chanceShare * observed) return f;
  }
  return most + 1;
}

/**
 * The name gate's test of chance: two corrections that hold the same name name the same
 * department by chance about a quarter of the time, so among a mailbox's many names (villages,
 * streets, people) some pass the gate that say nothing. The corrections' answers (with the
 * default's; the writers stay with their messages) are shuffled over the messages `chanceRounds`
 * times and the names the gate passes counted: the mailbox's names are learnt only when chance
 * gives, on average, at most `chanceShare` as many as the real corrections do.
 */
function* namesBeyondChance(examples: readonly Example[], view: HeadView, params: LocalTrainingParams): Generator<void, boolean, void> {
  if (params.nameWriters <= 0) return false;
  const names = (list: readonly Example[]): number => {
    let n = 0;
    const counts = countWords(list, view);
    for (const [w, c] of counts) if (isName(w, c, counts, params)) n++;
    return n;
  };
  const real = names(examples);
  if (real === 0) return false;
  if (params.chanceRounds <= 0) return true;
  const next = random(0x4a3e + examples.length);
  const labels = examples.map((e) => ({ kind: e.kind, department: e.department, defaultKind: e.defaultKind, defaultDepartment: e.defaultDepartment }));
  let chance = 0;
  for (let round = 0; round < params.chanceRounds; round++) {
    yield;
    const order = labels.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    chance += names(examples.map((e, i) => ({ ...e, ...labels[order[i]!]! })));
  }
  return chance / params.chanceRounds <= params.chanceShare * real;
}

/**
 * One head, learnt by counting (naive Bayes in log-odds form): a word's weight for an answer is
 * how much it raises the odds of that answer among the corrections — the log-odds of the answer
 * among corrections holding the word (pulled towards the overall share by `shrink`
 * pseudo-corrections) minus its overall log-odds, at most `maxWeight` either way. The default's
 * rows are the log share of each answer among corrections where the default gave that decision
 * (with one pseudo-correction at the overall shares). A model from counts learns as much from
 * two corrections as they show, and a word's weight does not depend on which other words it
 * came with.
 */
function fitHead<T extends string>(
  examples: readonly Example[],
  classes: readonly T[],
  view: HeadView,
  params: LocalTrainingParams,
  keep: number,
  fallbackWordsAllowed: boolean,
  minFixes: number,
): (Omit<LocalHead, 'classes'> & { classes: T[] }) | null {
  const k = classes.length;
  const n = examples.length;
  if (k < 2 || n === 0) return null;
  const share = sharesOf(examples, classes, view);
  const counts = countWords(examples, view);
  const lift = liftOf(share, params);
  const vocabulary = vocabularyOf(counts, params, lift, minFixes);
  const fallback = vocabulary.fallback;
  const words = fallbackWordsAllowed ? vocabulary.words : vocabulary.words.filter((w) => !fallback.has(w));
  const unit = 10 ** DECIMALS;
  const round = (x: number): number => Math.round(x * unit) / unit || 0;
  const weights: Record<string, number[]> = {};
  for (const w of words) {
    const c = counts.get(w)!;
    const row = classes.map((cls) => round(lift(c, cls)));
    if (row.some((x) => Math.abs(x) >= MIN_STORED)) weights[w] = row;
  }
  const defaults: Record<string, number[]> = {};
  const given = new Map<string, Map<string, number>>();
  for (const e of examples) {
    let row = given.get(view.given(e));
    if (!row) given.set(view.given(e), (row = new Map()));
    row.set(view.answer(e), (row.get(view.answer(e)) ?? 0) + 1);
  }
  for (const d of classes) {
    const row = given.get(d);
    if (!row) continue;
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    defaults[d] = classes.map((c) => round(Math.log(((row.get(c) ?? 0) + share.get(c)!) / (total + 1))));
  }
  const fallbackWords = words.filter((w) => fallback.has(w) && w in weights);
  const names = words.filter((w) => vocabulary.names.has(w) && w in weights);
  return {
    classes: [...classes],
    defaults,
    weights,
    ...(fallbackWords.length > 0 ? { fallbackWords } : {}),
    ...(names.length > 0 ? { names } : {}),
    threshold: params.threshold,
    margin: params.margin,
    ruleMargin: params.ruleMargin,
    keep: round(keep),
  };
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
  const sample = (right + 0.5) / (n + 1);
  const mailbox = 1 - (n - right + 0.5) / (Math.max(population, n) + 1);
  return Math.min(max, Math.max(0, logit(mailbox) - logit(sample)));
}

/** What each head learns from: its corrections, its classes and how it reads them. */
interface HeadSetup {
  examples: readonly Example[];
  classes: string[];
  view: HeadView;
  params: LocalTrainingParams;
}

function headSetups(examples: readonly Example[], config: SvarstidConfig, params: LocalTrainingParams): { kind: HeadSetup; department: HeadSetup } {
  // a head's classes: what people chose and what the default had decided (so "the default was right" is a class)
  const kinds = KINDS.filter((k) => examples.some((e) => e.kind === k || e.defaultKind === k));
  const forced = forcedKinds(config);
  const known = new Set(config.departments.map((d) => d.id));
  // the department head learns from messages whose department the words decide (not one the kind forces)
  const placed = examples.filter((e) => !forced.has(e.kind) && !forced.has(e.defaultKind) && known.has(e.department));
  const ids = config.departments.map((d) => d.id);
  const departments = ids.filter((d) => placed.some((e) => e.department === d || e.defaultDepartment === d));
  return {
    kind: { examples, classes: kinds, view: { answer: (e) => e.kind, given: (e) => e.defaultKind }, params: { ...params, minWriters: params.kindMinWriters, nameWriters: 0 } },
    department: { examples: placed, classes: departments, view: { answer: (e) => e.department, given: (e) => e.defaultDepartment }, params },
  };
}

/** The fixes a word needs per head: at least `wordGate`, and more than chance gave (see {@link minFixesFor}); whether the department head may learn names ({@link namesBeyondChance}). */
interface MinFixes {
  kind: number;
  department: number;
  names: boolean;
}

function* minFixesOf(examples: readonly Example[], config: SvarstidConfig, params: LocalTrainingParams): Generator<void, MinFixes, void> {
  const heads = headSetups(examples, config, params);
  const kind = yield* minFixesFor(heads.kind.examples, heads.kind.classes, heads.kind.view, heads.kind.params);
  const department = yield* minFixesFor(heads.department.examples, heads.department.classes, heads.department.view, heads.department.params);
  const names = yield* namesBeyondChance(heads.department.examples, heads.department.view, heads.department.params);
  return { kind, department, names };
}

function fitExamples(
  examples: readonly Example[],
  config: SvarstidConfig,
  params: LocalTrainingParams,
  population: number,
  minFixes: MinFixes,
  meta: Omit<TrainedLocalModel, 'prefix' | 'kind' | 'department'>,
): TrainedLocalModel {
  const n = examples.length;
  const heads = headSetups(examples, config, params);
  const k = heads.kind;
  const kind = fitHead(
    k.examples,
    k.classes as Kind[],
    k.view,
    k.params,
    keepOf(examples.filter((e) => e.kind === e.defaultKind).length, n, population, params.maxKeep),
    // the kind's fallback, a question, is the commonest right answer, not an absence of evidence
    false,
    minFixes.kind,
  );
  const d = heads.department;
  const placed = d.examples;
  const department = fitHead(
    placed,
    d.classes,
    d.view,
    minFixes.names ? d.params : { ...d.params, nameWriters: 0 },
    keepOf(
      placed.filter((e) => e.department === e.defaultDepartment).length,
      placed.length,
      Math.round((population * placed.length) / Math.max(n, 1)),
      params.maxKeep,
    ),
    true,
    minFixes.department,
  );
  return { ...meta, prefix: params.prefix, kind: learntOnly(kind), department: learntOnly(department) };
}

/** A head that learnt no word changes nothing: none is stored. */
function learntOnly<H extends LocalHead>(head: H | null): H | null {
  return head !== null && Object.keys(head.weights).length > 0 ? head : null;
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

/** Which heads a model keeps. */
interface Heads {
  kind: boolean;
  department: boolean;
}

function only(model: TrainedLocalModel, heads: Heads): TrainedLocalModel {
  return { ...model, kind: heads.kind ? model.kind : null, department: heads.department ? model.department : null };
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
  /** Accuracy on the corrections of the default triage, and of the default with the heads kept (cross-validated, the same folds). */
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
  const at = options.now.toISOString();
  // every fold's model is learnt once; a head that makes its own field worse is then left out
  // the test of chance once, on all corrections (a property of the mailbox's words, not of one fold)
  const minFixes = yield* minFixesOf(examples, base, params);
  const folds: TrainedLocalModel[] = [];
  for (let f = 0; f < k; f++) {
    yield;
    const train = examples.filter((_, i) => i % k !== f);
    folds.push(fitExamples(train, base, params, Math.round((population * train.length) / n), minFixes, { at, corrections: train.length, folds: 0, accuracy: { before, after: before } }));
  }
  const validate = function* (heads: Heads): Generator<void, LocalAccuracy, void> {
    const hits = { kind: 0, department: 0, both: 0 };
    for (let f = 0; f < k; f++) {
      yield;
      const fold = only(folds[f]!, heads);
      const local = fold.kind === null && fold.department === null ? null : new LocalModel(fold);
      const test = corrections.filter((_, i) => i % k === f);
      count(
        test.map((c, j) => (local === null ? byDefault[f + j * k]! : triageWithModel(c.message, base, kindModel, local))),
        test,
        hits,
      );
    }
    return share(hits, n);
  };
  const heads: Heads = { kind: true, department: true };
  let after = yield* validate(heads);
  // the gate, per head: a head is kept only when, on the same folds, it gets more of its own field right
  const gained = (field: 'kind' | 'department') => Math.round((after[field] - before[field]) * n);
  const dropKind = gained('kind') < params.minGain;
  const dropDepartment = gained('department') < params.minGain;
  if (dropKind || dropDepartment) {
    heads.kind = !dropKind;
    heads.department = !dropDepartment;
    after = heads.kind || heads.department ? yield* validate(heads) : before;
  }
  yield;
  const trained = only(fitExamples(examples, base, params, population, minFixes, { at, corrections: n, folds: k, accuracy: { before, after } }), heads);
  const noWorse = after.kind >= before.kind && after.department >= before.department && after.both >= before.both;
  const learnt = trained.kind !== null || trained.department !== null;
  return { corrections: n, folds: k, before, after, trained: learnt ? trained : null, noWorse };
}
