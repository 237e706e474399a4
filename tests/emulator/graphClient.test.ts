import { BatchRequestContent, BatchResponseContent, GraphError, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { graphClient } from './support/graphClient';
import { citizenMessage, MAILBOX } from './support/http';
import { expectValid } from './support/schemas';

let emu: RunningEmulator;
const N = 2_100;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, throttle: 'off', seed: { messages: Array.from({ length: N }, (_, i) => citizenMessage(i)) } });
});
afterAll(() => emu.stop());

test('PageIterator walks thousands of messages through absolute nextLinks', async () => {
  const client = graphClient(emu.origin);
  const first = (await client.api(`/users/${MAILBOX}/mailFolders/inbox/messages`).select('id,subject,receivedDateTime').top(250).get()) as PageCollection;
  expectValid('messages', first);
  const ids = new Set<string>();
  const it = new PageIterator(client, first, (m: { id: string }) => {
    ids.add(m.id);
    return true;
  });
  await it.iterate();
  expect(ids.size).toBe(N);
  expect(it.isComplete()).toBe(true);
});

test('PageIterator over a delta query ends with a deltaLink', async () => {
  const client = graphClient(emu.origin);
  const first = (await client.api(`/users/${MAILBOX}/mailFolders/inbox/messages/delta`).header('Prefer', 'odata.maxpagesize=500').select('subject').get()) as PageCollection;
  let n = 0;
  const it = new PageIterator(client, first, () => {
    n++;
    return true;
  }, { headers: { Prefer: 'odata.maxpagesize=500' } });
  await it.iterate();
  expect(n).toBe(N);
  expect(it.getDeltaLink()).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/.*\$deltatoken=/);
});

test('$batch through BatchRequestContent: per-request status, dependsOn, sub-requests counted', async () => {
  const client = graphClient(emu.origin);
  const page = (await client.api(`/users/${MAILBOX}/mailFolders/inbox/messages`).top(3).select('id').get()) as { value: { id: string }[] };
  const [a, b] = page.value as [{ id: string }, { id: string }];
  const before = emu.stats().mailboxes[MAILBOX]?.total ?? 0;
  const mk = (url: string, init: RequestInit = {}): Request => new Request(`https://graph.microsoft.com/v1.0${url}`, init);
  const content = new BatchRequestContent([
    { id: '1', request: mk(`/users/${MAILBOX}/messages/${a.id}`, { method: 'PATCH', body: JSON.stringify({ categories: ['Avd: Teknik'] }), headers: { 'Content-Type': 'application/json' } }) },
    { id: '2', request: mk(`/users/${MAILBOX}/messages/${a.id}?$select=categories`), dependsOn: ['1'] },
    { id: '3', request: mk(`/users/${MAILBOX}/messages/${b.id}`, { method: 'PATCH', body: JSON.stringify({ flag: { flagStatus: 'flagged', dueDateTime: { dateTime: '2026-11-24T15:30:00', timeZone: 'UTC' } } }), headers: { 'Content-Type': 'application/json' } }), dependsOn: ['2'] },
    { id: '4', request: mk(`/users/${MAILBOX}/messages/${b.id}`), dependsOn: ['3'] },
  ]);
  const raw = (await client.api('/$batch').post(await content.getContent())) as { responses: { id: string; status: number; body?: unknown }[] };
  const res = new BatchResponseContent(raw);
  expect(res.getResponseById('1').status).toBe(200);
  const two = raw.responses.find((r) => r.id === '2') as { body: { categories: string[] } };
  expect(two.body.categories).toEqual(['Avd: Teknik']);
  expect(res.getResponseById('3').status).toBe(400);
  expectValid('error', (raw.responses.find((r) => r.id === '3') as { body: unknown }).body);
  expect(res.getResponseById('4').status).toBe(424);
  // 1, 2, 3 reached the mailbox (4 failed its dependency without running).
  expect((emu.stats().mailboxes[MAILBOX]?.total ?? 0) - before).toBe(3);
  const parallel = (await client.api('/$batch').post({
    requests: [
      { id: 'a', method: 'GET', url: `/users/${MAILBOX}/messages/${a.id}?$select=subject` },
      { id: 'b', method: 'GET', url: `/users/${MAILBOX}/messages/does-not-exist` },
      { id: 'c', method: 'GET', url: `/users/${MAILBOX}/mailFolders/inbox/messages?$top=2` },
    ],
  })) as { responses: { id: string; status: number; body: Record<string, unknown> }[] };
  const byId = new Map(parallel.responses.map((r) => [r.id, r]));
  expect(byId.get('a')?.status).toBe(200);
  expectValid('message', byId.get('a')?.body);
  expect(byId.get('b')?.status).toBe(404);
  expectValid('messages', byId.get('c')?.body);
});

test('$batch with more than 20 requests is a 400', async () => {
  const client = graphClient(emu.origin, { maxRetries: 0 });
  const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${MAILBOX}/mailFolders/inbox` }));
  await expect(client.api('/$batch').post({ requests })).rejects.toMatchObject({ statusCode: 400 });
  const ok = (await client.api('/$batch').post({ requests: requests.slice(0, 20) })) as { responses: { status: number }[] };
  expect(ok.responses).toHaveLength(20);
  expect(ok.responses.every((r) => r.status === 200)).toBe(true);
});

test('RetryHandler honours Retry-After on injected 429/503 and then succeeds', async () => {
  const client = graphClient(emu.origin, { retryDelay: 5 });
  emu.faults({ failNext: [{ method: 'GET', path: '/mailFolders/inbox', count: 1, status: 429, retryAfter: 1 }, { method: 'GET', path: '/mailFolders/inbox', count: 1, status: 503, retryAfter: 1 }] });
  const t0 = Date.now();
  const folder = (await client.api(`/users/${MAILBOX}/mailFolders/inbox`).get()) as { totalItemCount: number };
  const took = Date.now() - t0;
  expect(folder.totalItemCount).toBeGreaterThan(0);
  expect(took).toBeGreaterThanOrEqual(1_900);
  expect(took).toBeLessThan(4_500);
});

test('after its retries the client surfaces a GraphError with statusCode 429', async () => {
  const client = graphClient(emu.origin, { maxRetries: 1 });
  emu.faults({ failNext: { method: 'GET', path: '/mailFolders/drafts', count: 2, status: 429, retryAfter: 1 } });
  const err = await client.api(`/users/${MAILBOX}/mailFolders/drafts`).get().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(GraphError);
  expect((err as GraphError).statusCode).toBe(429);
  expect((err as GraphError).code).toBe('TooManyRequests');
});
