/**
 * Reply recogniser speed on one core: the 81 blind replies of
 * tests/fixtures/acknowledgements/ack-replies.jsonl, sent at varied times, recognised N times
 * over, with the ratio against a reference measured in the same run: `splitMessageText` alone
 * (the newest-text split every recognition starts with).
 *
 *   npx tsx bench/acknowledgements.ts [--replies N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { recogniseReply } from '../src/core/acknowledgement';
import { calendarOf } from '../src/core/assess';
import { presetConfig } from '../src/core/config';
import { splitMessageText } from '../src/core/text';

const { values } = parseArgs({ options: { replies: { type: 'string', default: '20000' } } });
const count = Number(values.replies);
if (!Number.isInteger(count) || count <= 0) throw new Error('--replies takes a positive whole number');
const rows = readFileSync(join(__dirname, '..', 'tests', 'fixtures', 'acknowledgements', 'ack-replies.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { text: string; sent: string });
const calendar = calendarOf(presetConfig('ljungby'));
const inputs = Array.from({ length: count }, (_, i) => {
  const row = rows[i % rows.length]!;
  return { text: row.text, sentAt: new Date(Date.parse(row.sent) + (i % 500) * 3_600_000).toISOString() };
});

function rate(run: () => number): number {
  run(); // warm up
  const start = performance.now();
  const sink = run();
  const seconds = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink);
  return count / seconds;
}

const reference = rate(() => inputs.reduce((n, x) => n + splitMessageText(x.text).newest.length, 0));
const recognised = rate(() => inputs.reduce((n, x) => n + (recogniseReply(x, calendar).kind === 'acknowledgement' ? 1 : 0), 0));
console.log(JSON.stringify({ replies: count, recognisePerSecond: Math.round(recognised), splitPerSecond: Math.round(reference), ratio: Number((recognised / reference).toFixed(3)) }));
