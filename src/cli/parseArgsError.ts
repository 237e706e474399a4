import { UsageError } from './usageError';

/**
 * Node's `parseArgs` refuses in English only; this says the same in Swedish and English, with
 * a pointer to the command's help. Returns null for errors that are not argument errors.
 */
export function parseArgsUsageError(err: unknown, command: string): UsageError | null {
  // duck-typed: under a test runner's sandbox Node's TypeError is another realm's class
  if (typeof err !== 'object' || err === null || !('code' in err) || !('message' in err)) return null;
  const code = String((err as { code: unknown }).code);
  const message = String((err as { message: unknown }).message);
  if (!code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const positional = /argument '([^']*)'/.exec(message)?.[1] ?? /positional argument '?([^'\s]*)/.exec(message)?.[1] ?? '';
  const help = { sv: `svarstid ${command} --help visar vad kommandot tar emot`, en: `svarstid ${command} --help shows what the command takes` };
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError({ sv: `okänd flagga '${option}'; ${help.sv}`, en: `unknown option '${option}'; ${help.en}` });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) {
        return new UsageError({ sv: `flaggan ${option} tar inget värde; ${help.sv}`, en: `the option ${option} takes no value; ${help.en}` });
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
