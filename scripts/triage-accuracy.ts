/**
 * Measures triage against a labelled corpus (JSON lines of {"message", "expect"}), with the
 * `ljungby` preset: per-field accuracy and every miss with its explanation. A measuring script,
 * not a test. Usage: npx tsx scripts/triage-accuracy.ts [corpus.jsonl] [--preset NAME] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { presetConfig, isPresetId } from '../src/core/config/presets';
import { parseMailMessage } from '../src/core/message';
import { triageMessage } from '../src/core/triage';

interface Expected {
  channel: string;
  kind: string;
  department: string;
  anonymous: boolean;
}

const args = process.argv.slice(2);
const presetIndex = args.indexOf('--preset');
const presetName = presetIndex >= 0 ? args[presetIndex + 1] ?? 'ljungby' : 'ljungby';
const quiet = args.includes('--quiet');
const file = args.find((a, i) => !a.startsWith('--') && (presetIndex < 0 || i !== presetIndex + 1)) ?? '../shared/corpus/exempelby.jsonl';
if (!isPresetId(presetName)) throw new Error(`unknown preset ${presetName}`);
const config = presetConfig(presetName);

const lines = readFileSync(resolve(file), 'utf8').split('\n').filter((l) => l.trim().length > 0);
const fields = ['channel', 'kind', 'department', 'anonymous'] as const;
const correct: Record<(typeof fields)[number], number> = { channel: 0, kind: 0, department: 0, anonymous: 0 };
let total = 0;
const misses: string[] = [];
lines.forEach((line, i) => {
  const { message, expect } = JSON.parse(line) as { message: unknown; expect: Expected };
  const parsed = parseMailMessage(message);
  if (!parsed.ok) {
    misses.push(`#${i + 1}: unusable message: ${parsed.error}`);
    return;
  }
  total++;
  const result = triageMessage(parsed.message, config);
  const wrong: string[] = [];
  for (const f of fields) {
    if (result[f] === expect[f]) correct[f]++;
    else wrong.push(`${f} ${String(result[f])} (expected ${String(expect[f])})`);
  }
  if (wrong.length > 0) {
    misses.push(`#${i + 1} ${parsed.message.subject ?? ''}\n    ${wrong.join('; ')}\n    ${result.explanation.sv}`);
  }
});

console.log(`${file}: ${total} messages, preset ${presetName}`);
for (const f of fields) console.log(`  ${f.padEnd(11)} ${((100 * correct[f]) / Math.max(1, total)).toFixed(1)} % (${correct[f]}/${total})`);
if (!quiet && misses.length > 0) {
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) console.log(m);
}
