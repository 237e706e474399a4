import type * as MG from '@microsoft/microsoft-graph-types';
import { RECORD_PROPERTY_ID, type SvarstidRecord } from '../../src/core/record';
import { startEmulator } from '../../src/emulator';
import { mailboxFor } from '../../src/worker/connect';
import { runOnce } from '../../src/worker/runOnce';
import { startWorker, type RunningWorker } from '../../src/worker/continuous';
import { memoryLog } from '../../src/worker/log';
import type { PlannedWrite } from '../../src/worker/mailboxWorker';
import { ljungby, patchCount, readFolder, startHarness, type Harness } from './support/harness';

/**
 * Issue 12's findings, each in both emulator profiles: where Graph is unknown the worker stays
 * safe — a record a list cut or could not give is read again in full before anything is written,
 * a manual record it could not read is never overwritten, delta without `$expand` still finds new
 * mail, a delta reset (`resyncRequired`) is survived, and a refused subscription leaves a polling
 * worker running.
 */

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
    subject: `Fråga om parkering ${n}`,
    body: { contentType: 'text', content: `Hej! Var får jag parkera vid Storgatan ${n}? Mvh Test` },
    from: { emailAddress: { name: 'Test', address: `test${n}@example.org` } },
  };
}

/** A person's correction in the add-in, long enough (a handler and a long note) that a list cuts it. */
function manualRecord(base: SvarstidRecord): SvarstidRecord {
  return {
    ...base,
    department: 'kultur_fritid',
    source: 'manual',
    handler: { name: 'Anna-Karin Lindqvist Johansson, Kontaktcenter', at: '2026-11-23T09:15:00+01:00' },
    note: 'Flyttad till kultur och fritid efter samtal med sökanden; gäller föreningsbidrag, inte parkering.',
  } as SvarstidRecord;
}

async function writeRecord(h: Harness, id: string, text: string): Promise<void> {
  await h.graph().patchMessage(id, { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: text }] });
}

async function recordOf(h: Harness, id: string): Promise<string | null> {
  const m = await h.graph().getMessageExpanded<MG.Message>(id, ['id'], `singleValueExtendedProperties($filter=id eq '${RECORD_PROPERTY_ID}')`);
  return m.singleValueExtendedProperties?.[0]?.value ?? null;
}

describe.each(['default', 'strict'] as const)('worker safety against the %s emulator profile', (profile) => {
  let h: Harness;
  let w: RunningWorker | null = null;
  beforeEach(async () => {
    h = await startHarness({ count: 40, seed: 31, profile });
  });
  afterEach(async () => {
    await w?.stop();
    w = null;
    await h.stop();
  });

  it('never overwrites a manual record, whether a list cut it, it is damaged, or it could not be read again', async () => {
    const first = await runOnce({ graph: h.graph(), config: ljungby() });
    expect(first).toMatchObject({ labelled: 40, errors: 0 });
    const inbox = await readFolder(h.graph(), 'inbox');
    const open = inbox.filter((m) => m.record?.answeredAt === null);
    const [long, damaged, unreachable] = open;
    const longText = JSON.stringify(manualRecord(long!.record!));
    expect(longText.length).toBeGreaterThan(255);
    await writeRecord(h, long!.message.id!, longText);
    await writeRecord(h, damaged!.message.id!, '{"v":1,"policy":"ljungby@2026.1","channel":"epost","source":"manual","department":');
    // A manual record of exactly 255 characters (where Exchange cuts values): read again in every profile…
    const short = { ...unreachable!.record!, source: 'manual' } as SvarstidRecord & { note?: string };
    short.note = '';
    short.note = 'x'.repeat(255 - JSON.stringify(short).length);
    const manualUnreachable = JSON.stringify(short);
    expect(manualUnreachable).toHaveLength(255);
    await writeRecord(h, unreachable!.message.id!, manualUnreachable);
    // …and that single GET fails for good.
    h.emu.faults({ failNext: { method: 'GET', path: `/messages/${encodeURIComponent(unreachable!.message.id!)}`, status: 500, count: 100 } });

    const log = memoryLog();
    const before = patchCount(h.emu);
    const summary = await runOnce({ graph: h.graph({ baseDelayMs: 1, maxDelayMs: 5 }), config: ljungby(), log });
    h.emu.faults({ clear: true });
    // Nothing was written: not the long manual record, not the damaged one, not the unread one.
    expect(patchCount(h.emu)).toBe(before);
    expect(summary.labelled).toBe(0);
    expect(await recordOf(h, long!.message.id!)).toBe(longText);
    expect(await recordOf(h, unreachable!.message.id!)).toBe(manualUnreachable);
    expect(await recordOf(h, damaged!.message.id!)).toMatch(/"department":$/);
    expect(log.events).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'unreadable', id: damaged!.message.id! })]));
    // The read that failed is an error (the run says so), never a guess.
    expect(summary.errors).toBeGreaterThanOrEqual(1);
    expect(log.events).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'error', operation: 'read record', id: unreachable!.message.id! })]));
  });

  it('finds and labels new mail however delta behaves, and survives resyncRequired', async () => {
    const log = memoryLog();
    w = await startWorker({ graph: h.graph(), config: ljungby(), log, pollIntervalMs: 200, subscribe: false });
    const fallbacks = () => log.events.filter((e) => e.event === 'fallback');
    const ids = [1, 2].map((n) => h.emu.deliver(h.mailbox, citizenMail(n)).internetMessageId!);
    const labelled = async (wanted: string[]): Promise<boolean> => {
      const done = new Set((await readFolder(h.graph(), 'inbox')).filter((m) => m.record).map((m) => m.message.internetMessageId));
      return wanted.every((id) => done.has(id));
    };
    await waitFor('new mail labelled', () => labelled(ids));
    // Strict: one clear line says $expand on delta was refused, and the worker went on without it.
    expect(fallbacks()).toHaveLength(profile === 'strict' ? 1 : 0);
    if (profile === 'strict') expect(fallbacks()[0]).toMatchObject({ status: 400, detail: expect.stringMatching(/refused \$expand/) });

    h.emu.faults({ failNext: { method: 'GET', path: '/delta', status: 400, code: 'resyncRequired', count: 1 } });
    const more = [3, 4].map((n) => h.emu.deliver(h.mailbox, citizenMail(n)).internetMessageId!);
    await waitFor('labelled after resyncRequired', () => labelled(more));
    expect(log.events).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'resync', code: 'resyncRequired' })]));
    expect(fallbacks()).toHaveLength(profile === 'strict' ? 1 : 0);
  });
});

describe('webhooks for real', () => {
  it('a refused subscription degrades to polling and the worker keeps labelling', async () => {
    // The emulator as Graph: no plain-http webhooks; the worker's local URL is refused.
    const h = await startHarness({ count: 10, seed: 33 });
    const strictHooks = await startEmulator({ seed: { messages: h.generated.inbox }, throttle: 'off' });
    await h.stop();
    const graph = mailboxFor({ mailbox: strictHooks.mailbox, graphUrl: strictHooks.origin });
    const log = memoryLog();
    const w = await startWorker({ graph, config: ljungby(), log, pollIntervalMs: 200 });
    try {
      expect(w.health()).toMatchObject({ status: 'ok', notifications: 'polling', subscriptions: [] });
      const refused = log.events.filter((e) => e.event === 'subscription' && e.action === 'refused');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ status: 400, detail: expect.stringMatching(/polling every 0.2 s instead.*must use https/) });
      const id = strictHooks.deliver(strictHooks.mailbox, citizenMail(7)).internetMessageId!;
      await waitFor('labelled by polling', async () => (await readFolder(graph, 'inbox')).some((m) => m.message.internetMessageId === id && m.record !== null));
    } finally {
      await w.stop();
      await strictHooks.stop();
    }
  });

  it('polling-only mode says so', async () => {
    const h = await startHarness({ count: 5, seed: 34 });
    const log = memoryLog();
    const w = await startWorker({ graph: h.graph(), config: ljungby(), log, subscribe: false, pollingOnlyReason: 'no --public-url https://… given' });
    try {
      expect(w.health().notifications).toBe('polling');
      expect(log.events.filter((e) => e.event === 'notifications')).toEqual([
        expect.objectContaining({ mode: 'polling', detail: expect.stringMatching(/^no --public-url https:\/\/… given: new mail is noticed by polling every 60 s$/) }),
      ]);
    } finally {
      await w.stop();
      await h.stop();
    }
  });
});

describe('deployment', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ count: 60, seed: 35 });
  });
  afterEach(() => h.stop());

  it('two workers on one mailbox: exactly one writes; the other waits and takes over when the first stops', async () => {
    const logA = memoryLog();
    const logB = memoryLog();
    const a = await startWorker({ graph: h.graph(), config: ljungby(), log: logA, pollIntervalMs: 100, subscribe: false, lease: { ttlMs: 3000, skewMs: 500, pollMs: 100 } });
    const b = await startWorker({ graph: h.graph(), config: ljungby(), log: logB, pollIntervalMs: 100, subscribe: false, lease: { ttlMs: 3000, skewMs: 500, pollMs: 100 } });
    let stoppedA = false;
    try {
      expect(a.health().status).toBe('ok');
      expect(b.health().status).toBe('waiting');
      await waitFor('B says it waits', () => logB.events.some((e) => e.event === 'lease' && e.action === 'waiting'));
      const ids = [1, 2, 3].map((n) => h.emu.deliver(h.mailbox, citizenMail(n)).internetMessageId!);
      await waitFor('labelled by A', async () => {
        const done = new Set((await readFolder(h.graph(), 'inbox')).filter((m) => m.record).map((m) => m.message.internetMessageId));
        return ids.every((id) => done.has(id));
      });
      // Through a few lease renewals: B never writes while A holds the mailbox.
      await new Promise((r) => setTimeout(r, 1500));
      await a.idle();
      expect(a.worker.summary().labelled).toBe(63);
      expect(b.worker.summary()).toMatchObject({ labelled: 0, scanned: 0 });
      expect(patchCount(h.emu)).toBe(63);

      await a.stop();
      stoppedA = true;
      await b.active();
      expect(b.health().status).toBe('ok');
      const later = h.emu.deliver(h.mailbox, citizenMail(4)).internetMessageId!;
      await waitFor('labelled by B', async () => (await readFolder(h.graph(), 'inbox')).some((m) => m.message.internetMessageId === later && m.record !== null));
      expect(b.worker.summary().labelled).toBe(1);
      expect(patchCount(h.emu)).toBe(64);
    } finally {
      if (!stoppedA) await a.stop();
      await b.stop();
    }
  });

  it('--since leaves older mail alone; a dry run writes nothing and says what it would label; a foreign configuration is warned about', async () => {
    const inbox = await readFolder(h.graph(), 'inbox');
    const times = inbox.map((m) => Date.parse(m.message.receivedDateTime!)).sort((x, y) => x - y);
    const since = new Date(times[30]!).toISOString();
    const newer = inbox.filter((m) => Date.parse(m.message.receivedDateTime!) >= Date.parse(since)).length;

    const planned: PlannedWrite[] = [];
    const dry = await runOnce({ graph: h.graph(), config: ljungby(), since, dryRun: true, onPlanned: (p) => planned.push(p) });
    expect(patchCount(h.emu)).toBe(0);
    expect(dry).toMatchObject({ labelled: newer, errors: 0 });
    expect(planned).toHaveLength(newer);
    for (const p of planned) expect(Object.keys(p)).toEqual(['id', 'action', 'channel', 'kind', 'department', 'due', 'target', 'rules', 'categories']);
    expect(new Set(planned.map((p) => p.action))).toEqual(new Set(['label']));
    expect(JSON.stringify(planned)).not.toMatch(/subject|body|Hej/);

    const log = memoryLog();
    const real = await runOnce({ graph: h.graph(), config: ljungby(), since, log });
    expect(real).toMatchObject({ labelled: newer, errors: 0 });
    const after = await readFolder(h.graph(), 'inbox');
    for (const m of after) expect(m.record !== null).toBe(Date.parse(m.message.receivedDateTime!) >= Date.parse(since));
    // The Ljungby policy on Exempelby's mailbox: said once, plainly.
    expect(log.events.filter((e) => e.event === 'warning')).toEqual([
      expect.objectContaining({ code: 'municipality-mismatch', municipality: 'Ljungby kommun', detail: expect.stringMatching(/gäller Ljungby kommun .* men brevlådan är kommun@exempelby\.se/) }),
    ]);
  });
});
