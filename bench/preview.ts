/**
 * The admin view's preview speed (issue 9): a draft run over 5 000 messages and compared with
 * the stored configuration's outcome (`src/core/admin/preview.ts`), beside the core's triage of
 * the same messages measured in the same run (the reference: what a preview would cost if it
 * ran the triage once more). Two drafts, as admins make them:
 *
 *  - a deadline change (the e-mail rule one working day longer): triage is reused, only the
 *    deadlines are computed again;
 *  - a routing change (one rule sends its mail elsewhere): only the messages the changed rule
 *    could match are triaged again (`incrementalPlan`); the full re-triage of every message under
 *    the draft (`preview(draft, { full: true })`, what the incremental preview must equal) is
 *    timed beside it. The page makes a new draft object for every edit, and the engine compiles
 *    a configuration's rules once per object: the routing figure is given for a draft already
 *    compiled and for a new one, with the compile time beside it.
 *
 * The stored configuration's outcome is computed once when the messages are read (also timed).
 *
 *   npx tsx bench/preview.ts [--messages N] [--preset NAME]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { isPresetId, parseConfig, presetConfig, type SvarstidConfig } from '../src/core/config';
import { parseMailMessage, type MailMessage } from '../src/core/message';
import { ruleSetReads, triageMessage } from '../src/core/triage';
import { PreviewBase } from '../src/core/admin/preview';
import { buildDemoSeed } from '../src/emulator/demoSeed';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '5000' }, preset: { type: 'string', default: 'ljungby' } } });
const count = Number(values.messages);
const presetId = values.preset ?? 'ljungby';
if (!Number.isInteger(count) || count <= 0) throw new Error('--messages takes a positive whole number');
if (!isPresetId(presetId)) throw new Error(`unknown preset ${presetId}`);
const stored = presetConfig(presetId);

function inbox(n: number): MailMessage[] {
  const seed = buildDemoSeed(new Date('2026-11-20T12:00:00Z'));
  const out: MailMessage[] = [];
  for (let i = 0; i < n; i++) {
    const raw = JSON.parse(JSON.stringify(seed.inbox[i % seed.inbox.length]!.message)) as Record<string, unknown>;
    raw.id = `bench-${i}`;
    raw.receivedDateTime = new Date(Date.UTC(2026, 0, 1) + i * 977_000).toISOString();
    const parsed = parseMailMessage(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    out.push(parsed.message);
  }
  return out;
}

function best(rounds: number, fn: () => void): number {
  let ms = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - started);
  }
  return ms;
}

const messages = inbox(count);
const deadlineDraft: SvarstidConfig = parseConfig({
  ...stored,
  policy: { ...stored.policy, rules: stored.policy.rules.map((r) => (r.id === 'kanal:epost' && r.due ? { ...r, due: { ...r.due, amount: r.due.amount + 1 } } : r)) },
});
const moved = stored.triage.rules.findIndex((r) => r.then.department !== undefined && r.then.department !== stored.fallbackDepartment);
if (moved < 0) throw new Error(`preset ${presetId} has no routing rule that names a department`);
const routingDraft: SvarstidConfig = parseConfig({
  ...stored,
  triage: { ...stored.triage, rules: stored.triage.rules.map((r, i) => (i === moved ? { ...r, then: { ...r.then, department: stored.fallbackDepartment } } : r)) },
});

// warm-up
for (const m of messages.slice(0, 300)) triageMessage(m, stored);

// Interleaved rounds, best of each: the machine is shared, so every figure gets the same chances.
let triageMs = Infinity;
let baseMs = Infinity;
let deadlineMs = Infinity;
let routingMs = Infinity;
let deadlineChanged = 0;
let routingChanged = 0;
let routingRetriaged = 0;
let fullMs = Infinity;
let routingFreshMs = Infinity;
let compileMs = Infinity;
for (let round = 0; round < 3; round++) {
  triageMs = Math.min(triageMs, best(1, () => {
    for (const m of messages) triageMessage(m, stored);
  }));
  let base!: PreviewBase;
  baseMs = Math.min(baseMs, best(1, () => {
    base = new PreviewBase(stored, messages);
  }));
  deadlineMs = Math.min(deadlineMs, best(3, () => {
    deadlineChanged = base.preview(deadlineDraft).changes.length;
  }));
  // the page builds a new draft object for every edit: its rules are compiled once, inside the preview
  const fresh = () => parseConfig(JSON.parse(JSON.stringify(routingDraft)));
  const drafts = [fresh(), fresh(), fresh()];
  let d = 0;
  routingFreshMs = Math.min(routingFreshMs, best(3, () => {
    base.preview(drafts[d++]!);
  }));
  const compileDraft = fresh();
  compileMs = Math.min(compileMs, best(1, () => {
    ruleSetReads(compileDraft);
  }));
  routingMs = Math.min(routingMs, best(3, () => {
    const r = base.preview(routingDraft);
    routingChanged = r.changes.length;
    routingRetriaged = r.retriaged;
  }));
  if (round === 0) {
    fullMs = best(1, () => {
      if (base.preview(routingDraft, { full: true }).changes.length !== routingChanged) throw new Error('the incremental preview differs from the full one');
    });
  }
}

const fmt = (ms: number) => `${Math.round(ms).toLocaleString('en')} ms`;
const goal = (ms: number) => (ms <= 300 ? 'goal ≤ 300 ms: met' : 'goal ≤ 300 ms: NOT met');
process.stdout.write(
  [
    `${count} messages, preset ${presetId}, one core (${process.version})`,
    `reference: core triage of the messages        ${fmt(triageMs)}`,
    `stored outcome, once per message set         ${fmt(baseMs)}   ratio to triage ${(baseMs / triageMs).toFixed(2)}`,
    `preview, deadline change (${deadlineChanged} messages change)   ${fmt(deadlineMs)}   ratio to triage ${(deadlineMs / triageMs).toFixed(3)}   ${goal(deadlineMs)}`,
    `preview, routing change (${routingChanged} messages change, ${routingRetriaged} triaged again)   ${fmt(routingMs)}   ratio to triage ${(routingMs / triageMs).toFixed(3)}   ${goal(routingMs)}`,
    `  the same, a new draft object (as the page makes one per edit)   ${fmt(routingFreshMs)}   ratio to triage ${(routingFreshMs / triageMs).toFixed(3)}   ${goal(routingFreshMs)}`,
    `    of which compiling the draft's routing rules (once per draft, the engine's)   ${fmt(compileMs)}`,
    `  the same draft, every message triaged again   ${fmt(fullMs)}   ratio to triage ${(fullMs / triageMs).toFixed(2)}`,
  ].join('\n') + '\n',
);
