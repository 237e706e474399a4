import { COMMAND_HELP, MAIN_HELP } from './help';
import { processIo, type CommandIo } from './io';
import { UsageError } from './loadConfig';
import { joinNegativeValues, parseArgsUsageError } from './parseArgsError';
import { closestMatch } from '../core/config/messages';
import { portInUseError } from './portInUse';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/**
 * Each command's module is loaded when the command runs, so `svarstid triage` and `deadline` start
 * without loading the worker, the emulator and the page server.
 */
const COMMANDS: Record<string, () => Command> = {
  deadline: () => (require('./deadlineCommand') as typeof import('./deadlineCommand')).deadlineCommand,
  triage: () => (require('./triageCommand') as typeof import('./triageCommand')).triageCommand,
  presets: () => (require('./presetsCommand') as typeof import('./presetsCommand')).presetsCommand,
  'check-config': () => (require('./checkConfigCommand') as typeof import('./checkConfigCommand')).checkConfigCommand,
  emulator: () => (require('./emulatorCommand') as typeof import('./emulatorCommand')).runEmulatorCommand,
  run: () => (require('./runCommand') as typeof import('./runCommand')).runCommand,
  demo: () => (require('./demoCommand') as typeof import('./demoCommand')).demoCommand,
  config: () => (require('./configCommand') as typeof import('./configCommand')).configCommand,
  doctor: () => (require('./doctorCommand') as typeof import('./doctorCommand')).doctorCommand,
  learn: () => (require('./learnCommand') as typeof import('./learnCommand')).learnCommand,
};

const isHelpFlag = (a: string): boolean => a === '--help' || a === '-h';

/** `; menade du 'deadline'?` for a misspelt command. */
function commandGuess(name: string): { sv: string; en: string } {
  const guess = closestMatch(name, Object.keys(COMMANDS));
  return guess ? { sv: `; menade du '${guess}'?`, en: `; did you mean '${guess}'?` } : { sv: '', en: '' };
}

/** Runs one `svarstid` command; resolves to the process exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...given] = argv;
  const rest = joinNegativeValues(given);
  if (name === undefined || name === 'help' || isHelpFlag(name)) {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined && COMMAND_HELP[topic] === undefined) {
      const guess = commandGuess(topic);
      io.stderr.write(`svarstid help: det finns inget kommando '${topic}'${guess.sv}\nsvarstid help: there is no command '${topic}'${guess.en}\n\n${MAIN_HELP}`);
      return 2;
    }
    if (name === undefined) io.stderr.write('svarstid: ange ett kommando, till exempel svarstid demo\nsvarstid: give a command, e.g. svarstid demo\n\n');
    io.stdout.write(topic !== undefined ? COMMAND_HELP[topic]! : MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = commandGuess(name);
    io.stderr.write(`svarstid: det finns inget kommando '${name}'${guess.sv}\nsvarstid: there is no command '${name}'${guess.en}\n\n${MAIN_HELP}`);
    return 2;
  }
  if (rest.some(isHelpFlag)) {
    io.stdout.write(COMMAND_HELP[name]!);
    return 0;
  }
  try {
    return await command()(rest, io);
  } catch (err) {
    const usage = err instanceof UsageError ? err : (parseArgsUsageError(err, name) ?? portInUseError(err));
    if (usage) {
      io.stderr.write(usage.lines(`svarstid ${name}`));
      return 2;
    }
    throw err;
  }
}
