import { emulatorTokenSource } from '../../src/auth/emulatorToken';
import { demoConfig } from '../../src/cli/demoCommand';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { createGraphClient, GraphMailbox, readMessageWithRecord, RequestScheduler } from '../../src/graph';
import { readLabelledMessages } from '../../src/graph/labelledMessages';
import { runOnce } from '../../src/worker/runOnce';
import * as lazyCore from '../../addin/taskpane/lazyCore';
import { createTaskPaneActions, type ReadItemHost } from '../../addin/taskpane/taskPaneActions';

/**
 * The task pane's actions against the emulator, where a browser cannot easily make it happen:
 * two people on one message, and a write that loses the race with the worker.
 */

const config = demoConfig('ljungby');
let emulator: RunningEmulator;
let graph: GraphMailbox;
let ids: string[];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, mailbox: config.municipality.mailbox!, seed: 'demo', throttle: 'off' });
  const tokens = emulatorTokenSource();
  graph = new GraphMailbox({ client: createGraphClient({ tokens, graphUrl: emulator.origin }), mailbox: config.municipality.mailbox!, tokens, scheduler: new RequestScheduler({ baseDelayMs: 1 }) });
  await runOnce({ graph, config, statePath: null });
  ids = (await readLabelledMessages(graph)).filter((m) => m.record.due !== null && m.record.answeredAt === null && m.record.kind !== 'orosanmalan').map((m) => m.id);
}, 60_000);

afterAll(async () => {
  await emulator?.stop();
});

function actionsFor(id: string, name: string): ReturnType<typeof createTaskPaneActions> {
  const host: ReadItemHost = {
    messageId: id,
    conversationId: null,
    mailbox: { address: config.municipality.mailbox!, shared: true },
    user: { name, address: `${name.toLowerCase().replace(' ', '.')}@exempelby.se` },
    displayReplyForm: () => undefined,
    roamingSettings: null,
  };
  return createTaskPaneActions({ graph, config, host, loadCore: () => Promise.resolve(lazyCore) });
}

describe('task pane actions', () => {
  it('never takes a claim from a colleague who claimed after the pane was opened', async () => {
    const id = ids[0]!;
    const anna = actionsFor(id, 'Anna Berg');
    const bo = actionsFor(id, 'Bo Ek');
    await anna.load();
    await bo.load();
    expect(await bo.claim(false)).toMatchObject({ ok: true });
    await expect(anna.claim(false)).rejects.toMatchObject({ sv: 'Bo Ek hann före och tar redan det här ärendet.' });
    expect((await readMessageWithRecord(graph, id)).record?.handler?.name).toBe('Bo Ek');
    // Taking over is a choice made seeing who holds it.
    await anna.load();
    expect(await anna.claim(true)).toMatchObject({ ok: true });
    expect((await readMessageWithRecord(graph, id)).record?.handler?.name).toBe('Anna Berg');
  });

  it('writes again when the message changed between its read and its write (412), and says so when it keeps changing', async () => {
    const id = ids[1]!;
    const anna = actionsFor(id, 'Anna Berg');
    await anna.load();
    emulator.faults({ failNext: { method: 'PATCH', path: '/messages/', count: 1, status: 412 } });
    expect(await anna.changeDepartment('teknik')).toMatchObject({ ok: true });
    expect((await readMessageWithRecord(graph, id)).record).toMatchObject({ department: 'teknik', source: 'manual' });
    emulator.faults({ failNext: { method: 'PATCH', path: '/messages/', count: 2, status: 412 } });
    await expect(anna.changeDepartment('utbildning')).rejects.toMatchObject({ sv: expect.stringContaining('Någon annan ändrade meddelandet samtidigt') });
    expect((await readMessageWithRecord(graph, id)).record?.department).toBe('teknik');
    emulator.faults({ clear: true });
  });
});
