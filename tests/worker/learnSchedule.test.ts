import { presetConfig, presetDocument, setLocalModelEnabled } from '../../src/core/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { ConfigStore, readStoredConfig, saveStoredConfig } from '../../src/graph/configStore';
import { mailboxFor } from '../../src/worker/connect';
import { startWorker } from '../../src/worker/continuous';
import { mailboxConfigStore } from '../../src/worker/learn';
import { DEFAULT_LEARN_EVERY_HOURS, parseRunArgs } from '../../src/cli/runCommand';
import { LearningTrigger } from '../../src/worker/learnSchedule';
import { memoryLog } from '../../src/worker/log';
import { GULDSTJARNAN_TEXTS, KAJAN_TEXTS, MAILBOX, citizenMessage, recordFor, withRecord } from '../fixtures/learning/localWords';

/**
 * The continuous worker learns on a schedule: it counts corrections (no bodies read) and learns
 * again only when enough new ones have come; switched off by an admin, it does not.
 */

const subjectOf = (text: string) => text.split(' ').slice(0, 4).join(' ');

function corrected(n: number, text: string, kind: 'fraga' | 'berom', department: string): Record<string, unknown> {
  return withRecord(citizenMessage(n, subjectOf(text), text), recordFor(kind, department, 'manual'));
}

function seed(): Record<string, unknown>[] {
  return [
    ...KAJAN_TEXTS.slice(0, 12).map((t, i) => corrected(i, t, 'fraga', 'kultur_fritid')),
    ...GULDSTJARNAN_TEXTS.slice(0, 6).map(([t, d], i) => corrected(100 + i, t, 'berom', d)),
  ];
}

async function waitFor(what: string, test: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('learning on a schedule', () => {
  let emu: RunningEmulator;
  const graph = () => mailboxFor({ mailbox: MAILBOX, graphUrl: emu.origin, rate: undefined });
  beforeAll(async () => {
    emu = await startEmulator({ mailbox: MAILBOX, throttle: 'off', seed: { messages: seed() } });
    await saveStoredConfig(graph(), presetDocument('ljungby'), { expectedRevision: 0, by: 'admin@ljungby.se' });
  });
  afterAll(() => emu.stop());

  it('learns when enough corrections are new, and only then', async () => {
    const trigger = new LearningTrigger({ graph: graph(), store: mailboxConfigStore(graph()), minNewCorrections: 10 });
    const first = await trigger.check();
    expect(first).toMatchObject({ learnt: { corrections: 18, stored: true, revision: 2 } });
    expect(await trigger.check()).toEqual({ skipped: 'too few new corrections', manual: 18 });

    KAJAN_TEXTS.slice(12, 16).forEach((t, i) => emu.deliver(MAILBOX, corrected(20 + i, t, 'fraga', 'kultur_fritid')));
    expect(await trigger.check()).toEqual({ skipped: 'too few new corrections', manual: 22 });
    GULDSTJARNAN_TEXTS.slice(6, 12).forEach(([t, d], i) => emu.deliver(MAILBOX, corrected(130 + i, t, 'berom', d)));
    const again = await trigger.check();
    expect(again).toMatchObject({ learnt: { corrections: 28 } });
    const stored = await readStoredConfig(graph());
    expect(stored!.config.triage.localModel!.trained!.corrections).toBe(28);
    expect(stored!.updatedBy).toBe('worker');
    expect((await new ConfigStore(graph()).history()).map((e) => e.by)).toEqual(['admin@ljungby.se', 'worker', 'worker']);
  });

  it('does not learn once an admin switched the model off', async () => {
    const stored = await readStoredConfig(graph());
    await saveStoredConfig(graph(), setLocalModelEnabled(stored!.config, false), { expectedRevision: stored!.revision, by: 'admin@ljungby.se' });
    const trigger = new LearningTrigger({ graph: graph(), store: mailboxConfigStore(graph()), minNewCorrections: 1 });
    expect(await trigger.check()).toEqual({ skipped: 'switched off', manual: 0 });
    const back = await readStoredConfig(graph());
    await saveStoredConfig(graph(), setLocalModelEnabled(back!.config, true), { expectedRevision: back!.revision, by: 'admin@ljungby.se' });
  });

  it('the continuous worker runs it on its own', async () => {
    const before = (await readStoredConfig(graph()))!.revision;
    const log = memoryLog();
    const worker = await startWorker({
      graph: graph(),
      config: presetConfig('ljungby'),
      statePath: null,
      log,
      pollIntervalMs: 600_000,
      subscribe: false,
      learning: { store: mailboxConfigStore(graph()), everyMs: 100, minNewCorrections: 5 },
    });
    try {
      KAJAN_TEXTS.slice(16, 20).forEach((t, i) => emu.deliver(MAILBOX, corrected(40 + i, t, 'fraga', 'kultur_fritid')));
      emu.deliver(MAILBOX, corrected(45, 'Jag vill ge Guldstjärnan till hela personalen på Kajan.', 'berom', 'kultur_fritid'));
      await waitFor('a learnt model stored by the worker', async () => (await readStoredConfig(graph()))!.revision > before);
      const stored = await readStoredConfig(graph());
      expect(stored!.config.triage.localModel!.trained!.corrections).toBe(33);
      expect(log.events.some((e) => e.event === 'learned' && e.stored === true)).toBe(true);
      // the log says how it went, never what the mail said
      expect(JSON.stringify(log.events.filter((e) => e.event === 'learned'))).not.toMatch(/Kajan|Guldstjärn/);
    } finally {
      await worker.stop();
    }
  });
});

describe('svarstid run --learn-every', () => {
  it('takes hours; absent it is the default (6 hours with the stored configuration, never with a preset or file)', async () => {
    expect(parseRunArgs(['--mailbox', MAILBOX, '--learn-every', '2']).learnEveryMs).toBe(7_200_000);
    expect(parseRunArgs(['--mailbox', MAILBOX, '--learn-every', '0']).learnEveryMs).toBe(0);
    expect(parseRunArgs(['--mailbox', MAILBOX]).learnEveryMs).toBeNull();
    expect(DEFAULT_LEARN_EVERY_HOURS).toBe(6);
    expect(() => parseRunArgs(['--mailbox', MAILBOX, '--learn-every', 'often'])).toThrow(/--learn-every/);
  });
});
