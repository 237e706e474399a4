import { appendFileSync } from 'node:fs';
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
import { runOnce } from '../worker/runOnce';
import { startWorker } from '../worker/continuous';
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
  'usage: svarstid run --mailbox ADDRESS [--preset NAME | --config FILE] [--graph-url URL] [--once] [--state FILE]\n' +
  '       [--since DATE] [--dry-run] [--port N] [--host H] [--public-url https://…] [--poll SECONDS] [--config-poll SECONDS]\n' +
  '       [--lease-wait SECONDS] [--rate LIMIT/SECONDS] [--log FILE] [--quiet]\n' +
  '  without --preset/--config the configuration stored in the mailbox is used (svarstid config set FILE --mailbox ADDRESS)\n';

export interface RunArgs {
  mailbox: string;
  /** The configuration from `--preset`/`--config`; null: use the one stored in the mailbox. */
  config: SvarstidConfig | null;
  graphUrl: string | undefined;
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
}

/** Parses `--rate 1000/10` into a pacing window. */
export function parseRate(spec: string): { limit: number; windowMs: number } {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(spec.trim());
  if (!m) {
    throw new UsageError({
      sv: `--rate tar GRÄNS/SEKUNDER, till exempel 10000/600, inte '${spec}'`,
      en: `--rate takes LIMIT/SECONDS, e.g. 10000/600, not '${spec}'`,
    });
  }
  return { limit: Number(m[1]), windowMs: Math.round(Number(m[2]) * 1000) };
}

/**
 * `--graph-url` as an origin. The emulator prints `http://127.0.0.1:4100/v1.0`; that is taken
 * too (the `/v1.0` is Graph's version segment, which the client adds itself).
 */
export function parseGraphUrl(value: string): string {
  const m = /^(https?:\/\/[^/?#]+)(\/v1\.0)?\/?$/i.exec(value.trim());
  if (!m) {
    throw new UsageError({
      sv: '--graph-url tar en adress som http://127.0.0.1:4100 (med eller utan /v1.0)',
      en: '--graph-url takes an address such as http://127.0.0.1:4100 (with or without /v1.0)',
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
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw parseArgsUsageError(error, 'run') ?? new UsageError({ sv: 'felaktiga argument', en: 'bad arguments' });
  }
  if (!values.mailbox || !/^[^@\s]+@[^@\s]+$/.test(values.mailbox)) {
    throw new UsageError({ sv: '--mailbox ADRESS behövs: funktionsbrevlådans adress', en: "--mailbox ADDRESS is required: the shared mailbox's address" });
  }
  const config = values.preset === undefined && values.config === undefined ? null : configFromFlags(values);
  const graphUrl = values['graph-url'] !== undefined ? parseGraphUrl(values['graph-url']) : undefined;
  const num = (name: string, v: string | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError({ sv: `--${name} tar ett tal som är 0 eller större`, en: `--${name} must be a non-negative number` });
    return n;
  };
  if (values.since !== undefined) resolveSince(values.since, 'Europe/Stockholm'); // checked now, resolved with the configuration
  return {
    mailbox: values.mailbox,
    config,
    graphUrl,
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
  };
}

function progressPrinter(quiet: boolean, io: CommandIo): ((p: Progress) => void) | undefined {
  if (quiet) return undefined;
  let last = 0;
  return (p) => {
    if (p.elapsedMs - last < 2000) return;
    last = p.elapsedMs;
    const rate = p.scanned / Math.max(p.elapsedMs / 1000, 0.001);
    io.stderr.write(`svarstid: ${p.scanned} lästa, ${p.labelled} märkta, ${rate.toFixed(1)} meddelanden/s / ${p.scanned} read, ${p.labelled} labelled, ${rate.toFixed(1)} messages/s\n`);
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
  const log = jsonLineLog((line) => io.stderr.write(line));
  const proxy = configureProxyFromEnv();
  if (proxy) log.event('proxy', { url: proxy });
  let graph: GraphMailbox;
  try {
    graph = mailboxFor(args);
  } catch (error) {
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
          `svarstid run: det finns ingen konfiguration sparad i funktionsbrevlådan ${args.mailbox}.\n` +
            `  Spara en först, till exempel:  svarstid presets ljungby > kommun.json  (redigera)  och  svarstid config set kommun.json --mailbox ${args.mailbox}\n` +
            `  eller ange --preset NAMN eller --config FIL.\n` +
            `  no configuration is stored in ${args.mailbox}: store one with 'svarstid config set FILE --mailbox ${args.mailbox}', or give --preset NAME or --config FILE.\n`,
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
    });
  } catch (error) {
    io.stderr.write(`svarstid run: ${failureText(error)}`);
    return 1;
  }
  log.event('started', { url: running.url, mailbox: args.mailbox, status: running.health().status, notifications: running.health().notifications });
  await untilStopped();
  await running.stop();
  log.event('stopped', { summary: JSON.stringify(running.health().summary) });
  return 0;
}
