import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { GraphRequestError } from '../graph/errors';
import { silentLog } from './log';
import { MailboxWorker, type RunSummary } from './mailboxWorker';
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
 * one is caught by the next poll.
 */

export type WatchedFolder = 'inbox' | 'sentitems';
const FOLDERS: readonly WatchedFolder[] = ['inbox', 'sentitems'];

/** The continuous worker takes what a single pass takes, plus its server and subscriptions. */
export interface StartWorkerOptions extends RunOnceOptions {
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
  /** Learn from people's corrections on a schedule (`learnSchedule.ts`); absent: never. */
  learning?: Omit<LearningOptions, 'graph' | 'log'>;
}

export interface HealthReport {
  status: 'starting' | 'ok' | 'degraded' | 'stopping';
  mailbox: string;
  lastSyncAt: string | null;
  lastError: string | null;
  subscriptions: { folder: string; expirationDateTime: string }[];
  summary: RunSummary;
}

export interface RunningWorker {
  /** Base URL of the local server (webhook at /notifications, lifecycle at /lifecycle, GET /health). */
  url: string;
  port: number;
  worker: MailboxWorker;
  health(): HealthReport;
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
  const worker = new MailboxWorker({ ...options, ...(state ? { state } : {}) });
  const graph = options.graph;
  const pollMs = options.pollIntervalMs ?? 60_000;
  const lifetimeMin = Math.min(options.subscriptionMinutes ?? 4230, 10_080);

  let status: HealthReport['status'] = 'starting';
  let lastSyncAt: string | null = null;
  let lastError: string | null = null;
  let stopping = false;

  // ---- single-flight syncs per folder; a change during a sync queues exactly one more
  const running = new Map<WatchedFolder, Promise<void>>();
  const dirty = new Set<WatchedFolder>();

  async function syncFolder(folder: WatchedFolder): Promise<void> {
    if (folder === 'inbox') {
      await worker.syncInbox('resume');
    } else {
      const changed = await worker.syncSent('resume');
      await worker.relabelConversations(changed);
      worker.markAnswersApplied();
    }
    await worker.resumeRouting(true);
  }

  function requestSync(folder: WatchedFolder): Promise<void> {
    if (stopping) return Promise.resolve();
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
          log.event('error', { operation: `sync ${folder}`, error: lastError });
        }
      } while (dirty.has(folder) && !stopping);
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

  async function maintainSubscriptions(): Promise<void> {
    if (options.subscribe === false) return;
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
      res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
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
      subscriptions: [...subs.values()].map((s) => ({ folder: s.folder, expirationDateTime: s.expirationDateTime })),
      summary: worker.summary(),
    };
  }

  // ---- start: backlog first (resuming from saved delta links), then subscriptions and timers
  const timers: NodeJS.Timeout[] = [];
  try {
    await worker.prepare();
    await worker.syncSent('full');
    const resumed = Boolean(worker.state.deltaLinks.inbox);
    await worker.syncInbox('resume');
    if (resumed) await worker.catchUpAnswers();
    else worker.markAnswersApplied();
    await worker.resumeRouting();
    await maintainSubscriptions();
  } catch (error) {
    server.close();
    throw error;
  }
  status = 'ok';
  lastSyncAt = new Date().toISOString();
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
  for (const t of timers) t.unref();

  async function idle(): Promise<void> {
    while (running.size > 0) await Promise.all([...running.values()]);
  }

  const learning = options.learning ? scheduleLearning({ graph, log, ...options.learning }) : null;
  return {
    url: localUrl,
    port,
    worker,
    health,
    idle,
    async stop() {
      status = 'stopping';
      for (const t of timers) clearInterval(t);
      await learning?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stopping = true;
      await idle();
      worker.state.subscriptions = [...subs.values()];
      worker.persist();
    },
  };
}
