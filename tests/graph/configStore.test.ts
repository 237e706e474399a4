import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { presetDocument, ConfigError } from '../../src/core/config';
import { ConfigConflictError, readStoredConfig, saveStoredConfig } from '../../src/graph/configStore';
import { mailboxFor } from '../../src/worker/cli';

describe('configuration stored in the mailbox', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ throttle: 'off' });
  });
  afterAll(() => emu.stop());
  const graph = () => mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: undefined });

  it('saves, reads back, keeps history and refuses stale or invalid saves', async () => {
    expect(await readStoredConfig(graph())).toBeNull();
    const doc = presetDocument('varmdo');
    const first = await saveStoredConfig(graph(), doc, { expectedRevision: 0, by: 'admin@varmdo.se', note: 'start' });
    expect(first.revision).toBe(1);
    const read = await readStoredConfig(graph());
    expect(read).toMatchObject({ revision: 1, updatedBy: 'admin@varmdo.se', history: [{ revision: 1, by: 'admin@varmdo.se', note: 'start' }] });
    expect(read!.config.policy.id).toBe('varmdo');
    expect(read!.config.revision).toBe(1);

    await expect(saveStoredConfig(graph(), doc, { expectedRevision: 0, by: 'other@varmdo.se' })).rejects.toBeInstanceOf(ConfigConflictError);
    await expect(
      saveStoredConfig(graph(), { ...doc, fallbackDepartment: 'nowhere' }, { expectedRevision: 1, by: 'admin@varmdo.se' }),
    ).rejects.toBeInstanceOf(ConfigError);
    expect((await readStoredConfig(graph()))!.revision).toBe(1);

    const second = await saveStoredConfig(graph(), { ...doc, senderCheck: { ...doc.senderCheck, mode: 'warn' } }, { expectedRevision: 1, by: 'b@varmdo.se' });
    expect(second.revision).toBe(2);
    expect(second.history.map((h) => h.by)).toEqual(['admin@varmdo.se', 'b@varmdo.se']);
    expect((await readStoredConfig(graph()))!.config.senderCheck.mode).toBe('warn');
  });
});
