import { parseArgs } from 'node:util';
import { AuthConfigError } from '../auth/msalNode';
import { learnFromCorrections, mailboxConfigStore, NoStoredConfigError } from '../worker/learn';
import { mailboxFor } from '../worker/connect';
import { failureText, parseGraphUrl } from './runCommand';
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
  const graphUrl = values['graph-url'] !== undefined ? parseGraphUrl(values['graph-url']) : undefined;
  let graph;
  try {
    graph = mailboxFor({ mailbox, graphUrl, rate: graphUrl === undefined ? { limit: 10_000, windowMs: 600_000 } : undefined });
  } catch (error) {
    if (!(error instanceof AuthConfigError)) throw error;
    throw new UsageError({
      sv: `kan inte logga in mot Microsoft Graph: ${error.message}. svarstid run --help visar vilka miljövariabler som behövs (för test mot Graph-emulatorn: --graph-url)`,
      en: `cannot sign in to Microsoft Graph: ${error.message}. svarstid run --help lists the environment variables needed (for a test against the Graph emulator: --graph-url)`,
    });
  }
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
        `svarstid learn: det finns ingen konfiguration sparad i ${mailbox}; spara en först med svarstid config set FIL --mailbox ${mailbox}\n` +
          `svarstid learn: ${error.message}\n`,
      );
      return 1;
    }
    io.stderr.write(`svarstid learn: ${failureText(error)}`);
    return 1;
  }
}
