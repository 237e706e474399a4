import { runEmulatorCommand } from './emulatorCommand';
import { runCommand } from './runCommand';
import { checkConfigCommand } from './checkConfigCommand';
import { configCommand } from './configCommand';
import { doctorCommand } from './doctorCommand';
import { deadlineCommand } from './deadlineCommand';
import { demoCommand } from './demoCommand';
import { processIo, type CommandIo } from './io';
import { UsageError } from './loadConfig';
import { presetsCommand } from './presetsCommand';
import { triageCommand } from './triageCommand';

const HELP = `svarstid — svarstider för kommunens funktionsbrevlåda / response times for a municipal shared mailbox

Usage:
  svarstid deadline --preset NAME | --config FILE      JSON lines of cases on stdin → {"due","target"} lines
  svarstid triage --preset NAME | --config FILE [--lang en]
                                                       JSON lines of Graph messages on stdin → decision lines
  svarstid presets [NAME]                              list presets, or print one as a config file
  svarstid check-config FILE                           validate a config file; exit 1 on problems
  svarstid emulator --port N [--mailbox ADDRESS] [--seed demo|FILE.jsonl] [--throttle exchange|fast|off]
                  [--faults SPEC] [--state FILE] [--live [SECONDS]] [--strict] [--allow-http-loopback]
                                                       a local Microsoft Graph for mail on 127.0.0.1
  svarstid run --mailbox ADDRESS [--preset NAME | --config FILE] [--graph-url URL] [--once] [--state FILE]
             [--since DATE] [--dry-run] [--public-url https://…]
                                                       the worker: keep a shared mailbox labelled, routed, answer-tracked
                                                       (without --preset/--config: the configuration stored in the mailbox)
  svarstid config get|history --mailbox ADDRESS [--graph-url URL]
  svarstid config set FILE --mailbox ADDRESS [--graph-url URL] [--if-revision N] [--note TEXT]
  svarstid config restore REVISION --mailbox ADDRESS [--graph-url URL] [--if-revision N] [--note TEXT]
                                                       the configuration stored in the shared mailbox, its audit trail
  svarstid doctor --mailbox ADDRESS [--graph-url URL] [--public-url URL]
                                                       check the worker's setup against the tenant; a JSON report last
  svarstid demo [--preset NAME] [--port 4100] [--worker-port 4101] [--live SECONDS] [--once]
                                                       the embedded demo: emulator + seeded mailbox + worker
  svarstid help                                        this text

Presets: ljungby, alvesta, varmdo, salem, harnosand
`;

type Command = (argv: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  deadline: deadlineCommand,
  triage: triageCommand,
  presets: presetsCommand,
  'check-config': checkConfigCommand,
  emulator: runEmulatorCommand,
  run: runCommand,
  demo: demoCommand,
  config: configCommand,
  doctor: doctorCommand,
};

/** Runs one `svarstid` command; resolves to the process exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`svarstid: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`svarstid ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
