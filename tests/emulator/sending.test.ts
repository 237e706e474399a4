import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, citizenMessage, inbox, MAILBOX, userPath } from './support/http';
import { expectValid } from './support/schemas';

type Msg = Record<string, unknown> & { id: string; conversationId: string; subject: string };
type Coll = { value: Msg[] };

const COLLEAGUE = 'anna.handlaggare@exempelby.se';
let emu: RunningEmulator;
let base: string;

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    throttle: 'off',
    extraMailboxes: [COLLEAGUE],
    seed: { messages: [citizenMessage(1, { replyTo: [{ emailAddress: { name: 'Svar hit', address: 'svar@mejl.example' } }] }), citizenMessage(2)] },
  });
  base = emu.origin;
});
afterAll(() => emu.stop());

const sent = async (): Promise<Msg[]> => (await call<Coll>(base, 'GET', `${userPath()}/mailFolders/sentitems/messages?$top=100`)).body.value;

test('sendMail saves to sent items and delivers to a hosted mailbox', async () => {
  const r = await call(base, 'POST', `${userPath()}/sendMail`, {
    body: { message: { subject: 'Vidarebefordrat ärende', body: { contentType: 'text', content: 'Kan du ta detta?' }, toRecipients: [{ emailAddress: { address: COLLEAGUE } }] } },
  });
  expect(r.status).toBe(202);
  const s = (await sent()).find((m) => m.subject === 'Vidarebefordrat ärende') as Msg;
  expectValid('message', s);
  expect(s['isDraft']).toBe(false);
  expect(s['from']).toEqual({ emailAddress: { name: 'Kommun', address: MAILBOX } });
  const theirs = (await call<Coll>(base, 'GET', `${inbox(COLLEAGUE)}`)).body.value;
  expect(theirs.map((m) => m.subject)).toContain('Vidarebefordrat ärende');
  expect((await call(base, 'POST', `${userPath()}/sendMail`, { body: { message: { subject: 'x' } } })).status).toBe(400);
});

test('reply goes to replyTo, lands in sent items with the same conversationId', async () => {
  const orig = (await call<Coll>(base, 'GET', `${inbox()}?$filter=${encodeURIComponent("subject eq 'Fråga 1'")}`)).body.value[0] as Msg;
  const r = await call(base, 'POST', `${userPath()}/messages/${orig.id}/reply`, { body: { comment: 'Tack, vi återkommer inom två arbetsdagar.\nExempelby kommun' } });
  expect(r.status).toBe(202);
  const rep = (await sent()).find((m) => m.subject === 'RE: Fråga 1') as Msg;
  expect(rep.conversationId).toBe(orig.conversationId);
  expect(rep['toRecipients']).toEqual([{ emailAddress: { name: 'Svar hit', address: 'svar@mejl.example' } }]);
  expect(Date.parse(rep['sentDateTime'] as string)).toBeGreaterThanOrEqual(Date.parse(orig['receivedDateTime'] as string));
  const conv = await call<Coll>(base, 'GET', `${userPath()}/messages?$filter=${encodeURIComponent(`conversationId eq '${orig.conversationId}'`)}`);
  expect(conv.body.value).toHaveLength(2);
});

test('createReply makes a draft; PATCH then send moves it to sent items with a new id', async () => {
  const orig = (await call<Coll>(base, 'GET', `${inbox()}?$filter=${encodeURIComponent("subject eq 'Fråga 2'")}`)).body.value[0] as Msg;
  const draft = await call<Msg>(base, 'POST', `${userPath()}/messages/${orig.id}/createReply`, {});
  expect(draft.status).toBe(201);
  expectValid('message', draft.body);
  expect(draft.body['isDraft']).toBe(true);
  expect(draft.body.conversationId).toBe(orig.conversationId);
  const drafts = (await call(base, 'GET', `${userPath()}/mailFolders/drafts`)).body;
  expect(draft.body['parentFolderId']).toBe(drafts['id']);
  const patched = await call<Msg>(base, 'PATCH', `${userPath()}/messages/${draft.body.id}`, { body: { body: { contentType: 'html', content: '<p>Hej! Svar kommer senast fredag.</p>' }, toRecipients: [{ emailAddress: { address: COLLEAGUE } }] } });
  expect(patched.status).toBe(200);
  expect((await call(base, 'POST', `${userPath()}/messages/${draft.body.id}/send`)).status).toBe(202);
  expect((await call(base, 'GET', `${userPath()}/messages/${draft.body.id}`)).status).toBe(404);
  const s = (await sent()).find((m) => m.conversationId === orig.conversationId) as Msg;
  expect(s['isDraft']).toBe(false);
  expect(s.subject).toBe('RE: Fråga 2');
  const theirs = (await call<Coll>(base, 'GET', inbox(COLLEAGUE))).body.value;
  expect(theirs.some((m) => m.conversationId === orig.conversationId)).toBe(true);
  expect((await call(base, 'POST', `${userPath()}/messages/${s.id}/send`)).status).toBe(400);
});

describe('outlook/masterCategories', () => {
  const url = `${userPath()}/outlook/masterCategories`;
  test('an application can list, create, recolour and delete', async () => {
    const list = await call<{ value: { displayName: string }[] }>(base, 'GET', url);
    expect(list.status).toBe(200);
    expect(list.body.value.length).toBeGreaterThan(0);
    const created = await call<{ id: string; color: string }>(base, 'POST', url, { body: { displayName: 'Avd: Teknik', color: 'preset7' } });
    expect(created.status).toBe(201);
    expect((await call(base, 'POST', url, { body: { displayName: 'avd: teknik', color: 'preset1' } })).status).toBe(409);
    expect((await call(base, 'POST', url, { body: { displayName: 'Typ: Fråga', color: 'lila' } })).status).toBe(400);
    const recoloured = await call<{ color: string }>(base, 'PATCH', `${url}/${created.body.id}`, { body: { color: 'preset2' } });
    expect(recoloured.body.color).toBe('preset2');
    expect((await call(base, 'DELETE', `${url}/${created.body.id}`)).status).toBe(204);
  });
  test('a delegated caller gets 403 on a shared mailbox, 200 on their own', async () => {
    const token = emu.issueToken({ user: COLLEAGUE });
    const denied = await call(base, 'POST', url, { token, body: { displayName: 'Avd: Skola', color: 'preset3' } });
    expect(denied.status).toBe(403);
    expect((denied.body as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
    expect((await call(base, 'GET', url, { token })).status).toBe(403);
    expect((await call(base, 'GET', '/me/outlook/masterCategories', { token })).status).toBe(200);
    // Setting categories on a message of the shared mailbox still works.
    const m = (await call<Coll>(base, 'GET', `${inbox()}?$top=1`, { token })).body.value[0] as Msg;
    expect((await call(base, 'PATCH', `${userPath()}/messages/${m.id}`, { token, body: { categories: ['Avd: Skola'] } })).status).toBe(200);
  });
});

test('forward sends FW: to the given recipients and delivers to a hosted mailbox', async () => {
  const orig = (await call<Coll>(base, 'GET', `${inbox()}?$filter=${encodeURIComponent("subject eq 'Fråga 2'")}`)).body.value[0] as Msg;
  const r = await call(base, 'POST', `${userPath()}/messages/${orig.id}/forward`, { body: { comment: 'För kännedom', toRecipients: [{ emailAddress: { address: COLLEAGUE } }] } });
  expect(r.status).toBe(202);
  const fw = (await sent()).find((m) => m.subject === 'FW: Fråga 2') as Msg;
  expect(fw.conversationId).toBe(orig.conversationId);
  const theirs = (await call<Coll>(base, 'GET', inbox(COLLEAGUE))).body.value;
  expect(theirs.some((m) => m.subject === 'FW: Fråga 2')).toBe(true);
  expect((await call(base, 'POST', `${userPath()}/messages/${orig.id}/forward`, { body: { comment: 'x' } })).status).toBe(400);
});
