import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { GraphRequestError, describeGraphFailure } from '../graph/errors';
import type { ConfigStore } from '../graph/configStore';
import type { LeaseAttempt, ServiceConfigSource } from '../graph/lease';
import { LeaseKeeper } from './leaseKeeper';
import { silentLog } from './log';
import { MailboxWorker, type RunSummary } from './mailboxWorker';
import { mismatchWarning, municipalityMismatch } from './municipality';
import { cleanStaleTemps, loadState, type StoredSubscription } from './state';
import type { RunOnceOptions } from './runOnce';
import { scheduleLearning, type LearningOptions } from './learnSchedule';

/**
 * The continuous worker: change-notification subscriptions on the inbox and sent items (it hosts
 * the webhook), delta polling as the safety net, a health endpoint, graceful shutdown, and its
 * state persisted so a restart resumes where it stopped.
 *
 * Notifications only say "something changed in this folder"; the delta sync is the truth. So a
 * duplicate, late or out-of-order notification costs at most one extra delta read, and a lost
 * one is caught by the next poll. Without a public HTTPS address Graph cannot reach the webhook:
 * the worker then polls only, and says so; a subscription Graph refuses degrades to polling too
 * (retried later), never ending the worker.
 *
 * Only one worker writes to a mailbox: it holds the mailbox lease (see leaseKeeper.ts). A second
 * worker serves its health endpoint and waits; it takes over when the first stops.
 *
 * With a configuration stored in the mailbox, the worker looks for a saved change every
 * `configPollMs` (default 30 s) and relabels the open messages whose outcome it changes.
 */

export type WatchedFolder = 'inbox' | 'sentitems';
const FOLDERS: readonly WatchedFolder[] = ['inbox', 'sentitems'];

/** The continuous worker takes what a single pass takes, plus its server and subscriptions. */
export interface StartWorkerOptions extends Omit<RunOnceOptions, 'dryRun' | 'onPlanned' | 'lease'> {
  onLabelled?: (id: string) => void;
  /** Interface for the webhook and health endpoint (default 127.0.0.1: local only). */
  host?: string;
  /** Port for the webhook and health endpoint (0: any free port). */
  port?: number;
  /** Public base URL Graph posts notifications to (default: the local server's URL). */
  publicUrl?: string;
  /** Delta polling interval, the safety net for lost notifications (default 60 s). */
  pollIntervalMs?: number;
  /** Subscription lifetime in minutes (≤ 10 080 for messages; default 4 230). */
  subscriptionMinutes?: number;
  /** Whether to subscribe at all (off: polling only). */
  subscribe?: boolean;
  /** Why notifications are off, for the log line (e.g. "no --public-url https://… given"). */
  pollingOnlyReason?: string;
  /** How long after a refused subscription to try again (default 15 minutes). */
  resubscribeMs?: number;
  /** The configuration stored in the mailbox, followed while running. */
  configStore?: ConfigStore;
  /** The revision `config` is (stored configuration). */
  configRevision?: number;
  /** How often to look for a saved configuration change (default 30 s). */
  configPollMs?: number;
  /** The mailbox lease (default on). */
  lease?: false | { ttlMs?: number; skewMs?: number; pollMs?: number; holder?: string };
  /** Learn from people's corrections on a schedule (`learnSchedule.ts`); absent: never. */
  learning?: Omit<LearningOptions, 'graph' | 'log'>;
}

export interface HealthReport {
  /** `waiting`: another worker holds the mailbox lease; this one writes nothing. */
  status: 'starting' | 'waiting' | 'ok' | 'degraded' | 'stopping';
  mailbox: string;
  lastSyncAt: string | null;
  lastError: string | null;
  /** `webhook`: change notifications arrive; `polling`: only the delta poll notices new mail. */
  notifications: 'webhook' | 'polling';
  /** The stored configuration's revision in effect (null: a preset or a file). */
  configRevision: number | null;
  subscriptions: { folder: string; expirationDateTime: string }[];
  summary: RunSummary;
}

export interface RunningWorker {
  /** Base URL of the local server (webhook at /notifications, lifecycle at /lifecycle, GET /health). */
  url: string;
  port: number;
  worker: MailboxWorker;
  health(): HealthReport;
  /** Resolves when this worker holds the lease and has worked through the backlog. */
  active(): Promise<void>;
  /** Resolves when every queued sync has finished. */
  idle(): Promise<void>;
  /** Stops timers and the server, waits for work in progress and saves the state. */
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
/** Graph's validation tokens are short; anything longer is not a handshake. */
const MAX_VALIDATION_TOKEN = 1024;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

interface NotificationItem {
  subscriptionId?: unknown;
  clientState?: unknown;
  lifecycleEvent?: unknown;
}

/** Starts the continuous worker; resolves once the backlog pass and the subscriptions are done. */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? silentLog;
  if (options.statePath) await cleanStaleTemps(options.statePath);
  const state = options.statePath ? loadState(options.statePath, options.graph.mailbox) : undefined;
  // The lease also says which configuration this worker runs, so the admin view can tell whether a save takes effect.
  const learnEveryHours = options.learning ? Math.round((options.learning.everyMs / 3_600_000) * 100) / 100 : 0;
  const describe = (): ServiceConfigSource => ({
    ...(options.configStore ? { config: 'stored' as const, ...(configRevision !== null ? { revision: configRevision } : {}) } : { config: 'fixed' as const }),
    learnEveryHours,
  });
  const keeper =
    options.lease === false
      ? null
      : new LeaseKeeper({ graph: options.graph, log, describe, ...(state?.leaseHolder ? { holder: state.leaseHolder } : {}), ...(options.lease ?? {}) });
  const worker = new MailboxWorker({ ...options, ...(state ? { state } : {}), ...(keeper ? { canWrite: () => keeper.held } : {}) });
  if (keeper) worker.state.leaseHolder = keeper.lease.holder;
  const graph = options.graph;
  const pollMs = options.pollIntervalMs ?? 60_000;
  const lifetimeMin = Math.min(options.subscriptionMinutes ?? 4230, 10_080);
  const wantSubscriptions = options.subscribe !== false;
  const resubscribeMs = options.resubscribeMs ?? 15 * 60_000;
  const pollText = `${pollMs >= 1000 ? Math.round(pollMs / 1000) : pollMs / 1000} s`;

  let status: HealthReport['status'] = 'starting';
  let lastSyncAt: string | null = null;
  let lastError: string | null = null;
  let stopping = false;
  /** Holds the lease and has worked through the backlog: syncs may run. */
  let active = false;
  let notifications: HealthReport['notifications'] = 'polling';
  let refusedAt = 0;
  let configRevision: number | null = options.configRevision ?? null;

  const warnMismatch = (): void => {
    const mismatch = municipalityMismatch(worker.config, graph.mailbox);
    if (mismatch) log.event('warning', mismatchWarning(mismatch));
  };
  warnMismatch();

  // ---- single-flight syncs per folder; a change during a sync queues exactly one more
  const running = new Map<WatchedFolder, Promise<void>>();
  const dirty = new Set<WatchedFolder>();

  async function syncFolder(folder: WatchedFolder): Promise<void> {
    if (folder === 'inbox') {
      await worker.prepare();
      await worker.syncInbox('resume');
    } else {
      const changed = await worker.syncSent('resume');
      await worker.relabelConversations(changed);
      worker.markAnswersApplied();
    }
    await worker.resumeRouting(true);
  }

  function requestSync(folder: WatchedFolder): Promise<void> {
    if (stopping || !active) return Promise.resolve();
    const current = running.get(folder);
    if (current) {
      dirty.add(folder);
      return current;
    }
    const run = (async () => {
      do {
        dirty.delete(folder);
        try {
          await syncFolder(folder);
          lastSyncAt = new Date().toISOString();
          if (status === 'degraded') status = 'ok';
        } catch (error) {
          status = 'degraded';
          lastError = error instanceof GraphRequestError ? `${error.operation}: ${error.status} ${error.code ?? ''}`.trim() : 'sync failed';
          log.event('error', { operation: `sync ${folder}`, error: lastError, cause: describeGraphFailure(error).en });
        }
      } while (dirty.has(folder) && !stopping && active);
    })().finally(() => running.delete(folder));
    running.set(folder, run);
    return run;
  }

  // ---- subscriptions
  const subs = new Map<string, StoredSubscription>(worker.state.subscriptions.map((s) => [s.id, s]));
  const saveSubs = (): void => {
    worker.state.subscriptions = [...subs.values()];
    worker.persist();
  };
  const folderOf = (subscriptionId: string): WatchedFolder | null => {
    const f = subs.get(subscriptionId)?.folder;
    return f === 'inbox' || f === 'sentitems' ? f : null;
  };
  let baseUrl = '';
  const expiry = (): string => new Date(Date.now() + lifetimeMin * 60_000).toISOString();

  async function subscribe(folder: WatchedFolder): Promise<void> {
    const clientState = randomBytes(32).toString('base64url');
    const resource = graph.messagesResource(folder);
    const created = await graph.createSubscription({
      // New mail and mail moved in; our own label writes (updates) need no notification.
      changeType: 'created',
      notificationUrl: `${baseUrl}/notifications`,
      lifecycleNotificationUrl: `${baseUrl}/lifecycle`,
      resource,
      expirationDateTime: expiry(),
      clientState,
    });
    if (!created.id) throw new Error('subscription without id');
    subs.set(created.id, {
      id: created.id,
      folder,
      resource,
      expirationDateTime: created.expirationDateTime ?? expiry(),
      clientState,
      notificationUrl: `${baseUrl}/notifications`,
    });
    saveSubs();
    log.event('subscription', { action: 'created', id: created.id, folder });
  }

  async function renewOrReplace(sub: StoredSubscription): Promise<void> {
    try {
      const renewed = await graph.renewSubscription(sub.id, expiry());
      sub.expirationDateTime = renewed.expirationDateTime ?? expiry();
      saveSubs();
      log.event('subscription', { action: 'renewed', id: sub.id, folder: sub.folder });
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.kind === 'notFound')) throw error;
      subs.delete(sub.id);
      saveSubs();
      await subscribe(sub.folder as WatchedFolder);
    }
  }

  /**
   * Keeps one live subscription per folder. A refused subscription (Graph could not reach the
   * webhook, the URL is not HTTPS, permissions) never ends the worker: it polls instead, says so
   * once, and tries again after `resubscribeMs`.
   */
  async function maintainSubscriptions(): Promise<void> {
    if (!wantSubscriptions || !active) return;
    if (refusedAt > 0 && Date.now() - refusedAt < resubscribeMs) return;
    try {
      await maintainSubscriptionsOrThrow();
      if (notifications !== 'webhook') log.event('notifications', { mode: 'webhook', url: `${baseUrl}/notifications` });
      notifications = 'webhook';
      refusedAt = 0;
    } catch (error) {
      if (refusedAt === 0 || notifications === 'webhook') {
        log.event('subscription', {
          action: 'refused',
          status: error instanceof GraphRequestError ? error.status : 0,
          code: error instanceof GraphRequestError ? error.code : null,
          detail: `polling every ${pollText} instead; trying to subscribe again in ${Math.round(resubscribeMs / 60_000)} min (${describeGraphFailure(error).en})`.slice(0, 400),
        });
      }
      notifications = 'polling';
      refusedAt = Date.now();
    }
  }

  async function maintainSubscriptionsOrThrow(): Promise<void> {
    const now = Date.now();
    for (const folder of FOLDERS) {
      const mine = [...subs.values()].filter((s) => s.folder === folder);
      const live = mine.filter((s) => Date.parse(s.expirationDateTime) > now + 60_000 && s.notificationUrl === `${baseUrl}/notifications`);
      for (const s of mine.filter((x) => !live.includes(x))) {
        subs.delete(s.id);
        // Expired or pointing at an old address (restart on another port): remove it at Graph too.
        await graph.deleteSubscription(s.id).catch((e: unknown) => log.event('error', { operation: 'delete subscription', error: e instanceof Error ? e.name : 'error' }));
      }
      if (live.length === 0) {
        await subscribe(folder);
        continue;
      }
      for (const s of live) {
        // Renew when less than a third of the lifetime is left.
        if (Date.parse(s.expirationDateTime) - now < (lifetimeMin * 60_000) / 3) await renewOrReplace(s);
      }
    }
    saveSubs();
  }

  // ---- HTTP: webhook, lifecycle, health
  function readBody(req: IncomingMessage): Promise<string | null> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY_BYTES) {
          resolve(null);
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(null));
    });
  }

  function verified(items: NotificationItem[]): NotificationItem[] {
    return items.filter((n) => {
      if (typeof n.subscriptionId !== 'string' || typeof n.clientState !== 'string') return false;
      const sub = subs.get(n.subscriptionId);
      return sub !== undefined && sameSecret(sub.clientState, n.clientState);
    });
  }

  async function onLifecycle(n: NotificationItem): Promise<void> {
    const sub = subs.get(n.subscriptionId as string);
    if (!sub) return;
    const folder = sub.folder as WatchedFolder;
    log.event('lifecycle', { event: String(n.lifecycleEvent), id: sub.id, folder });
    if (n.lifecycleEvent === 'subscriptionRemoved') {
      subs.delete(sub.id);
      saveSubs();
      await subscribe(folder);
      void requestSync(folder);
    } else if (n.lifecycleEvent === 'reauthorizationRequired') {
      await renewOrReplace(sub);
    } else if (n.lifecycleEvent === 'missed') {
      void requestSync(folder);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/health') {
      const report = health();
      // A standby waiting for the mailbox lease is healthy too: it takes over when the holder stops.
      res.writeHead(report.status === 'ok' || report.status === 'waiting' ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(report));
      return;
    }
    if (req.method !== 'POST' || (url.pathname !== '/notifications' && url.pathname !== '/lifecycle')) {
      res.writeHead(404).end();
      return;
    }
    const token = url.searchParams.get('validationToken');
    if (token !== null && token.length <= MAX_VALIDATION_TOKEN) {
      // The handshake: echo the token exactly, as text/plain.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(token);
      return;
    }
    const body = await readBody(req);
    let items: NotificationItem[] = [];
    try {
      const parsed = body === null ? null : (JSON.parse(body) as { value?: unknown });
      if (parsed && Array.isArray(parsed.value)) items = parsed.value as NotificationItem[];
    } catch {
      items = [];
    }
    // Answer at once; the work happens after.
    res.writeHead(202).end();
    const good = verified(items);
    if (good.length < items.length) log.event('notification', { dropped: items.length - good.length });
    for (const n of good) {
      if (url.pathname === '/lifecycle' || typeof n.lifecycleEvent === 'string') {
        void onLifecycle(n).catch((e: unknown) => log.event('error', { operation: 'lifecycle', error: e instanceof Error ? e.name : 'error' }));
      } else {
        const folder = folderOf(n.subscriptionId as string);
        if (folder) void requestSync(folder);
      }
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const localUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
  baseUrl = (options.publicUrl ?? localUrl).replace(/\/+$/, '');

  function health(): HealthReport {
    return {
      status,
      mailbox: graph.mailbox,
      lastSyncAt,
      lastError,
      notifications,
      configRevision,
      subscriptions: [...subs.values()].map((s) => ({ folder: s.folder, expirationDateTime: s.expirationDateTime })),
      summary: worker.summary(),
    };
  }

  // ---- start: the lease, then the backlog (resuming from saved delta links), then subscriptions and timers
  if (!wantSubscriptions) {
    log.event('notifications', {
      mode: 'polling',
      detail: `${options.pollingOnlyReason ?? 'subscriptions are off'}: new mail is noticed by polling every ${pollText}`,
    });
  }

  /** The backlog and the subscriptions, once this worker holds the lease. */
  async function catchUp(): Promise<void> {
    await worker.prepare();
    await worker.syncSent('full');
    const resumed = Boolean(worker.state.deltaLinks.inbox);
    await worker.syncInbox('resume');
    if (resumed) await worker.catchUpAnswers();
    else worker.markAnswersApplied();
    await worker.resumeRouting();
    active = true;
    await maintainSubscriptions();
    status = 'ok';
    lastSyncAt = new Date().toISOString();
  }

  /** Waits for the lease (however long it takes), then catches up. A lost lease comes back here. */
  async function becomeActive(): Promise<void> {
    if (keeper) {
      status = 'waiting';
      const got = await keeper.acquire({ stopped: () => stopping });
      if (!got) return;
      keeper.startRenewing(() => {
        // Another worker has the mailbox now: stop writing at once and wait for it again.
        active = false;
        status = 'waiting';
        activation = becomeActive().catch(onActivationError);
      });
    }
    // Holding the lease: catch up, trying again after a poll interval if Graph fails meanwhile.
    for (;;) {
      try {
        await catchUp();
        return;
      } catch (error) {
        onActivationError(error);
        if (stopping || (keeper !== null && !keeper.held)) return;
        await new Promise((r) => setTimeout(r, pollMs).unref());
      }
    }
  }

  function onActivationError(error: unknown): void {
    status = 'degraded';
    lastError = describeGraphFailure(error).en;
    log.event('error', { operation: 'start', cause: lastError });
  }

  let activation: Promise<void>;
  let firstLook: LeaseAttempt | null = null;
  if (keeper) {
    try {
      firstLook = await keeper.lease.tryAcquire();
    } catch (error) {
      server.close();
      throw error;
    }
    if (firstLook.acquired) log.event('lease', { action: 'acquired', holder: keeper.lease.holder, until: firstLook.until });
  }
  if (firstLook === null || firstLook.acquired) {
    // Holding the lease (or none is used): the backlog is done before startWorker resolves.
    if (keeper) {
      keeper.startRenewing(() => {
        active = false;
        status = 'waiting';
        activation = becomeActive().catch(onActivationError);
      });
    }
    try {
      await catchUp();
    } catch (error) {
      await keeper?.release();
      server.close();
      throw error;
    }
    activation = Promise.resolve();
  } else {
    // Another worker holds the mailbox: serve health, wait in the background (the keeper says who holds it).
    status = 'waiting';
    activation = becomeActive().catch(onActivationError);
  }

  // ---- a configuration stored in the mailbox: pick up saved changes
  let configVersion: string | null = options.configStore ? await options.configStore.version().catch(() => null) : null;
  async function checkConfig(): Promise<void> {
    const store = options.configStore;
    if (!store || !active || stopping) return;
    const version = await store.version();
    if (version === configVersion) return;
    const stored = await store.read();
    configVersion = version;
    if (!stored || stored.revision === configRevision) return;
    worker.applyConfig(stored.config, stored.categoryNames);
    configRevision = stored.revision;
    log.event('config', { revision: stored.revision, by: stored.updatedBy, detail: 'a saved configuration change: relabelling open messages whose outcome changes' });
    warnMismatch();
    await requestSync('inbox');
  }

  const timers: NodeJS.Timeout[] = [];
  timers.push(
    setInterval(() => {
      for (const f of FOLDERS) void requestSync(f);
    }, pollMs),
  );
  timers.push(
    setInterval(() => {
      maintainSubscriptions().catch((e: unknown) => {
        status = 'degraded';
        lastError = e instanceof GraphRequestError ? `${e.operation}: ${e.status}` : 'subscriptions';
      });
    }, Math.min(60_000, pollMs)),
  );
  if (options.configStore) {
    timers.push(
      setInterval(() => {
        checkConfig().catch((e: unknown) => log.event('error', { operation: 'read configuration', cause: describeGraphFailure(e).en }));
      }, options.configPollMs ?? 30_000),
    );
  }
  for (const t of timers) t.unref();

  async function idle(): Promise<void> {
    while (running.size > 0) await Promise.all([...running.values()]);
  }

  // only the worker holding the mailbox's lease learns (one save, not one per standby)
  const learning = options.learning ? scheduleLearning({ graph, log, ...options.learning, when: () => active && !stopping }) : null;
  return {
    url: localUrl,
    port,
    worker,
    health,
    idle,
    active: async () => {
      while (!active && !stopping) {
        await activation;
        if (!active) await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      status = 'stopping';
      for (const t of timers) clearInterval(t);
      await learning?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stopping = true;
      await idle();
      active = false;
      worker.state.subscriptions = [...subs.values()];
      worker.persist();
      await keeper?.release();
    },
  };
}
