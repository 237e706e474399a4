import { parseArgs } from 'node:util';
import { closestMatch } from '../core/config/messages';
import { formatHumanDateTime } from '../core/humanTime';
import { ConfigError } from '../core/config';
import { ConfigConflictError, ConfigStore, RevisionNotFoundError, type StoredConfig } from '../graph/configStore';
import { mailboxFor } from '../worker/connect';
import type { GraphMailbox } from '../graph/mailbox';
import { formatProblems, problemCount, readConfigFile } from './loadConfig';
import { processIo, type CommandIo } from './io';
import { configureProxyFromEnv } from './proxy';
import { failureText, graphUrlFlag, parseGraphUrl, storeFirstCommands } from './runCommand';
import { parseArgsUsageError } from './parseArgsError';
import { UsageError } from './usageError';
import { writeNewFile } from './outFile';

/**
 * `svarstid config get|set|history|restore … --mailbox ADDRESS [--graph-url URL]`: the
 * configuration stored in the shared mailbox (issue 9's operations contract).
 *
 * Exit codes: 0 done; 1 invalid configuration file (every problem listed, nothing stored);
 * 2 usage; 3 nothing stored (or no such revision); 4 conflict — stored meanwhile by someone
 * else, nothing stored; 5 the mailbox cannot be reached (network, sign-in, permissions).
 */

export const CONFIG_USAGE =
  'Användning / Usage:\n' +
  '  svarstid config get --mailbox ADRESS [--graph-url URL] [--out FIL]\n' +
  '  svarstid config set FIL --mailbox ADRESS [--graph-url URL] [--if-revision N] [--note TEXT]\n' +
  '  svarstid config history --mailbox ADRESS [--graph-url URL]\n' +
  '  svarstid config restore REVISION --mailbox ADRESS [--graph-url URL] [--if-revision N] [--note TEXT]\n';

/** Words people try for the four actions. */
const ACTION_SYNONYMS: Record<string, 'get' | 'set' | 'history' | 'restore'> = {
  fetch: 'get', show: 'get', read: 'get', cat: 'get', hämta: 'get', visa: 'get',
  put: 'set', save: 'set', store: 'set', write: 'set', spara: 'set',
  log: 'history', historik: 'history',
  revert: 'restore', rollback: 'restore', undo: 'restore', återställ: 'restore',
};

/** Who saves from the command line, in the audit trail. */
const CLI_ACTOR = 'cli';

interface ConfigArgs {
  action: 'get' | 'set' | 'history' | 'restore';
  operand: string | undefined;
  mailbox: string;
  graphUrl: string | undefined;
  /** `--graph-url` exactly as given, for the commands the messages suggest. */
  graphUrlGiven?: string | undefined;
  ifRevision: number | undefined;
  note: string | undefined;
  /** `--out FIL` (get): the configuration is written to this new file instead of stdout. */
  out?: string | undefined;
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
        out: { type: 'string' },
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
        : (() => {
            const guess = ACTION_SYNONYMS[action.toLowerCase()] ?? closestMatch(action, ['get', 'set', 'history', 'restore']);
            return {
              sv: `det finns ingen åtgärd '${action}'${guess ? `; menade du '${guess}'?` : ''} (get, set, history, restore)`,
              en: `there is no action '${action}'${guess ? `; did you mean '${guess}'?` : ''} (get, set, history, restore)`,
            };
          })(),
    );
  }
  const needsOperand = action === 'set' || action === 'restore';
  if (needsOperand && operand === undefined) throw new UsageError(action === 'set' ? { sv: 'config set behöver en FIL', en: 'config set needs a FIL (file)' } : { sv: 'config restore behöver en REVISION', en: 'config restore needs a REVISION' });
  if ((!needsOperand && operand !== undefined) || extra.length > 0) throw new UsageError({ sv: `oväntat argument '${needsOperand ? extra[0] : operand}'`, en: `unexpected argument '${needsOperand ? extra[0] : operand}'` });
  if (!values.mailbox || !/^[^@\s]+@[^@\s]+$/.test(values.mailbox)) throw new UsageError({ sv: 'ange funktionsbrevlådans adress med --mailbox, till exempel --mailbox kommun@ljungby.se', en: "give the shared mailbox's address with --mailbox, e.g. --mailbox kommun@ljungby.se" });
  const ifRevision = values['if-revision'];
  if (ifRevision !== undefined && !/^\d+$/.test(ifRevision)) throw new UsageError({ sv: '--if-revision tar ett revisionsnummer (0 när inget är sparat)', en: '--if-revision takes a revision number (0 when nothing is stored yet)' });
  if (action === 'restore' && !/^[1-9]\d*$/.test(operand!)) throw new UsageError({ sv: 'config restore tar ett revisionsnummer', en: 'config restore takes a revision number' });
  if (values.out !== undefined && action !== 'get') throw new UsageError({ sv: '--out hör till config get', en: '--out belongs to config get' });
  if ((action === 'get' || action === 'history') && (ifRevision !== undefined || values.note !== undefined)) {
    throw new UsageError({ sv: '--if-revision och --note hör till set och restore', en: '--if-revision and --note belong to set and restore' });
  }
  return {
    action,
    operand,
    mailbox: values.mailbox,
    graphUrl: values['graph-url'] !== undefined ? parseGraphUrl(values['graph-url']) : undefined,
    graphUrlGiven: values['graph-url'],
    ifRevision: ifRevision !== undefined ? Number(ifRevision) : undefined,
    note: values.note,
    out: values.out,
  };
}

/** Who saved, in words: `från kommandoraden` for "cli", `av Svarstid-tjänsten` for "worker", else `av ADRESS`. */
export function savedBy(by: string | null): { sv: string; en: string } {
  if (by === null || by === '') return { sv: 'sparad', en: 'saved' };
  if (by === CLI_ACTOR) return { sv: 'sparad från kommandoraden med svarstid config', en: 'saved from the command line with svarstid config' };
  if (by === 'worker') return { sv: 'sparad av Svarstid-tjänsten eller svarstid learn', en: 'saved by the Svarstid service or svarstid learn' };
  return { sv: `sparad av ${by}`, en: `saved by ${by}` };
}

function conflictText(error: ConfigConflictError, args: Pick<ConfigArgs, 'mailbox' | 'graphUrl' | 'graphUrlGiven'>, at: string | null): string {
  const who = savedBy(error.actualBy);
  const when = at ? { sv: `, ${formatHumanDateTime(at, 'Europe/Stockholm', 'sv')}`, en: `, ${formatHumanDateTime(at, 'Europe/Stockholm', 'en')}` } : { sv: '', en: '' };
  // into a new file: the user's own kommun.json holds the change they just made
  const get = `svarstid config get --mailbox ${args.mailbox}${graphUrlFlag(args.graphUrlGiven ?? args.graphUrl)} --out sparad.json`;
  const set = `svarstid config set sparad.json --mailbox ${args.mailbox}${graphUrlFlag(args.graphUrlGiven ?? args.graphUrl)} --if-revision ${error.actualRevision}`;
  return (
    `konflikt: konfigurationen i ${args.mailbox} är revision ${error.actualRevision} (${who.sv}${when.sv}), inte ${error.expectedRevision} som du utgick från. Inget sparades.\n` +
    `  Hämta den till en ny fil, för över din ändring till den filen och spara igen med de här två kommandona:\n` +
    `  conflict: the configuration in ${args.mailbox} is revision ${error.actualRevision} (${who.en}${when.en}), not ${error.expectedRevision} as you assumed. Nothing was stored.\n` +
    `  Fetch it into a new file, carry your change over to that file and store again with these two commands:\n` +
    `    ${get}\n` +
    `    ${set}\n`
  );
}

function saved(io: CommandIo, mailbox: string, result: StoredConfig, restored?: string): number {
  io.stdout.write(`${JSON.stringify({ revision: result.revision })}\n`);
  const what = restored ? { sv: `revision ${restored} är sparad igen`, en: `revision ${restored} is stored again` } : { sv: 'konfigurationen är sparad', en: 'the configuration is stored' };
  io.stderr.write(
    `svarstid config: ${what.sv} i ${mailbox} som revision ${result.revision}. En Svarstid-tjänst som följer brevlådans konfiguration börjar använda den inom en minut och märker de öppna meddelanden som får en annan förvaltning, ärendetyp eller svarstid; en orosanmälan och ett meddelande som en handläggare har ändrat i tillägget behåller sin märkning.\n` +
      `svarstid config: ${what.en} in ${mailbox} as revision ${result.revision}. A Svarstid service following the mailbox's configuration uses it within a minute and relabels the open messages that get another department, case type or deadline; a report of concern and a message an officer changed in the add-in keep their labels.\n`,
  );
  const admins = result.config.admins;
  if (!admins || admins.users.length + admins.groups.length === 0) {
    io.stderr.write(
      'svarstid config: obs: konfigurationen namnger inga administratörer ("admins"), så ingen kan öppna administrationsvyn. Lägg till era inloggningsnamn under "admins" → "users" (eller grupper under "groups") och spara igen.\n' +
        'svarstid config: note: the configuration names no admins ("admins"), so nobody can open the admin view. Add your sign-in names under "admins" → "users" (or groups under "groups") and store again.\n',
    );
  }
  if (!result.config.municipality.concernOnCall) {
    io.stderr.write(
      'svarstid config: obs: ingen jour för orosanmälningar efter stängning är angiven ("concernOnCall" under "municipality"), så handläggarna får inget nummer när en orosanmälan inte hinner lämnas före stängning. Lägg in socialjourens namn och nummer och spara igen (eller i administrationsvyn under Kommun och avsändarkontroll).\n' +
        'svarstid config: note: no on-call service for reports of concern after closing time is given ("concernOnCall" under "municipality"), so officers get no number when a report of concern cannot be handed on before closing time. Add the on-call team\'s name and number and store again (or in the admin view under Municipality and sender check).\n',
    );
  }
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
            `svarstid config: det finns ingen konfiguration sparad i ${args.mailbox}. Spara en med de här tre kommandona (ändra filen så\n` +
              `  att den gäller er kommun, med administratörer ("admins") och socialjourens nummer ("concernOnCall"), och läs vad check-config säger innan du sparar den):\n` +
              `svarstid config: no configuration is stored in ${args.mailbox}. Store one with these three commands (change the file to fit\n` +
              `  your municipality, with admins ("admins") and the social services' on-call number ("concernOnCall"), and read what check-config says before you store it):\n` +
              storeFirstCommands(args.mailbox, args.graphUrlGiven ?? args.graphUrl),
          );
          return 3;
        }
        const text = `${JSON.stringify(stored.config, null, 2)}\n`;
        if (args.out === undefined) {
          io.stdout.write(text);
          return 0;
        }
        try {
          writeNewFile(args.out, text);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          io.stderr.write(error.lines('svarstid config'));
          return 2;
        }
        io.stderr.write(
          `svarstid config: revision ${stored.revision} är sparad i ${args.out}.\n` + `svarstid config: revision ${stored.revision} is saved in ${args.out}.\n`,
        );
        return 0;
      }
      case 'history': {
        for (const entry of await store.history()) io.stdout.write(`${JSON.stringify(entry)}\n`);
        return 0;
      }
      case 'set':
        return saved(io, args.mailbox, await store.save(input, { by: CLI_ACTOR, ...(args.ifRevision !== undefined ? { expectedRevision: args.ifRevision } : {}), ...(args.note ? { note: args.note } : {}) }));
      case 'restore':
        return saved(
          io,
          args.mailbox,
          await store.restore(Number(args.operand), { by: CLI_ACTOR, ...(args.ifRevision !== undefined ? { expectedRevision: args.ifRevision } : {}), ...(args.note ? { note: args.note } : {}) }),
          args.operand,
        );
    }
  } catch (error) {
    if (error instanceof ConfigConflictError) {
      const now = await store.read().catch(() => null);
      io.stderr.write(`svarstid config: ${conflictText(error, args, now?.updatedAt || null)}`);
      return 4;
    }
    if (error instanceof RevisionNotFoundError) {
      io.stderr.write(
        `svarstid config: revision ${error.revision} finns inte i historiken (svarstid config history visar vilka som finns)\n` +
          `svarstid config: revision ${error.revision} is not in the history (svarstid config history lists the revisions)\n`,
      );
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
