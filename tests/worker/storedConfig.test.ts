import { assessMessage } from '../../src/core/assess';
import { parseMailMessage } from '../../src/core/message';
import { parseConfig, presetDocument, type SvarstidConfig } from '../../src/core/config';
import { RECORD_PROPERTY_ID } from '../../src/core/record';
import { Temporal } from 'temporal-polyfill';
import { describeLearningSchedule, describeServiceStatus } from '../../src/core/admin/serviceStatus';
import { ConfigStore } from '../../src/graph/configStore';
import { readServiceStatus } from '../../src/graph/lease';
import { startWorker, type RunningWorker } from '../../src/worker/continuous';
import { memoryLog } from '../../src/worker/log';
import { patchCount, readFolder, startHarness, type Harness, type LabelledMessage } from './support/harness';

/**
 * Issue 9: the worker follows the configuration stored in the mailbox. After a save it relabels
 * exactly the open messages whose outcome changed — never a manual one, never an answered one —
 * and a renamed department category is replaced on the open messages that carry it (issue 13).
 */

const EXEMPELBY = { name: 'Exempelby kommun', domains: ['exempelby.se'], mailbox: 'kommun@exempelby.se' };

function document(change: (doc: ReturnType<typeof presetDocument>) => ReturnType<typeof presetDocument> = (d) => d) {
  return change({ ...presetDocument('ljungby'), municipality: EXEMPELBY });
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function outcome(m: LabelledMessage, config: SvarstidConfig): { due: string | null; target: string | null; department: string; rules: string } {
  const parsed = parseMailMessage(m.message);
  if (!parsed.ok) throw new Error(parsed.error);
  const a = assessMessage(parsed.message, config);
  return { due: a.due, target: a.target, department: a.department, rules: a.rules.join() };
}

describe('the worker follows the configuration stored in the mailbox', () => {
  let h: Harness;
  let w: RunningWorker | null = null;
  beforeAll(async () => {
    h = await startHarness({ count: 80, seed: 41 });
  });
  afterAll(async () => {
    await w?.stop();
    await h.stop();
  });

  it('relabels exactly the open messages a saved change alters, replaces a renamed category, and leaves manual ones', async () => {
    const store = new ConfigStore(h.graph());
    const first = await store.save(document(), { by: 'admin@exempelby.se', note: 'start' });
    const log = memoryLog();
    w = await startWorker({
      graph: h.graph(),
      config: first.config,
      configStore: new ConfigStore(h.graph()),
      configRevision: first.revision,
      configPollMs: 100,
      pollIntervalMs: 600_000,
      subscribe: false,
      log,
    });
    expect(w.health()).toMatchObject({ status: 'ok', configRevision: 1 });

    // A person corrects two open messages in the add-in: one phone message, one for Teknik.
    const inbox = await readFolder(h.graph(), 'inbox');
    const open = inbox.filter((m) => m.record!.answeredAt === null && m.record!.source === 'auto');
    const manualPhone = open.find((m) => m.record!.channel === 'telefon' && m.record!.due !== null)!;
    const manualTeknik = open.find((m) => m.record!.department === 'teknik' && m !== manualPhone)!;
    for (const m of [manualPhone, manualTeknik]) {
      m.record = { ...m.record!, source: 'manual' };
      await h.graph().patchMessage(m.message.id!, { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: JSON.stringify(m.record) }] });
    }
    const manualIds = new Set([manualPhone.message.id, manualTeknik.message.id]);

    // Save 1: phone messages get three working days instead of one.
    const longerPhone = document((d) => ({ ...d, policy: { ...d.policy, rules: d.policy.rules!.map((r) => (r.id === 'kanal:telefon' ? { ...r, due: { unit: 'workingDays', amount: 3 } } : r)) } }));
    const oldConfig = first.config;
    const newConfig = parseConfig(longerPhone);
    const changed = inbox.filter((m) => {
      if (m.record!.answeredAt !== null || manualIds.has(m.message.id)) return false;
      return JSON.stringify(outcome(m, oldConfig)) !== JSON.stringify(outcome(m, newConfig));
    });
    expect(changed.length).toBeGreaterThan(0);
    const before = patchCount(h.emu);
    await store.save(longerPhone, { expectedRevision: 1, by: 'admin@exempelby.se', note: 'telefon: tre arbetsdagar' });
    await waitFor('revision 2 in effect', () => w!.health().configRevision === 2);
    await w.idle();
    expect(patchCount(h.emu) - before).toBe(changed.length);
    const after = await readFolder(h.graph(), 'inbox');
    const byId = new Map(after.map((m) => [m.message.id, m]));
    for (const m of changed) expect(byId.get(m.message.id)!.record!.due).toBe(outcome(m, newConfig).due);
    expect(byId.get(manualPhone.message.id)!.record).toEqual(manualPhone.record);
    expect(log.events).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'config', revision: 2, by: 'admin@exempelby.se' })]));

    // Save 2: the technical department's Outlook category is renamed.
    const renamed = document((d) => ({
      ...longerPhone,
      departments: d.departments!.map((x) => (x.id === 'teknik' ? { ...x, category: 'Avd: Tekniska förvaltningen' } : x)),
    }));
    const carrying = after.filter((m) => (m.message.categories ?? []).includes('Avd: Teknik'));
    const openCarrying = carrying.filter((m) => m.record!.answeredAt === null && !manualIds.has(m.message.id));
    expect(openCarrying.length).toBeGreaterThan(0);
    const before2 = patchCount(h.emu);
    await store.save(renamed, { expectedRevision: 2, by: 'admin@exempelby.se', note: 'nytt kategorinamn' });
    await waitFor('revision 3 in effect', () => w!.health().configRevision === 3);
    await w.idle();
    expect(patchCount(h.emu) - before2).toBe(openCarrying.length);
    const final = new Map((await readFolder(h.graph(), 'inbox')).map((m) => [m.message.id, m]));
    for (const m of openCarrying) {
      const cats = final.get(m.message.id)!.message.categories!;
      expect(cats).toContain('Avd: Tekniska förvaltningen');
      expect(cats).not.toContain('Avd: Teknik');
      // People's own categories stay.
      for (const c of m.message.categories!.filter((c) => !c.startsWith('Avd: '))) expect(cats).toContain(c);
    }
    // Manual and answered messages are left as they were.
    expect(final.get(manualTeknik.message.id)!.message.categories).toEqual(manualTeknik.message.categories);
    expect(final.get(manualTeknik.message.id)!.record).toEqual(manualTeknik.record);
    for (const m of carrying.filter((x) => x.record!.answeredAt !== null)) expect(final.get(m.message.id)!.message.categories).toEqual(m.message.categories);
  }, 60_000);
});

describe('the lease says which configuration the service runs (the admin view reads it)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ count: 5, seed: 7 });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('stored and its revision, updated after a save; fixed for --preset/--config; stopped once released', async () => {
    const store = new ConfigStore(h.graph());
    const first = await store.save(document(), { by: 'admin@exempelby.se', note: 'start' });
    // A lease long enough that a loaded machine renews it in time; release on stop clears it at once.
    const lease = { ttlMs: 20_000, skewMs: 100, pollMs: 50 };
    const following = await startWorker({ graph: h.graph(), config: first.config, configStore: new ConfigStore(h.graph()), configRevision: first.revision, configPollMs: 100, pollIntervalMs: 600_000, subscribe: false, lease });
    try {
      expect(await readServiceStatus(h.graph())).toMatchObject({ config: 'stored', revision: 1, holder: expect.any(String) });
      const longerPhone = document((d) => ({ ...d, policy: { ...d.policy, rules: d.policy.rules!.map((r) => (r.id === 'kanal:telefon' ? { ...r, due: { unit: 'workingDays', amount: 3 } } : r)) } }));
      await store.save(longerPhone, { expectedRevision: 1, by: 'admin@exempelby.se', note: 'igen' });
      await waitFor('the lease names revision 2', async () => (await readServiceStatus(h.graph())).revision === 2);
      const text = describeServiceStatus(await readServiceStatus(h.graph()), Temporal.Now.instant(), 'Europe/Stockholm', 2);
      expect(text).toMatchObject({ state: 'follows', intent: 'success' });
    } finally {
      await following.stop();
    }
    const released = await readServiceStatus(h.graph());
    expect(released.holder).toBeNull();
    expect(describeServiceStatus(released, Temporal.Now.instant(), 'Europe/Stockholm', 2).state).toBe('stopped');

    const fixed = await startWorker({ graph: h.graph(), config: first.config, pollIntervalMs: 600_000, subscribe: false, lease });
    try {
      const status = await readServiceStatus(h.graph());
      expect(status).toMatchObject({ config: 'fixed', holder: expect.any(String), learnEveryHours: 0 });
      expect(status.revision).toBeUndefined();
      expect(describeLearningSchedule(status, Temporal.Now.instant()).sv).toMatch(/startad utan inlärning \(--learn-every 0\)/);
      expect(describeServiceStatus(status, Temporal.Now.instant(), 'Europe/Stockholm', 2).text.sv).toMatch(/kör med en fast konfiguration/);
    } finally {
      await fixed.stop();
    }
  }, 30_000);
});
