/**
 * `svarstid emulator --port N [--mailbox ADDRESS]… [--seed demo|FILE.jsonl] [--throttle exchange|fast|off]
 *  [--faults SPEC] [--state FILE] [--live SECONDS] [--strict] [--allow-http-loopback] [--webhook-ca FILE]`
 * Serves http://127.0.0.1:N/v1.0/…, prints its URL and runs until SIGINT/SIGTERM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from './usageError';
import { untilStopped } from './untilStopped';
import { processIo, type CommandIo } from './io';
import { startEmulator, type EmulatorOptions } from '../emulator';
import { parseFaults } from '../emulator/faults';
import { parseThrottle } from '../emulator/throttle';

export const EMULATOR_USAGE =
  'usage: svarstid emulator --port N [--mailbox ADDRESS]... [--seed demo|FILE.jsonl] [--throttle exchange|fast|off|LIMIT/SECONDS[:CONCURRENCY]] [--faults SPEC] [--state FILE] [--live SECONDS]\n' +
  '                         [--strict] [--allow-http-loopback] [--webhook-ca FILE]';
const USAGE = EMULATOR_USAGE;

export { UsageError };

export function parseEmulatorArgs(argv: string[]): EmulatorOptions {
  const opts: EmulatorOptions = {};
  const mailboxes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UsageError('--port must be 0..65535');
        opts.port = Number(v);
        break;
      }
      case '--mailbox':
        for (const m of value().split(',')) {
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m.trim())) throw new UsageError(`--mailbox '${m}' is not an e-mail address`);
          mailboxes.push(m.trim());
        }
        break;
      case '--seed': {
        const v = value();
        if (v !== 'demo' && !existsSync(v)) throw new UsageError(`--seed: no such file '${v}'`);
        opts.seed = v;
        break;
      }
      case '--throttle': {
        const v = value();
        try {
          parseThrottle(v);
        } catch (e) {
          throw new UsageError(e instanceof Error ? e.message : String(e));
        }
        opts.throttle = v;
        break;
      }
      case '--faults': {
        const v = value();
        try {
          parseFaults(v);
        } catch (e) {
          throw new UsageError(e instanceof Error ? e.message : String(e));
        }
        opts.faults = v;
        break;
      }
      case '--state':
        opts.state = value();
        break;
      case '--strict':
        opts.profile = 'strict';
        break;
      case '--allow-http-loopback':
        opts.allowHttpLoopbackWebhooks = true;
        break;
      case '--webhook-ca': {
        const v = value();
        try {
          opts.webhookCa = readFileSync(v, 'utf8');
        } catch {
          throw new UsageError(`--webhook-ca: cannot read '${v}'`);
        }
        break;
      }
      case '--live': {
        const next = inline ?? argv[i + 1];
        if (next !== undefined && /^\d+(\.\d+)?$/.test(next)) {
          if (inline === undefined) i++;
          opts.liveEverySeconds = Number(next);
        } else {
          opts.liveEverySeconds = 5;
        }
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown option '${a}'`);
    }
  }
  if (mailboxes.length > 0) {
    opts.mailbox = mailboxes[0] as string;
    opts.extraMailboxes = mailboxes.slice(1);
  }
  return opts;
}

export async function runEmulatorCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  let opts: EmulatorOptions;
  try {
    opts = parseEmulatorArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`svarstid emulator: ${e.message}\n${e.message === USAGE ? '' : USAGE + '\n'}`);
      return 2;
    }
    throw e;
  }
  if (opts.port === undefined) opts.port = 4100;
  const emu = await startEmulator(opts);
  io.stdout.write(`Graph emulator listening on ${emu.url} (mailbox ${emu.mailbox})\n`);
  if (opts.profile === 'strict') {
    io.stdout.write('  profile strict: $expand on messages/delta refused, extended property values in lists cut at 255 characters, pages of at most 50\n');
  }
  io.stdout.write(
    opts.allowHttpLoopbackWebhooks
      ? '  webhooks: https, and http on 127.0.0.1 (--allow-http-loopback)\n'
      : '  webhooks: https only, as Graph (add --allow-http-loopback for a worker on http://127.0.0.1)\n',
  );
  await untilStopped();
  await emu.stop();
  io.stdout.write('Graph emulator stopped\n');
  return 0;
}
