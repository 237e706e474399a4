/**
 * Triage and deadline speed on one core (Node runs this on one thread).
 *
 * Two inboxes of N messages each:
 *  - generated: the demo mailbox's templates (short texts, varied ids and dates);
 *  - real-shaped: e-mail as it really comes (`realShapedInbox.ts`): Outlook and Gmail HTML with the
 *    client's style block, signature, disclaimer and quoted history, 2–8 KB, built from the labelled
 *    sets of independent writers.
 * For each it measures triage messages/s (channel, kind, department, explanation; the kind and
 * concern models on, as shipped) and assessMessage messages/s (triage + deadline, what the CLI
 * and the worker run), each with the ratio against a reference measured in the same run on the
 * same messages: a plain linear scan (lower-case the body, look for one word). Then deadlines/s
 * against plain Date arithmetic. Triage is also measured with a local model switched on
 * (`triage.localModel`, learnt from all 150 messages of the held-out Norrsund inbox as
 * corrections: a full-size vocabulary), beside triage without it, in turns on the same messages.
 * The machine is shared: compare ratios, not rates, between runs.
 *
 *   npx tsx bench/triage.ts [--messages N] [--preset NAME]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { presetConfig, isPresetId } from '../src/core/config';
import { parseMailMessage, type MailMessage } from '../src/core/message';
import { triageMessage } from '../src/core/triage';
import { assessMessage, deadlineFor } from '../src/core/assess';
import { CHANNELS, KINDS } from '../src/core/vocabulary';
import { buildDemoSeed } from '../src/emulator/demoSeed';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnLocalModel, withLocalModel, type Correction } from '../src/core/triage/localTraining';
import { realShapedInbox } from './realShapedInbox';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '10000' }, preset: { type: 'string', default: 'ljungby' } } });
const count = Number(values.messages);
const presetId = values.preset ?? 'ljungby';
if (!Number.isInteger(count) || count <= 0) throw new Error('--messages takes a positive whole number');
if (!isPresetId(presetId)) throw new Error(`unknown preset ${presetId}`);
const config = presetConfig(presetId);

function inbox(n: number): MailMessage[] {
  const seed = buildDemoSeed(new Date('2026-11-20T12:00:00Z'));
  const out: MailMessage[] = [];
  for (let i = 0; i < n; i++) {
    const entry = seed.inbox[i % seed.inbox.length]!;
    const raw = JSON.parse(JSON.stringify(entry.message)) as Record<string, unknown>;
    raw.id = `bench-${i}`;
    raw.receivedDateTime = new Date(Date.UTC(2026, 0, 1) + i * 977_000).toISOString();
    const parsed = parseMailMessage(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    out.push(parsed.message);
  }
  return out;
}

/** Runs `fn` over the items a few times after a warm-up; the best rate in items/s. */
function rate<T>(items: readonly T[], fn: (item: T) => unknown, rounds = 3): number {
  for (let i = 0; i < Math.min(items.length, 500); i++) fn(items[i]!);
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const item of items) fn(item);
    const seconds = (performance.now() - started) / 1000;
    best = Math.max(best, items.length / seconds);
  }
  return best;
}

/** Like {@link rate} for several functions, measured in turns (so a busy machine slows them alike). */
function rates<T>(items: readonly T[], fns: ((item: T) => unknown)[], rounds = 5): number[] {
  for (const fn of fns) for (let i = 0; i < Math.min(items.length, 500); i++) fn(items[i]!);
  const best = fns.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, f) => {
      const started = performance.now();
      for (const item of items) fn(item);
      best[f] = Math.max(best[f]!, items.length / ((performance.now() - started) / 1000));
    });
  }
  return best;
}

/** A configuration with a learnt local model of full size (every word kept that two writers used). */
function withLearntModel(): { config: typeof config; words: number } {
  const corrections: Correction[] = readFileSync(join(__dirname, '../tests/fixtures/heldout/norrsund.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const line = JSON.parse(l) as { message: unknown; expect: { kind: Correction['kind']; department: string } };
      const parsed = parseMailMessage(line.message);
      if (!parsed.ok) throw new Error(parsed.error);
      return { message: parsed.message, kind: line.expect.kind, department: line.expect.department };
    });
  const trained = learnLocalModel(corrections, config, { now: new Date('2026-12-01T00:00:00Z') }).trained;
  if (!trained) throw new Error('no local model learnt');
  const words = new Set([...Object.keys(trained.kind?.weights ?? {}), ...Object.keys(trained.department?.weights ?? {})]).size;
  return { config: withLocalModel(config, trained), words };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const goal = (n: number) => `goal ≥ 20,000 msg/s: ${n >= 20_000 ? 'met' : 'NOT met'}`;
let sink = 0;
const learnt = withLearntModel();
console.log(`${count} messages per inbox, preset ${presetId}, one core (${process.version})`);
let first: MailMessage[] = [];
for (const [name, messages] of [
  ['generated', inbox(count)],
  ['real-shaped', realShapedInbox(count)],
] as const) {
  if (first.length === 0) first = messages;
  const kb = messages.reduce((a, m) => a + (m.body?.content?.length ?? 0), 0) / messages.length / 1024;
  const reference = rate(messages, (m) => {
    sink += (m.body?.content ?? '').toLowerCase().includes('gatlykta') ? 1 : 0;
  });
  const [triage, triageLocal] = rates(messages, [(m) => triageMessage(m, config), (m) => triageMessage(m, learnt.config)]) as [number, number];
  const assess = rate(messages, (m) => assessMessage(m, config));
  console.log(`\n${name} inbox (bodies ${kb.toFixed(1)} KB on average)`);
  console.log(`  reference scan:     ${fmt(reference)} msg/s`);
  console.log(`  triage:             ${fmt(triage)} msg/s   ratio to reference ${(triage / reference).toFixed(4)}   ${goal(triage)}`);
  console.log(
    `  triage + local model (${learnt.words} words): ${fmt(triageLocal)} msg/s   ratio to reference ${(triageLocal / reference).toFixed(4)}   ` +
      `ratio to triage ${(triageLocal / triage).toFixed(3)}   ${goal(triageLocal)}`,
  );
  console.log(`  assess (+deadline): ${fmt(assess)} msg/s   ratio to reference ${(assess / reference).toFixed(4)}`);
}

const cases = first.map((m, i) => ({
  channel: CHANNELS[i % CHANNELS.length]!,
  kind: KINDS[(i * 7) % (KINDS.length - 1)]!,
  received: m.receivedDateTime,
}));
const dateReference = rate(cases, (c) => {
  sink += new Date(Date.parse(c.received) + 48 * 3_600_000).toISOString().length;
});
const deadlines = rate(cases, (c) => deadlineFor(c, config));
console.log(`\nreference dates:  ${fmt(dateReference)} /s`);
console.log(`deadlines:        ${fmt(deadlines)} /s   ratio to reference ${(deadlines / dateReference).toFixed(4)}`);
if (sink < 0) console.log(sink);
