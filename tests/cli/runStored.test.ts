import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { presetDocument } from '../../src/core/config';
import { closedPort, jsonLines, runCli } from './support';

describe('svarstid run with the configuration stored in the mailbox', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ throttle: 'off', seed: 'demo' });
  });
  afterAll(() => emu.stop());

  it('without --preset/--config and nothing stored, says what to do (exit 3) and writes nothing', async () => {
    const r = await runCli(['run', '--mailbox', emu.mailbox, '--graph-url', emu.url, '--once', '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/det finns ingen konfiguration sparad i funktionsbrevlådan kommun@exempelby\.se/);
    expect(r.stderr).toMatch(/svarstid config set kommun\.json --mailbox kommun@exempelby\.se/);
    // check-config before config set: the only place that says what the file lacks, the on-call number among it
    expect(r.stderr).toMatch(/svarstid presets ljungby --out kommun\.json\n\s+svarstid check-config kommun\.json\n\s+svarstid config set/);
    expect(emu.stats().mailboxes[emu.mailbox]?.requests['PATCH messages/{id}'] ?? 0).toBe(0);
  });

  it('--once uses the stored configuration (and takes the /v1.0 URL the emulator prints)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'svarstid-run-')), 'salem.json');
    const doc = presetDocument('salem');
    writeFileSync(file, JSON.stringify({ ...doc, municipality: { name: 'Exempelby kommun', domains: ['exempelby.se'] } }));
    expect((await runCli(['config', 'set', file, '--mailbox', emu.mailbox, '--graph-url', emu.url])).code).toBe(0);
    const r = await runCli(['run', '--mailbox', emu.mailbox, '--graph-url', emu.url, '--once', '--quiet']);
    expect(r.code).toBe(0);
    const summary = jsonLines(r.stdout).at(-1)!;
    expect(summary).toMatchObject({ errors: 0 });
    expect(summary.labelled as number).toBeGreaterThan(100);
    expect(r.stderr).toMatch(/"event":"config","revision":1,"by":"cli","source":"mailbox"/);
    // No warning: the stored configuration is this municipality's.
    expect(r.stderr).not.toMatch(/municipality-mismatch/);
    const dry = await runCli(['run', '--mailbox', emu.mailbox, '--graph-url', emu.url, '--dry-run', '--quiet', '--preset', 'ljungby', '--since', '2026-01-01']);
    expect(dry.code).toBe(0);
    const lines = jsonLines(dry.stdout);
    expect(lines.at(-1)).toMatchObject({ errors: 0 });
    expect(lines.length - 1).toBe(lines.at(-1)!.labelled);
    expect(dry.stderr).toMatch(/municipality-mismatch.*gäller Ljungby kommun/);
  });

  it('names the cause when the mailbox cannot be reached', async () => {
    const r = await runCli(['run', '--mailbox', emu.mailbox, '--graph-url', `http://127.0.0.1:${await closedPort()}`, '--once', '--quiet', '--preset', 'ljungby']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/anslutningen nekades .*ECONNREFUSED/);
  });

  it('refuses a plain-http public URL (Graph posts only to HTTPS)', async () => {
    const r = await runCli(['run', '--mailbox', emu.mailbox, '--preset', 'ljungby', '--public-url', 'http://svarstid.kommun.se']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--public-url must use https/);
  });
});
