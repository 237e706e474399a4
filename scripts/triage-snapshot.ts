/**
 * Writes every triage decision the engine makes on the repository's labelled inboxes to a
 * directory, so a change meant to make triage faster can be proved not to change one decision.
 * A development script, not a test: it holds no answers, it records what the engine says today.
 *
 * Inboxes: every JSON-lines file under tests/fixtures/triage, tests/fixtures/concern and
 * tests/fixtures/heldout, the demo mailbox, the benchmark's real-shaped inbox, and (when present)
 * the JSON-lines files of /work/blind. Each is triaged with every preset, without a local model and
 * with local models learnt from two fixture inboxes (the learnt models are written too, so
 * learning is compared as well). Per message: channel, kind, department, anonymous, due, target,
 * rules, categories, priority, uncertain, uncertainty and the explanation in both languages.
 *
 *   npx tsx scripts/triage-snapshot.ts OUT_DIR          write a snapshot
 *   npx tsx scripts/triage-snapshot.ts OUT_DIR --compare BASE_DIR
 *                                                        write, then compare with an earlier one
 *
 * Held-out data (tests/fixtures/heldout, /work/blind) is compared in aggregate only: the
 * comparison prints how many of its lines differ, never their content.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PRESET_IDS, presetConfig } from '../src/core/config/presets';
import type { SvarstidConfig } from '../src/core/config/schema';
import { parseMailMessage, type MailMessage } from '../src/core/message';
import { assessMessage } from '../src/core/assess';
import { learnLocalModel, withLocalModel, type Correction } from '../src/core/triage/localTraining';
import { buildDemoSeed } from '../src/emulator/demoSeed';
import { realShapedInbox } from '../bench/realShapedInbox';

const ROOT = join(__dirname, '..');
const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) throw new Error('usage: triage-snapshot.ts OUT_DIR [--compare BASE_DIR]');
const compareIndex = args.indexOf('--compare');
const base = compareIndex >= 0 ? args[compareIndex + 1] : undefined;
if (resolve(out).startsWith(resolve(ROOT))) throw new Error('write the snapshot outside the repository');

interface Inbox {
  name: string;
  heldOut: boolean;
  messages: MailMessage[];
  labels: ({ kind: Correction['kind']; department: string } | null)[];
}

function readInbox(file: string, name: string, heldOut: boolean): Inbox | null {
  const inbox: Inbox = { name, heldOut, messages: [], labels: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const wrapped = typeof value === 'object' && value !== null && 'message' in value;
    const parsed = parseMailMessage(wrapped ? (value as { message: unknown }).message : value);
    if (!parsed.ok) continue;
    const expect = wrapped ? (value as { expect?: { kind?: Correction['kind']; department?: string } }).expect : undefined;
    inbox.messages.push(parsed.message);
    inbox.labels.push(expect?.kind && expect.department ? { kind: expect.kind, department: expect.department } : null);
  }
  return inbox.messages.length > 0 ? inbox : null;
}

function inboxes(): Inbox[] {
  const all: Inbox[] = [];
  for (const [dir, heldOut] of [
    [join(ROOT, 'tests/fixtures/triage'), false],
    [join(ROOT, 'tests/fixtures/concern'), false],
    [join(ROOT, 'tests/fixtures/heldout'), true],
    ['/work/blind', true],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.jsonl')) continue;
      const inbox = readInbox(join(dir, f), `${basename(dir)}-${f.replace(/\.jsonl$/, '')}`, heldOut);
      if (inbox) all.push(inbox);
    }
  }
  const seed = buildDemoSeed(new Date('2026-11-20T12:00:00Z'));
  const demo: Inbox = { name: 'demo', heldOut: false, messages: [], labels: [] };
  for (const entry of seed.inbox) {
    const parsed = parseMailMessage(entry.message);
    if (parsed.ok) {
      demo.messages.push(parsed.message);
      demo.labels.push(null);
    }
  }
  all.push(demo);
  const real = realShapedInbox(1000);
  all.push({ name: 'bench-real-shaped', heldOut: false, messages: real, labels: real.map(() => null) });
  return all;
}

function learnt(config: SvarstidConfig, from: Inbox): { config: SvarstidConfig; model: string } {
  const corrections: Correction[] = [];
  from.messages.forEach((message, i) => {
    const label = from.labels[i];
    if (label) corrections.push({ message, kind: label.kind, department: label.department });
  });
  // every head kept (no cross-validation gate, word gate or test of chance): the snapshot must exercise the local model's decisions
  const learning = learnLocalModel(corrections, config, { now: new Date('2026-12-01T00:00:00Z'), params: { minGain: -Infinity, wordGate: 0, chanceRounds: 0 } });
  if (!learning.trained) throw new Error(`no local model learnt from ${from.name}`);
  return { config: withLocalModel(config, learning.trained), model: JSON.stringify(learning) };
}

mkdirSync(out, { recursive: true });
const all = inboxes();
const teachers = ['triage-hallsta', 'heldout-norrsund'].map((n) => {
  const inbox = all.find((i) => i.name === n);
  if (!inbox) throw new Error(`no inbox ${n}`);
  return inbox;
});
const started = Date.now();
const written: string[] = [];
for (const preset of PRESET_IDS) {
  const plain = presetConfig(preset);
  const variants: { name: string; config: SvarstidConfig }[] = [{ name: 'none', config: plain }];
  for (const teacher of teachers) {
    const l = learnt(plain, teacher);
    const file = `model-${preset}-${teacher.name}.json`;
    writeFileSync(join(out, file), l.model + '\n');
    written.push(file);
    variants.push({ name: teacher.name, config: l.config });
  }
  for (const variant of variants) {
    for (const inbox of all) {
      const lines = inbox.messages.map((m) => {
        const a = assessMessage(m, variant.config);
        return JSON.stringify({
          id: a.id,
          channel: a.channel,
          kind: a.kind,
          department: a.department,
          anonymous: a.anonymous,
          due: a.due,
          target: a.target,
          rules: a.rules,
          categories: a.categories,
          priority: a.priority,
          uncertain: a.uncertain,
          uncertainty: a.triage.uncertainty,
          explanation: a.explanation,
        });
      });
      const file = `${inbox.heldOut ? 'heldout.' : ''}${inbox.name}.${preset}.${variant.name}.jsonl`;
      writeFileSync(join(out, file), lines.join('\n') + '\n');
      written.push(file);
    }
  }
}
const messages = all.reduce((a, i) => a + i.messages.length, 0);
console.log(`${written.length} files, ${all.length} inboxes (${messages} messages) × ${PRESET_IDS.length} presets × 3 models in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`);

if (base) {
  let differing = 0;
  for (const file of written) {
    const path = join(base, file);
    if (!existsSync(path)) {
      console.log(`missing in ${base}: ${file}`);
      differing++;
      continue;
    }
    const a = readFileSync(path, 'utf8').split('\n');
    const b = readFileSync(join(out, file), 'utf8').split('\n');
    let diff = a.length === b.length ? 0 : Math.abs(a.length - b.length);
    const shown: string[] = [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      diff++;
      // held-out data is compared in aggregate only: never its content
      if (!file.startsWith('heldout.') && shown.length < 2) shown.push(`  line ${i + 1}\n  - ${a[i]}\n  + ${b[i]}`);
    }
    if (diff > 0) {
      differing++;
      console.log(`${file}: ${diff} lines differ`);
      for (const s of shown) console.log(s);
    }
  }
  console.log(differing === 0 ? `identical: all ${written.length} files` : `DIFFERENT: ${differing} of ${written.length} files`);
  process.exitCode = differing === 0 ? 0 : 1;
}
