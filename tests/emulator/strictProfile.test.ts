import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { parseEmulatorArgs } from '../../src/cli/emulatorCommand';
import { call, citizenMessage, inbox, userPath } from './support/http';

const PROP = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstid';
const EXPAND = `singleValueExtendedProperties($filter=id eq '${PROP}')`;
const LONG = `{"v":1,"note":"${'å'.repeat(580)}"}`;

type Msg = { id: string; singleValueExtendedProperties?: { id: string; value: string }[] };

/** Seeds 120 messages, the first carrying a 600-character property value. */
async function start(profile: 'default' | 'strict'): Promise<{ emu: RunningEmulator; id: string }> {
  const messages = Array.from({ length: 120 }, (_, i) => citizenMessage(i, i === 0 ? { singleValueExtendedProperties: [{ id: PROP, value: LONG }] } : {}));
  const emu = await startEmulator({ throttle: 'off', profile, seed: { messages } });
  const list = await call<{ value: Msg[] }>(emu.origin, 'GET', `${inbox()}?$top=200&$orderby=receivedDateTime asc&$filter=receivedDateTime ge 2026-01-01T00:00:00Z`);
  return { emu, id: list.body.value[0]!.id };
}

describe.each(['default', 'strict'] as const)('the %s profile', (profile) => {
  let emu: RunningEmulator;
  let id: string;
  beforeAll(async () => {
    ({ emu, id } = await start(profile));
  });
  afterAll(() => emu.stop());
  const strict = profile === 'strict';

  it(strict ? 'refuses $expand on messages/delta (400), as reported against Exchange Online' : 'accepts $expand on messages/delta, as documented', async () => {
    const r = await call<{ error?: { code: string; message: string }; value?: Msg[] }>(emu.origin, 'GET', `${userPath()}/mailFolders/inbox/messages/delta?$select=id&$expand=${encodeURIComponent(EXPAND)}`);
    if (strict) {
      expect(r.status).toBe(400);
      expect(r.body.error!.message).toMatch(/Parsing OData Select and Expand failed/);
    } else {
      expect(r.status).toBe(200);
    }
    // Without $expand delta works in both.
    expect((await call(emu.origin, 'GET', `${userPath()}/mailFolders/inbox/messages/delta?$select=id`)).status).toBe(200);
  });

  it(strict ? 'cuts extended property values in lists at 255 characters; a single GET returns them whole' : 'returns extended property values whole everywhere', async () => {
    const list = await call<{ value: Msg[] }>(emu.origin, 'GET', `${inbox()}?$top=10&$orderby=receivedDateTime asc&$filter=receivedDateTime ge 2026-01-01T00:00:00Z&$expand=${encodeURIComponent(EXPAND)}`);
    const listed = list.body.value.find((m) => m.id === id)!.singleValueExtendedProperties![0]!.value;
    expect(listed).toBe(strict ? LONG.slice(0, 255) : LONG);
    const single = await call<Msg>(emu.origin, 'GET', `${userPath()}/messages/${encodeURIComponent(id)}?$expand=${encodeURIComponent(EXPAND)}`);
    expect(single.body.singleValueExtendedProperties![0]!.value).toBe(LONG);
  });

  it(strict ? 'serves at most 50 items a page, whatever $top asks, with a nextLink for the rest' : 'serves the page $top asks for', async () => {
    const r = await call<{ value: Msg[]; '@odata.nextLink'?: string }>(emu.origin, 'GET', `${inbox()}?$top=100&$select=id`);
    expect(r.body.value).toHaveLength(strict ? 50 : 100);
    const next = await call<{ value: Msg[] }>(emu.origin, 'GET', r.body['@odata.nextLink']!);
    expect(next.body.value).toHaveLength(strict ? 50 : 20);
    const delta = await call<{ value: Msg[] }>(emu.origin, 'GET', `${userPath()}/mailFolders/inbox/messages/delta?$select=id`, { headers: { Prefer: 'odata.maxpagesize=1000' } });
    expect(delta.body.value).toHaveLength(strict ? 50 : 120);
  });
});

test('emulator command: --strict, --allow-http-loopback, --webhook-ca', () => {
  expect(parseEmulatorArgs(['--strict', '--allow-http-loopback'])).toEqual({ profile: 'strict', allowHttpLoopbackWebhooks: true });
  expect(() => parseEmulatorArgs(['--webhook-ca', '/no/such/ca.pem'])).toThrow('--webhook-ca');
});

test('requests on items in hidden folders are counted apart (Svarstid\'s own data, not mail)', async () => {
  const emu = await startEmulator({ throttle: 'off' });
  try {
    const folder = await call<{ id: string }>(emu.origin, 'POST', `${userPath()}/mailFolders`, { body: { displayName: 'Svarstid-data', isHidden: true } });
    const item = await call<{ id: string }>(emu.origin, 'POST', `${userPath()}/mailFolders/${folder.body.id}/messages`, { body: { subject: 'data' } });
    await call(emu.origin, 'PATCH', `${userPath()}/messages/${encodeURIComponent(item.body.id)}`, { body: { isRead: true } });
    const requests = emu.stats().mailboxes[emu.mailbox]!.requests;
    expect(requests['PATCH messages/{id} (hidden folder)']).toBe(1);
    expect(requests['PATCH messages/{id}']).toBeUndefined();
  } finally {
    await emu.stop();
  }
});
