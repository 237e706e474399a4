import { parseArgs } from 'node:util';
import { GraphRequestError } from '../graph/errors';
import { learnFromCorrections, mailboxConfigStore, NoStoredConfigError } from '../worker/learn';
import { jsonLineLog } from '../worker/log';
import { mailboxFor } from '../worker/cli';
import type { CommandIo } from './io';
import { UsageError } from './usageError';

export const LEARN_USAGE = 'usage: svarstid learn --mailbox ADDRESS [--graph-url URL] [--dry-run]\n';

/**
 * `svarstid learn --mailbox ADDRESS [--graph-url URL]`: learns the mailbox's local model from the
 * corrections people made (`source: "manual"` records), cross-validates it on them, and stores it
 * in the mailbox's configuration (an audited save by `worker`) when it does not make their
 * accuracy worse. Prints one JSON line `{"corrections","before","after","stored",…}`.
 * `--dry-run` learns and reports without storing. Exit 0 when learning ran (stored or not),
 * 1 when it could not (no stored configuration, Graph failure), 2 on bad arguments.
 */
export async function learnCommand(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { mailbox: { type: 'string' }, 'graph-url': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : 'bad arguments'}\n${LEARN_USAGE}`);
  }
  const mailbox = values.mailbox;
  if (!mailbox || !/^[^@\s]+@[^@\s]+$/.test(mailbox)) throw new UsageError(`--mailbox ADDRESS is required\n${LEARN_USAGE}`);
  const graphUrl = values['graph-url'];
  if (graphUrl !== undefined && !/^https?:\/\/[^/]+\/?$/.test(graphUrl)) throw new UsageError('--graph-url must be an origin, e.g. http://127.0.0.1:4100');
  const graph = mailboxFor({ mailbox, graphUrl, rate: graphUrl === undefined ? { limit: 10_000, windowMs: 600_000 } : undefined });
  try {
    const summary = await learnFromCorrections({
      graph,
      store: mailboxConfigStore(graph),
      dryRun: values['dry-run'] ?? false,
      log: jsonLineLog((line) => io.stderr.write(line)),
    });
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof NoStoredConfigError
        ? error.message
        : error instanceof GraphRequestError
          ? `${error.operation}: ${error.status} ${error.code ?? ''}`.trim()
          : error instanceof Error
            ? error.message
            : String(error);
    io.stderr.write(`svarstid learn: ${message}\n`);
    return 1;
  }
}
