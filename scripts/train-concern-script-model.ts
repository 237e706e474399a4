/**
 * Trains the script model (src/core/triage/concernScriptModel.ts): a logistic regression over words and letter sequences of texts
 * mostly in Arabic or Cyrillic script (Arabic, Persian/Dari, Sorani, Ukrainian, Russian), reading a report of concern or not. Trained on the
 * independent reviews' texts in those scripts (tests/fixtures/concern-scripts/*.json) and the labelled sets' (tests/fixtures/concern,
 * tests/fixtures/triage). It prints the cross-validation table (each source left out in turn) from which the threshold is chosen
 * (`--threshold`, 0.6 as shipped); the held-out inboxes are never read.
 *
 *   npx tsx scripts/train-concern-script-model.ts [--cv-only] [--threshold T]
 *
 * Writes src/core/triage/concernScriptModelData.ts (or CONCERN_SCRIPT_MODEL_OUT) byte for byte the same from the same data.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { presetConfig } from '../src/core/config/presets';
import { parseMailMessage } from '../src/core/message';
import { writtenInOtherScript } from '../src/core/text/script';
import { channelEvidence } from '../src/core/triage/channel';
import { inModelScript, scriptFeatures, scriptModelScore, type ScriptModelData } from '../src/core/triage/concernScriptModel';
import { ZONE_INDEX, messageZones } from '../src/core/triage/zones';

const ROOT = resolve(__dirname, '..');
const config = presetConfig('ljungby');

export interface ScriptExample {
  source: string;
  text: string;
  concern: boolean;
}

/** The subject and body as triage reads them, when the text is mostly in another script. */
function textOf(raw: unknown): string | null {
  const parsed = parseMailMessage(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  const c = channelEvidence(parsed.message, config.triage.channelMarkers);
  const zones = messageZones(parsed.message, c.channel, c.subjectPrefixLength);
  const subject = zones.texts[ZONE_INDEX.subject]!;
  const body = zones.texts[ZONE_INDEX.body]!;
  const text = `${subject}\n${body}`;
  return writtenInOtherScript([subject, body]) && inModelScript(text) ? text : null;
}

function probeMessage(p: { subject: string; body: string }): unknown {
  return {
    id: 'AAMk-probe',
    subject: p.subject,
    body: { contentType: 'text', content: p.body },
    from: { emailAddress: { name: 'Medborgare', address: 'medborgare@example.com' } },
    toRecipients: [{ emailAddress: { address: 'kontakt@sjobacka.se' } }],
    receivedDateTime: '2026-11-16T09:15:00Z',
    hasAttachments: false,
  };
}

/** The reviews' and the labelled sets' texts in other scripts, with their sources (tests/fixtures/concern-scripts/*.json; 'sets'). */
export function loadScriptExamples(): ScriptExample[] {
  const out: ScriptExample[] = [];
  const dir = join(ROOT, 'tests/fixtures/concern-scripts');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    for (const p of JSON.parse(readFileSync(join(dir, f), 'utf8')) as { subject: string; body: string; expect: string }[]) {
      const text = textOf(probeMessage(p));
      if (text !== null) out.push({ source: f.replace(/\.json$/, ''), text, concern: p.expect === 'orosanmalan' });
    }
  }
  const files = ['tests/fixtures/concern', 'tests/fixtures/triage'].flatMap((d) => readdirSync(join(ROOT, d)).filter((x) => x.endsWith('.jsonl')).sort().map((x) => join(d, x)));
  for (const f of files) {
    for (const line of readFileSync(join(ROOT, f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const l = JSON.parse(line) as { message: unknown; expect: { kind: string } };
      const text = textOf(l.message);
      if (text !== null) out.push({ source: 'sets', text, concern: l.expect.kind === 'orosanmalan' });
    }
  }
  return out;
}

const ITERATIONS = 400;
const RATE = 0.5;
const L2 = 0.002;
/** Features seen in fewer examples are left out (a word of one text says nothing of the next). */
const MIN_COUNT = 2;
/** Weights kept in the shipped model, largest first. */
const KEEP = 12000;

/** Logistic regression by full-batch gradient descent (deterministic: the same data gives the same model). */
export function trainScriptModel(examples: readonly ScriptExample[]): ScriptModelData {
  const counts = new Map<string, number>();
  const rows = examples.map((e) => [...scriptFeatures(e.text).keys()]);
  for (const row of rows) for (const f of row) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= MIN_COUNT) index.set(f, index.size);
  const X = rows.map((row) => Int32Array.from(row.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  const y = examples.map((e) => (e.concern ? 1 : 0));
  const positives = y.reduce((a: number, b) => a + b, 0);
  // the classes weigh alike
  const weightOf = (label: number): number => (label === 1 ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives)));
  const w = new Float64Array(index.size);
  let bias = 0;
  const grad = new Float64Array(index.size);
  for (let it = 0; it < ITERATIONS; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < X.length; i++) {
      let z = bias;
      for (const f of X[i]!) z += w[f]!;
      const d = (1 / (1 + Math.exp(-z)) - y[i]!) * weightOf(y[i]!);
      gb += d;
      for (const f of X[i]!) grad[f]! += d;
    }
    for (let f = 0; f < w.length; f++) w[f] = w[f]! - (RATE * (grad[f]! / X.length + L2 * w[f]!));
    bias -= (RATE * gb) / X.length;
  }
  const names = [...index.keys()];
  const kept = names
    .map((n, i) => [n, w[i]!] as const)
    .filter(([, v]) => Math.abs(v) >= 1e-3)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEEP)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const weights: Record<string, number> = {};
  for (const [n, v] of kept) weights[n] = Math.round(v * 1e3) / 1e3;
  return { version: 1, threshold: 0.5, bias: Math.round(bias * 1e4) / 1e4, weights };
}

const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8];

function main(): void {
  const examples = loadScriptExamples();
  const sources = [...new Set(examples.map((e) => e.source))];
  console.log(`${examples.length} texts in other scripts (${examples.filter((e) => e.concern).length} reports) from ${sources.join(', ')}`);
  // each source left out in turn
  const tally = new Map<number, { found: number; total: number; alarms: number; others: number }>(THRESHOLDS.map((t) => [t, { found: 0, total: 0, alarms: 0, others: 0 }]));
  for (const source of sources) {
    const model = trainScriptModel(examples.filter((e) => e.source !== source));
    const test = examples.filter((e) => e.source === source);
    const line: string[] = [];
    for (const t of THRESHOLDS) {
      const s = tally.get(t)!;
      let found = 0;
      let alarms = 0;
      for (const e of test) {
        const p = scriptModelScore(model, e.text).probability;
        if (e.concern) found += p >= t ? 1 : 0;
        else alarms += p >= t ? 1 : 0;
      }
      const reports = test.filter((e) => e.concern).length;
      s.found += found;
      s.total += reports;
      s.alarms += alarms;
      s.others += test.length - reports;
      line.push(`τ ${t}: ${found}/${reports}, ${alarms}/${test.length - reports}`);
    }
    console.log(`  left out ${source}: ${line.join(' | ')}`);
  }
  for (const [t, s] of tally) console.log(`τ ${t}: reports ${s.found}/${s.total}, false alarms ${s.alarms}/${s.others}`);
  if (process.argv.includes('--cv-only')) return;
  const at = process.argv.indexOf('--threshold');
  const threshold = at >= 0 ? Number(process.argv[at + 1]) : 0.6;
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold >= 1) throw new Error(`--threshold takes a probability between 0 and 1, not ${process.argv[at + 1]}`);
  const model = { ...trainScriptModel(examples), threshold };
  const out = process.env.CONCERN_SCRIPT_MODEL_OUT ?? join(ROOT, 'src/core/triage/concernScriptModelData.ts');
  writeFileSync(
    out,
    `// Generated by scripts/train-concern-script-model.ts — do not edit. Trained on tests/fixtures/concern-scripts/*.json and the texts in\n` +
      `// other scripts of tests/fixtures/concern and tests/fixtures/triage; threshold ${threshold}.\n` +
      `import type { ScriptModelData } from './concernScriptModel';\n\n` +
      `export const CONCERN_SCRIPT_MODEL_DATA: ScriptModelData | null = ${JSON.stringify(model, null, 1)};\n`,
  );
  console.log(`wrote ${out}: ${Object.keys(model.weights).length} weights, threshold ${threshold}`);
}

if (require.main === module) main();
