import { accessSync, appendFileSync, constants as fsConstants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import type { SvarstidConfig } from '../core/config';
import { AuthConfigError } from '../auth/msalNode';
import { authHint } from '../auth/authErrors';
import { ConfigStore, StoredConfigUnreadableError } from '../graph/configStore';
import { describeGraphFailure } from '../graph/errors';
import type { GraphMailbox } from '../graph/mailbox';
import { mailboxFor } from '../worker/connect';
import { jsonLineLog, type WorkerLog } from '../worker/log';
import { runOnce, type RunOnceOptions } from '../worker/runOnce';
import { StateFileError } from '../worker/state';
import { startWorker, type HealthReport } from '../worker/continuous';
import type { Progress } from '../worker/mailboxWorker';
import { configFromFlags } from './loadConfig';
import { processIo, type CommandIo } from './io';
import { configureProxyFromEnv } from './proxy';
import { parseArgsUsageError } from './parseArgsError';
import { UsageError } from './usageError';
import { untilStopped } from './untilStopped';

export { UsageError };

/**
 * `svarstid run --mailbox ADDRESS [--preset NAME | --config FILE] [--graph-url URL] [--once] [--state FILE]`
 *
 * Without `--preset`/`--config` the configuration stored in the mailbox is used (and followed
 * while running). Options beyond the contract: `--since DATE` (leave older mail alone),
 * `--dry-run` (one pass that writes nothing and prints what it would label), `--port N` and
 * `--host H` (webhook and /health; default 127.0.0.1 and a free port), `--public-url URL` (the
 * HTTPS address Graph posts notifications to; without it against real Graph the worker polls
 * only), `--poll S` (delta polling seconds, default 60), `--config-poll S` (how often to look
 * for a saved configuration change, default 30), `--lease-wait S` (how long `--once` waits for
 * another worker's lease, default 300), `--rate LIMIT/SECONDS` (client-side pacing; default
 * 10000/600, Exchange's limit), `--log FILE` (routing decisions as JSON lines), `--quiet`.
 */

export const RUN_USAGE =
  'Användning / Usage:\n' +
  '  svarstid run --mailbox ADRESS [--preset NAMN | --config FIL] [--graph-url URL] [--once] [--state FIL]\n' +
  '               [--since DATUM] [--dry-run] [--port N] [--host H] [--public-url https://…] [--poll SEKUNDER]\n' +
  '               [--config-poll SEKUNDER] [--lease-wait SEKUNDER] [--rate GRÄNS/SEKUNDER] [--log FIL] [--quiet]\n' +
  '  utan --preset och --config används konfigurationen som är sparad i funktionsbrevlådan (svarstid config set FIL --mailbox ADRESS)\n' +
  '  / without --preset and --config the configuration stored in the shared mailbox is used\n';

export interface RunArgs {
  mailbox: string;
  /** The configuration from `--preset`/`--config`; null: use the one stored in the mailbox. */
  config: SvarstidConfig | null;
  graphUrl: string | undefined;
  /** `--graph-url` exactly as given, for the commands the messages suggest. */
  graphUrlGiven?: string | undefined;
  once: boolean;
  dryRun: boolean;
  /** `--since` as given (a date or an instant); resolved against the configuration's time zone. */
  since: string | undefined;
  statePath: string | undefined;
  port: number;
  host: string;
  publicUrl: string | undefined;
  pollMs: number;
  configPollMs: number;
  leaseWaitMs: number;
  rate: { limit: number; windowMs: number } | undefined;
  logFile: string | undefined;
  quiet: boolean;
  /** Learn from corrections this often (ms; 0 = never); null: the default (6 hours with the stored configuration, else never). */
  learnEveryMs: number | null;
}

/** Parses `--rate 1000/10` into a pacing window. */
export function parseRate(spec: string): { limit: number; windowMs: number } {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(spec.trim());
  if (!m) {
    const fast = /^(fast|exchange|off)$/.test(spec.trim()) ? { sv: ` ('${spec.trim()}' finns bara för svarstid emulator --throttle)`, en: ` ('${spec.trim()}' exists only for svarstid emulator --throttle)` } : { sv: '', en: '' };
    throw new UsageError({
      sv: `--rate ska vara GRÄNS/SEKUNDER, till exempel 10000/600 (högst 10 000 anrop per 10 minuter), inte '${spec}'${fast.sv}`,
      en: `--rate must be GRÄNS/SEKUNDER (limit/seconds), e.g. 10000/600 (at most 10,000 requests per 10 minutes), not '${spec}'${fast.en}`,
    });
  }
  return { limit: Number(m[1]), windowMs: Math.round(Number(m[2]) * 1000) };
}

/**
 * `--graph-url` as an origin. The emulator prints `http://127.0.0.1:4100/v1.0`; that is taken
 * too (the `/v1.0` is Graph's version segment, which the client adds itself).
 */
/** ` --graph-url URL` for a suggested command: the address exactly as the user gave it, so the copied command works. */
/** The three commands that store a first configuration in a mailbox (run, learn and config get say them when none is stored). */
export function storeFirstCommands(mailbox: string, graphUrl: string | undefined): string {
  return (
    `    svarstid presets ljungby --out kommun.json\n` +
    `    svarstid check-config kommun.json\n` +
    `    svarstid config set kommun.json --mailbox ${mailbox}${graphUrlFlag(graphUrl)} --if-revision 0 --note "första versionen"\n`
  );
}

export function graphUrlFlag(given: string | undefined): string {
  return given === undefined ? '' : ` --graph-url ${given}`;
}

export function parseGraphUrl(value: string): string {
  const m = /^(https?:\/\/[^/?#]+)(\/v1\.0)?\/?$/i.exec(value.trim());
  if (!m) {
    throw new UsageError({
      sv: `--graph-url ska vara en http- eller https-adress, den som Graph-emulatorn skriver ut, till exempel http://127.0.0.1:4100/v1.0; '${value}' går inte`,
      en: `--graph-url must be an http or https address, the one the Graph emulator prints, e.g. http://127.0.0.1:4100/v1.0; '${value}' will not do`,
    });
  }
  return m[1]!;
}

function isLoopback(url: URL): boolean {
  const h = url.hostname.replace(/^\[|\]$/g, '');
  return h === '127.0.0.1' || h === 'localhost' || h === '::1';
}

/** `--public-url`: HTTPS, as Graph requires; plain http only on the loopback interface (the emulator). */
export function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError({
      sv: `--public-url tar en fullständig adress, till exempel https://svarstid.kommun.se, inte '${value}'`,
      en: `--public-url must be an absolute URL, e.g. https://svarstid.kommun.se, not '${value}'`,
    });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new UsageError({
      sv: `--public-url måste börja med https:// (Graph skickar aviseringar bara till https-adresser), inte '${value}'`,
      en: `--public-url must use https:// (Graph posts notifications only to HTTPS addresses), not '${value}'`,
    });
  }
  return value.replace(/\/+$/, '');
}

/**
 * `--since`: a date (`2026-11-01`, midnight in the configuration's time zone) or an instant with
 * an offset (`2026-11-01T08:00:00+01:00`), as an ISO instant in UTC.
 */
export function resolveSince(value: string, timeZone: string): string {
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return Temporal.PlainDate.from(value).toZonedDateTime({ timeZone }).toInstant().toString({ smallestUnit: 'second' });
    }
    return Temporal.Instant.from(value).toString({ smallestUnit: 'second' });
  } catch {
    throw new UsageError({
      sv: `--since tar ett datum ÅÅÅÅ-MM-DD eller en tid med tidszon, till exempel 2026-11-01T08:00:00+01:00, inte '${value}'`,
      en: `--since must be a date YYYY-MM-DD or a time with offset, e.g. 2026-11-01T08:00:00+01:00, not '${value}'`,
    });
  }
}

/** Refuses a file whose folder does not exist or cannot be written, before any work starts. */
function writableFolder(flag: string, file: string): void {
  const folder = dirname(resolve(file));
  try {
    accessSync(folder, fsConstants.W_OK);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(
      missing
        ? { sv: `${flag} ${file}: mappen ${folder} finns inte; skapa den eller välj en annan`, en: `${flag} ${file}: the folder ${folder} does not exist; create it or choose another` }
        : { sv: `${flag} ${file}: tjänsten får inte skriva i mappen ${folder}`, en: `${flag} ${file}: the service may not write in the folder ${folder}` },
    );
  }
}

/**
 * Every sign-in variable that is missing, so that one refusal names them all: the tenant, the
 * client, and a certificate (path and thumbprint) or a client secret.
 */
export function missingSignInVariables(env: NodeJS.ProcessEnv): { sv: string[]; en: string[] } {
  const unset = (name: string) => (env[name] ?? '').trim() === '';
  const both = ['SVARSTID_TENANT_ID', 'SVARSTID_CLIENT_ID'].filter(unset);
  const out = { sv: [...both], en: [...both] };
  const cert = ['SVARSTID_CERT_PATH', 'SVARSTID_CERT_THUMBPRINT'].filter(unset);
  if (unset('SVARSTID_CLIENT_SECRET') && cert.length > 0) {
    out.sv.push(`${cert.join(' och ')} (eller SVARSTID_CLIENT_SECRET i stället för certifikatets variabler)`);
    out.en.push(`${cert.join(' and ')} (or SVARSTID_CLIENT_SECRET instead of the certificate's variables)`);
  }
  return out;
}

/** Why the service cannot sign in, in Swedish and English, and what to set (the variables' names, never their values). */
function signInError(error: AuthConfigError): UsageError {
  const m = error.message;
  const missing = /^environment variable (\S+) is not set$/.exec(m)?.[1] ?? (/^set SVARSTID_CERT_PATH/.test(m) ? 'SVARSTID_CERT_PATH' : undefined);
  const unset = missing ? missingSignInVariables(process.env) : { sv: [], en: [] };
  const detail = unset.sv.length > 1
    ? { sv: `de här miljövariablerna är inte satta: ${unset.sv.join(', ')}`, en: `these environment variables are not set: ${unset.en.join(', ')}` }
    : /^environment variable (\S+) is not set$/.test(m)
    ? { sv: `miljövariabeln ${missing!} är inte satt`, en: `the environment variable ${missing!} is not set` }
    : /^SVARSTID_TENANT_ID is not/.test(m)
      ? { sv: 'SVARSTID_TENANT_ID är varken ett klientorganisations-id eller en domän', en: 'SVARSTID_TENANT_ID is neither a tenant id nor a domain' }
      : /^SVARSTID_CERT_PATH cannot be read/.test(m)
        ? { sv: 'filen i SVARSTID_CERT_PATH går inte att läsa', en: 'the file in SVARSTID_CERT_PATH cannot be read' }
        : /^set SVARSTID_CERT_PATH/.test(m)
          ? { sv: 'varken ett certifikat (SVARSTID_CERT_PATH och SVARSTID_CERT_THUMBPRINT) eller SVARSTID_CLIENT_SECRET är satt', en: 'neither a certificate (SVARSTID_CERT_PATH and SVARSTID_CERT_THUMBPRINT) nor SVARSTID_CLIENT_SECRET is set' }
          : { sv: m, en: m };
  return new UsageError({
    sv: `kan inte logga in mot Microsoft Graph: ${detail.sv}. svarstid run --help visar vilka miljövariabler tjänsten behöver (för test mot Graph-emulatorn: --graph-url)`,
    en: `cannot sign in to Microsoft Graph: ${detail.en}. svarstid run --help lists the environment variables the service needs (for a test against the Graph emulator: --graph-url)`,
  });
}

/** Parses and checks the arguments of `svarstid run`. */
export function parseRunArgs(argv: string[]): RunArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        mailbox: { type: 'string' },
        preset: { type: 'string' },
        config: { type: 'string' },
        'graph-url': { type: 'string' },
        once: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        since: { type: 'string' },
        state: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'public-url': { type: 'string' },
        poll: { type: 'string' },
        'config-poll': { type: 'string' },
        'lease-wait': { type: 'string' },
        rate: { type: 'string' },
        log: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'learn-every': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw parseArgsUsageError(error, 'run') ?? new UsageError({ sv: 'felaktiga argument', en: 'bad arguments' });
  }
  if (!values.mailbox || !/^[^@\s]+@[^@\s]+$/.test(values.mailbox)) {
    throw new UsageError(
      values.mailbox
        ? { sv: `--mailbox ska vara funktionsbrevlådans e-postadress, till exempel --mailbox kommun@ljungby.se, inte '${values.mailbox}'`, en: `--mailbox must be the shared mailbox's e-mail address, e.g. --mailbox kommun@ljungby.se, not '${values.mailbox}'` }
        : { sv: 'ange funktionsbrevlådans adress med --mailbox, till exempel --mailbox kommun@ljungby.se', en: "give the shared mailbox's address with --mailbox, e.g. --mailbox kommun@ljungby.se" },
    );
  }
  const config = values.preset === undefined && values.config === undefined ? null : configFromFlags(values);
  const graphUrl = values['graph-url'] !== undefined ? parseGraphUrl(values['graph-url']) : undefined;
  const num = (name: string, v: string | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError({ sv: `--${name} ska vara ett tal, 0 eller större, inte '${v}'`, en: `--${name} must be a number, 0 or more, not '${v}'` });
    return n;
  };
  for (const [flag, file] of [['--state', values.state], ['--log', values.log]] as const) {
    if (file !== undefined) writableFolder(flag, file);
  }
  if (values.since !== undefined) resolveSince(values.since, 'Europe/Stockholm'); // checked now, resolved with the configuration
  return {
    mailbox: values.mailbox,
    config,
    graphUrl,
    graphUrlGiven: values['graph-url'],
    once: (values.once ?? false) || (values['dry-run'] ?? false),
    dryRun: values['dry-run'] ?? false,
    since: values.since,
    statePath: values.state,
    port: num('port', values.port, 0),
    host: values.host ?? '127.0.0.1',
    publicUrl: values['public-url'] !== undefined ? parsePublicUrl(values['public-url']) : undefined,
    pollMs: num('poll', values.poll, 60) * 1000,
    configPollMs: num('config-poll', values['config-poll'], 30) * 1000,
    leaseWaitMs: num('lease-wait', values['lease-wait'], 300) * 1000,
    rate: values.rate !== undefined ? parseRate(values.rate) : graphUrl === undefined ? { limit: 10_000, windowMs: 600_000 } : undefined,
    logFile: values.log,
    quiet: values.quiet ?? false,
    learnEveryMs: values['learn-every'] !== undefined ? num('learn-every', values['learn-every'], 0) * 3_600_000 : null,
  };
}

function progressPrinter(quiet: boolean, io: CommandIo): ((p: Progress) => void) | undefined {
  if (quiet) return undefined;
  let last = 0;
  return (p) => {
    if (p.elapsedMs - last < 2000) return;
    last = p.elapsedMs;
    const rate = p.scanned / Math.max(p.elapsedMs / 1000, 0.001);
    io.stderr.write(
      `svarstid run: ${p.scanned} meddelanden lästa, ${p.labelled} märkta, ${rate.toFixed(1).replace('.', ',')} meddelanden per sekund / ` +
        `${p.scanned} messages read, ${p.labelled} labelled, ${rate.toFixed(1)} messages per second\n`,
    );
  };
}

function decisionLog(file: string | undefined): WorkerLog | undefined {
  if (!file) return undefined;
  return jsonLineLog((line) => appendFileSync(file, line, { mode: 0o600 }));
}

/** Says why the mailbox cannot be used, in Swedish and English; exit code 1. */
export function failureText(error: unknown): string {
  if (error instanceof AuthConfigError) {
    const hint = authHint('AuthConfig');
    return `inloggningsuppgifter saknas: ${error.message}. ${hint.sv}\n  credentials missing: ${error.message}. ${hint.en}\n`;
  }
  if (error instanceof StoredConfigUnreadableError) return `${error.message}\n`;
  const d = describeGraphFailure(error);
  const code = (error as { code?: unknown }).code;
  const extra = typeof code === 'string' && /^AADSTS\d+$|^invalid_client$|^unauthorized_client$/.test(code) ? authHint(code) : null;
  return `${d.sv}${extra ? ` ${extra.sv}` : ''}\n  ${d.en}${extra ? ` ${extra.en}` : ''}\n`;
}

/** Hours between looks for new corrections when the worker follows the stored configuration. */
export const DEFAULT_LEARN_EVERY_HOURS = 6;

/**
 * Learning on a schedule (`src/worker/learnSchedule.ts`): by default every 6 hours when the
 * worker follows the configuration stored in the mailbox (where the model is stored and from
 * where the worker picks it up); never with `--preset`/`--config`, which a learnt model cannot
 * change, unless `--learn-every` asks for it.
 */
function learningOption(args: RunArgs, graph: GraphMailbox, store: ConfigStore | null): { learning?: { store: ConfigStore; everyMs: number } } {
  const everyMs = args.learnEveryMs ?? (store ? DEFAULT_LEARN_EVERY_HOURS * 3_600_000 : 0);
  return everyMs > 0 ? { learning: { store: store ?? new ConfigStore(graph), everyMs } } : {};
}

/** Runs `svarstid run`; resolves with the exit code. */
export async function runCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  let args: RunArgs;
  try {
    args = parseRunArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) io.stderr.write(error.lines('svarstid run'));
    else io.stderr.write(`svarstid run: ${error instanceof Error ? error.message : String(error)}\n${RUN_USAGE}`);
    return 2;
  }
  const lines = jsonLineLog((line) => io.stderr.write(line));
  // the categories the service adds to the mailbox's list: every user of the mailbox sees them, so the summary says so
  let categoriesCreated = 0;
  const log: WorkerLog = {
    event(name, fields) {
      if (name === 'categories' && typeof fields.created === 'number') categoriesCreated += fields.created;
      lines.event(name, fields);
    },
  };
  const created = () => categoriesCreated;
  const proxy = configureProxyFromEnv();
  if (proxy) log.event('proxy', { url: proxy });
  let graph: GraphMailbox;
  try {
    graph = mailboxFor(args);
  } catch (error) {
    if (error instanceof AuthConfigError) {
      io.stderr.write(signInError(error).lines('svarstid run'));
      return 2;
    }
    io.stderr.write(`svarstid run: ${failureText(error)}`);
    return 1;
  }

  // The configuration: from the flags, or the one stored in the mailbox.
  let config = args.config;
  let store: ConfigStore | null = null;
  let revision: number | undefined;
  let formerCategories: string[] = [];
  if (config === null) {
    store = new ConfigStore(graph);
    try {
      const stored = await store.read();
      if (!stored) {
        io.stderr.write(
          `svarstid run: det finns ingen konfiguration sparad i funktionsbrevlådan ${args.mailbox}. Spara en först med de här tre\n` +
            `  kommandona (ändra filen så att den gäller er kommun, med administratörer ("admins") och socialjourens nummer\n` +
            `  ("concernOnCall"), och läs vad check-config säger innan du sparar den), eller ange --preset NAMN eller --config FIL:\n` +
            `svarstid run: no configuration is stored in the shared mailbox ${args.mailbox}. Store one first with these three commands\n` +
            `  (change the file to fit your municipality, with admins ("admins") and the social services' on-call number\n` +
            `  ("concernOnCall"), and read what check-config says before you store it), or give --preset NAMN or --config FIL:\n` +
            storeFirstCommands(args.mailbox, args.graphUrlGiven ?? args.graphUrl),
        );
        return 3;
      }
      config = stored.config;
      revision = stored.revision;
      formerCategories = stored.categoryNames;
      log.event('config', { revision: stored.revision, by: stored.updatedBy, source: 'mailbox' });
    } catch (error) {
      io.stderr.write(`svarstid run: ${failureText(error)}`);
      return 1;
    }
  }
  const since = args.since !== undefined ? resolveSince(args.since, config.calendar.timeZone) : undefined;
  const decisions = decisionLog(args.logFile);
  const common = {
    graph,
    config,
    statePath: args.statePath ?? null,
    log,
    formerCategories,
    ...(since !== undefined ? { since } : {}),
    ...(decisions ? { decisions } : {}),
  };
  const onProgress = progressPrinter(args.quiet, io);
  try {
    return await runWith(args, { common, store, revision, onProgress, created }, log, io);
  } catch (error) {
    if (!(error instanceof StateFileError)) throw error;
    io.stderr.write(`svarstid run: ${error.sv}\nsvarstid run: ${error.en}\n`);
    return 2;
  }
}

async function runWith(
  args: RunArgs,
  setup: {
    common: Omit<RunOnceOptions, 'lease' | 'dryRun' | 'onPlanned' | 'onProgress'>;
    store: ConfigStore | null;
    revision: number | undefined;
    onProgress: ((p: Progress) => void) | undefined;
    /** How many Outlook categories the run has added to the mailbox's list so far. */
    created: () => number;
  },
  log: WorkerLog,
  io: CommandIo,
): Promise<number> {
  const { common, store, revision, onProgress } = setup;
  if (args.once) {
    const summary = await runOnce({
      ...common,
      ...(onProgress ? { onProgress } : {}),
      lease: { waitMs: args.leaseWaitMs },
      ...(args.dryRun
        ? {
            dryRun: true,
            onPlanned: (p: object) => io.stdout.write(`${JSON.stringify(p)}\n`),
          }
        : {}),
    });
    if (!args.quiet) {
      const errors = summary.errors === 0 ? { sv: 'inga fel', en: 'no errors' } : { sv: `${summary.errors} fel, som nästa körning försöker igen`, en: `${summary.errors} errors, which the next run tries again` };
      const verb = args.dryRun ? { sv: 'skulle märkas', en: 'would be labelled' } : { sv: 'märkta', en: 'labelled' };
      const n = setup.created();
      const categories =
        n === 0
          ? { sv: '', en: '' }
          : {
              sv: ` ${n === 1 ? 'En ny Outlook-kategori' : `${n} nya Outlook-kategorier`} har lagts till i brevlådans kategorilista (alla som använder brevlådan ser ${n === 1 ? 'den' : 'dem'}).`,
              en: ` ${n === 1 ? 'One new Outlook category was' : `${n} new Outlook categories were`} added to the mailbox's category list (everyone using the mailbox sees ${n === 1 ? 'it' : 'them'}).`,
            };
      io.stderr.write(
        `svarstid run: klart: ${summary.scanned} meddelanden lästa, ${summary.labelled} ${verb.sv}, ${summary.unchanged} redan rätt märkta; ${errors.sv}.${categories.sv}\n` +
          `svarstid run: done: ${summary.scanned} messages read, ${summary.labelled} ${verb.en}, ${summary.unchanged} already labelled right; ${errors.en}.${categories.en}\n`,
      );
    }
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.errors === 0 ? 0 : 1;
  }

  // Notifications need an address Graph can reach over HTTPS; against the emulator the local one.
  const subscribe = args.publicUrl !== undefined || args.graphUrl !== undefined;
  let running;
  try {
    running = await startWorker({
      ...common,
      ...(onProgress ? { onProgress } : {}),
      host: args.host,
      port: args.port,
      pollIntervalMs: args.pollMs,
      subscribe,
      ...(subscribe ? {} : { pollingOnlyReason: 'no --public-url https://… given (Graph posts notifications only to a public HTTPS address)' }),
      ...(args.publicUrl ? { publicUrl: args.publicUrl } : {}),
      ...(store ? { configStore: store, configPollMs: args.configPollMs } : {}),
      ...(revision !== undefined ? { configRevision: revision } : {}),
      ...learningOption(args, common.graph, store),
    });
  } catch (error) {
    io.stderr.write(`svarstid run: ${failureText(error)}`);
    return 1;
  }
  log.event('started', { url: running.url, mailbox: args.mailbox, status: running.health().status, notifications: running.health().notifications });
  if (!args.quiet) io.stderr.write(startLines(args, running.url, running.health(), subscribe));
  await untilStopped();
  await running.stop();
  const summary = running.health().summary;
  log.event('stopped', { summary: JSON.stringify(summary) });
  if (!args.quiet) {
    const errors = summary.errors === 0 ? { sv: 'inga fel', en: 'no errors' } : { sv: `${summary.errors} fel`, en: `${summary.errors} errors` };
    io.stderr.write(
      `svarstid run: tjänsten har stoppats: ${summary.scanned} meddelanden lästa, ${summary.labelled} märkta, ${summary.unchanged} redan rätt märkta; ${errors.sv}.\n` +
        `svarstid run: the service has stopped: ${summary.scanned} messages read, ${summary.labelled} labelled, ${summary.unchanged} already labelled right; ${errors.en}.\n`,
    );
  }
  return 0;
}

/** "var 60:e sekund", "var 2:a sekund", "varje sekund": how often, in Swedish. */
function everySeconds(n: number): string {
  if (n === 1) return 'varje sekund';
  const ordinal = (n % 10 === 1 || n % 10 === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e';
  return `var ${n}:${ordinal} sekund`;
}

/**
 * The continuous service's start lines: what it labels, whether change notifications arrive or it
 * polls (and why, how often, and what gives notifications), and where the health check is.
 */
export function startLines(args: Pick<RunArgs, 'mailbox' | 'pollMs' | 'publicUrl' | 'graphUrl'>, url: string, health: Pick<HealthReport, 'status' | 'notifications'>, subscribe: boolean): string {
  const base = url.replace(/\/+$/, '');
  const seconds = Math.max(1, Math.round(args.pollMs / 1000));
  const every = { sv: everySeconds(seconds), en: seconds === 1 ? 'every second' : `every ${seconds} seconds` };
  const sv: string[] = [`märker ${args.mailbox} löpande.`];
  const en: string[] = [`labelling ${args.mailbox} continuously.`];
  if (health.status === 'waiting') {
    sv.push('En annan Svarstid-tjänst märker brevlådan just nu; den här väntar och tar över om den andra stannar.');
    en.push('Another Svarstid service is labelling the mailbox now; this one waits and takes over if the other stops.');
  } else if (health.notifications === 'webhook') {
    const at = `${(args.publicUrl ?? base).replace(/\/+$/, '')}/notifications`;
    sv.push(`Ändringsaviseringar från Graph kommer till ${at}; tjänsten frågar dessutom efter ändringar ${every.sv}, ifall en avisering går förlorad.`);
    en.push(`Change notifications from Graph arrive at ${at}; the service also polls ${every.en} in case a notification is lost.`);
  } else if (subscribe) {
    const http = args.publicUrl === undefined && base.startsWith('http:');
    sv.push(
      `Inga ändringsaviseringar: Graph${args.graphUrl ? ` på ${base}` : ''} tog inte emot prenumerationen${http ? ' (tjänstens aviseringsadress är http, Graph kräver https)' : ' (orsaken står i JSON-raden "subscription")'}. ` +
        `Tjänsten frågar efter ändringar ${every.sv} och försöker prenumerera igen om 15 minuter.${http ? ` Ange --public-url https://… (en adress som Graph når) för ändringsaviseringar${args.graphUrl ? '; mot Graph-emulatorn räcker det att starta den med --allow-http-loopback' : ''}.` : ''}`,
    );
    en.push(
      `No change notifications: Graph${args.graphUrl ? ` at ${base}` : ''} refused the subscription${http ? " (the service's notification address is http; Graph requires https)" : ' (the reason is in the JSON line "subscription")'}. ` +
        `The service polls ${every.en} and tries to subscribe again in 15 minutes.${http ? ` Give --public-url https://… (an address Graph can reach) for change notifications${args.graphUrl ? '; against the Graph emulator, starting it with --allow-http-loopback is enough' : ''}.` : ''}`,
    );
  } else {
    sv.push(`Inga ändringsaviseringar, eftersom ingen --public-url är angiven: tjänsten frågar efter ändringar ${every.sv}. Ange --public-url https://… (en adress som Graph når) för ändringsaviseringar.`);
    en.push(`No change notifications, because no --public-url was given: the service polls ${every.en}. Give --public-url https://… (an address Graph can reach) for change notifications.`);
  }
  sv.push(`Hälsokontroll: ${base}/health. Ctrl+C stoppar.`);
  en.push(`Health check: ${base}/health. Ctrl+C stops.`);
  return `svarstid run: ${sv.join(' ')}\nsvarstid run: ${en.join(' ')}\n`;
}
