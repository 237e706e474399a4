import type { Condition, RoutingRule, Signal, TextField } from '../config/triageSchema';
import type { SvarstidConfig } from '../config/schema';
import { foldText } from '../text/fold';
import { KeywordMatcher } from '../text/keywordMatcher';
import { keywordVariants, usableKeyword, type KeywordSpec } from '../text/keywordSyntax';
import type { Channel, Kind } from '../vocabulary';
import { CONCERN_ZONES, concernKeywordSpecs } from './concern';
import { DEFAULT_ROUTING_RULES } from './defaultRules';
import { ZONE_COUNT, ZONE_INDEX, type Zone } from './zones';

/**
 * The built-in rules' ids. A configuration's rule with one of them is the built-in rule (presets
 * list copies of them); any other id is the municipality's own rule.
 */
const BUILTIN_IDS: ReadonlySet<string> = new Set(DEFAULT_ROUTING_RULES.map((r) => r.id));

/** How much a keyword found in a zone counts for a condition on a field (0 = not looked at). */
const FIELD_ZONE_WEIGHTS: Record<TextField, Partial<Record<Zone, number>>> = {
  subject: { subject: 1 },
  body: { body: 1, form: 0.5, forwarded: 0.8, signature: 0.3 },
  text: { subject: 0.5, body: 1, form: 0.5, forwarded: 0.8, signature: 0.3 },
  quoted: { quoted: 1 },
  signature: { signature: 1 },
  from: { from: 1 },
  to: { to: 1 },
  replyTo: { replyTo: 1 },
  senderName: { senderName: 1 },
};

/** Zone weights per field as dense arrays indexed by zone. */
export const FIELD_WEIGHTS: Record<TextField, Float64Array> = Object.fromEntries(
  Object.entries(FIELD_ZONE_WEIGHTS).map(([field, weights]) => {
    const arr = new Float64Array(ZONE_COUNT);
    for (const [zone, w] of Object.entries(weights)) arr[ZONE_INDEX[zone as Zone]] = w;
    return [field, arr];
  }),
) as Record<TextField, Float64Array>;

/** Below this zone weight a keyword does not trigger a decisive rule (signatures, wrapper text). */
export const DECISIVE_MIN_ZONE_WEIGHT = 0.5;

export type CompiledCondition =
  | { type: 'keywords'; field: TextField; mode: 'any' | 'all'; keywords: string[]; slot: number; count: number; cond: number }
  | { type: 'startsWith'; field: TextField; prefixes: string[]; original: string[]; asWritten: boolean }
  | { type: 'channel'; channels: ReadonlySet<Channel> }
  | { type: 'kind'; kinds: ReadonlySet<Kind> }
  | { type: 'hasAttachments'; equals: boolean }
  | { type: 'words'; atMost: number }
  | { type: 'signal'; signals: ReadonlySet<Signal> };

export interface CompiledRule {
  rule: RoutingRule;
  decisive: boolean;
  /** Has a `kind` condition: evaluated only once the kind is known. */
  needsKind: boolean;
  all: CompiledCondition[];
  any: CompiledCondition[];
  none: CompiledCondition[];
  /**
   * A keyword condition of `all` (its `cond`), or -1: the rule cannot match a message where it found
   * no word. Checked first, so most rules are passed over with one array read.
   */
  requires: number;
  /** When every `any` condition is a keyword condition, their `cond`s: one of them must have found a word. */
  requiresOneOf: number[] | null;
  /**
   * An own rule (an id that is not a built-in rule's) that gives another kind than a report of
   * concern and does not name the `concern` signal: it never takes a found concern's kind away.
   */
  yieldsToConcern: boolean;
}

/**
 * Which rules of a list a message's keywords can let through (`matchRule` passes over the others at
 * its first check): matching looks only at those, without touching the other rules.
 */
export interface RuleIndex {
  /** 1 for the rules that need no keyword of theirs found (they are always looked at). */
  always: Uint8Array;
  /** Per keyword condition: the rules it can let through (a rule's `requires`, or each of its `requiresOneOf`). */
  byCondition: Int32Array[];
  /** Scratch marks, one per rule (matching is synchronous). */
  mark: Uint8Array;
}

/** A configuration's rules, ready to run: one keyword automaton for all rules. */
export interface CompiledRules {
  rules: CompiledRule[];
  /** Rules that can decide the kind (they set one and need no kind), in order. */
  kindRules: CompiledRule[];
  /** Rules that set a department, categories or priority, in order. */
  departmentRules: CompiledRule[];
  kindIndex: RuleIndex;
  departmentIndex: RuleIndex;
  matcher: KeywordMatcher;
  /**
   * For each automaton keyword, the rule keywords it stands for (its refs), as flat arrays read per
   * keyword hit without touching objects: the refs of automaton keyword k are entries `refStart[k]`
   * to `refStart[k + 1] - 1` of `refSlot` (the rule keyword's slot), `refCond` (its condition),
   * `refTopical` (1 when it names a department's topic: a rule that sets a department and no kind),
   * and rows of `refWeights` (the field's ZONE_COUNT zone weights per entry).
   */
  refStart: Int32Array;
  refSlot: Int32Array;
  refCond: Int32Array;
  refTopical: Uint8Array;
  refWeights: Float64Array;
  slotCount: number;
  /** Number of keyword conditions. */
  conditionCount: number;
  /** Zones some condition looks at. */
  zonesNeeded: boolean[];
  departmentIds: ReadonlySet<string>;
  /** Some enabled rule tests the `concern` signal (the concern reader runs only then). */
  usesConcern: boolean;
  /** Some enabled rule turns the `concern` signal into a report of concern (`oro.konkret` or an own one). */
  recognisesConcern: boolean;
  /**
   * Automaton keywords from here on are the concern reader's (`concernKeywordSpecs`), carried by the
   * same automaton so one pass over a text serves the rules and the reader; -1 when it does not run.
   */
  concernBase: number;
}

/**
 * The rules triage runs for a configuration: the configured rules, then — with
 * `builtinClassifier` — every built-in rule whose id the configuration does not define; rules whose
 * id `disabledBuiltinRules` lists are left out.
 */
export function effectiveRules(config: SvarstidConfig): RoutingRule[] {
  return rulesInEffect(config.triage);
}

/**
 * {@link effectiveRules} for the triage settings alone, also an admin view's draft of them (whose
 * rules may be incomplete): the own rules, then the built-in ones they do not replace.
 */
export function rulesInEffect<R extends { id?: string }>(triage: {
  rules?: readonly R[];
  disabledBuiltinRules?: readonly string[];
  builtinClassifier?: boolean;
}): (R | RoutingRule)[] {
  // `disabledBuiltinRules` switches a built-in rule off by id, also where the file lists a copy of it
  const off = new Set(triage.disabledBuiltinRules ?? []);
  const rules = triage.rules ?? [];
  const own = off.size === 0 ? [...rules] : rules.filter((r) => !off.has(r.id ?? ''));
  if (triage.builtinClassifier === false) return own;
  const ids = new Set(rules.map((r) => r.id));
  return [...own, ...DEFAULT_ROUTING_RULES.filter((r) => !ids.has(r.id) && !off.has(r.id))];
}

const cache = new WeakMap<SvarstidConfig, CompiledRules>();

/** Compiles (once per configuration object) the rules of a configuration. */
export function compiledRulesFor(config: SvarstidConfig): CompiledRules {
  let compiled = cache.get(config);
  if (!compiled) {
    compiled = compileRules(effectiveRules(config), config.departments.map((d) => d.id));
    cache.set(config, compiled);
  }
  return compiled;
}

/** Compiles rules into one keyword automaton and condition slots. Invalid keywords are skipped. */
export function compileRules(rules: readonly RoutingRule[], departmentIds: readonly string[]): CompiledRules {
  const specs: KeywordSpec[] = [];
  const patterns = new KeywordPatterns(specs);
  // the refs in the order rule keywords are read (grouped per automaton keyword below)
  const refKeyword: number[] = [];
  const refSlotRead: number[] = [];
  const refCondRead: number[] = [];
  const refTopicalRead: number[] = [];
  const refWeightsRead: Float64Array[] = [];
  const zonesNeeded = new Array<boolean>(ZONE_COUNT).fill(false);
  let slotCount = 0;
  let conditionCount = 0;

  let topical = false;
  const compileCondition = (c: Condition): CompiledCondition | null => {
    if ('any' in c || 'all' in c) {
      const mode = 'any' in c ? 'any' : 'all';
      // invalid keywords are left out
      const words: string[] = [];
      const parsed: KeywordSpec[] = [];
      for (const word of 'any' in c ? c.any : c.all) {
        const spec = usableKeyword(word);
        if (spec === null) continue;
        words.push(word);
        parsed.push(spec);
      }
      if (words.length === 0) return null;
      const slot = slotCount;
      slotCount += words.length;
      const cond = conditionCount++;
      const weights = FIELD_WEIGHTS[c.field];
      weights.forEach((w, z) => {
        if (w > 0) zonesNeeded[z] = true;
      });
      for (let i = 0; i < parsed.length; i++) {
        for (const spec of keywordVariants(parsed[i]!)) {
          refKeyword.push(patterns.idOf(spec));
          refSlotRead.push(slot + i);
          refCondRead.push(cond);
          refTopicalRead.push(topical ? 1 : 0);
          refWeightsRead.push(weights);
        }
      }
      return { type: 'keywords', field: c.field, mode, keywords: words, slot, count: words.length, cond };
    }
    if ('startsWith' in c) {
      return { type: 'startsWith', field: c.field, prefixes: c.startsWith.map(foldText), original: c.startsWith, asWritten: c.asWritten === true };
    }
    switch (c.field) {
      case 'channel':
        return { type: 'channel', channels: new Set(c.in) };
      case 'kind':
        return { type: 'kind', kinds: new Set(c.in) };
      case 'hasAttachments':
        return { type: 'hasAttachments', equals: c.equals };
      case 'words':
        return { type: 'words', atMost: c.atMost };
      case 'signal':
        return { type: 'signal', signals: new Set(c.in) };
    }
  };
  const compileList = (list: readonly Condition[] | undefined): CompiledCondition[] | null => {
    const out: CompiledCondition[] = [];
    for (const c of list ?? []) {
      const cc = compileCondition(c);
      if (cc === null) return null;
      out.push(cc);
    }
    return out;
  };

  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    topical = rule.then.department !== undefined && rule.then.kind === undefined && rule.weight !== undefined;
    const all = compileList(rule.when.all);
    const any = compileList(rule.when.any);
    const none = compileList(rule.when.none);
    if (all === null || any === null || none === null || all.length + any.length === 0) continue;
    const needsKind = [...all, ...any, ...none].some((c) => c.type === 'kind');
    const keywordConds = (list: CompiledCondition[]) => list.flatMap((c) => (c.type === 'keywords' ? [c.cond] : []));
    const requiresOneOf = any.length > 0 && keywordConds(any).length === any.length ? keywordConds(any) : null;
    const namesConcern = [...all, ...any].some((c) => c.type === 'signal' && c.signals.has('concern'));
    const yieldsToConcern = !BUILTIN_IDS.has(rule.id) && rule.then.kind !== undefined && rule.then.kind !== 'orosanmalan' && !namesConcern;
    compiled.push({ rule, decisive: rule.weight === undefined, needsKind, all, any, none, requires: keywordConds(all)[0] ?? -1, requiresOneOf, yieldsToConcern });
  }
  zonesNeeded[ZONE_INDEX.body] = true; // word counts and emptiness are always needed
  const usesConcern = compiled.some((r) => [...r.all, ...r.any, ...r.none].some((c) => c.type === 'signal' && c.signals.has('concern')));
  const recognisesConcern = compiled.some(
    (r) => r.rule.then.kind === 'orosanmalan' && [...r.all, ...r.any].some((c) => c.type === 'signal' && c.signals.has('concern')),
  );
  let concernBase = -1;
  if (usesConcern) {
    concernBase = specs.length;
    for (const spec of concernKeywordSpecs()) specs.push(spec);
    for (const z of CONCERN_ZONES) zonesNeeded[z] = true;
  }
  // each automaton keyword's refs together, in the order they were read
  const refStart = new Int32Array(specs.length + 1);
  for (const k of refKeyword) refStart[k + 1]!++;
  for (let k = 0; k < specs.length; k++) refStart[k + 1] = refStart[k]! + refStart[k + 1]!;
  const total = refKeyword.length;
  const refSlot = new Int32Array(total);
  const refCond = new Int32Array(total);
  const refTopical = new Uint8Array(total);
  const refWeights = new Float64Array(total * ZONE_COUNT);
  const filled = refStart.slice(0, specs.length);
  for (let r = 0; r < total; r++) {
    const e = filled[refKeyword[r]!]!++;
    refSlot[e] = refSlotRead[r]!;
    refCond[e] = refCondRead[r]!;
    refTopical[e] = refTopicalRead[r]!;
    refWeights.set(refWeightsRead[r]!, e * ZONE_COUNT);
  }
  const kindRules = compiled.filter((r) => !r.needsKind && r.rule.then.kind !== undefined);
  const departmentRules = compiled.filter(
    (r) => r.rule.then.department !== undefined || r.rule.then.categories !== undefined || r.rule.then.priority !== undefined,
  );
  return {
    rules: compiled,
    kindRules,
    departmentRules,
    kindIndex: ruleIndex(kindRules, conditionCount),
    departmentIndex: ruleIndex(departmentRules, conditionCount),
    matcher: new KeywordMatcher(specs),
    refStart,
    refSlot,
    refCond,
    refTopical,
    refWeights,
    slotCount,
    conditionCount,
    zonesNeeded,
    departmentIds: new Set(departmentIds),
    usesConcern,
    recognisesConcern,
    concernBase,
  };
}

/**
 * The automaton keywords of a rule list: one per keyword form (its text, with å, ä, ö when it has
 * them, and how it may match), however many rule keywords share it.
 */
class KeywordPatterns {
  /** Per text, the first automaton keyword with it; the others with the same text follow `next`. */
  private readonly byText = new Map<string, number>();
  private readonly next: number[] = [];
  private readonly flags: number[] = [];

  /** @param specs the automaton keywords, added to by {@link idOf} */
  constructor(private readonly specs: KeywordSpec[]) {}

  /** The automaton keyword of a keyword form, added when it is new. */
  idOf(spec: KeywordSpec): number {
    const text = spec.swedish ?? spec.folded;
    const flags = (spec.infix ? 4 : 0) | (spec.compound ? 2 : 0) | (spec.exact ? 1 : 0);
    const first = this.byText.get(text);
    let last = -1;
    for (let id = first ?? -1; id >= 0; id = this.next[id]!) {
      if (this.flags[id] === flags) return id;
      last = id;
    }
    const id = this.specs.length;
    this.specs.push(spec);
    this.next.push(-1);
    this.flags.push(flags);
    if (last < 0) this.byText.set(text, id);
    else this.next[last] = id;
    return id;
  }
}

/** The {@link RuleIndex} of a list of rules. */
function ruleIndex(rules: readonly CompiledRule[], conditionCount: number): RuleIndex {
  const always = new Uint8Array(rules.length);
  const lists: number[][] = Array.from({ length: conditionCount }, () => []);
  rules.forEach((rule, i) => {
    if (rule.requires >= 0) lists[rule.requires]!.push(i);
    else if (rule.requiresOneOf !== null) for (const cond of new Set(rule.requiresOneOf)) lists[cond]!.push(i);
    else always[i] = 1;
  });
  return { always, byCondition: lists.map((l) => Int32Array.from(l)), mark: new Uint8Array(rules.length) };
}
