import type { SvarstidConfig } from '../../../src/core/config';
import { buildDemoPages, demoConfig } from '../../../src/cli/demoCommand';
import { emulatorTokenSource } from '../../../src/auth/emulatorToken';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { createGraphClient, GraphMailbox, RequestScheduler } from '../../../src/graph';
import { startPageServer, type RunningPageServer } from '../../../src/serve/pageServer';
import { runOnce } from '../../../src/worker/runOnce';

/**
 * One demo per browser-test suite: the Graph emulator with the seeded Exempelby mailbox, the
 * worker run once over it, and the page server with the built demo pages, all on ephemeral
 * ports. Tests read and write the mailbox through `graph` (an application token, as the worker).
 */
export interface DemoStack {
  emulator: RunningEmulator;
  pages: RunningPageServer;
  config: SvarstidConfig;
  mailbox: string;
  graph: GraphMailbox;
  /** One worker pass over the mailbox (as `svarstid run --once`). */
  runWorker(): ReturnType<typeof runOnce>;
  stop(): Promise<void>;
}

export async function startDemoStack(options: { config?: (base: SvarstidConfig) => SvarstidConfig } = {}): Promise<DemoStack> {
  const base = demoConfig('ljungby');
  const config = options.config ? options.config(base) : base;
  // Built with the demo's own settings, so the demo and every suite share one build.
  const root = await buildDemoPages(base);
  const mailbox = config.municipality.mailbox!;
  const emulator = await startEmulator({ port: 0, mailbox, seed: 'demo', throttle: 'off' });
  const tokens = emulatorTokenSource();
  const graph = new GraphMailbox({
    client: createGraphClient({ tokens, graphUrl: emulator.origin }),
    mailbox,
    tokens,
    scheduler: new RequestScheduler(),
  });
  const runWorker = (): ReturnType<typeof runOnce> => runOnce({ graph, config, statePath: null });
  await runWorker();
  const pages = await startPageServer({
    root,
    port: 0,
    demo: { emulatorOrigin: emulator.origin, config, domains: config.municipality.domains, issueToken: (user) => emulator.issueToken({ user }) },
  });
  return {
    emulator,
    pages,
    config,
    mailbox,
    graph,
    runWorker,
    stop: async () => {
      await pages.stop();
      await emulator.stop();
    },
  };
}
