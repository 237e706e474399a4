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
  'Användning / Usage:\n' +
  '  svarstid emulator --port N [--mailbox ADRESS]... [--seed demo|FIL.jsonl]\n' +
  '                    [--throttle exchange|fast|off|GRÄNS/SEKUNDER[:SAMTIDIGA]] [--faults REGLER]\n' +
  '                    [--state FIL] [--live [SEKUNDER]] [--strict] [--allow-http-loopback] [--webhook-ca FIL]';
const USAGE = EMULATOR_USAGE;

/** What a bare fault rule lacks: '429' says which answer, not how often. */
function faultHint(v: string): { sv: string; en: string } {
  const bare = v.split(',').find((r) => /^\d{3}$/.test(r.trim()));
  return bare
    ? { sv: `: '${bare.trim()}' säger inte hur stor andel av anropen som ska få felet, skriv till exempel ${bare.trim()}=0.05`, en: `: '${bare.trim()}' does not say what share of requests gets the fault, write e.g. ${bare.trim()}=0.05` }
    : { sv: '', en: '' };
}

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
      if (v === undefined || v.startsWith('--')) throw new UsageError({ sv: `flaggan ${flag} behöver ett värde`, en: `the option ${flag} needs a value` });
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 65535) {
          throw new UsageError({ sv: `--port ska vara ett heltal från 0 till 65535 (0 = en ledig port), inte '${v}'`, en: `--port must be a whole number from 0 to 65535 (0 = any free port), not '${v}'` });
        }
        opts.port = Number(v);
        break;
      }
      case '--mailbox':
        for (const m of value().split(',')) {
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m.trim())) {
            throw new UsageError({ sv: `--mailbox '${m}' är ingen e-postadress`, en: `--mailbox '${m}' is not an e-mail address` });
          }
          mailboxes.push(m.trim());
        }
        break;
      case '--seed': {
        const v = value();
        if (v !== 'demo' && !existsSync(v)) throw new UsageError({ sv: `--seed: filen '${v}' finns inte`, en: `--seed: no such file '${v}'` });
        opts.seed = v;
        break;
      }
      case '--throttle': {
        const v = value();
        try {
          parseThrottle(v);
        } catch {
          throw new UsageError({
            sv: `--throttle ska vara exchange, fast, off eller GRÄNS/SEKUNDER[:SAMTIDIGA], till exempel 50/2:4, inte '${v}'; svarstid emulator --help förklarar dem`,
            en: `--throttle must be exchange, fast, off or GRÄNS/SEKUNDER[:SAMTIDIGA] (limit/seconds[:concurrent]), e.g. 50/2:4, not '${v}'; svarstid emulator --help explains them`,
          });
        }
        opts.throttle = v;
        break;
      }
      case '--faults': {
        const v = value();
        try {
          parseFaults(v);
        } catch {
          throw new UsageError({
            sv: `--faults ska vara kommaseparerade regler som 429=0.05 (STATUS=ANDEL), reset=ANDEL, latency=MS (millisekunder) eller seed=TAL, inte '${v}'${faultHint(v).sv}; svarstid emulator --help förklarar dem`,
            en: `--faults must be comma-separated rules such as 429=0.05 (STATUS=ANDEL, status=share), reset=ANDEL, latency=MS (milliseconds) or seed=TAL (number), not '${v}'${faultHint(v).en}; svarstid emulator --help explains them`,
          });
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
          throw new UsageError({ sv: `--webhook-ca: filen '${v}' går inte att läsa`, en: `--webhook-ca: cannot read '${v}'` });
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
        throw new UsageError({ sv: `okänd flagga '${a}'; svarstid emulator --help visar vilka flaggor kommandot har`, en: `unknown option '${a}'; svarstid emulator --help lists the command's options` });
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
      io.stderr.write(e.message === USAGE ? `${USAGE}\n` : e.lines('svarstid emulator'));
      return 2;
    }
    throw e;
  }
  if (opts.port === undefined) opts.port = 4100;
  const emu = await startEmulator(opts);
  // what it prints is what `svarstid run --graph-url` takes
  io.stdout.write(
    `Graph-emulatorn lyssnar på ${emu.url} (funktionsbrevlådan ${emu.mailbox}). Ctrl+C stoppar den. Märk brevlådan med det här kommandot:\n` +
      `The Graph emulator is listening on ${emu.url} (shared mailbox ${emu.mailbox}). Ctrl+C stops it. Label the mailbox with this command:\n` +
      `    svarstid run --graph-url ${emu.url} --mailbox ${emu.mailbox} --preset ljungby\n`,
  );
  if (opts.profile === 'strict') {
    io.stdout.write(
      '  strikt profil: $expand på messages/delta nekas, utökade egenskaper i listor kortas till 255 tecken, högst 50 per sida\n' +
        '  strict profile: $expand on messages/delta refused, extended property values in lists cut at 255 characters, pages of at most 50\n',
    );
  }
  io.stdout.write(
    opts.allowHttpLoopbackWebhooks
      ? '  Ändringsaviseringar skickas till https-adresser och, med --allow-http-loopback, till http://127.0.0.1. / Change notifications go to https addresses and, with --allow-http-loopback, to http://127.0.0.1.\n'
      : '  Ändringsaviseringar skickas bara till https-adresser, som i Graph; Svarstid-tjänsten frågar då i stället efter ändringar var 60:e sekund. ' +
          'Starta emulatorn med --allow-http-loopback om tjänsten ska få ändringsaviseringar på http://127.0.0.1.\n' +
          '  Change notifications go to https addresses only, as in Graph; the Svarstid service then polls every 60 seconds instead. ' +
          'Start the emulator with --allow-http-loopback for notifications to http://127.0.0.1.\n',
  );
  await untilStopped();
  await emu.stop();
  io.stdout.write('Graph-emulatorn har stoppats. / The Graph emulator has stopped.\n');
  return 0;
}
