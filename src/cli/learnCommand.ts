import { parseArgs } from 'node:util';
import { GraphRequestError } from '../graph/errors';
import { learnFromCorrections, mailboxConfigStore, NoStoredConfigError } from '../worker/learn';
import { mailboxFor } from '../worker/cli';
import type { CommandIo } from './io';
import { UsageError } from './usageError';

/**
 * `svarstid learn --mailbox ADDRESS [--graph-url URL] [--dry-run]` (issue 10 contract): learns the
 * mailbox's local model from the corrections people made (`source: "manual"` records),
 * cross-validates it on them and stores it in the mailbox's configuration (an audited save by
 * `worker`) when it does not make their accuracy worse. Prints one JSON line
 * `{"corrections","before","after","stored",…}`; see `help/learnHelp.ts`. Exit 0 when learning
 * ran (stored or not), 1 when it could not, 2 on bad arguments.
 */
export async function learnCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { mailbox: { type: 'string' }, 'graph-url': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const mailbox = values.mailbox;
  if (!mailbox || !/^[^@\s]+@[^@\s]+$/.test(mailbox)) {
    throw new UsageError({ sv: '--mailbox ADRESS behövs: funktionsbrevlådans adress', en: "--mailbox ADDRESS is required: the shared mailbox's address" });
  }
  // the emulator prints http://127.0.0.1:N/v1.0: take that as well as the bare origin
  const graphUrl = values['graph-url']?.replace(/\/v1\.0\/?$/, '').replace(/\/+$/, '');
  if (graphUrl !== undefined && !/^https?:\/\/[^/]+$/.test(graphUrl)) {
    throw new UsageError({
      sv: `--graph-url ska vara en http- eller https-adress, den som Graph-emulatorn skriver ut, till exempel http://127.0.0.1:4100/v1.0; '${values['graph-url']}' går inte`,
      en: `--graph-url must be an http or https address, the one the Graph emulator prints, e.g. http://127.0.0.1:4100/v1.0; '${values['graph-url']}' will not do`,
    });
  }
  const graph = mailboxFor({ mailbox, graphUrl, rate: graphUrl === undefined ? { limit: 10_000, windowMs: 600_000 } : undefined });
  try {
    const summary = await learnFromCorrections({
      graph,
      store: mailboxConfigStore(graph),
      dryRun: values['dry-run'] ?? false,
    });
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof NoStoredConfigError) {
      io.stderr.write(
        `svarstid learn: det finns ingen konfiguration sparad i ${mailbox}; spara en först (svarstid config set)\n` +
          `svarstid learn: ${error.message}\n`,
      );
      return 1;
    }
    const detail = error instanceof GraphRequestError ? `${error.operation}: ${error.status} ${error.code ?? ''}`.trim() : error instanceof Error ? error.message : String(error);
    io.stderr.write(`svarstid learn: kunde inte lära av rättelserna: ${detail}\nsvarstid learn: could not learn from the corrections: ${detail}\n`);
    return 1;
  }
}
