import type * as MG from '@microsoft/microsoft-graph-types';
import { parseConfig, presetDocument } from '../../src/core/config';
import { GraphRequestError } from '../../src/graph/errors';
import { GraphMailbox } from '../../src/graph/mailbox';
import { runOnce } from '../../src/worker/runOnce';
import { MailboxWorker } from '../../src/worker/mailboxWorker';
import { INBOX_SELECT, RECORD_EXPAND } from '../../src/worker/labeller';
import { query } from '../../src/graph/mailbox';
import { memoryLog } from '../../src/worker/log';
import { patchCount, readFolder, startHarness, type Harness } from './support/harness';

/**
 * Forwarding to a department mailbox, where a lost answer must never become a second forward.
 * The emulator has no /forward, so the test mailbox forwards the way Exchange does (a mail
 * in the same conversation, to the department, saved in sent items) via createReply + send,
 * and can lose the answer after sending, or fail before sending.
 */
const KULTUR = 'kultur@exempelby.se';
const config = (() => {
  const doc = presetDocument('ljungby');
  return parseConfig({
    ...doc,
    departments: doc.departments!.map((d) =>
      d.id === 'kultur_fritid' ? { ...d, routing: { actions: ['category', 'forward'], forwardTo: KULTUR, forwardNote: 'För handläggning.' } } : d,
    ),
  });
})();

type Mode = 'ok' | 'lostAnswer' | 'failBeforeSend';

class ForwardingMailbox extends GraphMailbox {
  sent = new Map<string, number>();
  modes: Mode[] = [];

  override async forwardMessage(id: string, to: string, comment: string): Promise<void> {
    const mode = this.modes.shift() ?? 'ok';
    const uncertain = (): GraphRequestError =>
      new GraphRequestError({ operation: 'forward message', status: 0, code: 'ECONNRESET', requestId: null, kind: 'uncertain', attempts: 1 });
    if (mode === 'failBeforeSend') throw uncertain();
    const draft = await this.call<MG.Message>('POST', `${this.base}/messages/${encodeURIComponent(id)}/createReply`, { operation: 'test forward' });
    await this.patchMessage(draft.id!, { toRecipients: [{ emailAddress: { address: to } }], body: { contentType: 'text', content: comment } });
    await this.call('POST', `${this.base}/messages/${encodeURIComponent(draft.id!)}/send`, { operation: 'test send' });
    this.sent.set(id, (this.sent.get(id) ?? 0) + 1);
    if (mode === 'lostAnswer') throw uncertain();
  }
}

describe('forward routing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ count: 120, seed: 17 });
  });
  afterAll(() => h.stop());

  it('forwards each message once, even when answers are lost, and a forward is not an answer', async () => {
    const base = h.graph();
    const graph = new ForwardingMailbox({ client: (base as unknown as { client: never }).client, mailbox: h.mailbox, tokens: { getToken: async () => 'test', invalidate: () => undefined } });
    graph.modes = ['lostAnswer', 'failBeforeSend', 'ok', 'lostAnswer'];
    const decisions = memoryLog();
    const summary = await runOnce({ graph, config, decisions });
    const inbox = await readFolder(h.graph(), 'inbox');
    const kultur = inbox.filter((m) => m.record?.department === 'kultur_fritid');
    expect(kultur.length).toBeGreaterThan(4);
    // Every kultur message forwarded exactly once.
    for (const m of kultur) expect(graph.sent.get(m.message.id!)).toBe(1);
    expect([...graph.sent.keys()].every((id) => kultur.some((m) => m.message.id === id))).toBe(true);
    expect(summary.routed).toBe(kultur.length);
    expect(summary.errors).toBe(0); // the uncertain attempts were settled from sent items
    const outcomes = decisions.events.filter((e) => e.action === 'forward').map((e) => e.outcome);
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(kultur.length);
    // Settled: nothing left marked unrouted; the forwards did not mark anything answered.
    for (const m of kultur) {
      expect(m.message.categories).not.toContain('Svarstid: Ej routad');
      const answeredBefore = h.generated.sent.some(
        (s) => s.conversationId === m.message.conversationId && Date.parse(s.sentDateTime as string) > Date.parse(m.message.receivedDateTime!),
      );
      expect(m.record!.answeredAt !== null).toBe(answeredBefore);
    }
    // A second run forwards nothing.
    const again = await runOnce({ graph, config });
    expect(again.routed).toBe(0);
    for (const m of kultur) expect(graph.sent.get(m.message.id!)).toBe(1);
  });

  it('writes and forwards a message once when two passes bring it at the same time, or a stale copy later', async () => {
    const base = h.graph();
    const graph = new ForwardingMailbox({ client: (base as unknown as { client: never }).client, mailbox: h.mailbox, tokens: { getToken: async () => 'test', invalidate: () => undefined } });
    h.emu.deliver(h.mailbox, {
      subject: 'Bokning av idrottshall',
      body: { contentType: 'text', content: 'Hej! Vi vill boka idrottshallen och simhallen för vår förening på lördagar. Hur gör vi?' },
      from: { emailAddress: { name: 'Förening', address: 'ordf@forening.example' } },
      internetMessageId: '<race@forening.example>',
    });
    const url = `${graph.base}/mailFolders/inbox/messages${query({ $filter: "subject eq 'Bokning av idrottshall'", $select: INBOX_SELECT.join(','), $expand: RECORD_EXPAND })}`;
    const [item] = await graph.listAll<MG.Message>(url, 'test');
    const worker = new MailboxWorker({ graph, config });
    await worker.prepare();
    await worker.syncSent('full');
    const patches = patchCount(h.emu);
    await Promise.all([worker.processMessage(item!), worker.processMessage({ ...item! })]);
    await worker.processMessage({ ...item! }); // a stale copy read before the write
    const record = (await readFolder(h.graph(), 'inbox')).find((m) => m.message.id === item!.id)!.record!;
    expect(record.department).toBe('kultur_fritid');
    expect(graph.sent.get(item!.id!)).toBe(1);
    // One label PATCH (the test mailbox's forward PATCHes its own draft once more).
    expect(patchCount(h.emu) - patches).toBe(1 + 1);
  });
});
