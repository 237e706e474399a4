import { GraphRequestError, failureKind } from './errors';
import { TokenAcquisitionError } from '../auth/tokens';

/**
 * The request scheduler: the only place that decides when a Graph request is sent and whether
 * it is sent again. Per mailbox it keeps at most `maxInFlight` (Graph's limit: 4) requests in
 * flight, and it is the *only* retry layer — the Graph client's RetryHandler is not in the
 * middleware chain, so retries never multiply.
 *
 * - 429: the `Retry-After` (seconds or HTTP date; exponential backoff when absent) closes a
 *   gate shared by every request of the mailbox. Queued and new requests wait for the gate, so
 *   one throttle is one pause, never a storm of retries that each get throttled again.
 * - 503/504/502/500 and connection resets: exponential backoff with jitter; a 503 with
 *   Retry-After closes the gate like a 429.
 * - 401: the token source is told to refresh, then the request is sent once more.
 * - Non-idempotent calls (sending mail) are retried only when the server certainly did not act
 *   (429, 503); otherwise they fail as `uncertain` and the caller reconciles.
 * - Retries are bounded (`maxAttempts`); then a typed {@link GraphRequestError}.
 */

/** The part of a fetch `Response` the scheduler reads. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** One request for the scheduler. `send` is called once per attempt. */
export interface ScheduledRequest<R extends HttpResponse> {
  /** What the request does, for errors and logs (`patch message`, `delta inbox`). */
  operation: string;
  send: () => Promise<R>;
  /** False for calls that must not be repeated when it is unknown whether they were applied. */
  idempotent?: boolean;
  /** Called after a 401 before the single re-send: refresh the token. */
  onUnauthorized?: () => void | Promise<void>;
  /** Attempts for this request (default: the scheduler's `maxAttempts`). */
  maxAttempts?: number;
}

export interface SchedulerOptions {
  /** Requests in flight at once (Graph allows 4 per app and mailbox). */
  maxInFlight?: number;
  /** Attempts per request including the first (three times as many while throttled by 429s). */
  maxAttempts?: number;
  /**
   * Attempts when no response arrives at all (DNS, refused or reset connections). Fewer than
   * for 5xx, so a worker pointed at the wrong place says so within seconds.
   */
  maxNetworkAttempts?: number;
  /** First backoff step for 5xx and resets, in ms. */
  baseDelayMs?: number;
  /** Longest backoff step, in ms. */
  maxDelayMs?: number;
  /**
   * Client-side pacing: at most `limit` requests per sliding `windowMs` (Exchange: 10 000 per
   * 10 minutes). Pacing to the documented limit avoids most 429s; the gate still handles the rest.
   */
  rate?: { limit: number; windowMs: number };
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * Slack on the client-side window: the server stamps a request when it arrives, which can be
 * later than we note sending it (event-loop lag, the token, the connection), by more on a busy
 * machine. A 429 costs a retry and a pause of its Retry-After; 150 ms per window costs ~1.5 %.
 */
export const PACING_SLACK_MS = 150;

/** Counters of one scheduler, for summaries and benches. */
export interface SchedulerStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Responses with status 429. */
  throttled: number;
  /** Responses with 5xx or connection failures that were retried. */
  retried: number;
  /** Requests that failed for good. */
  failed: number;
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
/** Statuses for which the server certainly did not apply the request. */
const NOT_APPLIED_STATUS = new Set([429, 503]);

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Parses `Retry-After` (delta-seconds or HTTP date) into milliseconds; null when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, Math.min(seconds, 3600) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.min(date - now, 3_600_000));
}

interface ErrorInfo {
  code: string | null;
  message: string | null;
}

async function readErrorInfo(response: HttpResponse): Promise<ErrorInfo> {
  try {
    const text = await response.text();
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return {
      code: typeof body.error?.code === 'string' ? body.error.code : null,
      message: typeof body.error?.message === 'string' ? body.error.message.slice(0, 200) : null,
    };
  } catch {
    return { code: null, message: null };
  }
}

/** The token failure in an error's cause chain (the token is fetched inside the request). */
function tokenError(error: unknown): TokenAcquisitionError | null {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    if (e instanceof TokenAcquisitionError) return e;
    seen.add(e);
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

function networkCode(error: unknown): string {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return 'NETWORK_ERROR';
}

/** Keeps Graph requests of one mailbox within its limits and retries them with care. */
export class RequestScheduler {
  readonly stats: SchedulerStats = { requests: 0, throttled: 0, retried: 0, failed: 0 };
  private readonly maxInFlight: number;
  private readonly maxAttempts: number;
  private readonly maxNetworkAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private throttledUntil = 0;
  private readonly rate: { limit: number; windowMs: number } | null;
  /** Ring buffer of the last `rate.limit` send times. */
  private readonly sendTimes: number[] = [];
  private sendNext = 0;

  constructor(options: SchedulerOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 4;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.maxNetworkAttempts = options.maxNetworkAttempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.rate = options.rate && options.rate.limit > 0 ? options.rate : null;
  }

  /** Requests currently in flight (never more than `maxInFlight`). */
  get active(): number {
    return this.inFlight;
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Sends a request within the limits; resolves with the first 2xx/3xx response. */
  async execute<R extends HttpResponse>(request: ScheduledRequest<R>): Promise<R> {
    const idempotent = request.idempotent ?? true;
    const maxAttempts = request.maxAttempts ?? this.maxAttempts;
    let refreshedToken = false;
    let networkFailures = 0;
    for (let attempt = 1; ; attempt++) {
      await this.acquire();
      let response: R | undefined;
      let thrown: unknown;
      try {
        await this.waitForGate();
        this.stats.requests++;
        response = await request.send();
        // Close the shared gate before the slot is released, so no queued request slips past it.
        if (response.status === 429 || (response.status >= 500 && response.headers.get('retry-after') !== null)) {
          this.closeGate(parseRetryAfter(response.headers.get('retry-after'), this.now()) ?? this.backoff(attempt));
        }
      } catch (error) {
        thrown = error;
      } finally {
        this.release();
      }

      if (response === undefined) {
        const token = tokenError(thrown);
        if (token && !token.transient) {
          // Wrong credentials do not get better by trying again: say so at once.
          throw this.fail(request.operation, 0, token.code, null, attempt, 'auth', token.message.slice(0, 300));
        }
        const code = token ? token.code : networkCode(thrown);
        const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}`.slice(0, 160) : null;
        const kind = token ? 'auth' : undefined;
        // The request never left when the token could not be had: it may be repeated.
        if (!idempotent && !token) throw this.fail(request.operation, 0, code, null, attempt, 'uncertain', detail);
        networkFailures++;
        if (attempt >= maxAttempts || networkFailures >= this.maxNetworkAttempts) throw this.fail(request.operation, 0, code, null, attempt, kind, detail);
        this.stats.retried++;
        await this.sleep(this.backoff(attempt));
        continue;
      }

      const status = response.status;
      if (status < 400) return response;
      const requestId = response.headers.get('request-id') ?? response.headers.get('client-request-id');

      if (status === 401 && !refreshedToken && request.onUnauthorized) {
        refreshedToken = true;
        await response.text().catch(() => '');
        await request.onUnauthorized();
        attempt--; // a token refresh is not a failed attempt
        continue;
      }

      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.now());
      if (status === 429) this.stats.throttled++;
      const retryable = status === 429 || RETRYABLE_STATUS.has(status);
      const mayRepeat = idempotent || NOT_APPLIED_STATUS.has(status);
      // Waiting out throttling is expected work, not failure: 429s get a larger budget.
      const budget = status === 429 ? maxAttempts * 3 : maxAttempts;
      if (!retryable || !mayRepeat || attempt >= budget) {
        const info = await readErrorInfo(response);
        const kind = retryable && !mayRepeat ? 'uncertain' : undefined;
        throw this.fail(request.operation, status, info.code, requestId, attempt, kind, info.message);
      }
      await response.text().catch(() => '');
      // After a 429 or a Retry-After the shared gate is already closed; otherwise back off alone.
      if (status !== 429 && retryAfter === null) {
        this.stats.retried++;
        await this.sleep(this.backoff(attempt));
      }
    }
  }

  private fail(
    operation: string,
    status: number,
    code: string | null,
    requestId: string | null,
    attempts: number,
    kind?: 'uncertain' | 'auth',
    detail?: string | null,
  ): GraphRequestError {
    this.stats.failed++;
    return new GraphRequestError({
      operation,
      status,
      code,
      requestId,
      attempts,
      kind: kind ?? failureKind(status, code),
      ...(detail ? { detail } : {}),
    });
  }

  /** Exponential backoff with equal jitter: half the step fixed, half random. */
  private backoff(attempt: number): number {
    const step = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return step / 2 + this.random() * (step / 2);
  }

  private closeGate(ms: number): void {
    this.throttledUntil = Math.max(this.throttledUntil, this.now() + ms);
  }

  private async waitForGate(): Promise<void> {
    for (;;) {
      const wait = Math.max(this.throttledUntil, this.paceUntil()) - this.now();
      if (wait <= 0) break;
      await this.sleep(wait);
    }
    if (this.rate) {
      const now = this.now();
      if (this.sendTimes.length < this.rate.limit) this.sendTimes.push(now);
      else this.sendTimes[this.sendNext] = now;
      this.sendNext = (this.sendNext + 1) % this.rate.limit;
    }
  }

  /** When the pacing window admits the next request (0 without pacing). */
  private paceUntil(): number {
    if (!this.rate || this.sendTimes.length < this.rate.limit) return 0;
    return (this.sendTimes[this.sendNext] ?? 0) + this.rate.windowMs + PACING_SLACK_MS;
  }

  private acquire(): Promise<void> {
    if (this.inFlight < this.maxInFlight) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.inFlight--;
  }
}
