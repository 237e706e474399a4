import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { presetDocument } from '../../src/core/config';
import { closedPort, jsonLines, runCli } from './support';

const dir = mkdtempSync(join(tmpdir(), 'svarstid-config-cli-'));
function file(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return path;
}

describe('svarstid config (the configuration stored in the mailbox)', () => {
  let emu: RunningEmulator;
  const at = (): string[] => ['--mailbox', emu.mailbox, '--graph-url', emu.url];
  beforeAll(async () => {
    emu = await startEmulator({ throttle: 'off' });
  });
  afterAll(() => emu.stop());

  it('get says clearly that nothing is stored (exit 3)', async () => {
    const r = await runCli(['config', 'get', ...at()]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/det finns ingen konfiguration sparad i kommun@exempelby\.se.*config set/s);
    // the suggested command carries --graph-url exactly as given, /v1.0 included, so copying it works
    const given = `${emu.url.replace(/\/v1\.0\/?$/, '')}/v1.0`;
    const withPath = await runCli(['config', 'get', '--mailbox', emu.mailbox, '--graph-url', given]);
    // the same three commands run gives: a preset to start from, check-config, then config set
    expect(withPath.stderr).toContain(
      `\n    svarstid presets ljungby --out kommun.json\n    svarstid check-config kommun.json\n    svarstid config set kommun.json --mailbox ${emu.mailbox} --graph-url ${given} --if-revision 0 --note "första versionen"\n`,
    );
  });

  it('set refuses an invalid file with every problem and its path, and stores nothing (exit 1)', async () => {
    const doc = presetDocument('ljungby');
    const bad = file('bad.json', { ...doc, fallbackDepartment: 'nowhere', senderCheck: { ...doc.senderCheck, mode: 'sometimes' } });
    const r = await runCli(['config', 'set', bad, ...at()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fallbackDepartment: /);
    expect(r.stderr).toMatch(/senderCheck\.mode: /);
    expect(r.stderr).toMatch(/inget sparades i brevlådan \/ nothing was stored/);
    expect((await runCli(['config', 'get', ...at()])).code).toBe(3);
    const notJson = await runCli(['config', 'set', file('broken.json', '{"schemaVersion": 1,'), ...at()]);
    expect(notJson.code).toBe(1);
    expect((await runCli(['config', 'get', ...at()])).code).toBe(3);
  });

  it('set saves and prints the revision; get prints the stored configuration; history has who, when, note and the diff', async () => {
    const doc = presetDocument('ljungby');
    const first = await runCli(['config', 'set', file('ljungby.json', doc), ...at(), '--note', 'från förinställningen']);
    expect(first.code).toBe(0);
    expect(jsonLines(first.stdout)).toEqual([{ revision: 1 }]);
    // a preset names no admins: stored, but the person is told nobody can open the admin view yet
    expect(first.stderr).toContain('namnger inga administratörer ("admins"), så ingen kan öppna administrationsvyn');
    expect(first.stderr).toContain('names no admins ("admins"), so nobody can open the admin view');
    // nor an on-call number for reports of concern after closing time (reader round 30, U3)
    expect(first.stderr).toContain('obs: ingen jour för orosanmälningar efter stängning är angiven ("concernOnCall" under "municipality")');

    const get = await runCli(['config', 'get', ...at()]);
    expect(get.code).toBe(0);
    const stored = JSON.parse(get.stdout) as { revision: number; policy: { id: string } };
    expect(stored).toMatchObject({ revision: 1, policy: { id: 'ljungby' } });
    // --out writes the same JSON to a new file (the way that keeps å, ä and ö in every shell)
    const out = join(dir, 'hamtad.json');
    const saved = await runCli(['config', 'get', ...at(), '--out', out]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toBe('');
    expect(saved.stderr).toContain(`revision 1 är sparad i ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(get.stdout);
    expect((await runCli(['config', 'get', ...at(), '--out', out])).code).toBe(2);
    expect((await runCli(['config', 'history', ...at(), '--out', out])).stderr).toContain('--out hör till config get');

    const warn = file('warn.json', {
      ...doc,
      municipality: { ...doc.municipality, concernOnCall: 'Socialjouren Ljungby, 070-174 06 55' },
      senderCheck: { ...doc.senderCheck, mode: 'warn' },
      admins: { users: ['anna@ljungby.se'], groups: [] },
    });
    const second = await runCli(['config', 'set', warn, ...at(), '--if-revision', '1', '--note', 'varna']);
    expect(jsonLines(second.stdout)).toEqual([{ revision: 2 }]);
    expect(second.stderr).not.toContain('inga administratörer');
    expect(second.stderr).not.toContain('ingen jour');

    const history = jsonLines((await runCli(['config', 'history', ...at()])).stdout);
    expect(history).toEqual([
      expect.objectContaining({ revision: 1, by: 'cli', note: 'från förinställningen' }),
      expect.objectContaining({ revision: 2, by: 'cli', note: 'varna', changes: expect.arrayContaining([expect.objectContaining({ path: 'senderCheck.mode', before: 'block', after: 'warn' })]) }),
    ]);
    for (const h of history) expect(Date.parse(h.at as string)).toBeGreaterThan(Date.now() - 600_000);
  });

  it('a stale --if-revision is a conflict (exit 4) and stores nothing', async () => {
    const doc = presetDocument('ljungby');
    const r = await runCli(['config', 'set', file('stale.json', { ...doc, senderCheck: { ...doc.senderCheck, lixHintAbove: 60 } }), ...at(), '--if-revision', '1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/konflikt: konfigurationen .* är revision 2 .* Inget sparades/);
    expect(jsonLines((await runCli(['config', 'history', ...at()])).stdout)).toHaveLength(2);
  });

  it('of two concurrent sets from the same revision exactly one wins, the other exits 4', async () => {
    const doc = presetDocument('ljungby');
    const a = file('a.json', { ...doc, senderCheck: { ...doc.senderCheck, lixHintAbove: 41 } });
    const b = file('b.json', { ...doc, senderCheck: { ...doc.senderCheck, lixHintAbove: 42 } });
    const results = await Promise.all([runCli(['config', 'set', a, ...at(), '--if-revision', '2']), runCli(['config', 'set', b, ...at(), '--if-revision', '2'])]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 4]);
    const winner = results.find((r) => r.code === 0)!;
    expect(jsonLines(winner.stdout)).toEqual([{ revision: 3 }]);
    const stored = JSON.parse((await runCli(['config', 'get', ...at()])).stdout) as { senderCheck: { lixHintAbove: number } };
    expect(stored.senderCheck.lixHintAbove).toBe(results[0]!.code === 0 ? 41 : 42);
  });

  it('restore saves an earlier revision again as a new audited revision', async () => {
    const r = await runCli(['config', 'restore', '1', ...at()]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([{ revision: 4 }]);
    const stored = JSON.parse((await runCli(['config', 'get', ...at()])).stdout) as { senderCheck: { mode: string } };
    expect(stored.senderCheck.mode).toBe('block');
    const last = jsonLines((await runCli(['config', 'history', ...at()])).stdout).at(-1);
    expect(last).toMatchObject({ revision: 4, by: 'cli', restoredFrom: 1 });
    expect((await runCli(['config', 'restore', '77', ...at()])).code).toBe(3);
  });

  it('usage errors exit 2; an unreachable mailbox exits 5 and names the cause', async () => {
    expect((await runCli(['config', 'fetch', ...at()])).code).toBe(2);
    expect((await runCli(['config', 'get'])).code).toBe(2);
    expect((await runCli(['config', 'set', ...at()])).code).toBe(2);
    const r = await runCli(['config', 'get', '--mailbox', emu.mailbox, '--graph-url', `http://127.0.0.1:${await closedPort()}`]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/anslutningen nekades .*ECONNREFUSED/);
  });
});
