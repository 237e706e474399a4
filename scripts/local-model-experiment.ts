/**
 * The local model's experiment on labelled inboxes: the first half of each inbox (in time order)
 * is corrected by a person — every message (`--mode all`, a person went through and labelled each
 * one) or only those the default got wrong (`--mode wrong`, the add-in's corrections) — the model
 * is learnt from those corrections, and the second half is triaged with the default and with the
 * default + local model. Prints per inbox: corrections, the cross-validated before/after on the
 * corrections, and kind/department accuracy on the second half, plus every message the model
 * changed. A measuring script, not a test (the test is tests/worker/learnHeldout.test.ts).
 *
 * Usage: npx tsx scripts/local-model-experiment.ts FILE.jsonl… [--mode all|wrong] [--preset NAME]
 *        [--disable RULE-ID-PREFIX,…] [--param name=value …] [--quiet]
 *   --disable  switch off default rules whose id starts with one of the prefixes (simulates
 *              words the default rules do not know, e.g. avd.kf. for the culture department)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { presetConfig, isPresetId, type SvarstidConfig } from '../src/core/config';
import { parseMailMessage, type MailMessage } from '../src/core/message';
import { triageMessage } from '../src/core/triage';
import { learnLocalModel, withLocalModel, DEFAULT_LOCAL_PARAMS, type Correction, type LocalTrainingParams } from '../src/core/triage/localTraining';
import { channelEvidence } from '../src/core/triage/channel';
import { storableWords } from '../src/core/triage/localFeatures';
import { messageZones } from '../src/core/triage/zones';
import type { Kind } from '../src/core/vocabulary';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const options = new Set(['--mode', '--preset', '--disable', '--param']);
const files = args.filter((a, i) => !a.startsWith('--') && !options.has(args[i - 1] ?? ''));
const mode = option('--mode') ?? 'all';
const preset = option('--preset') ?? 'ljungby';
const quiet = args.includes('--quiet');
const params: Partial<LocalTrainingParams> = {};
args.forEach((a, i) => {
  if (a !== '--param') return;
  const [k, v] = (args[i + 1] ?? '').split('=');
  if (!k || v === undefined || !(k in DEFAULT_LOCAL_PARAMS)) throw new Error(`unknown --param ${args[i + 1]}`);
  (params as Record<string, number>)[k] = Number(v);
});
if (!isPresetId(preset)) throw new Error(`unknown preset ${preset}`);
let config: SvarstidConfig = presetConfig(preset);
const disable = (option('--disable') ?? '').split(',').filter((p) => p !== '');
if (disable.length > 0) {
  config = { ...config, triage: { ...config.triage, rules: config.triage.rules.map((r) => (disable.some((p) => r.id.startsWith(p)) ? { ...r, enabled: false } : r)) } };
}

interface Row { message: MailMessage; expect: { kind: Kind; department: string } }
const total = { n: 0, defaultKind: 0, defaultDepartment: 0, localKind: 0, localDepartment: 0 };
for (const file of files) {
  const rows: Row[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const line = JSON.parse(l) as { message: unknown; expect: Row['expect'] };
    const parsed = parseMailMessage(line.message);
    if (!parsed.ok) throw new Error(parsed.error);
    return { message: parsed.message, expect: line.expect };
  });
  rows.sort((a, b) => a.message.receivedDateTime.localeCompare(b.message.receivedDateTime));
  const half = Math.floor(rows.length / 2);
  const first = rows.slice(0, half);
  const second = rows.slice(half);
  const corrections: Correction[] = first
    .filter((r) => {
      if (mode === 'all') return true;
      const t = triageMessage(r.message, config);
      return t.kind !== r.expect.kind || t.department !== r.expect.department;
    })
    .map((r) => ({ message: r.message, kind: r.expect.kind, department: r.expect.department }));
  const started = process.hrtime.bigint();
  const learning = learnLocalModel(corrections, config, { now: new Date('2026-12-01T12:00:00Z'), params, population: first.length });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const local = learning.trained && learning.noWorse ? withLocalModel(config, learning.trained) : config;
  // the ceiling of learning words: second-half mistakes of the default that share a word with
  // corrections (of the first half) that all agree on the right answer — in one, in two or more,
  // and in two or more where the default had been wrong (what a word must fix to be learnt)
  const wordsOf = (m: MailMessage) => {
    const channel = channelEvidence(m, config.triage.channelMarkers);
    return storableWords(messageZones(m, channel.channel, channel.subjectPrefixLength), channel.channel, DEFAULT_LOCAL_PARAMS.prefix);
  };
  type Field = 'kind' | 'department';
  const byWord = new Map<string, Record<Field, { answer: string; fixed: boolean }[]>>();
  for (const c of corrections) {
    const t = triageMessage(c.message, config);
    for (const w of wordsOf(c.message).keys()) {
      const e = byWord.get(w) ?? { kind: [], department: [] };
      e.kind.push({ answer: c.kind, fixed: t.kind !== c.kind });
      e.department.push({ answer: c.department, fixed: t.department !== c.department });
      byWord.set(w, e);
    }
  }
  const reach = { kind: [0, 0, 0, 0], department: [0, 0, 0, 0] };
  const acc = { dk: 0, dd: 0, lk: 0, ld: 0 };
  const changes: string[] = [];
  for (const r of second) {
    const d = triageMessage(r.message, config);
    const l = triageMessage(r.message, local);
    for (const field of ['kind', 'department'] as const) {
      if (d[field] === r.expect[field]) continue;
      reach[field][0]++;
      let most = 0;
      let fixes = 0;
      for (const w of wordsOf(r.message).keys()) {
        const items = byWord.get(w)?.[field] ?? [];
        if (items.length === 0 || items.some((x) => x.answer !== r.expect[field])) continue;
        most = Math.max(most, items.length);
        fixes = Math.max(fixes, items.filter((x) => x.fixed).length);
      }
      if (most >= 1) reach[field][1]++;
      if (most >= 2) reach[field][2]++;
      if (fixes >= 2) reach[field][3]++;
    }
    acc.dk += d.kind === r.expect.kind ? 1 : 0;
    acc.dd += d.department === r.expect.department ? 1 : 0;
    acc.lk += l.kind === r.expect.kind ? 1 : 0;
    acc.ld += l.department === r.expect.department ? 1 : 0;
    if (l.kind !== d.kind || l.department !== d.department) {
      const mark = (got: string, def: string, want: string) => (got === def ? '' : got === want ? ' FIXED' : def === want ? ' BROKE' : ' changed');
      changes.push(
        `    ${(r.message.subject ?? '').slice(0, 60).padEnd(60)} kind ${d.kind}→${l.kind}${mark(l.kind, d.kind, r.expect.kind)} dep ${d.department}→${l.department}${mark(l.department, d.department, r.expect.department)} (want ${r.expect.kind}/${r.expect.department})\n      ${l.explanation.sv.split('. ').filter((s) => s.includes('lärt av')).join('. ')}`,
      );
    }
  }
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)} %`;
  const size = learning.trained ? JSON.stringify(learning.trained).length : 0;
  console.log(
    `${basename(file)}: ${corrections.length} corrections (${mode}) of ${first.length}; learnt in ${ms.toFixed(0)} ms, ${size} chars; ` +
      `CV both ${pct(learning.before.both, 1)} → ${pct(learning.after.both, 1)} (kind ${pct(learning.before.kind, 1)} → ${pct(learning.after.kind, 1)}, dep ${pct(learning.before.department, 1)} → ${pct(learning.after.department, 1)}); stored ${learning.trained !== null && learning.noWorse}`,
  );
  console.log(`  second half (${second.length}): kind ${pct(acc.dk, second.length)} → ${pct(acc.lk, second.length)}, department ${pct(acc.dd, second.length)} → ${pct(acc.ld, second.length)}`);
  console.log(
    `  default mistakes sharing a word only with corrections of the right answer (in one / in two or more / in two or more that fixed the default): ` +
      `kind ${reach.kind[1]} / ${reach.kind[2]} / ${reach.kind[3]} of ${reach.kind[0]}, department ${reach.department[1]} / ${reach.department[2]} / ${reach.department[3]} of ${reach.department[0]}`,
  );
  if (process.env.SHOW_WORDS && learning.trained) {
    for (const head of ['kind', 'department'] as const) {
      const h = learning.trained[head];
      if (!h) continue;
      const fb = new Set(h.fallbackWords ?? []);
      console.log(`  ${head} words: ${Object.keys(h.weights).filter((w) => !fb.has(w)).join(' ')} | fallback: ${[...fb].join(' ')}`);
    }
  }
  if (!quiet) for (const c of changes) console.log(c);
  total.n += second.length;
  total.defaultKind += acc.dk;
  total.defaultDepartment += acc.dd;
  total.localKind += acc.lk;
  total.localDepartment += acc.ld;
}
if (files.length > 1) {
  const pct = (x: number) => `${((100 * x) / total.n).toFixed(1)} %`;
  console.log(`ALL (${total.n}): kind ${pct(total.defaultKind)} → ${pct(total.localKind)}, department ${pct(total.defaultDepartment)} → ${pct(total.localDepartment)}`);
}
