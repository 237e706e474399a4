import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessMessage } from '../../src/core/assess';
import { parseMailMessage } from '../../src/core/message';
import { parseConfig, presetDocument } from '../../src/core/config';
import { patchCount, readFolder, startHarness, type Harness } from './support/harness';

const ENTRY = join(__dirname, 'support', 'runWorker.ts');
const TSX = require.resolve('tsx/cjs');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runChild(args: string[]): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, ['-r', TSX, ENTRY, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

describe('worker killed with SIGKILL mid-batch', () => {
  let h: Harness;
  const dir = mkdtempSync(join(tmpdir(), 'svarstid-kill-'));
  const doc = presetDocument('ljungby');
  const configDoc = {
    ...doc,
    departments: doc.departments!.map((d) => (d.id === 'teknik' ? { ...d, routing: { actions: ['category', 'move'], folder: 'Teknik' } } : d)),
  };
  const config = parseConfig(configDoc);
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(configDoc));

  beforeAll(async () => {
    h = await startHarness({ count: 400, seed: 21 });
  });
  afterAll(() => h.stop());

  it('restarts and finishes with every message labelled exactly once and moved once', async () => {
    const args = ['--mailbox', h.mailbox, '--config', configFile, '--graph-url', h.emu.origin, '--once', '--state', join(dir, 'state.json'), '--quiet'];
    // Paced to 150 requests/s so the kill lands mid-backlog.
    const first = runChild([...args, '--rate', '150/1']);
    const until = Date.now() + 60_000;
    while (patchCount(h.emu) < 120 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const atKill = patchCount(h.emu);
    expect(atKill).toBeGreaterThanOrEqual(120);
    expect(atKill).toBeLessThan(400);

    const second = runChild(args);
    const finished = await second.done;
    if (finished.code !== 0) console.log(finished.stderr.slice(-3000), finished.stdout.slice(-500));
    expect(finished.code).toBe(0);
    const summary = JSON.parse(finished.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ scanned: expect.any(Number), errors: 0 });
    expect(Object.keys(summary)).toEqual(['scanned', 'labelled', 'unchanged', 'answered', 'routed', 'errors', 'requests']);

    const inbox = await readFolder(h.graph(), 'inbox');
    const folder = (await h.graph().childFolders('inbox')).find((f) => f.displayName === 'Teknik');
    const moved = folder ? await readFolder(h.graph(), folder.id!) : [];
    const all = [...inbox, ...moved];
    expect(new Set(all.map((m) => m.message.id)).size).toBe(400);
    for (const m of all) {
      const parsed = parseMailMessage(m.message);
      if (!parsed.ok) throw new Error(parsed.error);
      const a = assessMessage(parsed.message, config);
      expect(m.record).toMatchObject({ due: a.due, department: a.department, kind: a.kind, source: 'auto' });
      const cats = m.message.categories ?? [];
      expect(new Set(cats).size).toBe(cats.length);
      expect(m.record!.department === 'teknik').toBe(moved.includes(m));
    }
    // Exactly once: one PATCH per message over both runs, one move per teknik message.
    expect(patchCount(h.emu)).toBe(400);
    const stats = h.emu.stats().mailboxes[h.mailbox]!.requests;
    expect(stats['POST messages/{id}/move'] ?? 0).toBe(moved.length);
  }, 120_000);
});
