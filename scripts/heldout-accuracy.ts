/**
 * End-to-end check of triage against a held-out labelled set, through the `svarstid triage`
 * command (SPEC §8) rather than the library: feeds the Graph messages on stdin, compares each
 * output line with the line's `expect`, prints per-field accuracy against the acceptance bars
 * and every miss with the engine's explanation. A measuring script, not a test.
 *
 * Usage: npx tsx scripts/heldout-accuracy.ts [file.jsonl] [--preset NAME] [--src] [--json]
 *   --src   run the CLI from src/ through tsx instead of the built bin/svarstid.js (dist/)
 *   --json  print the misses as JSON lines (line, subject, field, expected, got, explanation)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Field = 'channel' | 'kind' | 'department' | 'anonymous';
const FIELDS: Field[] = ['channel', 'kind', 'department', 'anonymous'];
const BARS: Partial<Record<Field, number>> = { channel: 98, department: 90, kind: 85 };

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const preset = option('--preset') ?? 'ljungby';
const file = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--preset') ?? 'tests/fixtures/heldout/granvik.jsonl',
);

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim().length > 0);
const cases = lines.map((l) => JSON.parse(l) as { message: Record<string, unknown>; expect: Record<Field, unknown> });
const input = cases.map((c) => JSON.stringify(c.message)).join('\n') + '\n';

const root = resolve(__dirname, '..');
const run = flag('--src')
  ? spawnSync(
      'npx',
      ['tsx', '-e', `require(${JSON.stringify(resolve(root, 'src/cli/main.ts'))}).main(['triage','--preset',${JSON.stringify(preset)}]).then(c=>{process.exitCode=c})`],
      { input, cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    )
  : spawnSync(process.execPath, [resolve(root, 'bin/svarstid.js'), 'triage', '--preset', preset], {
      input,
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
if (run.status !== 0) {
  process.stderr.write(run.stderr ?? '');
  throw new Error(`svarstid triage exited with ${String(run.status)}`);
}
const outputs = run.stdout.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);
if (outputs.length !== cases.length) throw new Error(`expected ${cases.length} output lines, got ${outputs.length}`);

const correct: Record<Field, number> = { channel: 0, kind: 0, department: 0, anonymous: 0 };
const misses: { line: number; subject: string; field: Field; expected: unknown; got: unknown; explanation: string }[] = [];
cases.forEach((c, i) => {
  const out = outputs[i];
  if (out.id !== c.message.id) throw new Error(`line ${i + 1}: output id ${String(out.id)} does not match`);
  for (const f of FIELDS) {
    if (out[f] === c.expect[f]) correct[f]++;
    else
      misses.push({
        line: i + 1,
        subject: String(c.message.subject ?? ''),
        field: f,
        expected: c.expect[f],
        got: out.error ? `error: ${String(out.error)}` : out[f],
        explanation: String(out.explanation ?? ''),
      });
  }
});

console.log(`${file}: ${cases.length} messages, preset ${preset}, via ${flag('--src') ? 'src (tsx)' : 'bin/svarstid.js (dist)'}`);
for (const f of FIELDS) {
  const pct = (100 * correct[f]) / cases.length;
  const bar = BARS[f];
  const verdict = bar === undefined ? '' : pct >= bar ? `  ok (bar ${bar} %)` : `  BELOW bar ${bar} %`;
  console.log(`  ${f.padEnd(11)} ${pct.toFixed(1).padStart(5)} % (${correct[f]}/${cases.length})${verdict}`);
}
if (flag('--json')) {
  for (const m of misses) console.log(JSON.stringify(m));
} else if (misses.length > 0) {
  console.log(`\nMisses (${misses.length} field errors):`);
  for (const m of misses) {
    console.log(`#${m.line} ${m.subject}\n    ${m.field}: expected ${String(m.expected)}, got ${String(m.got)}\n    ${m.explanation}`);
  }
}
