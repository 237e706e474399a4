/**
 * Exchange's throttling per app and mailbox: at most `concurrency` requests in flight
 * (MailboxConcurrency) and `limit` requests per sliding `windowMs`; a 429 carries Retry-After.
 */
import { GraphHttpError } from './errors';

export interface ThrottlePolicy {
  concurrency: number;
  limit: number;
  windowMs: number;
  /** Retry-After (seconds) for a concurrency 429. */
  concurrencyRetryAfter: number;
}

export type ThrottleMode = 'exchange' | 'fast' | 'off';

export const THROTTLE_PRESETS: Record<Exclude<ThrottleMode, 'off'>, ThrottlePolicy> = {
  /** 4 concurrent, 10 000 requests per 10 minutes: Exchange Online's Graph limits. */
  exchange: { concurrency: 4, limit: 10_000, windowMs: 600_000, concurrencyRetryAfter: 1 },
  /** The same shape with the window compressed 60×: 1 000 requests per 10 seconds. */
  fast: { concurrency: 4, limit: 1_000, windowMs: 10_000, concurrencyRetryAfter: 1 },
};

/** `exchange`, `fast`, `off`, or `LIMIT/SECONDS[:CONCURRENCY]` (e.g. `50/2:4`). */
export function parseThrottle(spec: string | ThrottlePolicy | undefined): ThrottlePolicy | null {
  if (spec === undefined) return THROTTLE_PRESETS.exchange;
  if (typeof spec !== 'string') return spec;
  if (spec === 'off') return null;
  if (spec === 'exchange' || spec === 'fast') return THROTTLE_PRESETS[spec];
  const m = /^(\d+)\/(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(spec);
  if (!m) throw new Error(`--throttle must be exchange, fast, off or LIMIT/SECONDS[:CONCURRENCY], not '${spec}'`);
  return {
    limit: Number(m[1]),
    windowMs: Math.round(Number(m[2]) * 1000),
    concurrency: m[3] ? Number(m[3]) : 4,
    concurrencyRetryAfter: 1,
  };
}

interface Bucket {
  inFlight: number;
  /** Ring buffer of the last `limit` request times. */
  times: Float64Array;
  next: number;
  count: number;
}

export class Throttle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly policy: ThrottlePolicy | null) {}

  get enabled(): boolean {
    return this.policy !== null;
  }

  /**
   * Admits a request for (app, mailbox) or throws a 429. Returns the release function to call
   * when the response has been written.
   */
  acquire(app: string, mailbox: string, now: number = Date.now()): () => void {
    const p = this.policy;
    if (!p) return noop;
    const key = `${app}\u0000${mailbox}`;
    let b = this.buckets.get(key);
    if (!b) {
      b = { inFlight: 0, times: new Float64Array(p.limit), next: 0, count: 0 };
      this.buckets.set(key, b);
    }
    if (b.inFlight >= p.concurrency) {
      throw new GraphHttpError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', {
        'Retry-After': String(p.concurrencyRetryAfter),
      });
    }
    if (b.count >= p.limit) {
      const oldest = b.times[b.next] as number;
      const age = now - oldest;
      if (age < p.windowMs) {
        const retry = Math.max(1, Math.ceil((p.windowMs - age) / 1000));
        throw new GraphHttpError(429, 'ApplicationThrottled', 'Application is over its MailboxRequestRate limit.', {
          'Retry-After': String(retry),
        });
      }
    }
    b.times[b.next] = now;
    b.next = (b.next + 1) % p.limit;
    if (b.count < p.limit) b.count++;
    b.inFlight++;
    const bucket = b;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        bucket.inFlight--;
      }
    };
  }

  reset(): void {
    this.buckets.clear();
  }
}

function noop(): void {}
