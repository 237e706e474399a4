import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetDocument, setLocalModelEnabled, type SvarstidConfig } from '../../src/core/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { MAILBOX, citizenMessage, learningMailbox, subjectOf } from '../fixtures/learning/localWords';
import { jsonLines, runCli } from './support';
import { learnText } from '../../src/cli/learnCommand';

/**
 * The learning contract (issue 10) against the Graph emulator: people's corrections (manual
 * records) in the mailbox → `svarstid learn` → the model stored in the mailbox's configuration
 * as an audited save by `worker` (`config history`) → `config get` → `triage --config` decides
 * with it → switched off by an admin (`config set`), it is not used and not relearnt.
 */

function newMessage(n: number, text: string): string {
  return JSON.stringify(citizenMessage(n, subjectOf(text), text));
}

describe('svarstid learn against the emulator', () => {
  let emu: RunningEmulator;
  let dir: string;
  const learn = (...extra: string[]) => runCli(['learn', '--mailbox', MAILBOX, '--graph-url', emu.url, ...extra]);
  const config = (...args: string[]) => runCli(['config', ...args, '--mailbox', MAILBOX, '--graph-url', emu.url]);
  /** `config get` into a file `triage --config` reads. */
  const configFile = async (name: string): Promise<{ path: string; config: SvarstidConfig }> => {
    const got = await config('get');
    expect(got.code).toBe(0);
    const path = join(dir, name);
    writeFileSync(path, got.stdout);
    return { path, config: JSON.parse(got.stdout) as SvarstidConfig };
  };
  const history = async () => jsonLines((await config('history')).stdout) as { revision: number; by: string; note?: string }[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'svarstid-learn-'));
    emu = await startEmulator({ mailbox: MAILBOX, throttle: 'off', seed: { messages: learningMailbox() } });
  });
  afterAll(async () => {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says so, and exits 1, when the mailbox holds no configuration to learn on top of', async () => {
    const { code, stdout, stderr } = await learn();
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('det finns ingen konfiguration sparad i kommun@ljungby.se');
    expect(stderr).toContain('no configuration is stored in kommun@ljungby.se');
    // the recipe run gives: a preset to start from, check-config, then config set
    expect(stderr).toMatch(/svarstid presets ljungby --out kommun\.json\n.*svarstid check-config kommun\.json\n.*svarstid config set kommun\.json --mailbox kommun@ljungby\.se/s);
  });

  it('rejects bad arguments with exit code 2', async () => {
    expect((await runCli(['learn'])).code).toBe(2);
    expect((await runCli(['learn', '--mailbox', MAILBOX, '--graph-url', 'not a url'])).code).toBe(2);
    expect((await runCli(['learn', '--mailbox', 'nobody'])).code).toBe(2);
    expect((await runCli(['learn', '--mailbox', MAILBOX, '--bogus'])).code).toBe(2);
  });

  it('learns from the manual records only, stores the model as an audited save by worker, and triage --config uses it', async () => {
    const preset = join(dir, 'ljungby.json');
    writeFileSync(preset, JSON.stringify(presetDocument('ljungby')));
    expect((await config('set', preset, '--note', 'start')).code).toBe(0);

    const { code, stdout } = await learn();
    expect(code).toBe(0);
    const [summary] = jsonLines(stdout);
    expect(summary).toMatchObject({ corrections: 24, stored: true, labelled: 44, revision: 2 });
    expect(Object.keys(summary!)).toEqual(expect.arrayContaining(['corrections', 'before', 'after', 'stored']));
    expect(summary!.after as number).toBeGreaterThan(summary!.before as number);

    const trail = await history();
    expect(trail.map((e) => e.revision)).toEqual([1, 2]);
    const last = trail[1]!;
    expect(last).toMatchObject({ revision: 2, by: 'worker' });
    expect(last.note).toMatch(/^kommunens egen modell: lärt av 24 rättelser, rätt på rättelserna \d+\.\d % → \d+\.\d %/);
    const { path, config: stored } = await configFile('learnt.json');
    const local = stored.triage.localModel!;
    expect(local).toMatchObject({ version: 1, enabled: true, trained: { corrections: 24, folds: 24 } }); // leave-one-out
    expect(local.trained!.accuracy.after.both).toBe(summary!.after);

    // weights only: no address, phone number, personnummer or any digit, not even in pieces
    const json = JSON.stringify(local);
    expect(json).not.toMatch(/@|privat|lindqvist|\b070\b|19850412|\+46/);
    const words = [...Object.keys(local.trained!.department!.weights), ...Object.keys(local.trained!.kind?.weights ?? {})];
    expect(words.filter((w) => !/^[a-z]{2,40}\*?$/.test(w))).toEqual([]);
    expect(words).toContain('kajan');
    expect(words).not.toContain('ormbunken'); // only the worker ever labelled it

    const questions = ['Hej! Vem ska jag prata med på Kajan om torsdagarna?', 'Får man ha med sig en kompis in på Kajan gratis?'];
    const input = questions.map((q, i) => newMessage(400 + i, q)).join('\n');
    const withModel = jsonLines((await runCli(['triage', '--config', path], input)).stdout);
    const byDefault = jsonLines((await runCli(['triage', '--preset', 'ljungby'], input)).stdout);
    for (const [i, out] of withModel.entries()) {
      expect(byDefault[i]!.department).toBe('kontaktcenter');
      expect(out).toMatchObject({ department: 'kultur_fritid', kind: 'fraga' });
      expect(out.rules).toContain('lokal.avdelning');
      expect(out.explanation).toMatch(/Meddelandet går till Kultur- och fritidsförvaltningen, eftersom (ordet|orden) 'Kajan'((, | och )'[^']+')* hörde till den förvaltningen i handläggarnas tidigare rättelser \(kommunens egen modell, lärd av 24 rättelser; utan den hade det blivit Kontaktcenter\)\./);
    }
    const checked = await runCli(['check-config', path]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/Lokal modell \(triage\.localModel\): på, lärt av 24 rättelser \d{4}-\d\d-\d\d, \d+ ord; rätt på rättelserna \d+,\d % → \d+,\d % \(korsvaliderat\)\./);
    const english = jsonLines((await runCli(['triage', '--config', path, '--lang', 'en'], input)).stdout);
    expect(english[0]!.explanation).toMatch(/because the (word|words) 'Kajan'.* belonged to that department in officers' earlier corrections \(the municipality's own model, learnt from 24 corrections/);

    // what only auto records said was not learnt
    const ormbunken = newMessage(500, 'Hej, en fråga om Ormbunken: när kan vi komma förbi och titta?');
    const [o] = jsonLines((await runCli(['triage', '--config', path], ormbunken)).stdout);
    const [od] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], ormbunken)).stdout);
    expect(o!.department).toBe(od!.department);
    expect(o!.department).not.toBe('samhallsbyggnad');
  });

  it('stores nothing new when the same corrections teach the same model, or on a dry run', async () => {
    const again = jsonLines((await learn()).stdout)[0]!;
    expect(again).toMatchObject({ corrections: 24, stored: false, reason: 'unchanged', revision: 2 });
    const dry = jsonLines((await learn('--dry-run')).stdout)[0]!;
    expect(dry).toMatchObject({ stored: false, reason: 'dry run', revision: 2 });
    expect((await history()).length).toBe(2);
  });

  it('switched off by an admin: triage --config decides as the default, and learn leaves it off', async () => {
    const { config: stored } = await configFile('stored.json');
    const offFile = join(dir, 'off-to-store.json');
    writeFileSync(offFile, JSON.stringify(setLocalModelEnabled(stored, false)));
    expect((await config('set', offFile, '--if-revision', '2', '--note', 'av')).code).toBe(0);
    const { path } = await configFile('off.json');
    expect((await runCli(['check-config', path])).stdout).toContain('Lokal modell (triage.localModel): avstängd, lärt av 24 rättelser');
    const input = newMessage(600, 'Hej! Har Kajan öppet på långfredagen?');
    const [off] = jsonLines((await runCli(['triage', '--config', path], input)).stdout);
    const [byDefault] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], input)).stdout);
    expect(off).toEqual(byDefault);

    const summary = jsonLines((await learn()).stdout)[0]!;
    expect(summary).toMatchObject({ stored: false, reason: 'switched off', revision: 3 });
    expect((await history()).map((e) => e.by)).toEqual(['cli', 'worker', 'cli']);
    expect((await configFile('after.json')).config.triage.localModel!.enabled).toBe(false);
  });
});

describe('what learn says when it stores nothing (reader round 34, U4)', () => {
  it('with too few corrections: how many there are, how many are needed, and that the service tries again by itself', () => {
    const text = learnText({ corrections: 3, before: 0, after: 0, stored: false, kind: { before: 0, after: 0 }, department: { before: 0, after: 0 }, labelled: 40, revision: 1, reason: 'too few corrections' });
    expect(text).toContain('Det finns för få rättelser att lära av (3; minst 10 behövs); inget sparades. En Svarstid-tjänst som följer brevlådans konfiguration försöker igen av sig själv var sjätte timme när fler har kommit (inte med --learn-every 0).');
    expect(text).toContain('There are too few corrections to learn from (3; at least 10 are needed)');
  });
});
