import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetDocument } from '../../src/core/config';
import type { Kind } from '../../src/core/vocabulary';
import { startEmulator } from '../../src/emulator';
import { recordFor, withRecord } from '../fixtures/learning/localWords';
import { jsonLines, runCli } from './support';

/**
 * The acceptance experiment of issue 10 on the held-out inboxes (written blind, labelled by
 * SPEC only): the first half of an inbox (in time order) is corrected by people — every message
 * gets a manual record with its right kind and department — `svarstid learn` learns from those
 * corrections through the emulator, and `svarstid config get` → `svarstid triage --config`
 * decides the second half. It must be worse than the default on neither kind nor department.
 * (Measured: on Norrsund and Granvik no word of the corrections clears the bar of chance, so no
 * model is stored and the second half is decided as by the default; on Granhed a model is stored —
 * words that fixed the default's mistakes more often than chance would — and the second half must
 * still be worse on neither field. See README, "Learning from corrections".)
 *
 * The learning inboxes (Österby, Solvik: six weeks of one municipality whose local names recur,
 * written blind, held out) are also tried with only the default's mistakes corrected, as the
 * add-in's corrections come. Solvik was measured once at first sight with the name gate built on
 * the tuning inbox Hallviken before Solvik was written: department 81.3 → 83.8 % (all corrected)
 * and 81.3 → 85.0 % (mistakes only), kind unchanged — better, which this test holds it to (after
 * the review's fixes: 82.5 → 83.8 % and 82.5 → 85.0 %). Österby: unchanged, then 85.0 → 86.3 % with
 * every message corrected after the fixes. Solvik is no longer blind for the default rules: one
 * contact that lost its deadline there was fixed after its rule id and quoted word were seen
 * (README footnote 24); it stays out of all tuning of the local model.
 */

interface Line {
  message: Record<string, unknown>;
  expect: { kind: Kind; department: string };
}

function read(name: string): Line[] {
  return readFileSync(join(__dirname, '../fixtures/heldout', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line)
    .sort((a, b) => String(a.message.receivedDateTime).localeCompare(String(b.message.receivedDateTime)));
}

function mailboxOf(line: Line): string {
  const to = (line.message.toRecipients as { emailAddress?: { address?: string } }[] | undefined)?.[0]?.emailAddress?.address;
  return to ?? 'kommun@example.se';
}

const CASES: [name: string, mode: 'all' | 'wrong', better: boolean][] = [
  ['norrsund.jsonl', 'all', false],
  ['granvik.jsonl', 'all', false],
  ['granhed.jsonl', 'all', false],
  ['learn-osterby.jsonl', 'all', false],
  ['learn-osterby.jsonl', 'wrong', false],
  ['learn-solvik.jsonl', 'all', true],
  ['learn-solvik.jsonl', 'wrong', true],
  // measured once at first sight (fourteenth session), after the name gate's review fixes:
  // department 68.8 → 70.0 % (all) and 68.8 → 71.3 % (mistakes only), kind unchanged
  ['learn-tallmyra.jsonl', 'all', true],
  ['learn-tallmyra.jsonl', 'wrong', true],
];

describe.each(CASES)('learning on half of the held-out inbox %s (corrected: %s)', (name, mode, better) => {
  it(`learn, then triage --config on the other half: ${better ? 'better than the default on department or kind and ' : ''}worse on neither`, async () => {
    const lines = read(name);
    const half = Math.floor(lines.length / 2);
    const first = lines.slice(0, half);
    const second = lines.slice(half);
    const mailbox = mailboxOf(lines[0]!);
    // the default's decisions on the first half: with mode 'wrong' only its mistakes are corrected
    const firstByDefault = jsonLines((await runCli(['triage', '--preset', 'ljungby'], first.map((l) => JSON.stringify(l.message)).join('\n'))).stdout);
    const mistaken = (i: number) => firstByDefault[i]!.kind !== first[i]!.expect.kind || firstByDefault[i]!.department !== first[i]!.expect.department;
    const picked = first.filter((_, i) => mode === 'all' || mistaken(i));
    const corrected = picked.map((l) => withRecord(l.message, recordFor(l.expect.kind, l.expect.department, 'manual')));
    const emu = await startEmulator({ mailbox, throttle: 'off', seed: { messages: corrected } });
    const dir = mkdtempSync(join(tmpdir(), 'svarstid-heldout-'));
    try {
      const cli = (...args: string[]) => runCli([...args, '--mailbox', mailbox, '--graph-url', emu.url]);
      const preset = join(dir, 'preset.json');
      writeFileSync(preset, JSON.stringify(presetDocument('ljungby')));
      expect((await cli('config', 'set', preset)).code).toBe(0);
      const learnt = await cli('learn');
      expect(learnt.code).toBe(0);
      const [summary] = jsonLines(learnt.stdout);
      expect(summary).toMatchObject({ corrections: picked.length, labelled: picked.length });
      expect(summary!.after as number).toBeGreaterThanOrEqual(summary!.before as number);
      // stored only when cross-validation on the corrections is not worse; otherwise it says why
      if (summary!.stored !== true) expect(summary).toMatchObject({ stored: false, reason: 'not better' });

      const got = await cli('config', 'get');
      expect(got.code).toBe(0);
      const path = join(dir, 'config.json');
      writeFileSync(path, got.stdout);
      if (summary!.stored === true) expect(JSON.parse(got.stdout)).toMatchObject({ triage: { localModel: { enabled: true, trained: { corrections: picked.length } } } });
      const input = second.map((l) => JSON.stringify(l.message)).join('\n');
      const withModel = jsonLines((await runCli(['triage', '--config', path], input)).stdout);
      const byDefault = jsonLines((await runCli(['triage', '--preset', 'ljungby'], input)).stdout);
      const right = (out: Record<string, unknown>[], field: 'kind' | 'department') => out.filter((o, i) => o[field] === second[i]!.expect[field]).length;
      expect(right(withModel, 'kind')).toBeGreaterThanOrEqual(right(byDefault, 'kind'));
      expect(right(withModel, 'department')).toBeGreaterThanOrEqual(right(byDefault, 'department'));
      if (better) expect(right(withModel, 'kind') + right(withModel, 'department')).toBeGreaterThan(right(byDefault, 'kind') + right(byDefault, 'department'));
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
