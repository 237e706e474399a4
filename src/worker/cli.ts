import { accessSync, appendFileSync, constants as fsConstants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SvarstidConfig } from '../core/config';
import { configFromFlags } from '../cli/loadConfig';
import { parseArgsUsageError } from '../cli/parseArgsError';
import { UsageError } from '../cli/usageError';
import { untilStopped } from '../cli/untilStopped';
import { AuthConfigError, msalTokenSource } from '../auth/msalNode';
import { emulatorTokenSource } from '../auth/emulatorToken';
import type { AccessTokenSource } from '../auth/tokens';
import { createGraphClient } from '../graph/client';
import { GraphMailbox } from '../graph/mailbox';
import { RequestScheduler, type SchedulerOptions } from '../graph/scheduler';
import { jsonLineLog, type WorkerLog } from './log';
import { StateFileError } from './state';
import { runOnce } from './runOnce';
import { startWorker } from './continuous';
import type { Progress } from './mailboxWorker';

export { UsageError };

/**
 * `svarstid run --mailbox ADDRESS (--preset NAME | --config FILE) [--graph-url URL] [--once] [--state FILE]`
 *
 * Options beyond the contract: `--port N` and `--host H` (webhook and /health; default
 * 127.0.0.1 and a free port), `--public-url URL` (where Graph reaches the webhook), `--poll S`
 * (delta polling seconds, default 60), `--rate LIMIT/SECONDS` (client-side pacing; default
 * 10000/600, Exchange's limit), `--log FILE` (routing decisions as JSON lines), `--quiet`.
 */

export const RUN_USAGE =
  'usage: svarstid run --mailbox ADDRESS (--preset NAME | --config FILE) [--graph-url URL] [--once] [--state FILE]\n' +
  '       [--port N] [--host H] [--public-url URL] [--poll SECONDS] [--rate LIMIT/SECONDS] [--log FILE] [--quiet]\n';

export interface RunArgs {
  mailbox: string;
  config: SvarstidConfig;
  graphUrl: string | undefined;
  once: boolean;
  statePath: string | undefined;
  port: number;
  host: string;
  publicUrl: string | undefined;
  pollMs: number;
  rate: { limit: number; windowMs: number } | undefined;
  logFile: string | undefined;
  quiet: boolean;
}

/** Parses `--rate 1000/10` into a pacing window. */
export function parseRate(spec: string): { limit: number; windowMs: number } {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(spec.trim());
  if (!m) {
    const fast = /^(fast|exchange|off)$/.test(spec.trim()) ? { sv: ` ('${spec.trim()}' finns bara för svarstid emulator --throttle)`, en: ` ('${spec.trim()}' exists only for svarstid emulator --throttle)` } : { sv: '', en: '' };
    throw new UsageError({
      sv: `--rate ska vara GRÄNS/SEKUNDER, till exempel 10000/600 (högst 10000 anrop per 600 sekunder), inte '${spec}'${fast.sv}`,
      en: `--rate must be LIMIT/SECONDS, e.g. 10000/600 (at most 10000 requests per 600 seconds), not '${spec}'${fast.en}`,
    });
  }
  return { limit: Number(m[1]), windowMs: Math.round(Number(m[2]) * 1000) };
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
        state: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'public-url': { type: 'string' },
        poll: { type: 'string' },
        rate: { type: 'string' },
        log: { type: 'string' },
        quiet: { type: 'boolean', default: false },
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
  const config = configFromFlags(values);
  // the emulator prints http://127.0.0.1:N/v1.0: take that as well as the bare origin
  const graphUrl = values['graph-url']?.replace(/\/v1\.0\/?$/, '').replace(/\/+$/, '');
  if (graphUrl !== undefined && !/^https?:\/\/[^/]+$/.test(graphUrl)) {
    throw new UsageError({
      sv: `--graph-url ska vara en http- eller https-adress, den som Graph-emulatorn skriver ut, till exempel http://127.0.0.1:4100/v1.0; '${values['graph-url']}' går inte`,
      en: `--graph-url must be an http or https address, the one the Graph emulator prints, e.g. http://127.0.0.1:4100/v1.0; '${values['graph-url']}' will not do`,
    });
  }
  const num = (name: string, v: string | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError({ sv: `--${name} ska vara ett tal, 0 eller större, inte '${v}'`, en: `--${name} must be a number, 0 or more, not '${v}'` });
    return n;
  };
  for (const [flag, file] of [['--state', values.state], ['--log', values.log]] as const) {
    if (file !== undefined) writableFolder(flag, file);
  }
  return {
    mailbox: values.mailbox,
    config,
    graphUrl,
    once: values.once ?? false,
    statePath: values.state,
    port: num('port', values.port, 0),
    host: values.host ?? '127.0.0.1',
    publicUrl: values['public-url'],
    pollMs: num('poll', values.poll, 60) * 1000,
    rate: values.rate !== undefined ? parseRate(values.rate) : graphUrl === undefined ? { limit: 10_000, windowMs: 600_000 } : undefined,
    logFile: values.log,
    quiet: values.quiet ?? false,
  };
}

/** A Graph mailbox for the arguments: the emulator with its test token, or real Graph with MSAL. */
export function mailboxFor(
  args: Pick<RunArgs, 'mailbox' | 'graphUrl' | 'rate'>,
  tokens?: AccessTokenSource,
  schedulerOptions: SchedulerOptions = {},
): GraphMailbox {
  const source = tokens ?? (args.graphUrl !== undefined ? emulatorTokenSource() : msalTokenSource());
  const client = createGraphClient({ tokens: source, ...(args.graphUrl !== undefined ? { graphUrl: args.graphUrl } : {}) });
  return new GraphMailbox({
    client,
    mailbox: args.mailbox,
    tokens: source,
    scheduler: new RequestScheduler({ ...schedulerOptions, ...(args.rate ? { rate: args.rate } : {}) }),
  });
}

function progressPrinter(quiet: boolean): ((p: Progress) => void) | undefined {
  if (quiet) return undefined;
  let last = 0;
  return (p) => {
    if (p.elapsedMs - last < 2000) return;
    last = p.elapsedMs;
    const rate = p.scanned / Math.max(p.elapsedMs / 1000, 0.001);
    process.stderr.write(
      `svarstid run: ${p.scanned} meddelanden lästa, ${p.labelled} märkta, ${rate.toFixed(1).replace('.', ',')} meddelanden per sekund / ` +
        `${p.scanned} messages read, ${p.labelled} labelled, ${rate.toFixed(1)} messages per second\n`,
    );
  };
}

function decisionLog(file: string | undefined): WorkerLog | undefined {
  if (!file) return undefined;
  return jsonLineLog((line) => appendFileSync(file, line, { mode: 0o600 }));
}

/** Why the service cannot sign in, in Swedish and English, and what to set (the variables' names, never their values). */
function signInError(error: AuthConfigError): UsageError {
  const m = error.message;
  const missing = /^environment variable (\S+) is not set$/.exec(m)?.[1];
  const detail = missing
    ? { sv: `miljövariabeln ${missing} är inte satt`, en: `the environment variable ${missing} is not set` }
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

/** Runs `svarstid run`; resolves with the exit code. */
export async function runWorkerCommand(argv: string[]): Promise<number> {
  let args: RunArgs;
  try {
    args = parseRunArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(error.lines('svarstid run'));
    else process.stderr.write(`svarstid run: ${error instanceof Error ? error.message : String(error)}\n${RUN_USAGE}`);
    return 2;
  }
  const log = jsonLineLog();
  const decisions = decisionLog(args.logFile);
  let graph: GraphMailbox;
  try {
    graph = mailboxFor(args);
  } catch (error) {
    if (!(error instanceof AuthConfigError)) throw error;
    process.stderr.write(signInError(error).lines('svarstid run'));
    return 2;
  }
  const common = {
    graph,
    config: args.config,
    statePath: args.statePath ?? null,
    log,
    ...(decisions ? { decisions } : {}),
  };
  const onProgress = progressPrinter(args.quiet);
  try {
    return await runWith(args, common, log, onProgress);
  } catch (error) {
    if (!(error instanceof StateFileError)) throw error;
    process.stderr.write(`svarstid run: ${error.sv}\nsvarstid run: ${error.en}\n`);
    return 2;
  }
}

async function runWith(
  args: RunArgs,
  common: Parameters<typeof runOnce>[0],
  log: WorkerLog,
  onProgress: ((p: Progress) => void) | undefined,
): Promise<number> {
  if (args.once) {
    const summary = await runOnce({ ...common, ...(onProgress ? { onProgress } : {}) });
    if (!args.quiet) {
      const errors = summary.errors === 0 ? { sv: 'inga fel', en: 'no errors' } : { sv: `${summary.errors} fel, som nästa körning försöker igen`, en: `${summary.errors} errors, which the next run tries again` };
      process.stderr.write(
        `svarstid run: klart: ${summary.scanned} meddelanden lästa, ${summary.labelled} märkta, ${summary.unchanged} redan rätt märkta; ${errors.sv}\n` +
          `svarstid run: done: ${summary.scanned} messages read, ${summary.labelled} labelled, ${summary.unchanged} already labelled right; ${errors.en}\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.errors === 0 ? 0 : 1;
  }
  const running = await startWorker({
    ...common,
    ...(onProgress ? { onProgress } : {}),
    host: args.host,
    port: args.port,
    pollIntervalMs: args.pollMs,
    ...(args.publicUrl ? { publicUrl: args.publicUrl } : {}),
  });
  log.event('started', { url: running.url, mailbox: args.mailbox });
  if (!args.quiet) {
    process.stderr.write(
      `svarstid run: märker ${args.mailbox} löpande; ändringsaviseringar och hälsokontroll på ${running.url}. Ctrl+C stoppar.\n` +
        `svarstid run: labelling ${args.mailbox} continuously; change notifications and health check at ${running.url}. Ctrl+C stops.\n`,
    );
  }
  await untilStopped();
  await running.stop();
  log.event('stopped', { summary: JSON.stringify(running.health().summary) });
  if (!args.quiet) process.stderr.write('svarstid run: tjänsten har stoppats.\nsvarstid run: the service has stopped.\n');
  return 0;
}
