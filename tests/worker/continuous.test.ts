import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorker, type RunningWorker } from '../../src/worker/continuous';
import { memoryLog } from '../../src/worker/log';
import { loadState } from '../../src/worker/state';
import { ljungby, patchCount, readFolder, startHarness, type Harness } from './support/harness';

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function citizenMail(n: number): Record<string, unknown> {
  return {
    subject: `Fråga om sophämtning ${n}`,
    body: { contentType: 'text', content: `Hej! När töms soptunnorna på Björkvägen ${n}? Mvh Test` },
    from: { emailAddress: { name: 'Test', address: `test${n}@example.org` } },
  };
}

describe('continuous worker', () => {
  let h: Harness;
  let w: RunningWorker | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'svarstid-worker-'));
  const statePath = join(dir, 'state.json');
  const log = memoryLog();

  beforeAll(async () => {
    h = await startHarness({ count: 40, seed: 3 });
  });
  afterAll(async () => {
    await w?.stop();
    await h.stop();
  });

  /** Delivered messages are recognised by internetMessageId (deliver() returns the REST id, the worker uses immutable ids). */
  const labelledIds = async (): Promise<Set<string>> =>
    new Set((await readFolder(h.graph(), 'inbox')).filter((m) => m.record !== null).map((m) => m.message.internetMessageId!));

  it('labels the backlog, subscribes, and labels new mail from notifications (not polling)', async () => {
    w = await startWorker({ graph: h.graph(), config: ljungby(), statePath, log, pollIntervalMs: 600_000 });
    expect((await labelledIds()).size).toBe(40);
    const health = await (await fetch(`${w.url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', subscriptions: [{ folder: 'inbox' }, { folder: 'sentitems' }] });
    expect(statSync(statePath).mode & 0o777).toBe(0o600);

    const before = patchCount(h.emu);
    const ids = [1, 2, 3].map((n) => h.emu.deliver(h.mailbox, citizenMail(n)).internetMessageId!);
    await waitFor('new mail labelled', async () => {
      const done = await labelledIds();
      return ids.every((id) => done.has(id));
    });
    await w.idle();
    expect(patchCount(h.emu) - before).toBe(3);
  });

  it('copes with duplicate and out-of-order notifications without writing twice', async () => {
    h.emu.faults({ duplicateNotifications: 4, reorderNotifications: 3 });
    const before = patchCount(h.emu);
    const ids: string[] = [];
    // Separate deliveries, so held-back batches are released by the following one (the last is plain).
    for (const n of [4, 5, 6, 7, 8, 40, 41, 42]) {
      ids.push(h.emu.deliver(h.mailbox, citizenMail(n)).internetMessageId!);
      await new Promise((r) => setTimeout(r, 40));
    }
    await waitFor('all labelled', async () => {
      const done = await labelledIds();
      return ids.every((id) => done.has(id));
    });
    await new Promise((r) => setTimeout(r, 300));
    await w!.idle();
    expect(patchCount(h.emu) - before).toBe(8);
  });

  it('records an acknowledgement as a promise when it is sent, and marks the message answered when the answer is', async () => {
    const inbox = await readFolder(h.graph(), 'inbox');
    const open = inbox.find((m) => m.record?.answeredAt === null && m.record.due !== null && Date.parse(m.message.receivedDateTime!) < Date.now() - 60_000)!;
    const reply = (comment: string) =>
      h.graph().call('POST', `${h.graph().base}/messages/${encodeURIComponent(open.message.id!)}/reply`, { operation: 'reply', body: { comment } });
    const read = async () => (await readFolder(h.graph(), 'inbox')).find((x) => x.message.id === open.message.id)!;
    // "we will get back within two working days" promises the answer; it does not answer
    await reply('Hej! Vi återkommer inom två arbetsdagar. Exempelby kommun');
    await waitFor('acknowledged', async () => (await read()).record?.promised !== undefined);
    const acked = await read();
    expect(acked.record).toMatchObject({ answeredAt: null, acks: [expect.objectContaining({ by: 'text', why: 'inom två arbetsdagar' })] });
    expect(acked.message.flag?.flagStatus).toBe('flagged');
    await reply('Hej! Soptunnorna på Björkvägen töms varannan onsdag; nästa gång om åtta dagar. Exempelby kommun');
    await waitFor('answered', async () => {
      const m = await read();
      return m.record?.answeredAt !== null && m.message.flag?.flagStatus === 'complete';
    });
  });

  it('drops notifications with a wrong clientState and handles lifecycle events', async () => {
    const res = await fetch(`${w!.url}/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: [{ subscriptionId: 'nope', clientState: 'x', changeType: 'created' }] }),
    });
    expect(res.status).toBe(202);
    await waitFor('drop logged', () => log.events.some((e) => e.event === 'notification' && e.dropped === 1));
    const validation = await fetch(`${w!.url}/notifications?validationToken=abc%20def`, { method: 'POST' });
    expect(await validation.text()).toBe('abc def');
    expect(validation.headers.get('content-type')).toMatch(/^text\/plain/);

    const subsBefore = loadState(statePath, h.mailbox).subscriptions.map((s) => s.id);
    h.emu.faults({ lifecycle: { event: 'subscriptionRemoved', subscriptionId: subsBefore[0]! } });
    await waitFor('resubscribed', () => {
      const ids = w!.health().subscriptions.length === 2 && loadState(statePath, h.mailbox).subscriptions.map((s) => s.id);
      return Array.isArray(ids) && !ids.includes(subsBefore[0]!);
    });
    // A missed-notifications event makes the worker read the folder: a message whose notification was lost is labelled.
    h.emu.faults({ reorderNotifications: 1 }); // its notification is held back…
    const lost = h.emu.deliver(h.mailbox, citizenMail(30)).internetMessageId!;
    const inboxSub = loadState(statePath, h.mailbox).subscriptions.find((s) => s.folder === 'inbox')!;
    h.emu.faults({ lifecycle: { event: 'missed', subscriptionId: inboxSub.id } }); // …and Graph says so
    await waitFor('labelled after missed', async () => (await labelledIds()).has(lost));
    h.emu.faults({ expireTokens: true }); // also sends reauthorizationRequired
    const id = h.emu.deliver(h.mailbox, citizenMail(9)).internetMessageId!;
    await waitFor('labelled after token expiry', async () => (await labelledIds()).has(id));
  });

  it('resumes after a restart from its saved delta links and subscriptions', async () => {
    const port = w!.port;
    await w!.stop();
    const saved = loadState(statePath, h.mailbox);
    expect(Object.keys(saved.deltaLinks)).toEqual(expect.arrayContaining(['inbox', 'sentitems']));
    const missed = h.emu.deliver(h.mailbox, citizenMail(10)).internetMessageId!; // arrives while stopped
    const graph = h.graph();
    w = await startWorker({ graph, config: ljungby(), statePath, log, pollIntervalMs: 600_000, port });
    expect((await labelledIds()).has(missed)).toBe(true);
    // Resumed: no full read of the inbox, subscriptions reused.
    expect(w.worker.summary().scanned).toBeLessThan(5);
    expect(loadState(statePath, h.mailbox).subscriptions.map((s) => s.id).sort()).toEqual(saved.subscriptions.map((s) => s.id).sort());
    const id = h.emu.deliver(h.mailbox, citizenMail(11)).internetMessageId!;
    await waitFor('labelled after restart', async () => (await labelledIds()).has(id));
  });
});
