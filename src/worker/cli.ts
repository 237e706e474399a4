import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SvarstidConfig } from '../core/config';
import { configFromFlags } from '../cli/loadConfig';
import { parseArgsUsageError } from '../cli/parseArgsError';
import { UsageError } from '../cli/usageError';
import { untilStopped } from '../cli/untilStopped';
import { msalTokenSource } from '../auth/msalNode';
import { emulatorTokenSource } from '../auth/emulatorToken';
import type { AccessTokenSource } from '../auth/tokens';
import { createGraphClient } from '../graph/client';
import { GraphMailbox } from '../graph/mailbox';
import { RequestScheduler, type SchedulerOptions } from '../graph/scheduler';
import { jsonLineLog, type WorkerLog } from './log';
import { runOnce } from './runOnce';
import { startWorker } from './continuous';
import { mailboxConfigStore } from './learn';
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
  /** Learn from corrections this often (ms; 0 = never). */
  learnEveryMs: number;
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
        'learn-every': { type: 'string' },
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
  const config = configFromFlags(values);
  // the emulator prints http://127.0.0.1:N/v1.0: take that as well as the bare origin
  const graphUrl = values['graph-url']?.replace(/\/v1\.0\/?$/, '').replace(/\/+$/, '');
  if (graphUrl !== undefined && !/^https?:\/\/[^/]+$/.test(graphUrl)) {
    throw new UsageError({
      sv: '--graph-url tar en adress som http://127.0.0.1:4100 (med eller utan /v1.0)',
      en: '--graph-url takes an address such as http://127.0.0.1:4100 (with or without /v1.0)',
    });
  }
  const num = (name: string, v: string | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError({ sv: `--${name} tar ett tal som är 0 eller större`, en: `--${name} must be a non-negative number` });
    return n;
  };
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
    learnEveryMs: num('learn-every', values['learn-every'], 0) * 3_600_000,
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
    process.stderr.write(`svarstid: ${p.scanned} lästa, ${p.labelled} märkta, ${rate.toFixed(1)} meddelanden/s / ${p.scanned} read, ${p.labelled} labelled, ${rate.toFixed(1)} messages/s\n`);
  };
}

function decisionLog(file: string | undefined): WorkerLog | undefined {
  if (!file) return undefined;
  return jsonLineLog((line) => appendFileSync(file, line, { mode: 0o600 }));
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
  const graph = mailboxFor(args);
  const common = {
    graph,
    config: args.config,
    statePath: args.statePath ?? null,
    log,
    ...(decisions ? { decisions } : {}),
  };
  const onProgress = progressPrinter(args.quiet);
  if (args.once) {
    const summary = await runOnce({ ...common, ...(onProgress ? { onProgress } : {}) });
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
    ...(args.learnEveryMs > 0 ? { learning: { store: mailboxConfigStore(graph), everyMs: args.learnEveryMs } } : {}),
  });
  log.event('started', { url: running.url, mailbox: args.mailbox });
  await untilStopped();
  await running.stop();
  log.event('stopped', { summary: JSON.stringify(running.health().summary) });
  return 0;
}
