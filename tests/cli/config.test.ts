import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support';

const dir = mkdtempSync(join(tmpdir(), 'svarstid-cli-'));

describe('svarstid presets', () => {
  it('lists the five presets with their municipality', async () => {
    const { code, stdout } = await runCli(['presets']);
    expect(code).toBe(0);
    const ids = stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toEqual(['ljungby', 'alvesta', 'varmdo', 'salem', 'harnosand']);
    expect(stdout).toContain('Värmdö kommun');
  });

  it('prints a preset as a config file that check-config accepts and deadline uses', async () => {
    const { stdout } = await runCli(['presets', 'salem']);
    const file = join(dir, 'salem.json');
    writeFileSync(file, stdout);
    const checked = await runCli(['check-config', file]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/OK — Salem kommun/);
    const viaFile = await runCli(['deadline', '--config', file], JSON.stringify({ channel: 'epost', kind: 'klagomal', received: '2026-11-16T09:00:00Z' }));
    const viaPreset = await runCli(['deadline', '--preset', 'salem'], JSON.stringify({ channel: 'epost', kind: 'klagomal', received: '2026-11-16T09:00:00Z' }));
    expect(viaFile.stdout).toBe(viaPreset.stdout);
    expect(JSON.parse(viaFile.stdout)).toEqual({ due: '2026-11-19T10:00:00+01:00', target: null });
  });
});

describe('svarstid check-config', () => {
  it('reports every problem with its path and exits 1', async () => {
    const { stdout } = await runCli(['presets', 'ljungby']);
    const doc = JSON.parse(stdout) as { policy: { rules: Record<string, unknown>[] }; calendar: { closedDays: string[] } };
    doc.policy.rules[0]!.due = { unit: 'weeks', amount: 1 };
    doc.calendar.closedDays.push('2026-13-01');
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(doc));
    const { code, stderr } = await runCli(['check-config', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 problem/);
    expect(stderr).toMatch(/policy\.rules\[0\]\.due\.unit: /);
    expect(stderr).toMatch(/calendar\.closedDays\[0\]: väntade ett datum ÅÅÅÅ-MM-DD \/ expected a date YYYY-MM-DD/);
  });

  it('says clearly when the file is not JSON or missing', async () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ "schemaVersion": 1, ');
    const notJson = await runCli(['check-config', file]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    const missing = await runCli(['check-config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT/);
  });

  it('needs exactly one file', async () => {
    expect((await runCli(['check-config'])).code).toBe(2);
  });
});
