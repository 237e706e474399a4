import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { call, citizenMessage, inbox, userPath } from './support/http';
import { startReceiver } from './support/webhook';

test('--state FILE: changes survive a restart (atomic writes, no temp files left)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'emu-state-'));
  const file = join(dir, 'graph-state.json');
  const rx = await startReceiver();
  let emu = await startEmulator({ port: 0, throttle: 'off', state: file, allowHttpLoopbackWebhooks: true, seed: { messages: [citizenMessage(1), citizenMessage(2)] } });
  const prefer = { Prefer: 'IdType="ImmutableId"' };
  const m = ((await call<{ value: { id: string }[] }>(emu.origin, 'GET', inbox(), { headers: prefer })).body.value[0]) as { id: string };
  await call(emu.origin, 'PATCH', `${userPath()}/messages/${m.id}`, { headers: prefer, body: { categories: ['Avd: Teknik'], flag: { flagStatus: 'flagged', startDateTime: { dateTime: '2026-11-20T08:00:00', timeZone: 'UTC' }, dueDateTime: { dateTime: '2026-11-24T15:00:00', timeZone: 'UTC' } } } });
  await call(emu.origin, 'POST', `${userPath()}/mailFolders`, { body: { displayName: 'Svarstid', isHidden: true } });
  const delta = await call<{ '@odata.deltaLink': string }>(emu.origin, 'GET', `${userPath()}/mailFolders/inbox/messages/delta`);
  const sub = await call<{ id: string }>(emu.origin, 'POST', '/subscriptions', {
    body: { changeType: 'created', notificationUrl: rx.url, resource: `users/kommun@exempelby.se/mailFolders('inbox')/messages`, expirationDateTime: new Date(Date.now() + 3_600_000).toISOString() },
  });
  expect(sub.status).toBe(201);
  await new Promise((r) => setTimeout(r, 300));
  await emu.stop();
  expect(readdirSync(dir)).toEqual(['graph-state.json']);
  const saved = readFileSync(file, 'utf8');
  expect(saved).toContain('Avd: Teknik');

  emu = await startEmulator({ port: 0, throttle: 'off', state: file, seed: { messages: [citizenMessage(9)] } });
  try {
    const got = await call<{ categories: string[]; flag: { flagStatus: string } }>(emu.origin, 'GET', `${userPath()}/messages/${m.id}`, { headers: prefer });
    expect(got.status).toBe(200);
    expect(got.body.categories).toEqual(['Avd: Teknik']);
    expect(got.body.flag.flagStatus).toBe('flagged');
    const all = await call<{ value: unknown[] }>(emu.origin, 'GET', inbox());
    expect(all.body.value).toHaveLength(2); // loaded, not re-seeded
    const hidden = await call<{ value: { displayName: string }[] }>(emu.origin, 'GET', `${userPath()}/mailFolders?includeHiddenFolders=true&$top=50`);
    expect(hidden.body.value.map((f) => f.displayName)).toContain('Svarstid');
    expect((await call(emu.origin, 'GET', delta.body['@odata.deltaLink'])).status).toBe(200);
    expect((await call(emu.origin, 'GET', `/subscriptions/${sub.body.id}`)).status).toBe(200);
  } finally {
    await emu.stop();
    await rx.close();
  }
});
