import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, citizenMessage, inbox, MAILBOX, userPath } from './support/http';
import { expectValid } from './support/schemas';

type Msg = Record<string, unknown> & { id: string; changeKey: string };
type Coll<T = Msg> = { value: T[]; '@odata.nextLink'?: string; '@odata.count'?: number };

const EXT = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstid';
let emu: RunningEmulator;
let base: string;

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    throttle: 'off',
    extraMailboxes: ['anna.handlaggare@exempelby.se'],
    seed: { messages: Array.from({ length: 30 }, (_, i) => citizenMessage(i, i % 3 === 0 ? { categories: ['Avd: Teknik'], isRead: true } : {})) },
  });
  base = emu.origin;
});
afterAll(() => emu.stop());

describe('auth and errors', () => {
  test('no bearer token is a 401 in Graph error shape', async () => {
    const r = await call(base, 'GET', inbox(), { token: null });
    expect(r.status).toBe(401);
    expectValid('error', r.body);
    expect((r.body as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    expect(r.headers.get('request-id')).toBeTruthy();
  });
  test('a mailbox outside the app\'s scope 403, unknown segment 400, bad $select 400 — all Graph-shaped', async () => {
    for (const [path, status] of [
      // The application is scoped (RBAC for Applications) to the hosted mailboxes: any other is refused.
      ['/users/nobody@exempelby.se/messages', 403],
      [`${userPath()}/calendars`, 400],
      [`${inbox()}?$select=nosuchprop`, 400],
      [`${inbox()}?$top=1001`, 400],
      [`${inbox()}?$filter=subject eq`, 400],
    ] as const) {
      const r = await call(base, 'GET', path);
      expect(r.status).toBe(status);
      expectValid('error', r.body);
    }
  });
  test('/me needs a delegated token', async () => {
    expect((await call(base, 'GET', '/me/messages')).status).toBe(400);
    const token = emu.issueToken({ user: 'anna.handlaggare@exempelby.se' });
    const r = await call(base, 'GET', '/me/mailFolders/inbox', { token });
    expect(r.status).toBe(200);
  });
});

describe('mail folders', () => {
  test('well-known names, list, childFolders and hidden folders', async () => {
    const list = await call<Coll>(base, 'GET', `${userPath()}/mailFolders?$top=50`);
    expect(list.status).toBe(200);
    expectValid('mailFolders', list.body);
    for (const wk of ['inbox', 'sentitems', 'drafts', 'deleteditems', 'archive']) {
      const f = await call(base, 'GET', `${userPath()}/mailFolders/${wk}`);
      expect(f.status).toBe(200);
      expectValid('mailFolder', f.body);
    }
    const inboxFolder = (await call(base, 'GET', `${userPath()}/mailFolders('Inbox')`)).body as { id: string; totalItemCount: number };
    expect(inboxFolder.totalItemCount).toBe(30);
    const child = await call(base, 'POST', `${userPath()}/mailFolders/inbox/childFolders`, { body: { displayName: 'Svarstid arbetsyta', isHidden: true } });
    expect(child.status).toBe(201);
    expectValid('mailFolder', child.body);
    expect(child.body['isHidden']).toBe(true);
    expect(child.body['parentFolderId']).toBe(inboxFolder.id);
    const dup = await call(base, 'POST', `${userPath()}/mailFolders/inbox/childFolders`, { body: { displayName: 'svarstid arbetsyta' } });
    expect(dup.status).toBe(409);
    const visible = await call<Coll>(base, 'GET', `${userPath()}/mailFolders/inbox/childFolders`);
    expect(visible.body.value).toHaveLength(0);
    const hidden = await call<Coll>(base, 'GET', `${userPath()}/mailFolders/inbox/childFolders?includeHiddenFolders=true`);
    expect(hidden.body.value.map((f) => f['displayName'])).toEqual(['Svarstid arbetsyta']);
    const nested = await call(base, 'GET', `${userPath()}/mailFolders/inbox/childFolders/${child.body['id'] as string}/messages`);
    expect(nested.status).toBe(200);
    const top = await call<Coll>(base, 'GET', `${userPath()}/mailFolders?$top=2`);
    expect(top.body.value).toHaveLength(2);
    expect(top.body['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/.*(%24|\$)skip=2/);
  });
  test('folder extended properties: PATCH upsert and $expand', async () => {
    const patch = await call(base, 'PATCH', `${userPath()}/mailFolders/archive`, { body: { singleValueExtendedProperties: [{ id: EXT, value: '{"v":1}' }] } });
    expect(patch.status).toBe(200);
    const got = await call(base, 'GET', `${userPath()}/mailFolders/archive?$expand=singleValueExtendedProperties($filter=id eq '${EXT}')`);
    expect(got.body['singleValueExtendedProperties']).toEqual([{ id: EXT, value: '{"v":1}' }]);
    expectValid('mailFolder', got.body);
  });
});

describe('messages: list and OData', () => {
  test('default page of 10 with absolute nextLink, receivedDateTime desc, all fields validate', async () => {
    const r = await call<Coll>(base, 'GET', inbox());
    expect(r.status).toBe(200);
    expectValid('messages', r.body);
    expect(r.body.value).toHaveLength(10);
    expect(r.body['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\//);
    const dates = r.body.value.map((m) => m['receivedDateTime'] as string);
    expect([...dates].sort().reverse()).toEqual(dates);
    const m = r.body.value[0] as Msg;
    for (const k of ['@odata.etag', 'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'receivedDateTime', 'sentDateTime', 'hasAttachments', 'internetMessageId', 'subject', 'bodyPreview', 'importance', 'parentFolderId', 'conversationId', 'conversationIndex', 'isDeliveryReceiptRequested', 'isReadReceiptRequested', 'isRead', 'isDraft', 'webLink', 'inferenceClassification', 'body', 'sender', 'from', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'flag']) {
      expect(m).toHaveProperty([k]);
    }
    expect(m['@odata.etag']).toBe(`W/"${m.changeKey}"`);
    expect(m.id).toMatch(/^[A-Za-z0-9_=-]+$/);
  });
  test('$select, $top, $skip, $count, $orderby', async () => {
    const r = await call<Coll>(base, 'GET', `${inbox()}?$select=subject,isRead&$top=5&$skip=5&$count=true&$orderby=receivedDateTime asc`);
    expectValid('messages', r.body);
    expect(r.body['@odata.count']).toBe(30);
    expect(r.body.value.map((m) => m['subject'])).toEqual(['Fråga 5', 'Fråga 6', 'Fråga 7', 'Fråga 8', 'Fråga 9']);
    expect(Object.keys(r.body.value[0] as Msg).sort()).toEqual(['@odata.etag', 'id', 'isRead', 'subject']);
  });
  test('$filter: dates, categories/any, flag/flagStatus, isRead, conversationId, and/or/not', async () => {
    const f = async (filter: string, extra = ''): Promise<Msg[]> => {
      const r = await call<Coll>(base, 'GET', `${inbox()}?$top=100&$filter=${encodeURIComponent(filter)}${extra}`);
      expect(r.status).toBe(200);
      return r.body.value;
    };
    expect(await f("categories/any(c:c eq 'Avd: Teknik')")).toHaveLength(10);
    expect(await f('isRead eq false')).toHaveLength(20);
    expect(await f("flag/flagStatus eq 'notFlagged'")).toHaveLength(30);
    expect(await f('receivedDateTime ge 2026-11-01T00:10:00Z and receivedDateTime lt 2026-11-01T00:20:00Z')).toHaveLength(10);
    expect(await f("not (isRead eq true) or categories/any(c: c eq 'Avd: Teknik')")).toHaveLength(30);
    const one = (await f('isRead eq false'))[0] as Msg;
    expect(await f(`conversationId eq '${one['conversationId'] as string}'`)).toHaveLength(1);
    expect(await f('receivedDateTime ge 2026-11-01T00:00:00Z', '&$orderby=receivedDateTime desc')).toHaveLength(30);
    // Exchange: $orderby properties must lead the $filter.
    const bad = await call(base, 'GET', `${inbox()}?$filter=isRead eq false&$orderby=receivedDateTime desc`);
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { code: string } }).error.code).toBe('InefficientFilter');
    const unsupported = await call(base, 'GET', `${inbox()}?$filter=${encodeURIComponent("contains(subject,'x')")}`);
    expect(unsupported.status).toBe(400);
    expectValid('error', unsupported.body);
  });
  test('Prefer: outlook.body-content-type="text" turns HTML bodies into text', async () => {
    const m = emu.deliver(MAILBOX, { subject: 'HTML', body: { contentType: 'html', content: '<html><body><p>Hej &amp; tack</p><p>Rad två</p></body></html>' } }) as Msg;
    const html = await call<Msg>(base, 'GET', `${userPath()}/messages/${m.id}?$select=body`);
    expect((html.body['body'] as { contentType: string }).contentType).toBe('html');
    const text = await call<Msg>(base, 'GET', `${userPath()}/messages/${m.id}?$select=body`, { headers: { Prefer: 'outlook.body-content-type="text"' } });
    expect(text.body['body']).toEqual({ contentType: 'text', content: 'Hej & tack\r\nRad två' });
    await call(base, 'DELETE', `${userPath()}/messages/${m.id}`);
  });
  test('$count path segment', async () => {
    const r = await call(base, 'GET', `${inbox()}/$count`);
    expect(r.text).toBe('30');
  });
});

describe('messages: PATCH semantics', () => {
  let msg: Msg;
  beforeAll(async () => {
    msg = ((await call<Coll>(base, 'GET', `${inbox()}?$top=1&$filter=isRead eq false`)).body.value[0]) as Msg;
  });

  test('categories, isRead, flag; changeKey and ETag change on every write', async () => {
    const url = `${userPath()}/messages/${msg.id}`;
    const a = await call<Msg>(base, 'PATCH', url, { body: { categories: ['Avd: Teknik', 'Typ: Felanmälan'], isRead: true } });
    expect(a.status).toBe(200);
    expectValid('message', a.body);
    expect(a.body.categories).toEqual(['Avd: Teknik', 'Typ: Felanmälan']);
    expect(a.body.changeKey).not.toBe(msg.changeKey);
    expect(a.headers.get('etag')).toBe(`W/"${a.body.changeKey}"`);
    const flag = { flagStatus: 'flagged', startDateTime: { dateTime: '2026-11-20T08:00:00', timeZone: 'W. Europe Standard Time' }, dueDateTime: { dateTime: '2026-11-24T15:30:00', timeZone: 'Europe/Stockholm' } };
    const b = await call<Msg>(base, 'PATCH', url, { body: { flag } });
    expect(b.status).toBe(200);
    expect(b.body.changeKey).not.toBe(a.body.changeKey);
    expectValid('followupFlag', b.body['flag']);
    expect(b.body['flag']).toEqual({
      flagStatus: 'flagged',
      startDateTime: { dateTime: '2026-11-20T07:00:00.0000000', timeZone: 'UTC' },
      dueDateTime: { dateTime: '2026-11-24T14:30:00.0000000', timeZone: 'UTC' },
    });
    const done = await call<Msg>(base, 'PATCH', url, { body: { flag: { flagStatus: 'complete' } } });
    expect((done.body['flag'] as { flagStatus: string; completedDateTime?: unknown }).completedDateTime).toBeDefined();
  });

  test('Prefer: return=minimal gives 204 with the new ETag', async () => {
    const url = `${userPath()}/messages/${msg.id}`;
    const r = await call(base, 'PATCH', url, { body: { isRead: true }, headers: { Prefer: 'IdType="ImmutableId", return=minimal' } });
    expect(r.status).toBe(204);
    expect(r.headers.get('preference-applied')).toBe('return=minimal');
    const now = (await call<Msg>(base, 'GET', url)).body;
    expect(r.headers.get('etag')).toBe(now['@odata.etag']);
  });

  test('dueDateTime without startDateTime is a 400 and changes nothing', async () => {
    const url = `${userPath()}/messages/${msg.id}`;
    const before = (await call<Msg>(base, 'GET', url)).body;
    const r = await call(base, 'PATCH', url, { body: { categories: ['X'], flag: { flagStatus: 'flagged', dueDateTime: { dateTime: '2026-11-24T15:30:00', timeZone: 'UTC' } } } });
    expect(r.status).toBe(400);
    expectValid('error', r.body);
    const after = (await call<Msg>(base, 'GET', url)).body;
    expect(after.changeKey).toBe(before.changeKey);
    expect(after.categories).toEqual(before.categories);
  });

  test('If-Match with a stale changeKey is a 412; the current one succeeds', async () => {
    const url = `${userPath()}/messages/${msg.id}`;
    const cur = (await call<Msg>(base, 'GET', url)).body;
    const stale = await call(base, 'PATCH', url, { body: { isRead: false }, headers: { 'If-Match': 'W/"CQAAABYAAADstale"' } });
    expect(stale.status).toBe(412);
    expectValid('error', stale.body);
    const ok = await call(base, 'PATCH', url, { body: { isRead: false }, headers: { 'If-Match': cur['@odata.etag'] as string } });
    expect(ok.status).toBe(200);
    const again = await call(base, 'PATCH', url, { body: { isRead: true }, headers: { 'If-Match': cur['@odata.etag'] as string } });
    expect(again.status).toBe(412);
  });

  test('single-value extended properties are upserted by id and read with $expand', async () => {
    const url = `${userPath()}/messages/${msg.id}`;
    await call(base, 'PATCH', url, { body: { singleValueExtendedProperties: [{ id: EXT, value: '{"v":1,"kind":"fraga"}' }] } });
    await call(base, 'PATCH', url, { body: { singleValueExtendedProperties: [{ id: EXT.replace('6c1d2a52', '6C1D2A52'), value: '{"v":1,"kind":"felanmalan"}' }, { id: 'String {00020329-0000-0000-c000-000000000046} Name other', value: 'x' }] } });
    const got = await call<Msg>(base, 'GET', `${url}?$select=subject&$expand=singleValueExtendedProperties($filter=id eq '${EXT}')`);
    expectValid('message', got.body);
    expect(got.body['singleValueExtendedProperties']).toEqual([{ id: EXT, value: '{"v":1,"kind":"felanmalan"}' }]);
    const none = await call<Msg>(base, 'GET', `${inbox()}?$top=1&$filter=isRead eq true&$expand=singleValueExtendedProperties($filter=id eq '${EXT}')`);
    expect(none.status).toBe(200);
    const filtered = await call<Coll>(base, 'GET', `${inbox()}?$filter=${encodeURIComponent(`singleValueExtendedProperties/any(ep: ep/id eq '${EXT}' and ep/value ne null)`)}`);
    expect(filtered.body.value.map((m) => m.id)).toEqual([msg.id]);
  });

  test('read-only, unknown and sent-message properties are rejected', async () => {
    const url = `${userPath()}/messages/${msg.id}`;
    expect((await call(base, 'PATCH', url, { body: { changeKey: 'x' } })).status).toBe(400);
    expect((await call(base, 'PATCH', url, { body: { nonsense: 1 } })).status).toBe(400);
    expect((await call(base, 'PATCH', url, { body: { subject: 'Ändrad' } })).status).toBe(400);
  });
});

describe('move, copy, delete and ids', () => {
  test('move changes the REST id; the old id is gone', async () => {
    const m = ((await call<Coll>(base, 'GET', `${inbox()}?$top=1`)).body.value[0]) as Msg;
    const moved = await call<Msg>(base, 'POST', `${userPath()}/messages/${m.id}/move`, { body: { destinationId: 'archive' } });
    expect(moved.status).toBe(201);
    expectValid('message', moved.body);
    expect(moved.body.id).not.toBe(m.id);
    expect((await call(base, 'GET', `${userPath()}/messages/${m.id}`)).status).toBe(404);
    expect((await call(base, 'GET', `${userPath()}/messages/${moved.body.id}`)).status).toBe(200);
    const archive = (await call(base, 'GET', `${userPath()}/mailFolders/archive`)).body;
    expect(moved.body['parentFolderId']).toBe(archive['id']);
  });
  test('with Prefer: IdType="ImmutableId" the id survives a move', async () => {
    const prefer = { Prefer: 'IdType="ImmutableId"' };
    const m = ((await call<Coll>(base, 'GET', `${inbox()}?$top=1`, { headers: prefer })).body.value[0]) as Msg;
    const moved = await call<Msg>(base, 'POST', `${userPath()}/messages/${m.id}/move`, { body: { destinationId: 'deleteditems' }, headers: prefer });
    expect(moved.body.id).toBe(m.id);
    const back = await call<Msg>(base, 'POST', `${userPath()}/messages/${m.id}/move`, { body: { destinationId: 'inbox' }, headers: prefer });
    expect(back.body.id).toBe(m.id);
    expect((await call(base, 'GET', `${userPath()}/messages/${m.id}`, { headers: prefer })).status).toBe(200);
  });
  test('copy makes a new message; delete removes it', async () => {
    const m = ((await call<Coll>(base, 'GET', `${inbox()}?$top=1`)).body.value[0]) as Msg;
    const copy = await call<Msg>(base, 'POST', `${userPath()}/messages/${m.id}/copy`, { body: { destinationId: 'archive' } });
    expect(copy.status).toBe(201);
    expect(copy.body.id).not.toBe(m.id);
    expect(copy.body['subject']).toBe(m['subject']);
    expect((await call(base, 'DELETE', `${userPath()}/messages/${copy.body.id}`)).status).toBe(204);
    expect((await call(base, 'GET', `${userPath()}/messages/${copy.body.id}`)).status).toBe(404);
    expect((await call(base, 'GET', `${userPath()}/messages/${m.id}`)).status).toBe(200);
  });
});

describe('several mailboxes', () => {
  test('each mailbox has its own folders and messages; users/{id} works too', async () => {
    const user = (await call(base, 'GET', userPath('anna.handlaggare@exempelby.se'))).body;
    const byId = await call<Coll>(base, 'GET', `/users/${user['id'] as string}/mailFolders/inbox/messages`);
    expect(byId.status).toBe(200);
    expect(byId.body.value).toHaveLength(0);
    expect(MAILBOX).toBe(emu.mailbox);
  });
});
