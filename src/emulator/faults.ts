/**
 * Fault injection. Rates come from the `--faults` spec (seeded, reproducible); scripted faults
 * come from `POST /_emulator/faults`. Syntax (comma-separated `key=value`):
 *   seed=N          PRNG seed (default 1)
 *   429=P 503=P 504=P   probability of that status per request (Retry-After from retryAfter)
 *   reset=P         probability of destroying the connection without a response
 *   latency=A-B     extra latency per request, uniform in [A, B] ms (or latency=A)
 *   retryAfter=S    Retry-After seconds on injected 429/503 (default 1)
 *   paths=SUBSTR    only requests whose path contains SUBSTR (e.g. paths=/messages)
 */
import { GraphHttpError } from './errors';

export interface FaultRates {
  seed: number;
  s429: number;
  s503: number;
  s504: number;
  reset: number;
  latencyMin: number;
  latencyMax: number;
  retryAfter: number;
  paths: string | null;
}

export interface FailNextRule {
  method: string | null;
  path: string | null;
  count: number;
  status: number;
  code: string | null;
  retryAfter: number | null;
}

/** Body of POST /_emulator/faults; every key optional. */
export interface FaultScript {
  rates?: string;
  failNext?: Partial<FailNextRule> | Partial<FailNextRule>[];
  /** Every bearer token seen so far is treated as expired (401 InvalidAuthenticationToken). */
  expireTokens?: boolean;
  /** The next N delta requests get 410 SyncStateNotFound. */
  delta410?: number;
  /** The next N notification deliveries are sent twice. */
  duplicateNotifications?: number;
  /** The next N notification deliveries are held back and sent after the following one. */
  reorderNotifications?: number;
  /** Send a lifecycle event now: {"event": "missed"|"reauthorizationRequired"|"subscriptionRemoved", "subscriptionId"?}. */
  lifecycle?: { event: 'missed' | 'reauthorizationRequired' | 'subscriptionRemoved'; subscriptionId?: string };
  /** Clears all scripted faults and rates. */
  clear?: boolean;
}

export const NO_FAULTS: FaultRates = {
  seed: 1,
  s429: 0,
  s503: 0,
  s504: 0,
  reset: 0,
  latencyMin: 0,
  latencyMax: 0,
  retryAfter: 1,
  paths: null,
};

export function parseFaults(spec: string | undefined): FaultRates {
  const r: FaultRates = { ...NO_FAULTS };
  if (!spec) return r;
  for (const part of spec.split(',')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    if (eq < 0) throw new Error(`--faults: '${item}' is not key=value`);
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    const prob = (): number => {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`--faults: ${key} must be a probability 0..1`);
      return n;
    };
    switch (key) {
      case 'seed':
        r.seed = Number(value) >>> 0;
        break;
      case '429':
        r.s429 = prob();
        break;
      case '503':
        r.s503 = prob();
        break;
      case '504':
        r.s504 = prob();
        break;
      case 'reset':
        r.reset = prob();
        break;
      case 'retryAfter':
        r.retryAfter = Math.max(0, Number(value));
        break;
      case 'paths':
        r.paths = value;
        break;
      case 'latency': {
        const m = /^(\d+)(?:-(\d+))?$/.exec(value);
        if (!m) throw new Error('--faults: latency must be MS or MIN-MAX');
        r.latencyMin = Number(m[1]);
        r.latencyMax = m[2] ? Number(m[2]) : r.latencyMin;
        if (r.latencyMax < r.latencyMin) throw new Error('--faults: latency MAX < MIN');
        break;
      }
      default:
        throw new Error(`--faults: unknown key '${key}'`);
    }
  }
  return r;
}

/** mulberry32, seeded (also used by tests and benches for reproducible data): the core's generator. */
import { prng } from '../core/random';

export { prng };

export type FaultDecision =
  | { kind: 'none'; latencyMs: number }
  | { kind: 'reset'; latencyMs: number }
  | { kind: 'error'; latencyMs: number; error: GraphHttpError };

const STATUS_ERRORS: Record<number, { code: string; message: string }> = {
  429: { code: 'TooManyRequests', message: 'Too many requests.' },
  503: { code: 'ServiceUnavailable', message: 'Service Unavailable' },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a response from the upstream service in time.' },
  500: { code: 'InternalServerError', message: 'An internal server error occurred.' },
  401: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' },
  410: { code: 'SyncStateNotFound', message: 'The sync state generation is not found.' },
};

export class Faults {
  private rates: FaultRates;
  private random: () => number;
  private failNext: FailNextRule[] = [];
  delta410 = 0;
  duplicateNotifications = 0;
  reorderNotifications = 0;
  injected = 0;

  constructor(rates: FaultRates) {
    this.rates = rates;
    this.random = prng(rates.seed);
  }

  setRates(rates: FaultRates): void {
    this.rates = rates;
    this.random = prng(rates.seed);
  }

  clear(): void {
    this.setRates({ ...NO_FAULTS });
    this.failNext = [];
    this.delta410 = 0;
    this.duplicateNotifications = 0;
    this.reorderNotifications = 0;
  }

  addFailNext(rule: Partial<FailNextRule>): void {
    const status = rule.status ?? 503;
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new GraphHttpError(400, 'BadRequest', 'failNext.status must be 4xx or 5xx');
    this.failNext.push({
      method: rule.method ? rule.method.toUpperCase() : null,
      path: rule.path ?? null,
      count: Math.max(1, rule.count ?? 1),
      status,
      code: rule.code ?? null,
      retryAfter: rule.retryAfter ?? null,
    });
  }

  /** Decides what happens to one request (top-level or a $batch sub-request). */
  decide(method: string, path: string, topLevel: boolean): FaultDecision {
    const r = this.rates;
    const applies = r.paths === null || path.includes(r.paths);
    let latencyMs = 0;
    if (applies && r.latencyMax > 0) latencyMs = r.latencyMin + Math.floor(this.random() * (r.latencyMax - r.latencyMin + 1));
    for (let i = 0; i < this.failNext.length; i++) {
      const rule = this.failNext[i] as FailNextRule;
      if ((rule.method === null || rule.method === method) && (rule.path === null || path.includes(rule.path))) {
        rule.count--;
        if (rule.count <= 0) this.failNext.splice(i, 1);
        this.injected++;
        return { kind: 'error', latencyMs, error: this.statusError(rule.status, rule.code, rule.retryAfter) };
      }
    }
    if (!applies) return { kind: 'none', latencyMs };
    const x = this.random();
    let acc = 0;
    if (topLevel && r.reset > 0 && x < (acc += r.reset)) {
      this.injected++;
      return { kind: 'reset', latencyMs };
    }
    for (const [status, p] of [
      [429, r.s429],
      [503, r.s503],
      [504, r.s504],
    ] as const) {
      if (p > 0 && x < (acc += p)) {
        this.injected++;
        return { kind: 'error', latencyMs, error: this.statusError(status, null, null) };
      }
    }
    return { kind: 'none', latencyMs };
  }

  private statusError(status: number, code: string | null, retryAfter: number | null): GraphHttpError {
    const known = STATUS_ERRORS[status] ?? { code: 'UnknownError', message: 'Injected fault.' };
    const headers: Record<string, string> = {};
    if (status === 429 || status === 503) headers['Retry-After'] = String(retryAfter ?? this.rates.retryAfter);
    return new GraphHttpError(status, code ?? known.code, known.message, headers);
  }

  takeDelta410(): boolean {
    if (this.delta410 > 0) {
      this.delta410--;
      this.injected++;
      return true;
    }
    return false;
  }
}
