import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, citizenMessage, MAILBOX, userPath } from './support/http';
import { startReceiver, type Receiver } from './support/webhook';

type Sub = Record<string, unknown> & { id: string; expirationDateTime: string };

let emu: RunningEmulator;
let rx: Receiver;
let life: Receiver;

const inFuture = (minutes: number): string => new Date(Date.now() + minutes * 60_000).toISOString();

async function subscribe(body: Record<string, unknown>, headers: Record<string, string> = {}, token?: string): Promise<{ status: number; body: Sub }> {
  return call<Sub>(emu.origin, 'POST', '/subscriptions', {
    body: { changeType: 'created,updated,deleted', notificationUrl: rx.url, resource: `users/${MAILBOX}/mailFolders('inbox')/messages`, expirationDateTime: inFuture(60), clientState: 'hemlig-klientstatus', ...body },
    headers,
    ...(token ? { token } : {}),
  });
}

beforeAll(async () => {
  // The receivers listen on http://127.0.0.1: the switch tests and the demo use (Graph itself wants HTTPS).
  emu = await startEmulator({ port: 0, throttle: 'off', allowHttpLoopbackWebhooks: true, seed: { messages: [citizenMessage(1), citizenMessage(2), citizenMessage(3)] } });
  rx = await startReceiver();
  life = await startReceiver();
});
afterAll(async () => {
  await emu.stop();
  await rx.close();
  await life.close();
});
beforeEach(() => {
  rx.posts.length = 0;
  life.posts.length = 0;
});

test('create: validation handshake, Graph subscription shape, limits and loopback rule', async () => {
  const before = rx.validations.length;
  const r = await subscribe({ lifecycleNotificationUrl: life.url });
  expect(r.status).toBe(201);
  expect(rx.validations.length).toBe(before + 1);
  expect(life.validations.length).toBeGreaterThan(0);
  expect(r.body).toMatchObject({ changeType: 'created,updated,deleted', clientState: 'hemlig-klientstatus', notificationUrl: rx.url, lifecycleNotificationUrl: life.url });
  expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
  const tooLong = await subscribe({ expirationDateTime: inFuture(10_080 + 30) });
  expect(tooLong.status).toBe(400);
  expect((await subscribe({ expirationDateTime: inFuture(10_070) })).status).toBe(201);
  // Plain http to anything but the loopback interface is refused, with or without the switch.
  expect((await subscribe({ notificationUrl: 'http://webhook.example/notify' })).status).toBe(400);
  expect((await subscribe({ clientState: 'x'.repeat(129) })).status).toBe(400);
  rx.badHandshake = true;
  try {
    expect((await subscribe({})).status).toBe(400);
  } finally {
    rx.badHandshake = false;
  }
  for (const s of ((await call<{ value: Sub[] }>(emu.origin, 'GET', '/subscriptions')).body.value)) await call(emu.origin, 'DELETE', `/subscriptions/${s.id}`);
});

test('created, updated and deleted notifications carry clientState and resourceData', async () => {
  const sub = (await subscribe({})).body;
  const m = emu.deliver(MAILBOX, citizenMessage(10)) as { id: string };
  let all = await rx.waitFor((n) => n.some((x) => x.changeType === 'created'));
  const created = all.find((x) => x.changeType === 'created');
  expect(created).toMatchObject({ subscriptionId: sub.id, clientState: 'hemlig-klientstatus', resourceData: { id: m.id } });
  expect(created?.resource).toMatch(/^Users\/[0-9a-f-]{36}\/Messages\//);
  await call(emu.origin, 'PATCH', `${userPath()}/messages/${m.id}`, { body: { isRead: true } });
  all = await rx.waitFor((n) => n.some((x) => x.changeType === 'updated'));
  await call(emu.origin, 'DELETE', `${userPath()}/messages/${m.id}`);
  all = await rx.waitFor((n) => n.some((x) => x.changeType === 'deleted'));
  expect(all.filter((x) => x.resourceData?.id === m.id).map((x) => x.changeType)).toEqual(['created', 'updated', 'deleted']);
  // Moving a message out of the subscribed folder is a delete there.
  const other = emu.deliver(MAILBOX, citizenMessage(11)) as { id: string };
  await rx.waitFor((n) => n.some((x) => x.resourceData?.id === other.id));
  await call(emu.origin, 'POST', `${userPath()}/messages/${other.id}/move`, { body: { destinationId: 'archive' } });
  await rx.waitFor((n) => n.some((x) => x.resourceData?.id === other.id && x.changeType === 'deleted'));
  // Renew, then delete: no more notifications.
  const renewed = await call<Sub>(emu.origin, 'PATCH', `/subscriptions/${sub.id}`, { body: { expirationDateTime: inFuture(600) } });
  expect(renewed.status).toBe(200);
  expect(Date.parse(renewed.body.expirationDateTime)).toBeGreaterThan(Date.parse(sub.expirationDateTime));
  expect((await call(emu.origin, 'DELETE', `/subscriptions/${sub.id}`)).status).toBe(204);
  expect((await call(emu.origin, 'GET', `/subscriptions/${sub.id}`)).status).toBe(404);
  rx.posts.length = 0;
  emu.deliver(MAILBOX, citizenMessage(12));
  await new Promise((r) => setTimeout(r, 150));
  expect(rx.posts).toHaveLength(0);
});

test('changeType filter and immutable ids in notifications', async () => {
  const sub = (await subscribe({ changeType: 'created', resource: `/users/${MAILBOX}/messages` }, { Prefer: 'IdType="ImmutableId"' })).body;
  const m = emu.deliver(MAILBOX, citizenMessage(13)) as { id: string };
  const all = await rx.waitFor((n) => n.length > 0);
  expect(all.every((x) => x.changeType === 'created')).toBe(true);
  const immutableId = all[0]?.resourceData?.id as string;
  expect(immutableId).not.toBe(m.id);
  const byImmutable = await call(emu.origin, 'GET', `${userPath()}/messages/${immutableId}`, { headers: { Prefer: 'IdType="ImmutableId"' } });
  expect(byImmutable.status).toBe(200);
  await call(emu.origin, 'DELETE', `/subscriptions/${sub.id}`);
});

test('failed deliveries are retried', async () => {
  const sub = (await subscribe({})).body;
  rx.failNext(2);
  const m = emu.deliver(MAILBOX, citizenMessage(14)) as { id: string };
  await rx.waitFor((n) => n.some((x) => x.resourceData?.id === m.id), 8000);
  await call(emu.origin, 'DELETE', `/subscriptions/${sub.id}`);
});

test('duplicate and out-of-order notifications on request', async () => {
  const sub = (await subscribe({})).body;
  emu.faults({ duplicateNotifications: 1 });
  const a = emu.deliver(MAILBOX, citizenMessage(15)) as { id: string };
  await rx.waitFor((n) => n.filter((x) => x.resourceData?.id === a.id).length === 2);
  rx.posts.length = 0;
  emu.faults({ reorderNotifications: 1 });
  const b = emu.deliver(MAILBOX, citizenMessage(16)) as { id: string };
  await new Promise((r) => setTimeout(r, 30));
  const c = emu.deliver(MAILBOX, citizenMessage(17)) as { id: string };
  const all = await rx.waitFor((n) => n.length >= 2);
  expect(all.map((x) => x.resourceData?.id)).toEqual([c.id, b.id]);
  await call(emu.origin, 'DELETE', `/subscriptions/${sub.id}`);
});

test('lifecycle notifications: missed, reauthorizationRequired (token expiry), subscriptionRemoved', async () => {
  const sub = (await subscribe({ lifecycleNotificationUrl: life.url })).body;
  emu.faults({ lifecycle: { event: 'missed', subscriptionId: sub.id } });
  await life.waitFor((n) => n.some((x) => x.lifecycleEvent === 'missed'));
  emu.faults({ expireTokens: true });
  await life.waitFor((n) => n.some((x) => x.lifecycleEvent === 'reauthorizationRequired'));
  const token = 'fresh-token-after-expiry';
  emu.faults({ lifecycle: { event: 'subscriptionRemoved', subscriptionId: sub.id } });
  const all = await life.waitFor((n) => n.some((x) => x.lifecycleEvent === 'subscriptionRemoved'));
  expect(all.every((x) => x.subscriptionId === sub.id && x.clientState === 'hemlig-klientstatus')).toBe(true);
  expect((await call(emu.origin, 'GET', `/subscriptions/${sub.id}`, { token })).status).toBe(404);
});

test('a delegated caller cannot subscribe to the shared mailbox (403)', async () => {
  const token = emu.issueToken({ user: 'anna.handlaggare@exempelby.se' });
  const r = await subscribe({}, {}, token);
  expect(r.status).toBe(403);
});

test('an expired subscription is gone and gets no notifications', async () => {
  const token = emu.issueToken({ expiresInSeconds: 7200 });
  const created = await subscribe({ expirationDateTime: inFuture(30) }, {}, token);
  expect(created.status).toBe(201);
  const sub = created.body;
  const realNow = Date.now;
  try {
    Date.now = () => realNow() + 31 * 60_000;
    expect((await call(emu.origin, 'GET', `/subscriptions/${sub.id}`, { token })).status).toBe(404);
    emu.deliver(MAILBOX, citizenMessage(20));
  } finally {
    Date.now = realNow;
  }
  await new Promise((r) => setTimeout(r, 150));
  expect(rx.posts).toHaveLength(0);
});
