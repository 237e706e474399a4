import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { presetDocument, ConfigError } from '../../src/core/config';
import { ConfigConflictError, ConfigStore, readStoredConfig, saveStoredConfig } from '../../src/graph/configStore';
import { SvarstidFolder, STORE_FOLDER_NAME } from '../../src/graph/svarstidFolder';
import { mailboxFor } from '../../src/worker/connect';
import type { GraphMailbox } from '../../src/graph/mailbox';

/** PATCH and POST requests the emulator served (writes). */
function writes(emu: RunningEmulator): number {
  const r = emu.stats().mailboxes[emu.mailbox]?.requests ?? {};
  return Object.entries(r)
    .filter(([k]) => k.startsWith('PATCH') || k.startsWith('POST') || k.startsWith('DELETE'))
    .reduce((n, [, v]) => n + v, 0);
}

describe('configuration stored in the mailbox', () => {
  let emu: RunningEmulator;
  const graph = (): GraphMailbox => mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: undefined });
  beforeEach(async () => {
    emu = await startEmulator({ throttle: 'off' });
  });
  afterEach(() => emu.stop());

  it('is absent until saved, and reading creates nothing', async () => {
    expect(await readStoredConfig(graph())).toBeNull();
    expect(await new ConfigStore(graph()).history()).toEqual([]);
    expect(writes(emu)).toBe(0);
  });

  it('saves into an item of a hidden folder, reads back, and keeps who, when, note and what changed', async () => {
    const doc = presetDocument('varmdo');
    const first = await saveStoredConfig(graph(), doc, { expectedRevision: 0, by: 'admin@varmdo.se', note: 'start' });
    expect(first.revision).toBe(1);
    const read = await readStoredConfig(graph());
    expect(read).toMatchObject({ revision: 1, updatedBy: 'admin@varmdo.se' });
    expect(read!.config.policy.id).toBe('varmdo');
    expect(read!.config.revision).toBe(1);

    // The data is not visible mail: a hidden folder, found only with includeHiddenFolders.
    const visible = await graph().childFolders('msgfolderroot');
    expect(visible.map((f) => f.displayName)).not.toContain(STORE_FOLDER_NAME);
    expect(await new SvarstidFolder(graph()).existingFolderId()).not.toBeNull();

    const warn = { ...doc, senderCheck: { ...doc.senderCheck, mode: 'warn' } };
    await saveStoredConfig(graph(), warn, { expectedRevision: 1, by: 'b@varmdo.se', note: 'varna i stället' });
    const history = await new ConfigStore(graph()).history();
    expect(history.map((h) => [h.revision, h.by, h.note])).toEqual([
      [1, 'admin@varmdo.se', 'start'],
      [2, 'b@varmdo.se', 'varna i stället'],
    ]);
    expect(history[1]!.changes).toEqual([expect.objectContaining({ kind: 'changed', path: 'senderCheck.mode', before: 'block', after: 'warn' })]);
    expect(Date.parse(history[1]!.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('never stores an invalid configuration, and refuses a stale revision without writing', async () => {
    const doc = presetDocument('ljungby');
    await saveStoredConfig(graph(), doc, { by: 'cli' });
    const before = writes(emu);
    const invalid = { ...doc, fallbackDepartment: 'nowhere', calendar: { ...doc.calendar, timeZone: 42 } };
    const error = await saveStoredConfig(graph(), invalid, { by: 'cli' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual(expect.arrayContaining(['fallbackDepartment', 'calendar.timeZone']));
    expect(writes(emu)).toBe(before);
    await expect(saveStoredConfig(graph(), doc, { expectedRevision: 0, by: 'cli' })).rejects.toBeInstanceOf(ConfigConflictError);
    expect(writes(emu)).toBe(before);
    expect((await readStoredConfig(graph()))!.revision).toBe(1);
  });

  it('of two concurrent saves exactly one wins; the other gets a conflict and changes nothing', async () => {
    const doc = presetDocument('salem');
    await saveStoredConfig(graph(), doc, { by: 'cli' });
    for (let round = 0; round < 5; round++) {
      const current = (await readStoredConfig(graph()))!;
      const a = { ...doc, senderCheck: { ...doc.senderCheck, lixHintAbove: 40 + round } };
      const b = { ...doc, calendar: { ...doc.calendar, closedDays: [`2027-0${round + 1}-15`] } };
      // Two editors started from the same revision and save at the same moment, each with its own client.
      const results = await Promise.allSettled([
        new ConfigStore(graph()).save(a, { expectedRevision: current.revision, by: 'a@salem.se' }),
        new ConfigStore(graph()).save(b, { expectedRevision: current.revision, by: 'b@salem.se' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(ConfigConflictError);
      expect((lost[0]!.reason as ConfigConflictError).message).toMatch(/saved meanwhile .* nothing was stored/);
      const stored = (await readStoredConfig(graph()))!;
      expect(stored.revision).toBe(current.revision + 1);
      const winner = won[0]!.status === 'fulfilled' ? won[0]!.value : null;
      expect(stored.updatedBy).toBe(winner!.updatedBy);
      // The stored document is the winner's whole, not a mix (each editor's document starts from the
      // preset, not from the previous round's winner: the other field is the preset's).
      if (stored.updatedBy === 'a@salem.se') {
        expect(stored.config.senderCheck.lixHintAbove).toBe(40 + round);
        expect(stored.config.calendar.closedDays).toEqual(a.calendar!.closedDays);
      } else {
        expect(stored.config.calendar.closedDays).toEqual([`2027-0${round + 1}-15`]);
        expect(stored.config.senderCheck.lixHintAbove).toBe(b.senderCheck!.lixHintAbove);
      }
    }
    const history = await new ConfigStore(graph()).history();
    expect(history.map((h) => h.revision)).toEqual([1, 2, 3, 4, 5, 6]);
    // The losers' revision items were taken back: one per kept revision.
    expect(await new SvarstidFolder(graph()).list('config-revision')).toHaveLength(6);
  });

  it('restores any earlier revision as a new audited save', async () => {
    const doc = presetDocument('alvesta');
    await saveStoredConfig(graph(), doc, { by: 'cli', note: 'ett' });
    const renamed = { ...doc, departments: doc.departments!.map((d) => (d.id === 'teknik' ? { ...d, category: 'Avd: Tekniska' } : d)) };
    await saveStoredConfig(graph(), renamed, { by: 'cli', note: 'två' });
    const store = new ConfigStore(graph());
    const restored = await store.restore(1, { by: 'admin@alvesta.se' });
    expect(restored.revision).toBe(3);
    const now = (await readStoredConfig(graph()))!;
    expect(now.config.departments.find((d) => d.id === 'teknik')!.category).toBe('Avd: Teknik');
    const last = (await store.history()).at(-1)!;
    expect(last).toMatchObject({ revision: 3, by: 'admin@alvesta.se', restoredFrom: 1, note: 'Återställd från revision 1' });
    expect(last.changes).toEqual([expect.objectContaining({ path: 'departments[teknik]', fields: ['category'] })]);
    expect((await store.revision(2)).departments.find((d) => d.id === 'teknik')!.category).toBe('Avd: Tekniska');
    await expect(store.restore(9, { by: 'cli' })).rejects.toThrow('revision 9');
  });

  it('keeps at least the last 200 changes', async () => {
    // A configuration with a few of the built-in rules (the full preset is ~750 KB, read and written
    // three times a save): what is kept does not depend on the size of what is saved.
    const full = presetDocument('harnosand');
    const doc = { ...full, triage: { ...full.triage, rules: (full.triage?.rules ?? []).slice(0, 5) } };
    const store = new ConfigStore(graph());
    for (let i = 0; i < 205; i++) await store.save({ ...doc, senderCheck: { ...doc.senderCheck, lixHintAbove: 30 + (i % 20) } }, { by: 'cli', note: `ändring ${i}` });
    const history = await store.history();
    expect(history.length).toBeGreaterThanOrEqual(200);
    expect(history.at(-1)).toMatchObject({ revision: 205, note: 'ändring 204' });
    expect((await store.revision(6)).senderCheck.lixHintAbove).toBe(35);
    expect((await store.revision(205)).triage.rules).toHaveLength(5);
  }, 300_000);
});
