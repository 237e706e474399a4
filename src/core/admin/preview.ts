import type { SvarstidConfig } from '../config/schema';
import { deadlineFor } from '../assess';
import type { MailMessage } from '../message';
import { effectiveRules, LOCAL_DEPARTMENT_RULE_ID, LOCAL_KIND_RULE_ID, MODEL_RULE_ID, triageMessage } from '../triage';
import type { Channel, Kind } from '../vocabulary';

/**
 * The admin view's preview before a save (issue 9): the core's triage and deadline over the
 * mailbox's recent messages, under the stored configuration and under the draft, and what
 * changes — which messages change department, kind, channel or deadline, how often each routing
 * rule decides, and which messages no routing rule decided. Pure; the page reads the messages
 * through src/graph and keeps only what is shown here (id, subject, received).
 *
 * A {@link PreviewBase} keeps the stored configuration's outcome per message, so a preview
 * computes only the draft's. When the draft changes nothing triage reads (the routing rules,
 * channel markers, models, department ids, fallback, municipality domains and mailbox), the
 * stored triage is reused and only the deadlines are computed again: the same answer, much
 * faster.
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
}

const MODEL_RULES = new Set([MODEL_RULE_ID, LOCAL_KIND_RULE_ID, LOCAL_DEPARTMENT_RULE_ID]);
const SUBJECT_CHARS = 140;

interface Prepared {
  info: PreviewMessageInfo;
  message: MailMessage;
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

  constructor(
    readonly config: SvarstidConfig,
    messages: readonly MailMessage[],
  ) {
    this.fingerprint = triageFingerprint(config);
    this.prepared = messages.map((message, i) => {
      const triage = triageOf(message, config);
      return {
        info: { id: message.id ?? `#${i + 1}`, subject: (message.subject ?? '').slice(0, SUBJECT_CHARS), received: message.receivedDateTime },
        message,
        triage,
        due: dueOf(message, triage, config),
      };
    });
  }

  get size(): number {
    return this.prepared.length;
  }

  /** Runs the draft over the messages and compares with the stored configuration's outcome. */
  preview(draft: SvarstidConfig): PreviewResult {
    const deadlinesOnly = triageFingerprint(draft) === this.fingerprint;
    const counts: Record<PreviewField, number> = { department: 0, kind: 0, channel: 0, due: 0 };
    const changes: PreviewChange[] = [];
    const unmatched: PreviewResult['unmatched'] = [];
    const hitsBefore = new Map<string, number>();
    const hitsAfter = new Map<string, number>();
    const count = (map: Map<string, number>, rules: readonly string[]) => {
      for (const r of rules) map.set(r, (map.get(r) ?? 0) + 1);
    };
    for (const p of this.prepared) {
      const triage = deadlinesOnly ? p.triage : triageOf(p.message, draft);
      const after: PreviewOutcome = { ...triage, due: dueOf(p.message, triage, draft) };
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
    return { total: this.prepared.length, changes, counts, ruleHits, unmatched, deadlinesOnly };
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
  const join = (xs: string[], and: string) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`);
  return {
    sv: `${join(parts.map((p) => p.sv), 'och')} (av de ${result.total} senaste; ${result.changes.length} ändras totalt).`,
    en: `${join(parts.map((p) => p.en), 'and')} (of the last ${result.total}; ${result.changes.length} change in all).`,
  };
}
