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

describe.each(['norrsund.jsonl', 'granvik.jsonl', 'granhed.jsonl'])('learning on half of the held-out inbox %s', (name) => {
  it('learn, then triage --config on the other half: worse than the default on neither kind nor department', async () => {
    const lines = read(name);
    const half = Math.floor(lines.length / 2);
    const first = lines.slice(0, half);
    const second = lines.slice(half);
    const mailbox = mailboxOf(lines[0]!);
    const corrected = first.map((l) => withRecord(l.message, recordFor(l.expect.kind, l.expect.department, 'manual')));
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
      expect(summary).toMatchObject({ corrections: half, labelled: half });
      expect(summary!.after as number).toBeGreaterThanOrEqual(summary!.before as number);
      // stored only when cross-validation on the corrections is not worse; otherwise it says why
      if (summary!.stored !== true) expect(summary).toMatchObject({ stored: false, reason: 'not better' });

      const got = await cli('config', 'get');
      expect(got.code).toBe(0);
      const path = join(dir, 'config.json');
      writeFileSync(path, got.stdout);
      if (summary!.stored === true) expect(JSON.parse(got.stdout)).toMatchObject({ triage: { localModel: { enabled: true, trained: { corrections: half } } } });
      const input = second.map((l) => JSON.stringify(l.message)).join('\n');
      const withModel = jsonLines((await runCli(['triage', '--config', path], input)).stdout);
      const byDefault = jsonLines((await runCli(['triage', '--preset', 'ljungby'], input)).stdout);
      const right = (out: Record<string, unknown>[], field: 'kind' | 'department') => out.filter((o, i) => o[field] === second[i]!.expect[field]).length;
      expect(right(withModel, 'kind')).toBeGreaterThanOrEqual(right(byDefault, 'kind'));
      expect(right(withModel, 'department')).toBeGreaterThanOrEqual(right(byDefault, 'department'));
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
