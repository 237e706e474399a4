import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetConfig, type SvarstidConfig } from '../../src/core/config';
import type { Kind } from '../../src/core/vocabulary';
import { startEmulator } from '../../src/emulator';
import { mailboxFor } from '../../src/worker/cli';
import { learnFromCorrections, type LearnConfigStore } from '../../src/worker/learn';
import { recordFor, withRecord } from '../fixtures/learning/localWords';
import { jsonLines, runCli } from './support';

/**
 * The acceptance experiment of issue 10 on the held-out inboxes (written blind, labelled by
 * SPEC only): the first half of an inbox (in time order) is corrected by people — every message
 * gets a manual record with its right kind and department — learning (`svarstid learn`'s code)
 * reads those corrections from the emulator and learns, and `svarstid triage --config` with the
 * configuration it stores decides the second half. It must be worse than the default on neither
 * kind nor department. (Measured: the same on both fields on both inboxes — see README,
 * "Learning from corrections".)
 *
 * The configuration is kept in memory here: a model learnt from 60–75 corrections does not fit
 * the 64 KB extended property main's configuration store uses (the store moving to items is
 * issue 9's work); tests/cli/learn.test.ts covers storing in the mailbox end to end.
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

describe.each(['norrsund.jsonl', 'granvik.jsonl'])('learning on half of the held-out inbox %s', (name) => {
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
      const graph = mailboxFor({ mailbox, graphUrl: emu.origin, rate: undefined });
      let stored: { config: SvarstidConfig; revision: number } = { config: presetConfig('ljungby'), revision: 1 };
      const store: LearnConfigStore = {
        read: () => Promise.resolve(stored),
        save: (config, options) => {
          expect(options).toMatchObject({ expectedRevision: stored.revision, by: 'worker' });
          stored = { config, revision: stored.revision + 1 };
          return Promise.resolve({ revision: stored.revision });
        },
      };
      const summary = await learnFromCorrections({ graph, store });
      expect(summary).toMatchObject({ corrections: half, labelled: half });
      expect(summary.after).toBeGreaterThanOrEqual(summary.before);

      const path = join(dir, 'config.json');
      writeFileSync(path, JSON.stringify(stored.config));
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
