import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { describeGraphFailure } from '../graph/errors';
import { MailboxLease, type LeaseHolder, type ServiceConfigSource } from '../graph/lease';
import type { GraphMailbox } from '../graph/mailbox';
import { silentLog, type WorkerLog } from './log';

/**
 * Keeps the mailbox lease for a worker: waits for it (saying once who holds it), renews it at a
 * third of its lifetime, and reports when it is lost so the worker stops writing at once. Two
 * workers on one mailbox: the second waits and takes over when the first stops (or its lease
 * runs out), never writing at the same time.
 */

export interface LeaseKeeperOptions {
  graph: GraphMailbox;
  log?: WorkerLog;
  /** Lease lifetime (default 120 s). */
  ttlMs?: number;
  /** Margin after a foreign lease ran out (default 30 s). */
  skewMs?: number;
  /** How often a waiting worker looks again (default 15 s). */
  pollMs?: number;
  /** This worker's name in the lease (default host/pid/random). */
  holder?: string;
  sleep?: (ms: number) => Promise<void>;
  /** What the worker says about itself in the lease (the configuration it runs). */
  describe?: () => ServiceConfigSource;
}

/** A worker's name in the lease: host, process id and a random part. No mail content. */
export function defaultHolderName(): string {
  return `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
}

export class LeaseKeeper {
  readonly lease: MailboxLease;
  private readonly log: WorkerLog;
  private readonly pollMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private timer: NodeJS.Timeout | null = null;
  private lost = false;

  constructor(options: LeaseKeeperOptions) {
    this.lease = new MailboxLease(options.graph, {
      holder: options.holder ?? defaultHolderName(),
      ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
      ...(options.skewMs !== undefined ? { skewMs: options.skewMs } : {}),
      ...(options.describe ? { describe: options.describe } : {}),
    });
    this.log = options.log ?? silentLog;
    this.pollMs = options.pollMs ?? 15_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms).unref()));
  }

  /** True while this worker may write. */
  get held(): boolean {
    return !this.lost && this.lease.held;
  }

  /**
   * Waits until this worker holds the lease. Resolves true when it does, false when `stopped()`
   * turned true or `waitMs` passed first. Logs once who holds it while waiting.
   */
  async acquire(options: { waitMs?: number; stopped?: () => boolean } = {}): Promise<boolean> {
    const until = options.waitMs === undefined ? Infinity : Date.now() + options.waitMs;
    let announced: LeaseHolder | null = null;
    for (;;) {
      if (options.stopped?.()) return false;
      const attempt = await this.lease.tryAcquire();
      if (attempt.acquired) {
        this.lost = false;
        this.log.event('lease', { action: 'acquired', holder: this.lease.holder, until: attempt.until });
        return true;
      }
      if (announced?.holder !== attempt.heldBy.holder) {
        announced = attempt.heldBy;
        this.log.event('lease', {
          action: 'waiting',
          holder: attempt.heldBy.holder,
          until: attempt.heldBy.until,
          detail: 'another worker holds this mailbox; this one waits and writes nothing meanwhile',
        });
      }
      if (Date.now() >= until) return false;
      await this.sleep(Math.min(this.pollMs, Math.max(until - Date.now(), 0)));
    }
  }

  /** Renews the lease at a third of its lifetime; `onLost` runs once if it is lost. */
  startRenewing(onLost: () => void): void {
    this.stopRenewing();
    const every = Math.max(1000, Math.floor(this.lease.ttlMs / 3));
    this.timer = setInterval(() => {
      this.lease
        .renew()
        .then((ok) => {
          if (!ok) this.markLost(onLost, 'taken by another worker');
        })
        .catch((error: unknown) => {
          // A renewal that cannot reach Graph is retried at the next tick while the lease lasts.
          if (!this.lease.held) this.markLost(onLost, describeGraphFailure(error).en);
        });
    }, every);
    this.timer.unref();
  }

  private markLost(onLost: () => void, reason: string): void {
    if (this.lost) return;
    this.lost = true;
    this.stopRenewing();
    this.log.event('lease', { action: 'lost', holder: this.lease.holder, detail: reason.slice(0, 200) });
    onLost();
  }

  stopRenewing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Stops renewing and gives the lease up, so a waiting worker can start at once. */
  async release(): Promise<void> {
    this.stopRenewing();
    await this.lease.release().catch(() => undefined);
  }
}
