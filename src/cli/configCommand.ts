import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config';
import { ConfigConflictError, ConfigStore, RevisionNotFoundError, type StoredConfig } from '../graph/configStore';
import { mailboxFor } from '../worker/connect';
import type { GraphMailbox } from '../graph/mailbox';
import { formatProblems, problemCount, readConfigFile } from './loadConfig';
import { processIo, type CommandIo } from './io';
import { configureProxyFromEnv } from './proxy';
import { failureText, parseGraphUrl } from './runCommand';
import { parseArgsUsageError } from './parseArgsError';
import { UsageError } from './usageError';

/**
 * `svarstid config get|set|history|restore … --mailbox ADDRESS [--graph-url URL]`: the
 * configuration stored in the shared mailbox (issue 9's operations contract).
 *
 * Exit codes: 0 done; 1 invalid configuration file (every problem listed, nothing stored);
 * 2 usage; 3 nothing stored (or no such revision); 4 conflict — stored meanwhile by someone
 * else, nothing stored; 5 the mailbox cannot be reached (network, sign-in, permissions).
 */

export const CONFIG_USAGE =
  'usage: svarstid config get --mailbox ADDRESS [--graph-url URL]\n' +
  '       svarstid config set FILE --mailbox ADDRESS [--graph-url URL] [--if-revision N] [--note TEXT]\n' +
  '       svarstid config history --mailbox ADDRESS [--graph-url URL]\n' +
  '       svarstid config restore REVISION --mailbox ADDRESS [--graph-url URL] [--if-revision N] [--note TEXT]\n';

/** Who saves from the command line, in the audit trail. */
const CLI_ACTOR = 'cli';

interface ConfigArgs {
  action: 'get' | 'set' | 'history' | 'restore';
  operand: string | undefined;
  mailbox: string;
  graphUrl: string | undefined;
  ifRevision: number | undefined;
  note: string | undefined;
}

export function parseConfigArgs(argv: string[]): ConfigArgs {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        mailbox: { type: 'string' },
        'graph-url': { type: 'string' },
        'if-revision': { type: 'string' },
        note: { type: 'string' },
      },
    }));
  } catch (error) {
    throw parseArgsUsageError(error, 'config') ?? new UsageError({ sv: 'felaktiga argument', en: 'bad arguments' });
  }
  const [action, operand, ...extra] = positionals;
  if (action !== 'get' && action !== 'set' && action !== 'history' && action !== 'restore') {
    throw new UsageError(
      action === undefined
        ? { sv: 'säg vad som ska göras: get, set, history eller restore', en: 'say what to do: get, set, history or restore' }
        : { sv: `okänd åtgärd '${action}' (get, set, history, restore)`, en: `unknown action '${action}' (get, set, history, restore)` },
    );
  }
  const needsOperand = action === 'set' || action === 'restore';
  if (needsOperand && operand === undefined) throw new UsageError(action === 'set' ? { sv: 'config set behöver en FIL', en: 'config set needs a FILE' } : { sv: 'config restore behöver en REVISION', en: 'config restore needs a REVISION' });
  if ((!needsOperand && operand !== undefined) || extra.length > 0) throw new UsageError({ sv: `oväntat argument '${needsOperand ? extra[0] : operand}'`, en: `unexpected argument '${needsOperand ? extra[0] : operand}'` });
  if (!values.mailbox || !/^[^@\s]+@[^@\s]+$/.test(values.mailbox)) throw new UsageError({ sv: '--mailbox ADRESS behövs: funktionsbrevlådans adress', en: "--mailbox ADDRESS is required: the shared mailbox's address" });
  const ifRevision = values['if-revision'];
  if (ifRevision !== undefined && !/^\d+$/.test(ifRevision)) throw new UsageError({ sv: '--if-revision tar ett revisionsnummer (0 när inget är sparat)', en: '--if-revision takes a revision number (0 when nothing is stored yet)' });
  if (action === 'restore' && !/^[1-9]\d*$/.test(operand!)) throw new UsageError({ sv: 'config restore tar ett revisionsnummer', en: 'config restore takes a revision number' });
  if ((action === 'get' || action === 'history') && (ifRevision !== undefined || values.note !== undefined)) {
    throw new UsageError({ sv: '--if-revision och --note hör till set och restore', en: '--if-revision and --note belong to set and restore' });
  }
  return {
    action,
    operand,
    mailbox: values.mailbox,
    graphUrl: values['graph-url'] !== undefined ? parseGraphUrl(values['graph-url']) : undefined,
    ifRevision: ifRevision !== undefined ? Number(ifRevision) : undefined,
    note: values.note,
  };
}

function conflictText(error: ConfigConflictError, mailbox: string): string {
  const who = error.actualBy ? ` av ${error.actualBy}` : '';
  const whoEn = error.actualBy ? ` by ${error.actualBy}` : '';
  return (
    `konflikt: konfigurationen i ${mailbox} är revision ${error.actualRevision} (sparad${who}), inte ${error.expectedRevision} som du utgick från. Inget sparades.\n` +
    `  Hämta den med 'svarstid config get --mailbox ${mailbox}', gör din ändring i den och spara igen med --if-revision ${error.actualRevision}.\n` +
    `  conflict: the stored configuration is revision ${error.actualRevision}${whoEn}, not ${error.expectedRevision}; nothing was stored.\n`
  );
}

function saved(io: CommandIo, result: StoredConfig): number {
  io.stdout.write(`${JSON.stringify({ revision: result.revision })}\n`);
  return 0;
}

/** Runs `svarstid config …`; resolves with the exit code. */
export async function configCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  let args: ConfigArgs;
  try {
    args = parseConfigArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) io.stderr.write(`${error.lines('svarstid config')}${CONFIG_USAGE}`);
    else io.stderr.write(`svarstid config: ${error instanceof Error ? error.message : String(error)}\n${CONFIG_USAGE}`);
    return 2;
  }

  // Validate a file before anything touches the mailbox: an invalid configuration is never stored.
  let input: unknown;
  if (args.action === 'set') {
    const file = readConfigFile(args.operand!);
    if (!file.ok) {
      io.stderr.write(
        `${args.operand}: ${problemCount(file.problems.length)} — inget sparades i brevlådan / nothing was stored\n${formatProblems(file.problems, args.operand)}\n`,
      );
      return 1;
    }
    input = file.config;
  }

  configureProxyFromEnv();
  let graph: GraphMailbox;
  try {
    graph = mailboxFor({ mailbox: args.mailbox, graphUrl: args.graphUrl });
  } catch (error) {
    io.stderr.write(`svarstid config: ${failureText(error)}`);
    return 5;
  }
  const store = new ConfigStore(graph);
  try {
    switch (args.action) {
      case 'get': {
        const stored = await store.read();
        if (!stored) {
          io.stderr.write(
            `svarstid config: det finns ingen konfiguration sparad i ${args.mailbox}. Spara en med 'svarstid config set FIL --mailbox ${args.mailbox}'.\n` +
              `  no configuration is stored in ${args.mailbox}; store one with 'svarstid config set FILE --mailbox ${args.mailbox}'.\n`,
          );
          return 3;
        }
        io.stdout.write(`${JSON.stringify(stored.config, null, 2)}\n`);
        return 0;
      }
      case 'history': {
        for (const entry of await store.history()) io.stdout.write(`${JSON.stringify(entry)}\n`);
        return 0;
      }
      case 'set':
        return saved(io, await store.save(input, { by: CLI_ACTOR, ...(args.ifRevision !== undefined ? { expectedRevision: args.ifRevision } : {}), ...(args.note ? { note: args.note } : {}) }));
      case 'restore':
        return saved(
          io,
          await store.restore(Number(args.operand), { by: CLI_ACTOR, ...(args.ifRevision !== undefined ? { expectedRevision: args.ifRevision } : {}), ...(args.note ? { note: args.note } : {}) }),
        );
    }
  } catch (error) {
    if (error instanceof ConfigConflictError) {
      io.stderr.write(`svarstid config: ${conflictText(error, args.mailbox)}`);
      return 4;
    }
    if (error instanceof RevisionNotFoundError) {
      io.stderr.write(`svarstid config: revision ${error.revision} finns inte i historiken (svarstid config history visar vilka som finns) / revision ${error.revision} is not in the history\n`);
      return 3;
    }
    if (error instanceof ConfigError) {
      // A stored revision that no longer validates (restore): nothing was stored.
      io.stderr.write(`svarstid config: ${formatProblems(error.problems)}\n`);
      return 1;
    }
    io.stderr.write(`svarstid config: ${failureText(error)}`);
    return 5;
  }
}
