import { startEmulator } from '../../src/emulator';
import { DashboardSync, type FolderChanges } from '../../src/graph';
import { mailboxFor } from '../../src/worker/connect';

describe('DashboardSync (what the Teams tab reads)', () => {
  it('gives each folder’s changes with the folder’s display name, the inbox as null', async () => {
    const emu = await startEmulator({ throttle: 'off', seed: { messages: [{ subject: 'Gatlampa', receivedDateTime: '2026-11-20T10:00:00Z' }] } });
    try {
      const graph = mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin });
      const folder = await graph.createChildFolder('inbox', 'Teknik');
      const seen: FolderChanges[] = [];
      await new DashboardSync(graph, '2026-11-01T00:00:00Z').sync((c) => seen.push(c));
      expect(seen.map((c) => [c.folder, c.name, c.restarted])).toEqual([
        ['inbox', null, true],
        [folder.id, 'Teknik', true],
      ]);
    } finally {
      await emu.stop();
    }
  });
});
