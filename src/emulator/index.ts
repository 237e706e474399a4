/**
 * A local stand-in for the slice of Microsoft Graph v1.0 mail that Svarstid uses.
 *
 *   const emu = await startEmulator({ port: 0, seed: 'demo', throttle: 'fast' });
 *   // point the Graph client at emu.origin (see tests/emulator/support/graphClient.ts)
 *   await emu.stop();
 */
import { GraphEmulatorCore, createHttpServer, listen } from './server';
import type { GraphMessage } from './model';
import type { EmulatorStats } from './stats';
import { parseThrottle, type ThrottleMode, type ThrottlePolicy } from './throttle';
import type { FaultScript } from './faults';
import type { TokenRequest } from './auth';
import { seedFromFile, seedMessages } from './seed';
import { buildDemoSeed, demoLiveMessage } from './demoSeed';
import { loadState, StatePersister } from './state';
import { profileFor, type EmulatorProfileName } from './profile';
import type { GroupDirectory } from './directory';

export type { GraphMessage } from './model';
export type { EmulatorStats } from './stats';
export type { FaultScript } from './faults';
export type { ThrottlePolicy, ThrottleMode } from './throttle';
export type { GroupDirectory } from './directory';
export { PROFILES, type EmulatorProfile, type EmulatorProfileName } from './profile';

export const DEFAULT_MAILBOX = 'kommun@exempelby.se';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The seeded mailbox (default kommun@exempelby.se). */
  mailbox?: string;
  /** Further hosted mailboxes (mail sent to them is delivered to them). */
  extraMailboxes?: string[];
  /** 'demo', a JSON-lines file path, or messages given directly. */
  seed?: 'demo' | string | { messages: Record<string, unknown>[] };
  /** exchange (default) | fast | off | "LIMIT/SECONDS[:CONCURRENCY]" | a policy. */
  throttle?: ThrottleMode | string | ThrottlePolicy;
  /** Fault spec, e.g. "seed=7,429=0.05,latency=5-40" (see README). */
  faults?: string;
  /** Persist the store to this file (loaded at start when it exists). */
  state?: string;
  /** Demo live mode: deliver a new demo message every N seconds. */
  liveEverySeconds?: number;
  /** Delta tokens older than this get 410 (default 7 days). */
  deltaTokenTtlMs?: number;
  /** Clock for the demo seed (tests). */
  now?: () => Date;
  /** `strict` turns on behaviours Exchange may have and Graph does not document (see profile.ts). */
  profile?: EmulatorProfileName;
  /**
   * Accept plain `http://` notification URLs on the loopback interface. Graph requires HTTPS;
   * tests and the demo, whose worker listens on 127.0.0.1, turn this on.
   */
  allowHttpLoopbackWebhooks?: boolean;
  /** Extra trusted CA (PEM) for HTTPS notification URLs, e.g. a local test certificate. */
  webhookCa?: string;
  /**
   * The tenant's groups, for `POST /me/checkMemberGroups`: group object id (a GUID) → members,
   * users by UPN or nested groups by id. None by default.
   */
  groups?: GroupDirectory;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT/v1.0 */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  mailbox: string;
  /** The profile in effect (`default` or `strict`). */
  profile: EmulatorProfileName;
  stop(): Promise<void>;
  deliver(mailbox: string, message: Record<string, unknown>): GraphMessage;
  stats(): EmulatorStats;
  reset(): void;
  faults(script: FaultScript): void;
  /** A signed emulator token; with `user` it is a delegated token. */
  issueToken(req?: TokenRequest): string;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const mailbox = options.mailbox ?? DEFAULT_MAILBOX;
  const addresses = [mailbox, ...(options.extraMailboxes ?? [])];
  let persister: StatePersister | null = null;
  const now = options.now ?? (() => new Date());

  const seed = (): void => {
    const mb = core.store.requireMailbox(mailbox);
    const s = options.seed;
    if (s === undefined) return;
    if (s === 'demo') {
      const demo = buildDemoSeed(now(), mailbox);
      seedMessages(core.store, mb, demo.inbox.map((d) => d.message));
      seedMessages(core.store, mb, demo.sent, 'sentitems');
    } else if (typeof s === 'string') {
      const { errors } = seedFromFile(core.store, mb, s);
      if (errors.length > 0) {
        const first = errors[0]!;
        const sv = first.error === 'not valid JSON' ? 'inte giltig JSON' : 'inte ett JSON-objekt';
        process.stderr.write(
          `svarstid emulator: ${errors.length} ${errors.length === 1 ? 'rad' : 'rader'} i filen från --seed hoppades över (första: rad ${first.line}: ${sv})\n` +
            `svarstid emulator: ${errors.length} ${errors.length === 1 ? 'line' : 'lines'} of the --seed file skipped (first: line ${first.line}: ${first.error})\n`,
        );
      }
    } else {
      seedMessages(core.store, mb, s.messages);
    }
  };

  const core: GraphEmulatorCore = new GraphEmulatorCore({
    throttle: parseThrottle(options.throttle),
    faults: options.faults,
    deltaTokenTtlMs: options.deltaTokenTtlMs ?? 7 * 24 * 3600 * 1000,
    onPersist: () => persister?.schedule(),
    onReset: seed,
    profile: profileFor(options.profile),
    webhooks: { allowHttpLoopback: options.allowHttpLoopbackWebhooks ?? false, ...(options.webhookCa ? { ca: options.webhookCa } : {}) },
    ...(options.groups ? { groups: options.groups } : {}),
  });

  const loaded = options.state ? loadState(options.state) : null;
  if (loaded) {
    core.store.restore(loaded.store);
    core.subscriptions.restore(loaded.subscriptions);
    for (const a of addresses) core.store.addMailbox(a);
  } else {
    for (const a of addresses) core.store.addMailbox(a);
    seed();
  }
  if (options.state) {
    persister = new StatePersister(options.state, () => ({ store: core.store.snapshot(), subscriptions: core.subscriptions.list() }));
    persister.schedule();
  }

  const server = createHttpServer(core);
  const port = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${port}`;

  let live: NodeJS.Timeout | null = null;
  if (options.liveEverySeconds && options.liveEverySeconds > 0) {
    let n = 0;
    live = setInterval(() => {
      core.deliver(mailbox, demoLiveMessage(n++, now()));
    }, options.liveEverySeconds * 1000);
    live.unref();
  }

  let stopped = false;
  return {
    url: `${origin}/v1.0`,
    origin,
    port,
    mailbox,
    profile: options.profile ?? 'default',
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      if (live) clearInterval(live);
      core.subscriptions.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (persister) await persister.flush();
    },
    deliver: (mb, message) => core.deliver(mb, message),
    stats: () => core.statsSnapshot(),
    reset: () => core.resetAll(),
    faults: (script) => core.applyFaultScript(script),
    issueToken: (req = {}) => core.auth.issue(req).access_token,
  };
}
