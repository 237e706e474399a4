/**
 * Scores the reply recogniser on a labelled table of replies (JSON lines:
 * `{"sent", "text", "expect": "acknowledgement"|"answer", "promised": "YYYY-MM-DD"|null, "note"}`),
 * written by people who had not read the recogniser. Prints every miss and the totals.
 *
 *   npx tsx scripts/ack-replies-accuracy.ts [FILE] [--preset NAME]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { recogniseReply } from '../src/core/acknowledgement';
import { calendarOf } from '../src/core/assess';
import { isPresetId, presetConfig } from '../src/core/config';
import { scoreReplies, type LabelledReply } from '../tests/fixtures/acknowledgements/score';

const { values, positionals } = parseArgs({ options: { preset: { type: 'string', default: 'ljungby' } }, allowPositionals: true });
const file = positionals[0] ?? join(__dirname, '..', 'tests', 'fixtures', 'acknowledgements', 'ack-replies.jsonl');
if (!isPresetId(values.preset!)) throw new Error(`unknown preset ${values.preset}`);
const calendar = calendarOf(presetConfig(values.preset));
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledReply);
const score = scoreReplies(rows, (r) => recogniseReply({ text: r.text, sentAt: r.sent }, calendar), calendar.timeZone);
for (const m of score.misses) {
  console.log(`MISS #${m.index + 1} expected ${m.expected}${m.expectedDate ? ` ${m.expectedDate}` : ''}, got ${m.got}${m.gotDate ? ` ${m.gotDate}` : ''}`);
  console.log(`   ${m.text.replace(/\s+/g, ' ').slice(0, 220)}`);
  console.log(`   why: ${m.explanation}`);
  if (m.note) console.log(`   note: ${m.note}`);
}
console.log(JSON.stringify({ replies: score.total, kindCorrect: score.kindCorrect, datesCorrect: score.datesCorrect, acknowledgements: score.acknowledgements, correct: score.correct, accuracy: score.correct / score.total }));
