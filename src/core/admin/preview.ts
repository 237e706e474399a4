import type { SvarstidConfig } from '../config/schema';
import { deadlineFor } from '../assess';
import type { MailMessage } from '../message';
import type { RoutingRule } from '../config/triageSchema';
import { effectiveRules, LOCAL_DEPARTMENT_RULE_ID, LOCAL_KIND_RULE_ID, MODEL_RULE_ID, probeText, RuleProbe, ruleSetReads, triageMessage, type ProbeText } from '../triage';
import { KINDS, type Channel, type Kind } from '../vocabulary';
import { joinList } from '../text/joinList';

/**
 * The admin view's preview before a save (issue 9): the core's triage and deadline over the
 * mailbox's recent messages, under the stored configuration and under the draft, and what
 * changes — which messages change department, kind, channel or deadline, how often each routing
 * rule decides, and which messages no routing rule decided. Pure; the page reads the messages
 * through src/graph and keeps only what is shown here (id, subject, received).
 *
 * A {@link PreviewBase} keeps the stored configuration's outcome per message, and the message's
 * text as triage reads it, so a preview computes only what the draft can change:
 * - when the draft changes nothing triage reads (the routing rules, channel markers, models,
 *   department ids, fallback, municipality domains and mailbox), the stored triage is reused and
 *   only the deadlines are computed again;
 * - when it changes routing rules (added, removed, edited, switched off, moved), the departments
 *   rules or kinds send mail to, or which kinds go to one department, only the messages a changed
 *   rule could match (its stored or its draft version: `RuleProbe`) or whose kind's department
 *   changed are triaged again; the others keep their stored outcome, which is the one the draft
 *   gives them (see {@link incrementalPlan} for why);
 * - any other change to what triage reads (channel markers, models, fallback, domains, whether
 *   quoted text or the concern reader is read) triages every message again.
 * Deadlines are computed again only where the deadline rules or calendar changed or the triage
 * did. The answer is the same as triaging every message under the draft (tested by a property
 * test, tests/core/admin/previewIncremental.test.ts), much faster.
 */

/** What Svarstid decides for one message under one configuration (what the preview compares). */
export interface PreviewOutcome {
  channel: Channel;
  kind: Kind;
  department: string;
  anonymous: boolean;
  due: string | null;
  /** Routing rules that decided (configured or built-in; not the models). */
  rules: string[];
}

/** The little the preview keeps of a message: never its body. */
export interface PreviewMessageInfo {
  id: string;
  subject: string;
  received: string;
}

export type PreviewField = 'department' | 'kind' | 'channel' | 'due';
export const PREVIEW_FIELDS: readonly PreviewField[] = ['department', 'kind', 'channel', 'due'];

export interface PreviewChange extends PreviewMessageInfo {
  before: PreviewOutcome;
  after: PreviewOutcome;
  changed: PreviewField[];
}

export interface RuleHits {
  id: string;
  name: string;
  before: number;
  after: number;
}

export interface PreviewResult {
  /** Messages looked at. */
  total: number;
  /** Messages whose outcome changes, in the order given (newest first as read). */
  changes: PreviewChange[];
  /** How many messages change, per field. */
  counts: Record<PreviewField, number>;
  /** Per routing rule that decides at least one message under either configuration. */
  ruleHits: RuleHits[];
  /** Messages no routing rule decided under the draft (the fallback or a model placed them). */
  unmatched: (PreviewMessageInfo & { department: string; kind: Kind })[];
  /** True when the draft's triage equals the stored one's and only deadlines were computed. */
  deadlinesOnly: boolean;
  /** Messages triaged again under the draft (the others kept their stored triage). */
  retriaged: number;
}

/** How a preview is computed: `full` triages every message again (the reference the incremental preview must equal). */
export interface PreviewOptions {
  full?: boolean;
}

const MODEL_RULES = new Set([MODEL_RULE_ID, LOCAL_KIND_RULE_ID, LOCAL_DEPARTMENT_RULE_ID]);
const SUBJECT_CHARS = 140;

interface Prepared {
  info: PreviewMessageInfo;
  message: MailMessage;
  text: ProbeText;
  triage: Omit<PreviewOutcome, 'due'>;
  due: string | null;
}

/** The parts of a configuration the triage reads; equal fingerprints give equal triage. */
export function triageFingerprint(config: SvarstidConfig): string {
  return JSON.stringify({
    triage: config.triage,
    fallback: config.fallbackDepartment,
    domains: config.municipality.domains,
    mailbox: config.municipality.mailbox ?? null,
    departments: config.departments.map((d) => d.id),
  });
}

/** The parts of a configuration deadlines read; equal fingerprints give equal deadlines for equal triage. */
function deadlineFingerprint(config: SvarstidConfig): string {
  return JSON.stringify({ policy: config.policy, calendar: config.calendar });
}

/** What the incremental preview re-triages for a draft, or `full` when it cannot tell. */
export type IncrementalPlan =
  | { full: true; reason: string }
  | { full: false; probe: RuleProbe; kinds: ReadonlySet<Kind> };

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Ids of the rules common to both lists that keep their order relative to each other (a longest increasing run). */
function keptInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const at = new Map(after.map((id, i) => [id, i]));
  const seq = before.filter((id) => at.has(id));
  // patience sorting: tails[k] = index in seq of the smallest tail of an increasing run of length k+1
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  seq.forEach((id, i) => {
    const v = at.get(id)!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at.get(seq[tails[mid]!]!)! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<string>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) kept.add(seq[i]!);
  return kept;
}

/**
 * Which messages the draft can give another triage than the stored configuration. Triage reads
 * the configuration through: the reading of the message (channel markers, domains, mailbox,
 * whether quoted text and the concern reader are read), the models, the fallback department —
 * any change there gives `full` — and the routing rules, the department ids and `kindDepartments`.
 * For those, a message keeps its triage when:
 * - no changed rule can match it (in its stored or its draft version; a rule is changed when it
 *   is added, removed, edited, switched on or off, moved relative to the rules kept in order, or
 *   names a department added or removed): then the lists of matching rules triage decides from
 *   are the same rules in the same order, for the kind (rules that set the kind never test it) and
 *   so — the kind being the same — for the department; the keyword automaton reports the same hits
 *   (`RuleProbe`);
 * - its kind's fixed department (`kindDepartments`, and whether that department exists) did not change.
 * A learnt local model reads the department ids: with one, a change of departments gives `full`.
 */
export function incrementalPlan(stored: SvarstidConfig, draft: SvarstidConfig): IncrementalPlan {
  const context = (c: SvarstidConfig) => {
    const { rules: _r, builtinClassifier: _b, disabledBuiltinRules: _d, kindDepartments: _k, ...rest } = c.triage;
    return { triage: rest, fallback: c.fallbackDepartment, domains: c.municipality.domains, mailbox: c.municipality.mailbox ?? null };
  };
  if (!sameJson(context(stored), context(draft))) return { full: true, reason: 'channel markers, models, fallback, domains or mailbox changed' };
  if (!sameJson(ruleSetReads(stored), ruleSetReads(draft))) return { full: true, reason: 'the rules change whether quoted text or the concern reader is read' };
  const idsBefore = new Set(stored.departments.map((d) => d.id));
  const idsAfter = new Set(draft.departments.map((d) => d.id));
  const departmentChanged = new Set([...idsBefore].filter((d) => !idsAfter.has(d)).concat([...idsAfter].filter((d) => !idsBefore.has(d))));
  if (departmentChanged.size > 0 && (stored.triage.localModel !== undefined || departmentChanged.has(stored.fallbackDepartment))) {
    return { full: true, reason: 'departments changed under a local model or the fallback' };
  }
  const before = effectiveRules(stored);
  const after = effectiveRules(draft);
  const byIdBefore = new Map(before.map((r) => [r.id, r]));
  const byIdAfter = new Map(after.map((r) => [r.id, r]));
  if (byIdBefore.size !== before.length || byIdAfter.size !== after.length) return { full: true, reason: 'two rules share an id' };
  const kept = keptInOrder(
    before.map((r) => r.id),
    after.map((r) => r.id),
  );
  const targetsChanged = (r: RoutingRule) => r.then.department !== undefined && departmentChanged.has(r.then.department);
  const probed: RoutingRule[] = [];
  for (const r of before) {
    const now = byIdAfter.get(r.id);
    if (now === undefined || !kept.has(r.id) || !sameJson(r, now) || targetsChanged(r) || targetsChanged(now)) {
      probed.push(r);
      if (now !== undefined) probed.push(now);
    }
  }
  for (const r of after) if (!byIdBefore.has(r.id)) probed.push(r);
  const kinds = new Set<Kind>();
  for (const k of KINDS) {
    const was = stored.triage.kindDepartments[k];
    const is = draft.triage.kindDepartments[k];
    if (was !== is || (was !== undefined && departmentChanged.has(was)) || (is !== undefined && departmentChanged.has(is))) kinds.add(k);
  }
  return { full: false, probe: new RuleProbe(probed), kinds };
}

function triageOf(message: MailMessage, config: SvarstidConfig): Omit<PreviewOutcome, 'due'> {
  const t = triageMessage(message, config);
  return { channel: t.channel, kind: t.kind, department: t.department, anonymous: t.anonymous, rules: t.rules.filter((r) => !MODEL_RULES.has(r)) };
}

function dueOf(message: MailMessage, t: Omit<PreviewOutcome, 'due'>, config: SvarstidConfig): string | null {
  return deadlineFor({ channel: t.channel, kind: t.kind, received: message.receivedDateTime, anonymous: t.anonymous }, config).due;
}

/** The stored configuration's outcome for each message, computed once per set of messages. */
export class PreviewBase {
  private readonly prepared: Prepared[];
  readonly fingerprint: string;
  private readonly deadlines: string;

  constructor(
    readonly config: SvarstidConfig,
    messages: readonly MailMessage[],
  ) {
    this.fingerprint = triageFingerprint(config);
    this.deadlines = deadlineFingerprint(config);
    this.prepared = messages.map((message, i) => {
      const triage = triageOf(message, config);
      return {
        info: { id: message.id ?? `#${i + 1}`, subject: (message.subject ?? '').slice(0, SUBJECT_CHARS), received: message.receivedDateTime },
        message,
        text: probeText(message, config),
        triage,
        due: dueOf(message, triage, config),
      };
    });
  }

  get size(): number {
    return this.prepared.length;
  }

  /** Runs the draft over the messages and compares with the stored configuration's outcome. */
  preview(draft: SvarstidConfig, options: PreviewOptions = {}): PreviewResult {
    const deadlinesOnly = options.full !== true && triageFingerprint(draft) === this.fingerprint;
    const plan: IncrementalPlan = options.full === true ? { full: true, reason: 'asked for' } : deadlinesOnly ? { full: false, probe: new RuleProbe([]), kinds: new Set() } : incrementalPlan(this.config, draft);
    const sameDeadlines = options.full !== true && deadlineFingerprint(draft) === this.deadlines;
    let retriaged = 0;
    const counts: Record<PreviewField, number> = { department: 0, kind: 0, channel: 0, due: 0 };
    const changes: PreviewChange[] = [];
    const unmatched: PreviewResult['unmatched'] = [];
    const hitsBefore = new Map<string, number>();
    const hitsAfter = new Map<string, number>();
    const count = (map: Map<string, number>, rules: readonly string[]) => {
      for (const r of rules) map.set(r, (map.get(r) ?? 0) + 1);
    };
    for (const p of this.prepared) {
      const again = plan.full || plan.kinds.has(p.triage.kind) || plan.probe.mayMatch(p.text, p.triage.kind);
      if (again) retriaged += 1;
      const triage = again ? triageOf(p.message, draft) : p.triage;
      const sameTriage = triage === p.triage || (triage.channel === p.triage.channel && triage.kind === p.triage.kind && triage.anonymous === p.triage.anonymous);
      const after: PreviewOutcome = { ...triage, due: sameDeadlines && sameTriage ? p.due : dueOf(p.message, triage, draft) };
      const before: PreviewOutcome = { ...p.triage, due: p.due };
      count(hitsBefore, before.rules);
      count(hitsAfter, after.rules);
      if (after.rules.length === 0) unmatched.push({ ...p.info, department: after.department, kind: after.kind });
      const changed = PREVIEW_FIELDS.filter((f) => before[f] !== after[f]);
      if (changed.length === 0) continue;
      for (const f of changed) counts[f] += 1;
      changes.push({ ...p.info, before, after, changed });
    }
    const names = new Map<string, string>();
    for (const r of effectiveRules(this.config)) names.set(r.id, r.name);
    for (const r of effectiveRules(draft)) names.set(r.id, r.name);
    const ids = [...new Set([...hitsAfter.keys(), ...hitsBefore.keys()])];
    const ruleHits = ids
      .map((id) => ({ id, name: names.get(id) ?? id, before: hitsBefore.get(id) ?? 0, after: hitsAfter.get(id) ?? 0 }))
      .sort((a, b) => b.after - a.after || b.before - a.before || a.id.localeCompare(b.id));
    return { total: this.prepared.length, changes, counts, ruleHits, unmatched, deadlinesOnly, retriaged };
  }
}

/**
 * The preview's headline: "12 meddelanden byter förvaltning, 3 får ny svarstid" / "12 messages
 * change department, 3 get a new deadline"; "Inget av de 500 meddelandena ändras" when none does.
 */
export function previewSummary(result: Pick<PreviewResult, 'total' | 'counts' | 'changes'>): { sv: string; en: string } {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const parts: { sv: string; en: string }[] = [];
  const c = result.counts;
  if (c.department) parts.push({ sv: `${n(c.department, 'meddelande', 'meddelanden')} byter förvaltning`, en: `${n(c.department, 'message', 'messages')} ${c.department === 1 ? 'changes' : 'change'} department` });
  if (c.kind) parts.push({ sv: `${c.kind} byter ärendetyp`, en: `${c.kind} ${c.kind === 1 ? 'changes' : 'change'} case type` });
  if (c.channel) parts.push({ sv: `${c.channel} byter kanal`, en: `${c.channel} ${c.channel === 1 ? 'changes' : 'change'} channel` });
  if (c.due) parts.push({ sv: `${c.due} får ny svarstid`, en: `${c.due} ${c.due === 1 ? 'gets' : 'get'} a new deadline` });
  if (parts.length === 0) {
    return { sv: `Inget av de ${result.total} senaste meddelandena ändras.`, en: `None of the last ${result.total} messages changes.` };
  }
  // The first part names "meddelanden"; the rest read on from it.
  if (parts.length > 0 && !c.department) {
    const first = parts[0]!;
    const k = c.kind || c.channel || c.due;
    parts[0] = { sv: first.sv.replace(/^\d+/, n(k, 'meddelande', 'meddelanden')), en: first.en.replace(/^\d+/, n(k, 'message', 'messages')) };
  }
  return {
    sv: `${joinList(parts.map((p) => p.sv), 'och')} (av de ${result.total} senaste; ${result.changes.length} ändras totalt).`,
    en: `${joinList(parts.map((p) => p.en), 'and')} (of the last ${result.total}; ${result.changes.length} change in all).`,
  };
}
