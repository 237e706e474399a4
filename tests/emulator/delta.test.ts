import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, citizenMessage, userPath } from './support/http';
import { expectValid } from './support/schemas';

type Item = Record<string, unknown> & { id: string };
type Page = { value: Item[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

let emu: RunningEmulator;
let base: string;
const deltaUrl = `${userPath()}/mailFolders/inbox/messages/delta`;

async function drain(url: string, headers: Record<string, string> = {}): Promise<{ items: Item[]; deltaLink: string; pages: number }> {
  const items: Item[] = [];
  let next: string | undefined = url;
  let pages = 0;
  for (;;) {
    const r: { status: number; body: Page } = await call<Page>(base, 'GET', next, { headers });
    expect(r.status).toBe(200);
    expectValid('delta', r.body);
    pages++;
    items.push(...r.body.value);
    if (r.body['@odata.nextLink']) next = r.body['@odata.nextLink'];
    else return { items, deltaLink: r.body['@odata.deltaLink'] as string, pages };
  }
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, throttle: 'off', deltaTokenTtlMs: 60_000, seed: { messages: Array.from({ length: 25 }, (_, i) => citizenMessage(i)) } });
  base = emu.origin;
});
afterAll(() => emu.stop());

test('initial sync pages with Prefer: odata.maxpagesize and $select, then a deltaLink', async () => {
  const first = await call<Page>(base, 'GET', `${deltaUrl}?$select=subject,isRead,categories`, { headers: { Prefer: 'odata.maxpagesize=10' } });
  expect(first.headers.get('preference-applied')).toBe('odata.maxpagesize=10');
  expect(first.body.value).toHaveLength(10);
  expect(first.body['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\/.*\/messages\/delta\?\$skiptoken=/);
  const all = await drain(`${deltaUrl}?$select=subject,isRead,categories`, { Prefer: 'odata.maxpagesize=10' });
  expect(all.pages).toBe(3);
  expect(new Set(all.items.map((m) => m.id)).size).toBe(25);
  expect(Object.keys(all.items[0] as Item).sort()).toEqual(['@odata.etag', '@odata.type', 'categories', 'id', 'isRead', 'subject']);
  expect(all.deltaLink).toMatch(/\$deltatoken=/);
  const again = await drain(all.deltaLink);
  expect(again.items).toHaveLength(0);
});

test('created, updated and @removed (delete and move out) since the deltaLink', async () => {
  const start = await drain(deltaUrl, { Prefer: 'odata.maxpagesize=50' });
  const [a, b, c] = start.items as [Item, Item, Item];
  const fresh = emu.deliver(emu.mailbox, citizenMessage(99));
  await call(base, 'PATCH', `${userPath()}/messages/${a.id}`, { body: { categories: ['Avd: Teknik'] } });
  await call(base, 'DELETE', `${userPath()}/messages/${b.id}`);
  await call(base, 'POST', `${userPath()}/messages/${c.id}/move`, { body: { destinationId: 'archive' } });
  const changes = await drain(start.deltaLink);
  const removed = changes.items.filter((i) => i['@removed']).map((i) => i.id).sort();
  expect(removed).toEqual([b.id, c.id].sort());
  expect(changes.items.find((i) => i.id === fresh.id)).toBeTruthy();
  expect((changes.items.find((i) => i.id === a.id) as Item)['categories']).toEqual(['Avd: Teknik']);
  // The select of the first request is kept by the tokens.
  const onlyCreated = await drain(`${deltaUrl}?changeType=created`);
  expect(onlyCreated.items.length).toBeGreaterThan(0);
  emu.deliver(emu.mailbox, citizenMessage(100));
  await call(base, 'PATCH', `${userPath()}/messages/${a.id}`, { body: { isRead: true } });
  const createdOnly = await drain(onlyCreated.deltaLink);
  expect(createdOnly.items.map((i) => i['subject'])).toEqual(['Fråga 100']);
});

test('a forced 410 carries SyncStateNotFound and a Location to restart from', async () => {
  const start = await drain(`${deltaUrl}?$select=subject`);
  emu.faults({ delta410: 1 });
  const gone = await call(base, 'GET', start.deltaLink);
  expect(gone.status).toBe(410);
  expectValid('error', gone.body);
  expect((gone.body as { error: { code: string } }).error.code).toBe('SyncStateNotFound');
  const location = gone.headers.get('location') as string;
  expect(location).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/.*\/delta\?%24select=subject$/);
  const resync = await drain(location);
  expect(resync.items.length).toBeGreaterThan(20);
  expect((await call(base, 'GET', start.deltaLink)).status).toBe(200);
});

test('tokens from before a reset, or older than the token lifetime, get 410', async () => {
  const start = await drain(deltaUrl);
  const mid = await call<Page>(base, 'GET', deltaUrl, { headers: { Prefer: 'odata.maxpagesize=5' } });
  const skipLink = mid.body['@odata.nextLink'] as string;
  await call(base, 'POST', '/_emulator/reset');
  expect((await call(base, 'GET', start.deltaLink)).status).toBe(410);
  expect((await call(base, 'GET', skipLink)).status).toBe(410);
  const fresh = await drain(deltaUrl);
  const realNow = Date.now;
  try {
    Date.now = () => realNow() + 61_000;
    expect((await call(base, 'GET', fresh.deltaLink)).status).toBe(410);
  } finally {
    Date.now = realNow;
  }
  const garbage = await call(base, 'GET', `${deltaUrl}?$deltatoken=not-a-token`);
  expect(garbage.status).toBe(400);
});

test('delta accepts only receivedDateTime filters and needs a folder', async () => {
  expect((await call(base, 'GET', `${deltaUrl}?$filter=${encodeURIComponent('receivedDateTime ge 2026-11-01T00:10:00Z')}`)).status).toBe(200);
  expect((await call(base, 'GET', `${deltaUrl}?$filter=isRead eq false`)).status).toBe(400);
  expect((await call(base, 'GET', `${userPath()}/messages/delta`)).status).toBe(400);
});
