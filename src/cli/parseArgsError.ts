import { closestMatch } from '../core/config/messages';
import { COMMAND_HELP } from './help';
import { UsageError } from './usageError';

/** The options a command's help lists (`--preset`, `--config` …), for "did you mean". */
function helpOptions(command: string): string[] {
  return [...new Set((COMMAND_HELP[command] ?? '').match(/--[a-z][a-z-]*/g) ?? [])];
}

/** ` (menade du --preset?)` / ` (did you mean --preset?)`, when an unknown option is a likely typo. */
function optionGuess(option: string, command: string): { sv: string; en: string } {
  const guess = option.startsWith('--') ? closestMatch(option, helpOptions(command)) : null;
  return guess ? { sv: ` (menade du ${guess}?)`, en: ` (did you mean ${guess}?)` } : { sv: '', en: '' };
}

/**
 * A value that starts with `-` after an option that takes one (`--rows -1`) is joined to it
 * (`--rows=-1`), so the command checks the number itself and says what it takes; Node's
 * parser would otherwise refuse it as a missing value.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (/^--[a-z][a-z-]*$/.test(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i += 1;
    } else {
      out.push(a);
    }
  }
  return out;
}

/**
 * Node's `parseArgs` refuses in English only; this says the same in Swedish and English, with
 * a pointer to the command's help and a guess at a misspelt option. Returns null for errors
 * that are not argument errors.
 */
export function parseArgsUsageError(err: unknown, command: string): UsageError | null {
  // duck-typed: under a test runner's sandbox Node's TypeError is another realm's class
  if (typeof err !== 'object' || err === null || !('code' in err) || !('message' in err)) return null;
  const code = String((err as { code: unknown }).code);
  const message = String((err as { message: unknown }).message);
  if (!code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const positional = /argument '([^']*)'/.exec(message)?.[1] ?? /positional argument '?([^'\s]*)/.exec(message)?.[1] ?? '';
  const help = { sv: `svarstid ${command} --help visar vilka flaggor kommandot har`, en: `svarstid ${command} --help lists the command's options` };
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = optionGuess(option, command);
      return new UsageError({ sv: `okänd flagga '${option}'${guess.sv}; ${help.sv}`, en: `unknown option '${option}'${guess.en}; ${help.en}` });
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) {
        return new UsageError({ sv: `flaggan ${option} ska inte ha något värde; ${help.sv}`, en: `the option ${option} takes no value; ${help.en}` });
      }
      if (/ambiguous/.test(message)) {
        return new UsageError({
          sv: `värdet efter ${option} börjar med '-'; skriv ${option}=VÄRDE om det är menat, annars saknas värdet`,
          en: `the value after ${option} starts with '-'; write ${option}=VALUE if that is meant, otherwise the value is missing`,
        });
      }
      return new UsageError({ sv: `flaggan ${option} behöver ett värde; ${help.sv}`, en: `the option ${option} needs a value; ${help.en}` });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError({
        sv: `oväntat argument '${positional}'; ${help.sv}`,
        en: `unexpected argument '${positional}'; ${help.en}`,
      });
    default:
      return new UsageError({ sv: `felaktiga argument; ${help.sv}`, en: `${message}; ${help.en}` });
  }
}
