import { z } from 'zod';
import { isConflict } from './errors';
import type { GraphMailbox } from './mailbox';
import { SvarstidFolder, type StoreItemRef } from './svarstidFolder';

/**
 * The worker lease: one item in Svarstid's hidden folder saying which worker may write to the
 * mailbox, and until when. Taking, renewing and releasing it are compare-and-swap writes
 * (`If-Match` on the item's ETag), so two workers that try at once cannot both get it: the
 * second gets 412 and waits. A holder that stops renewing (crashed, cut off) loses the lease
 * when it runs out; another takes over after a margin for clock differences.
 */

const leaseSchema = z.object({
  v: z.literal(1),
  holder: z.string().nullable(),
  until: z.string().nullable(),
  since: z.string().optional(),
  /** Which configuration the holder runs: the one stored in the mailbox (and its revision) or a fixed one (--preset/--config). */
  config: z.enum(['stored', 'fixed']).optional(),
  revision: z.number().int().optional(),
  /** How often the holder learns from corrections, in hours; 0 when it does not learn (--learn-every 0). */
  learnEveryHours: z.number().nonnegative().optional(),
});
type LeaseDoc = z.infer<typeof leaseSchema>;

/** Who holds the lease and until when. */
export interface LeaseHolder {
  holder: string;
  until: string;
}

export type LeaseAttempt = { acquired: true; until: string } | { acquired: false; heldBy: LeaseHolder };

export interface MailboxLeaseOptions {
  /** This worker's name in the lease (host, process, a random part); no mail content. */
  holder: string;
  /** How long a lease lasts without renewal (default 120 s). */
  ttlMs?: number;
  /** Extra wait after a foreign lease ran out, for clock differences (default 30 s). */
  skewMs?: number;
  now?: () => number;
  folder?: SvarstidFolder;
  /** What the holder says about itself in the lease: the configuration it runs (read by the admin view). */
  describe?: () => ServiceConfigSource;
}

/** The configuration a worker runs: the mailbox's stored one (at a revision) or a fixed one from --preset/--config. */
export type ServiceConfigSource = ({ config: 'stored'; revision?: number } | { config: 'fixed' }) & {
  /** How often the worker learns from corrections, in hours; 0 when it does not. */
  learnEveryHours?: number;
};

/** What the lease says about the service working on the mailbox (`svarstid run`), for the admin view. */
export interface ServiceStatus {
  /** The worker holding the lease, or null when none holds it (released, or never started). */
  holder: string | null;
  /** Until when it holds the lease (renewed every 40 s or so while it runs); null when released. */
  until: string | null;
  /** When it last wrote the lease. */
  since?: string;
  config?: 'stored' | 'fixed';
  revision?: number;
  /** How often it learns from corrections, in hours; 0 when it does not. */
  learnEveryHours?: number;
}

function parse(text: string): LeaseDoc {
  try {
    const parsed = leaseSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // a damaged lease is treated as free: it can only be replaced by a compare-and-swap
  }
  return { v: 1, holder: null, until: null };
}

export class MailboxLease {
  readonly holder: string;
  readonly ttlMs: number;
  private readonly skewMs: number;
  private readonly now: () => number;
  private readonly folder: SvarstidFolder;
  private ref: StoreItemRef | null = null;
  /** The ETag of our own last write while we hold the lease. */
  private etag: string | null = null;
  private heldUntil = 0;
  private readonly describe: (() => ServiceConfigSource) | undefined;

  constructor(graph: GraphMailbox, options: MailboxLeaseOptions) {
    this.holder = options.holder;
    this.ttlMs = options.ttlMs ?? 120_000;
    this.skewMs = options.skewMs ?? 30_000;
    this.now = options.now ?? Date.now;
    this.folder = options.folder ?? new SvarstidFolder(graph);
    this.describe = options.describe;
  }

  /** True while this worker holds a lease that has not run out. */
  get held(): boolean {
    return this.etag !== null && this.now() < this.heldUntil;
  }

  private async item(): Promise<StoreItemRef> {
    this.ref ??= await this.folder.singleton('lease');
    return this.ref;
  }

  private doc(until: number | null): string {
    const value: LeaseDoc = { v: 1, holder: until === null ? null : this.holder, until: until === null ? null : new Date(until).toISOString() };
    // when written: on release, the moment the service stopped ("senast aktiv")
    value.since = new Date(this.now()).toISOString();
    if (until !== null) {
      const source = this.describe?.();
      if (source) {
        value.config = source.config;
        if (source.config === 'stored' && source.revision !== undefined) value.revision = source.revision;
        if (source.learnEveryHours !== undefined) value.learnEveryHours = source.learnEveryHours;
      }
    }
    return JSON.stringify(value);
  }

  /**
   * Takes the lease when it is free, ran out (plus the skew margin) or is already ours.
   * Otherwise says who holds it until when. Never takes a lease another worker holds.
   */
  async tryAcquire(): Promise<LeaseAttempt> {
    const ref = await this.item();
    const current = await this.folder.read(ref.id);
    const lease = parse(current.text);
    const now = this.now();
    const foreign = lease.holder !== null && lease.holder !== this.holder;
    if (foreign && lease.until !== null && Date.parse(lease.until) + this.skewMs > now) {
      this.etag = null;
      return { acquired: false, heldBy: { holder: lease.holder!, until: lease.until } };
    }
    const until = now + this.ttlMs;
    try {
      this.etag = await this.folder.write(ref.id, current.etag, this.doc(until));
      this.heldUntil = until;
      return { acquired: true, until: new Date(until).toISOString() };
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Someone wrote the lease between our read and write — or our own write went through and
      // only its answer was lost (then it is ours).
      const again = await this.folder.read(ref.id);
      const theirs = parse(again.text);
      if (theirs.holder === this.holder && theirs.until !== null) return this.adopt(again.etag, theirs.until);
      this.etag = null;
      return { acquired: false, heldBy: { holder: theirs.holder ?? 'unknown', until: theirs.until ?? new Date(now).toISOString() } };
    }
  }

  private adopt(etag: string, until: string): LeaseAttempt {
    this.etag = etag;
    this.heldUntil = Date.parse(until);
    return { acquired: true, until };
  }

  /**
   * Extends a held lease. False when it was lost (someone else wrote the lease since our last
   * write): stop writing at once.
   */
  async renew(): Promise<boolean> {
    if (this.etag === null) return false;
    const ref = await this.item();
    const until = this.now() + this.ttlMs;
    try {
      this.etag = await this.folder.write(ref.id, this.etag, this.doc(until));
      this.heldUntil = until;
      return true;
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Lost — unless the lease still names us (our last write went through, its answer did not).
      const again = await this.folder.read(ref.id);
      const lease = parse(again.text);
      if (lease.holder === this.holder && lease.until !== null && Date.parse(lease.until) > this.now()) {
        this.adopt(again.etag, lease.until);
        return true;
      }
      this.etag = null;
      return false;
    }
  }

  /** Gives the lease up (when held), so a waiting worker can start at once. */
  async release(): Promise<void> {
    if (this.etag === null) return;
    const ref = await this.item();
    const etag = this.etag;
    this.etag = null;
    try {
      await this.folder.write(ref.id, etag, this.doc(null));
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
}

/**
 * @summary What the mailbox lease says about the service working on the mailbox: who holds it,
 * until when, and which configuration it runs. Reads only (the lease item is created with the
 * folder). A damaged lease reads as free.
 */
export async function readServiceStatus(graph: GraphMailbox, folder: SvarstidFolder = new SvarstidFolder(graph)): Promise<ServiceStatus> {
  const ref = await folder.singleton('lease');
  const lease = parse((await folder.read(ref.id)).text);
  return {
    holder: lease.holder,
    until: lease.until,
    ...(lease.since !== undefined ? { since: lease.since } : {}),
    ...(lease.config !== undefined ? { config: lease.config } : {}),
    ...(lease.revision !== undefined ? { revision: lease.revision } : {}),
    ...(lease.learnEveryHours !== undefined ? { learnEveryHours: lease.learnEveryHours } : {}),
  };
}
