import { startEmulator } from '../../src/emulator';
import { parseFaults } from '../../src/emulator/faults';
import { call, citizenMessage, inbox, MAILBOX, userPath } from './support/http';
import { expectValid } from './support/schemas';

const seed = { messages: Array.from({ length: 3 }, (_, i) => citizenMessage(i)) };

test('the --faults syntax parses and rejects nonsense', () => {
  expect(parseFaults('seed=7,429=0.05,503=0.02,504=0.01,reset=0.01,latency=5-40')).toMatchObject({ seed: 7, s429: 0.05, s503: 0.02, s504: 0.01, reset: 0.01, latencyMin: 5, latencyMax: 40 });
  expect(() => parseFaults('429=2')).toThrow();
  expect(() => parseFaults('boom=1')).toThrow();
  expect(() => parseFaults('latency=40-5')).toThrow();
});

async function statusRun(spec: string, n: number): Promise<number[]> {
  const emu = await startEmulator({ port: 0, throttle: 'off', faults: spec, seed });
  try {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      try {
        out.push((await call(emu.origin, 'GET', `${userPath()}/mailFolders/inbox`)).status);
      } catch {
        out.push(0); // connection reset
      }
    }
    return out;
  } finally {
    await emu.stop();
  }
}

test('seeded rates of 429/503/504 and resets are reproducible', async () => {
  const spec = 'seed=42,429=0.1,503=0.1,504=0.1,reset=0.05';
  const a = await statusRun(spec, 200);
  const b = await statusRun(spec, 200);
  expect(a).toEqual(b);
  for (const s of [200, 429, 503, 504, 0]) expect(a).toContain(s);
  const share = a.filter((s) => s !== 200).length / a.length;
  expect(share).toBeGreaterThan(0.2);
  expect(share).toBeLessThan(0.5);
  expect(await statusRun('seed=43,429=0.1,503=0.1,504=0.1,reset=0.05', 200)).not.toEqual(a);
});

test('injected errors are Graph-shaped; 429 and 503 carry Retry-After', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'off', faults: 'seed=1,503=1,retryAfter=2', seed });
  try {
    const r = await call(emu.origin, 'GET', inbox());
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('2');
    expectValid('error', r.body);
    expect(emu.stats().faultsInjected).toBe(1);
  } finally {
    await emu.stop();
  }
});

test('latency is added per request', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'off', faults: 'latency=120-150', seed });
  try {
    const t0 = Date.now();
    await call(emu.origin, 'GET', inbox());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(115);
  } finally {
    await emu.stop();
  }
});

test('scripted faults: fail the next N PATCHes, then normal service', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'off', seed });
  try {
    const m = ((await call<{ value: { id: string }[] }>(emu.origin, 'GET', inbox())).body.value[0]) as { id: string };
    const script = await call(emu.origin, 'POST', '/_emulator/faults', { body: { failNext: { method: 'PATCH', count: 3, status: 503 } } });
    expect(script.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(emu.origin, 'PATCH', `${userPath()}/messages/${m.id}`, { body: { isRead: true } })).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    expect((await call(emu.origin, 'GET', `${userPath()}/messages/${m.id}`)).status).toBe(200);
    await call(emu.origin, 'POST', '/_emulator/faults', { body: { rates: '504=1' } });
    expect((await call(emu.origin, 'GET', inbox())).status).toBe(504);
    await call(emu.origin, 'POST', '/_emulator/faults', { body: { clear: true } });
    expect((await call(emu.origin, 'GET', inbox())).status).toBe(200);
  } finally {
    await emu.stop();
  }
});

test('token expiry: every token seen so far gets 401 InvalidAuthenticationToken; a new one works', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'off', seed });
  try {
    const issued = emu.issueToken({ appId: 'worker' });
    expect((await call(emu.origin, 'GET', inbox(), { token: 'old-token' })).status).toBe(200);
    expect((await call(emu.origin, 'GET', inbox(), { token: issued })).status).toBe(200);
    await call(emu.origin, 'POST', '/_emulator/faults', { body: { expireTokens: true } });
    for (const token of ['old-token', issued]) {
      const r = await call(emu.origin, 'GET', inbox(), { token });
      expect(r.status).toBe(401);
      expectValid('error', r.body);
      expect((r.body as { error: { code: string; message: string } }).error).toMatchObject({ code: 'InvalidAuthenticationToken', message: expect.stringContaining('expired') });
    }
    expect((await call(emu.origin, 'GET', inbox(), { token: 'new-token' })).status).toBe(200);
    expect((await call(emu.origin, 'GET', inbox(), { token: emu.issueToken({ appId: 'worker' }) })).status).toBe(200);
    const short = emu.issueToken({ expiresInSeconds: 1 });
    const realNow = Date.now;
    try {
      Date.now = () => realNow() + 2_000;
      expect((await call(emu.origin, 'GET', inbox(), { token: short })).status).toBe(401);
    } finally {
      Date.now = realNow;
    }
  } finally {
    await emu.stop();
  }
});

test('operational endpoints: deliver, stats per method and path family, reset', async () => {
  const emu = await startEmulator({ port: 0, throttle: 'off', seed });
  try {
    const d = await call<{ id: string; receivedDateTime: string; isRead: boolean }>(emu.origin, 'POST', '/_emulator/messages', {
      body: { mailbox: MAILBOX, message: { subject: 'Ny felanmälan', body: { contentType: 'text', content: 'Lampan är trasig' }, from: { emailAddress: { address: 'x@mejl.example' } } } },
    });
    expect(d.status).toBe(201);
    expectValid('message', d.body);
    expect(Date.now() - Date.parse(d.body.receivedDateTime)).toBeLessThan(5_000);
    expect(d.body.isRead).toBe(false);
    await call(emu.origin, 'GET', `${userPath()}/messages/${d.body.id}`);
    await call(emu.origin, 'GET', `${userPath()}/messages/${d.body.id}`);
    const stats = (await call<{ total: number; mailboxes: Record<string, { requests: Record<string, number>; throttled: number }> }>(emu.origin, 'GET', '/_emulator/stats')).body;
    expect(stats.mailboxes[MAILBOX]?.requests['GET messages/{id}']).toBe(2);
    expect(stats.mailboxes[MAILBOX]?.throttled).toBe(0);
    expect((await call(emu.origin, 'POST', '/_emulator/reset')).status).toBe(204);
    const after = await call<{ value: unknown[] }>(emu.origin, 'GET', `${inbox()}?$top=50`);
    expect(after.body.value).toHaveLength(3);
  } finally {
    await emu.stop();
  }
});
