import { startEmulator } from '../../src/emulator';
import { graphClient } from './support/graphClient';
import { call, citizenMessage, MAILBOX, userPath } from './support/http';
import { expectValid } from './support/schemas';

const seed = { messages: Array.from({ length: 5 }, (_, i) => citizenMessage(i)) };

test('MailboxConcurrency: a 5th concurrent request of one app on one mailbox gets 429 with Retry-After', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'exchange', faults: 'latency=250', extraMailboxes: ['annan@exempelby.se'], seed });
  try {
    const replies = await Promise.all(Array.from({ length: 8 }, () => call(emu.origin, 'GET', `${userPath()}/mailFolders/inbox`)));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    const throttled = replies.find((r) => r.status === 429);
    expect(Number(throttled?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expectValid('error', throttled?.body);
    expect((throttled?.body as { error: { code: string; message: string } }).error).toMatchObject({ code: 'ApplicationThrottled', message: expect.stringContaining('MailboxConcurrency') });

    // Other apps and other mailboxes have their own budgets.
    const tokenB = emu.issueToken({ appId: 'other-app' });
    const mixed = await Promise.all([
      ...Array.from({ length: 4 }, () => call(emu.origin, 'GET', `${userPath()}/mailFolders/inbox`)),
      ...Array.from({ length: 4 }, () => call(emu.origin, 'GET', `${userPath()}/mailFolders/inbox`, { token: tokenB })),
      ...Array.from({ length: 4 }, () => call(emu.origin, 'GET', `${userPath('annan@exempelby.se')}/mailFolders/inbox`)),
    ]);
    expect(mixed.every((r) => r.status === 200)).toBe(true);
    expect(emu.stats().mailboxes[MAILBOX]?.throttled).toBe(4);
  } finally {
    await emu.stop();
  }
});

test('fast mode: 1 000 requests per 10 s window, then 429 with a Retry-After within the window', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'fast', seed });
  try {
    const url = `${userPath()}/mailFolders/inbox/messages?$top=1&$select=id`;
    let ok = 0;
    for (let i = 0; i < 250; i++) {
      const rs = await Promise.all(Array.from({ length: 4 }, () => call(emu.origin, 'GET', url)));
      ok += rs.filter((r) => r.status === 200).length;
    }
    expect(ok).toBe(1000);
    const over = await call(emu.origin, 'GET', url);
    expect(over.status).toBe(429);
    const ra = Number(over.headers.get('retry-after'));
    expect(ra).toBeGreaterThanOrEqual(1);
    expect(ra).toBeLessThanOrEqual(10);
    expect((over.body as { error: { code: string } }).error.code).toBe('ApplicationThrottled');
    const stats = emu.stats();
    expect(stats.throttled).toBe(1);
    expect(stats.mailboxes[MAILBOX]?.requests['GET mailFolders/{id}/messages']).toBe(1001);
    // A second app is not affected.
    expect((await call(emu.origin, 'GET', url, { token: emu.issueToken({ appId: 'second-app' }) })).status).toBe(200);
  } finally {
    await emu.stop();
  }
});

test('$batch sub-requests count individually against the window', async () => {
  const emu = await startEmulator({ port: 0, throttle: '25/30', seed });
  try {
    const client = graphClient(emu.origin, { maxRetries: 0 });
    const requests = Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${MAILBOX}/mailFolders/inbox` }));
    const batch = (await client.api('/$batch').post({ requests })) as { responses: { status: number }[] };
    expect(batch.responses.every((r) => r.status === 200)).toBe(true);
    const second = (await client.api('/$batch').post({ requests: requests.slice(0, 10) })) as { responses: { status: number; headers: Record<string, string> }[] };
    expect(second.responses.filter((r) => r.status === 200)).toHaveLength(5);
    const limited = second.responses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(5);
    expect(Number(limited[0]?.headers['Retry-After'])).toBeGreaterThan(0);
    expect(emu.stats().mailboxes[MAILBOX]?.throttled).toBe(5);
  } finally {
    await emu.stop();
  }
});

test('the Graph client waits out a throttling 429 via Retry-After', async () => {
  const emu = await startEmulator({ port: 0, throttle: '3/1', seed });
  try {
    const client = graphClient(emu.origin, { maxRetries: 3 });
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) await client.api(`/users/${MAILBOX}/mailFolders/inbox`).get();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(emu.stats().throttled).toBeGreaterThanOrEqual(1);
  } finally {
    await emu.stop();
  }
});
