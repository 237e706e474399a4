/**
 * `svarstid emulator --port N [--mailbox ADDRESS]… [--seed demo|FILE.jsonl] [--throttle exchange|fast|off]
 *  [--faults SPEC] [--state FILE] [--live SECONDS]`
 * Serves http://127.0.0.1:N/v1.0/…, prints its URL and runs until SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../cli/usageError';
import { untilStopped } from '../cli/untilStopped';
import { startEmulator, type EmulatorOptions } from './index';
import { parseFaults } from './faults';
import { parseThrottle } from './throttle';

const USAGE =
  'usage: svarstid emulator --port N [--mailbox ADDRESS]... [--seed demo|FILE.jsonl] [--throttle exchange|fast|off|LIMIT/SECONDS[:CONCURRENCY]] [--faults SPEC] [--state FILE] [--live SECONDS]';

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

export async function runEmulatorCommand(argv: string[]): Promise<number> {
  let opts: EmulatorOptions;
  try {
    opts = parseEmulatorArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`svarstid emulator: ${e.message}\n${e.message === USAGE ? '' : USAGE + '\n'}`);
      return 2;
    }
    throw e;
  }
  if (opts.port === undefined) opts.port = 4100;
  const emu = await startEmulator(opts);
  process.stdout.write(`Graph emulator listening on ${emu.url} (mailbox ${emu.mailbox})\n`);
  await untilStopped();
  await emu.stop();
  process.stdout.write('Graph emulator stopped\n');
  return 0;
}
