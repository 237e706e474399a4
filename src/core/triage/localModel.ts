import type { SvarstidConfig } from '../config/schema';
import type { LocalHead, LocalModelConfig, TrainedLocalModel } from '../config/localModelSchema';
import { KIND_NAMES, type Channel, type Kind } from '../vocabulary';
import type { DepartmentDecision, KindDecision } from './decide';
import { KIND_PHRASES, departmentNames, englishDepartmentInSentence } from './explain';
import { FEATURE_TYPE } from './kindFeatures';
import { visitMessageFeatures } from './messageFeatures';
import { featureIdOf, localFeatureOptions, spellsAt, symbolsOf, writtenAsName } from './localFeatures';
import type { Explanation } from './types';
import type { MessageZones } from './zones';
import { joinList } from '../text/joinList';

/**
 * The local model of one mailbox: what triage learnt from the municipality's own corrections
 * (the `source: "manual"` records people write in the add-in) about its own words — its
 * facilities' names, its departments' jargon, its e-service forms — on top of the default
 * rules and the kind model. Learnt by `localTraining.ts` (`svarstid learn`), stored as weights
 * in `triage.localModel` of the mailbox's configuration (`localModelSchema.ts`).
 *
 * Two heads over the words of the author's own text and subject (`localFeatures.ts`), one for
 * the department and one for the kind, each deciding on its own: per word and answer a weight (how
 * much the word raised the answer's odds in the corrections, `localTraining.ts`), per decision of
 * the default a row of how often people kept or changed it. Words learnt only from messages the
 * default had right (`fallbackWords`) count only where the default fell back. A head replaces the default decision only when
 * - the default did not decide by positive evidence that must stand: a decisive rule (an
 *   admin's, or the built-in inget ärende and orosanmälan rules), a kind that is inget ärende or
 *   orosanmälan, or a department a kind always goes to (orosanmälan, förtroendevald, inget ärende);
 * - its pick is allowed (never inget ärende or orosanmälan — those need their own positive
 *   evidence — and only a configured department);
 * - it is surer than the default was: over a fallback (fråga because no rule named a kind,
 *   Kontaktcenter because none named a department — the default is weak) its pick must be likelier
 *   than all other answers together (above {@link WEAK_DEFAULT_PROBABILITY}); over a decision with
 *   evidence it must reach the head's `threshold`, and over the kind model's decision also exceed
 *   the kind model's own probability;
 * - the message's words themselves, not the prior, favour the pick over the default's answer by
 *   the head's `margin` plus `ruleMargin` per unit of the rules' evidence for the default's answer
 *   (one unit for the kind model);
 * - it can quote a telling word of the message for it: "lärt av 14 rättelser: 'Kajan' →
 *   Kultur- och fritidsförvaltningen".
 *
 * Applying it is one pass of the kind model's word hashing over the message and a sparse dot
 * product over the words the model knows. Pure; the compiled model is cached per configuration.
 */

/** Rule ids a record lists when the local model decided. */
export const LOCAL_KIND_RULE_ID = 'lokal.typ';
export const LOCAL_DEPARTMENT_RULE_ID = 'lokal.avdelning';

/** Kinds the local model never names: they take the deadline away or raise an alarm, and need positive evidence of their own. */
export const NEVER_LEARNT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['ej_arende', 'orosanmalan']);

/** A word contributing less than this (logit units) to a decision is not quoted as its reason. */
const MIN_TELLING = 0.15;
/** Words quoted at most. */
const MAX_QUOTED = 3;

/** How the local model decided a kind or department. */
export interface LocalDecision<T extends string> {
  value: T;
  how: 'local';
  probability: number;
  /** The message's words that spoke for it, as written. */
  words: string[];
  /** How many corrections the model learnt from. */
  corrections: number;
  /** What the default triage had decided. */
  replaced: T;
  /**
   * Decided by the mailbox's own names (`names`) against the rules' evidence for the default's
   * answer (not over a fallback): a person should look, and the explanation says so.
   */
  nameOverRules?: boolean;
}

interface CompiledHead {
  classes: string[];
  /** Weights per decision of the default triage. */
  defaults: Map<string, Float64Array>;
  threshold: number;
  margin: number;
  ruleMargin: number;
  keep: number;
  /** Per vocabulary row: 1 when the word may only decide over a fallback (`fallbackWords`). */
  fallbackOnly: Uint8Array;
  /** Per vocabulary row: 1 when the word is one of the mailbox's own names (`names`). */
  name: Uint8Array;
  /** Whether the head has any name. */
  hasNames: boolean;
  /** Column of the head's first class in a weight row. */
  offset: number;
}

/** A message's words as the local model saw them (valid until the model reads the next message). */
export interface LocalScores {
  /** Rows of the model's words found in the message. */
  rows: Int32Array;
  count: number;
  /** Per row found: its strength, and where it was first found (for quoting). */
  value: Float64Array;
  /** Per row found: 1 when the word is a name of the model and some occurrence is written as one. */
  asName: Uint8Array;
  zone: Int8Array;
  start: Int32Array;
  end: Int32Array;
  zones: MessageZones;
}

const MAX_FOUND = 4096;

/** A stored local model, ready to apply (decode once per configuration, reuse for every message). */
export class LocalModel {
  readonly corrections: number;
  readonly kind: CompiledHead | null;
  readonly department: CompiledHead | null;
  readonly prefix: number;
  /** The vocabulary, in row order. */
  readonly words: string[];
  private readonly width: number;
  private readonly weights: Float64Array;
  private readonly symbols: Uint8Array[];
  private readonly whole: Uint8Array;
  /** Open addressing over feature ids: (id + 1, row) pairs, 0 = empty; equal ids (a collision) take further slots. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  // per message scratch (single-threaded, never re-entered)
  private readonly acc: Float64Array;
  private readonly found: Int32Array = new Int32Array(MAX_FOUND);
  private readonly foundZone = new Int8Array(MAX_FOUND);
  private readonly foundStart = new Int32Array(MAX_FOUND);
  private readonly foundEnd = new Int32Array(MAX_FOUND);
  /** Per found word: 1 when some occurrence of a name row was written as a name (`writtenAsName`). */
  private readonly foundAsName = new Uint8Array(MAX_FOUND);
  /** Per vocabulary row: 1 when some head holds the word as a name. */
  private nameRow: Uint8Array = new Uint8Array(0);
  /** Per vocabulary row: its index among the words found in the message being read (valid while `acc` is non-zero). */
  private foundIndex: Int32Array = new Int32Array(0);
  private foundCount = 0;
  private texts: string[] = [];
  private readonly sink = (feature: number, weight: number, zone: number, start: number, end: number, type: number): void => {
    if (type !== TYPE_WORD && type !== TYPE_PREFIX) return;
    const slots = this.slots;
    let s = (Math.imul(feature, 0x9e3779b1) >>> 0) & this.mask;
    for (let k = slots[2 * s]!; k !== 0; s = (s + 1) & this.mask, k = slots[2 * s]!) {
      if (k !== feature + 1) continue;
      const r = slots[2 * s + 1]!;
      const whole = this.whole[r] === 1;
      if (whole !== (type === TYPE_WORD) || !spells(this.texts[zone]!, start, end, this.symbols[r]!, whole)) continue;
      const acc = this.acc;
      if (acc[r] === 0) {
        if (this.foundCount >= MAX_FOUND) return;
        const i = this.foundCount++;
        this.found[i] = r;
        this.foundZone[i] = zone;
        this.foundStart[i] = start;
        this.foundEnd[i] = end;
        this.foundAsName[i] = 0;
        this.foundIndex[r] = i;
      }
      // a name counts as one only where it is written as a name ("vid Kvarnen", not "svenska")
      if (this.nameRow[r] === 1 && this.foundAsName[this.foundIndex[r]!] === 0 && writtenAsName(this.texts[zone]!, start)) this.foundAsName[this.foundIndex[r]!] = 1;
      if (acc[r]! < weight) acc[r] = weight;
    }
  };

  constructor(trained: TrainedLocalModel) {
    this.corrections = trained.corrections;
    this.prefix = trained.prefix;
    const heads: [LocalHead | null, LocalHead | null] = [trained.kind, trained.department];
    const vocabulary = new Map<string, number>();
    for (const head of heads) for (const word of Object.keys(head?.weights ?? {})) if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
    this.words = [...vocabulary.keys()];
    this.nameRow = new Uint8Array(vocabulary.size);
    this.foundIndex = new Int32Array(vocabulary.size);
    let offset = 0;
    const compile = (head: LocalHead | null): CompiledHead | null => {
      if (head === null) return null;
      const defaults = new Map(Object.entries(head.defaults).map(([value, row]) => [value, Float64Array.from(row)] as const));
      const fallbackOnly = new Uint8Array(vocabulary.size);
      for (const word of head.fallbackWords ?? []) fallbackOnly[vocabulary.get(word)!] = 1;
      const name = new Uint8Array(vocabulary.size);
      for (const word of head.names ?? []) name[vocabulary.get(word)!] = this.nameRow[vocabulary.get(word)!] = 1;
      const hasNames = (head.names ?? []).length > 0;
      const out = { classes: head.classes, defaults, threshold: head.threshold, margin: head.margin, ruleMargin: head.ruleMargin, keep: head.keep, fallbackOnly, name, hasNames, offset };
      offset += head.classes.length;
      return out;
    };
    this.kind = compile(trained.kind);
    this.department = compile(trained.department);
    this.width = offset;
    const n = this.words.length;
    this.weights = new Float64Array(n * this.width);
    for (const [head, compiled] of [[trained.kind, this.kind], [trained.department, this.department]] as const) {
      if (head === null || compiled === null) continue;
      for (const [word, row] of Object.entries(head.weights)) {
        const r = vocabulary.get(word)!;
        row.forEach((w, c) => (this.weights[r * this.width + compiled.offset + c] = w));
      }
    }
    this.symbols = this.words.map(symbolsOf);
    this.whole = Uint8Array.from(this.words, (w) => (w.endsWith('*') ? 0 : 1));
    let size = 16;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.words.forEach((word, r) => {
      const id = featureIdOf(word, this.prefix);
      let s = (Math.imul(id, 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = id + 1;
      this.slots[2 * s + 1] = r;
    });
    this.acc = new Float64Array(n);
  }

  /** Finds the model's words in a message (one pass over the author's text). */
  read(zones: MessageZones, channel: Channel): LocalScores {
    for (let i = 0; i < this.foundCount; i++) this.acc[this.found[i]!] = 0;
    this.foundCount = 0;
    this.texts = zones.texts;
    if (this.words.length > 0) visitMessageFeatures(zones, channel, localFeatureOptions(this.prefix), this.sink);
    const count = this.foundCount;
    // views, not copies: a message's scores are used before the next message is read
    const rows = this.found.subarray(0, count);
    const value = new Float64Array(count);
    for (let i = 0; i < count; i++) value[i] = this.acc[rows[i]!]!;
    return {
      rows,
      count,
      value,
      zone: this.foundZone.subarray(0, count),
      asName: this.foundAsName.subarray(0, count),
      start: this.foundStart.subarray(0, count),
      end: this.foundEnd.subarray(0, count),
      zones,
    };
  }

  /**
   * Probability per class of a head for a message the default triage gave `current`, and what the
   * words alone say per class (logit without the default's weights).
   */
  headScores(head: CompiledHead, scores: LocalScores, current: string, overFallback = true): { probabilities: Float64Array; wordLogits: Float64Array } {
    const k = head.classes.length;
    const wordLogits = new Float64Array(k);
    const { weights, width } = this;
    for (let i = 0; i < scores.count; i++) {
      if (!overFallback && head.fallbackOnly[scores.rows[i]!] === 1) continue;
      const base = scores.rows[i]! * width + head.offset;
      const x = scores.value[i]!;
      for (let c = 0; c < k; c++) wordLogits[c] += x * weights[base + c]!;
    }
    const given = head.defaults.get(current);
    const own = head.classes.indexOf(current);
    const probabilities = new Float64Array(k);
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      probabilities[c] = wordLogits[c]! + (given ? given[c]! : 0) + (c === own ? head.keep : 0);
      if (probabilities[c]! > max) max = probabilities[c]!;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) {
      probabilities[c] = Math.exp(probabilities[c]! - max);
      sum += probabilities[c]!;
    }
    for (let c = 0; c < k; c++) probabilities[c]! /= sum;
    return { probabilities, wordLogits };
  }

  /**
   * The head's class for a message if it may replace `current` (see the module comment), with the
   * words that speak for it; null when the default stands.
   */
  decide<T extends string>(
    head: CompiledHead | null,
    scores: LocalScores,
    current: T,
    strength: DefaultStrength,
    allowed: (c: string) => boolean,
  ): LocalDecision<T> | null {
    // a default decision the corrections never showed: nothing is known about how far to trust it
    if (head === null || scores.count === 0 || !head.defaults.has(current)) return null;
    return this.decideByWords(head, scores, current, strength, allowed) ?? this.decideByName(head, scores, current, strength, allowed);
  }

  private decideByWords<T extends string>(
    head: CompiledHead,
    scores: LocalScores,
    current: T,
    strength: DefaultStrength,
    allowed: (c: string) => boolean,
  ): LocalDecision<T> | null {
    const overFallback = strength.evidence === 0;
    const { probabilities, wordLogits } = this.headScores(head, scores, current, overFallback);
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
    const value = head.classes[best]!;
    if (value === current || !allowed(value)) return null;
    const against = head.classes.indexOf(current);
    if (against < 0) return null;
    const p = probabilities[best]!;
    // a fallback (nothing spoke for the default's answer) gives way to the likelier answer; a
    // decision with evidence only to a confident one, and to one surer than the default itself was
    if (strength.evidence === 0 ? p <= WEAK_DEFAULT_PROBABILITY : p < head.threshold || p <= strength.confidence) return null;
    // the words must outweigh the margin and whatever evidence the rules found for the default's answer
    if (wordLogits[best]! - wordLogits[against]! < head.margin + head.ruleMargin * strength.evidence) return null;
    // the words that pushed towards the pick and away from the default's answer, strongest first
    const telling: { i: number; contribution: number }[] = [];
    for (let i = 0; i < scores.count; i++) {
      if (!overFallback && head.fallbackOnly[scores.rows[i]!] === 1) continue;
      const base = scores.rows[i]! * this.width + head.offset;
      const contribution = scores.value[i]! * (this.weights[base + best]! - this.weights[base + against]!);
      if (contribution >= MIN_TELLING) telling.push({ i, contribution });
    }
    if (telling.length === 0) return null;
    return { value: value as T, how: 'local', probability: probabilities[best]!, words: this.quoted(scores, telling), corrections: this.corrections, replaced: current };
  }

  /**
   * The mailbox's own names (`names`): when the message holds names and all of them point to one
   * answer (each name's strongest weight), that answer replaces the default's when the names
   * favour it over the default's answer by the head's `margin` plus {@link NAME_RULE_MARGIN} per
   * unit of the rules' evidence — a name every correction placed the same way says more about
   * where the message goes than a rule's word (*vid Getryggen* over 'park').
   */
  private decideByName<T extends string>(
    head: CompiledHead,
    scores: LocalScores,
    current: T,
    strength: DefaultStrength,
    allowed: (c: string) => boolean,
  ): LocalDecision<T> | null {
    if (!head.hasNames) return null;
    const against = head.classes.indexOf(current);
    if (against < 0) return null;
    const k = head.classes.length;
    let pick = -1;
    const telling: { i: number; contribution: number }[] = [];
    let lead = 0;
    for (let i = 0; i < scores.count; i++) {
      const row = scores.rows[i]!;
      if (head.name[row] !== 1 || scores.asName[i] !== 1) continue;
      const base = row * this.width + head.offset;
      let top = 0;
      for (let c = 1; c < k; c++) if (this.weights[base + c]! > this.weights[base + top]!) top = c;
      if (pick >= 0 && top !== pick) return null; // names that disagree decide nothing
      pick = top;
      const contribution = scores.value[i]! * (this.weights[base + top]! - this.weights[base + against]!);
      lead += contribution;
      if (contribution >= MIN_TELLING) telling.push({ i, contribution });
    }
    if (pick < 0 || pick === against || telling.length === 0) return null;
    const value = head.classes[pick]!;
    if (!allowed(value)) return null;
    if (lead < head.margin + NAME_RULE_MARGIN * strength.evidence) return null;
    const { probabilities } = this.headScores(head, scores, current, true);
    return {
      value: value as T,
      how: 'local',
      probability: probabilities[pick]!,
      words: this.quoted(scores, telling),
      corrections: this.corrections,
      replaced: current,
      ...(strength.evidence > 0 ? { nameOverRules: true } : {}),
    };
  }

  /** The words that spoke for a decision, as written, strongest first. */
  private quoted(scores: LocalScores, telling: { i: number; contribution: number }[]): string[] {
    telling.sort((a, b) => b.contribution - a.contribution || scores.zone[a.i]! - scores.zone[b.i]! || scores.start[a.i]! - scores.start[b.i]!);
    const words: string[] = [];
    for (const { i } of telling) {
      const text = scores.zones.texts[scores.zone[i]!]!.slice(scores.start[i]!, Math.min(scores.end[i]!, scores.start[i]! + 40));
      if (!words.includes(text)) words.push(text);
      if (words.length >= MAX_QUOTED) break;
    }
    return words;
  }

  /**
   * The kind, if the model may and does replace the default's. Never over a decisive rule, inget
   * ärende or orosanmälan; never to inget ärende or orosanmälan.
   */
  decideKind(scores: () => LocalScores, rules: KindDecision): LocalDecision<Kind> | null {
    if (this.kind === null || rules.how === 'decisive' || NEVER_LEARNT_KINDS.has(rules.value)) return null;
    // a default decision the corrections never showed stays (see `decide`): the words need no reading
    if (!this.kind.defaults.has(rules.value)) return null;
    return this.decide<Kind>(this.kind, scores(), rules.value, strengthOf(rules), (c) => !NEVER_LEARNT_KINDS.has(c as Kind));
  }

  /**
   * The department, if the model may and does replace the default's. Never over a decisive rule or
   * a department the kind always goes to; only to a configured department.
   */
  decideDepartment(scores: () => LocalScores, rules: DepartmentDecision, departmentIds: ReadonlySet<string>): LocalDecision<string> | null {
    if (this.department === null || rules.how === 'decisive' || rules.how === 'forced') return null;
    if (!this.department.defaults.has(rules.value)) return null;
    return this.decide(this.department, scores(), rules.value, strengthOf(rules), (c) => departmentIds.has(c));
  }
}

/**
 * How strongly the default decided: the rules' evidence score (one hit for the kind model, nothing
 * for a fallback), and the kind model's own probability when it decided (0 otherwise).
 */
export interface DefaultStrength {
  evidence: number;
  confidence: number;
}

/**
 * Logit a name (`names`) needs per unit of the rules' evidence for the default's answer, instead
 * of the head's `ruleMargin`: one rule hit (about 1) is outweighed by a name two corrections
 * placed the same way, not by an ordinary word.
 */
export const NAME_RULE_MARGIN = 1;

/** Probability above which the local model's answer replaces a fallback: likelier than every other answer together. */
export const WEAK_DEFAULT_PROBABILITY = 0.5;

function strengthOf(d: KindDecision | DepartmentDecision): DefaultStrength {
  if (d.how === 'evidence') return { evidence: d.score, confidence: 0 };
  if (d.how === 'model') return { evidence: 1, confidence: d.probability };
  return { evidence: 0, confidence: 0 };
}

const TYPE_WORD = FEATURE_TYPE.word;
const spells = spellsAt;
const TYPE_PREFIX = FEATURE_TYPE.prefix;

const compiled = new WeakMap<LocalModelConfig, LocalModel | null>();

/** The configuration's local model, ready to apply; null when none is learnt or it is switched off. */
export function localModelOf(config: SvarstidConfig): LocalModel | null {
  const stored = config.triage.localModel;
  if (stored === undefined || !stored.enabled || stored.trained === undefined) return null;
  let model = compiled.get(stored);
  if (model === undefined) {
    model = stored.trained.kind === null && stored.trained.department === null ? null : new LocalModel(stored.trained);
    compiled.set(stored, model);
  }
  return model;
}

/** 'Kajan' och 'öppet' / 'Kajan' and 'öppet'. */
function quoted(words: string[], and: string): string {
  return joinList(words.map((w) => `'${w}'`), and);
}

/** Why a learnt decision: the words, whose corrections, how sure, and what the rules alone said. */
function learntBecause(d: LocalDecision<string>, belonged: Explanation, was: Explanation): Explanation {
  const n = d.corrections;
  // no percentage: a model learnt from a few dozen corrections is not as sure as "99 %" reads (round 21 of the readers)
  const one = d.words.length === 1;
  return {
    sv:
      `eftersom ${one ? 'ordet' : 'orden'} ${quoted(d.words, 'och')} ${belonged.sv} i handläggarnas tidigare rättelser ` +
      `(kommunens egen modell, lärd av ${n} ${n === 1 ? 'rättelse' : 'rättelser'}; utan den hade det blivit ${was.sv})`,
    en:
      `because the ${one ? 'word' : 'words'} ${quoted(d.words, 'and')} ${belonged.en} in officers' earlier corrections ` +
      `(the municipality's own model, learnt from ${n} ${n === 1 ? 'correction' : 'corrections'}; without it, it would have been ${was.en})`,
  };
}

/**
 * "Meddelandet är beröm, eftersom ordet 'Guldstjärnan' hörde till beröm i handläggarnas tidigare
 * rättelser (kommunens egen modell, lärd av 14 rättelser; utan den hade det blivit en fråga)".
 */
export function explainLocalKind(d: LocalDecision<Kind>): Explanation {
  const kind = KIND_PHRASES[d.value];
  const name = KIND_NAMES[d.value];
  const because = learntBecause(d, { sv: `hörde till ${name.sv.toLowerCase()}`, en: `belonged to ${name.en.toLowerCase()}` }, KIND_PHRASES[d.replaced]);
  return { sv: `Meddelandet är ${kind.sv}, ${because.sv}`, en: `The message is ${kind.en}, ${because.en}` };
}

/**
 * "Meddelandet går till Kultur- och fritidsförvaltningen, eftersom orden 'Kajan' och 'öppet' hörde
 * till den förvaltningen i handläggarnas tidigare rättelser (kommunens egen modell, lärd av 14 rättelser;
 * utan den hade det blivit Kontaktcenter)".
 */
export function explainLocalDepartment(d: LocalDecision<string>, config: SvarstidConfig): Explanation {
  const name = departmentNames(config, d.value);
  const was = departmentNames(config, d.replaced);
  const because = learntBecause(d, { sv: 'hörde till den förvaltningen', en: 'belonged to that department' }, { sv: was.sv, en: englishDepartmentInSentence(was.en) });
  return { sv: `Meddelandet går till ${name.sv}, ${because.sv}`, en: `The message goes to ${englishDepartmentInSentence(name.en)}, ${because.en}` };
}
