import { PACING_SLACK_MS, RequestScheduler, parseRetryAfter, type HttpResponse } from '../../src/graph/scheduler';
import { GraphRequestError } from '../../src/graph/errors';

function res(status: number, headers: Record<string, string> = {}, body = ''): HttpResponse {
  const h = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, headers: { get: (n) => h.get(n.toLowerCase()) ?? null }, text: async () => body };
}

/** A virtual clock: sleeping advances time at once. */
function clock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
      await Promise.resolve();
    },
    sleeps,
  };
}

describe('RequestScheduler', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('0.5', 0)).toBe(500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10_000);
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });

  it('keeps at most four requests in flight', async () => {
    const s = new RequestScheduler();
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        s.execute({
          operation: 'get',
          send: async () => {
            inFlight++;
            peak = Math.max(peak, inFlight);
            await new Promise((r) => setTimeout(r, 2));
            inFlight--;
            return res(200);
          },
        }),
      ),
    );
    expect(peak).toBe(4);
    expect(s.stats.requests).toBe(20);
  });

  it('honours Retry-After with one shared pause instead of a retry storm', async () => {
    const c = clock();
    const s = new RequestScheduler({ now: c.now, sleep: c.sleep });
    let throttleOnce = true;
    const sentAt: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, () =>
        s.execute({
          operation: 'patch message',
          send: async () => {
            sentAt.push(c.now());
            if (throttleOnce) {
              throttleOnce = false;
              return res(429, { 'Retry-After': '2' });
            }
            return res(200);
          },
        }),
      ),
    );
    expect(s.stats.throttled).toBe(1);
    expect(s.stats.requests).toBe(9);
    // Everything sent after the 429 waited for the gate.
    expect(sentAt.slice(4).every((t) => t >= sentAt[0]! + 2000)).toBe(true);
  });

  it('backs off on 503/504 and resets, then succeeds', async () => {
    const c = clock();
    const s = new RequestScheduler({ now: c.now, sleep: c.sleep, random: () => 0.5 });
    const answers: (HttpResponse | Error)[] = [res(503), res(504), Object.assign(new Error('reset'), { code: 'ECONNRESET' }), res(200)];
    const r = await s.execute({
      operation: 'get',
      send: async () => {
        const a = answers.shift()!;
        if (a instanceof Error) throw a;
        return a;
      },
    });
    expect(r.status).toBe(200);
    expect(s.stats.retried).toBe(3);
    expect(c.sleeps).toEqual([150, 300, 600]);
  });

  it('gives up after the retry budget with a typed error', async () => {
    const c = clock();
    const s = new RequestScheduler({ now: c.now, sleep: c.sleep, maxAttempts: 3 });
    const err = await s
      .execute({ operation: 'delta inbox', send: async () => res(504, { 'request-id': 'r-1' }, '{"error":{"code":"GatewayTimeout"}}') })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect(err).toMatchObject({ status: 504, code: 'GatewayTimeout', requestId: 'r-1', operation: 'delta inbox', attempts: 3, kind: 'unavailable' });
  });

  it('does not repeat a non-idempotent call whose effect is unknown', async () => {
    const s = new RequestScheduler();
    let calls = 0;
    const err = await s
      .execute({ operation: 'forward message', idempotent: false, send: async () => { calls++; return res(504); } })
      .catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(err).toMatchObject({ kind: 'uncertain', status: 504 });
  });

  it('refreshes the token once on 401', async () => {
    const s = new RequestScheduler();
    const answers = [res(401), res(200)];
    let refreshed = 0;
    const r = await s.execute({ operation: 'get', send: async () => answers.shift()!, onUnauthorized: () => { refreshed++; } });
    expect(r.status).toBe(200);
    expect(refreshed).toBe(1);
  });

  it('classifies 410 as a delta resync and 404 as not found, without retrying', async () => {
    const s = new RequestScheduler();
    await expect(s.execute({ operation: 'delta', send: async () => res(410) })).rejects.toMatchObject({ kind: 'syncReset' });
    await expect(s.execute({ operation: 'get', send: async () => res(404) })).rejects.toMatchObject({ kind: 'notFound' });
    expect(s.stats.requests).toBe(2);
  });
});

describe('RequestScheduler pacing', () => {
  it('sends at most `limit` requests per sliding window', async () => {
    const c = clock();
    const s = new RequestScheduler({ now: c.now, sleep: c.sleep, rate: { limit: 5, windowMs: 1000 } });
    const sentAt: number[] = [];
    for (let i = 0; i < 12; i++) {
      await s.execute({ operation: 'get', send: async () => { sentAt.push(c.now()); return res(200); } });
    }
    for (let i = 5; i < sentAt.length; i++) expect(sentAt[i]! - sentAt[i - 5]!).toBeGreaterThanOrEqual(1000);
    // Two full windows, each with the small slack kept for requests the server stamps late.
    expect(sentAt[11]! - sentAt[0]!).toBeLessThan(2 * (1000 + PACING_SLACK_MS) + 100);
  });
});
