import { parseArgs } from 'node:util';
import { describeConfig } from './describeConfig';
import { formatProblems, problemCount, readConfigFile, UsageError } from './loadConfig';
import type { CommandIo } from './io';

/**
 * `svarstid check-config FILE [--lang sv|en]`: validates a configuration. Problems: each with its
 * line, column and path, in Swedish and English, exit 1. Valid: the configuration as it applies
 * — deadline rules, local choices, departments and every routing rule, own and built-in, with
 * how to switch a built-in rule off — so that deleting a rule is never a silent no-op.
 */
export async function checkConfigCommand(argv: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'sv' } },
    strict: true,
  });
  if (positionals.length !== 1) {
    throw new UsageError({ sv: 'ange en fil: svarstid check-config FIL', en: 'give one file: svarstid check-config FIL' });
  }
  const lang = values.lang;
  if (lang !== 'sv' && lang !== 'en') {
    throw new UsageError({
      sv: `språket '${lang}' finns inte; välj --lang sv (svenska) eller --lang en (engelska)`,
      en: `there is no language '${lang}'; choose --lang sv (Swedish) or --lang en (English)`,
    });
  }
  const file = positionals[0]!;
  const result = readConfigFile(file);
  if (!result.ok && result.unreadable) {
    io.stderr.write(`${file}: ${result.unreadable.sv}\n${file}: ${result.unreadable.en}\n`);
    return 1;
  }
  if (!result.ok) {
    io.stderr.write(`${file}: ${problemCount(result.problems.length)}\n${formatProblems(result.problems, file)}\n`);
    return 1;
  }
  const c = result.config;
  io.stdout.write(
    `${file} är en giltig konfiguration för ${c.municipality.name}. / ${file} is a valid configuration for ${c.municipality.name}.\n` +
      (lang === 'sv' ? `In English: svarstid check-config ${file} --lang en\n` : `På svenska: svarstid check-config ${file}\n`) +
      describeConfig(c, lang, file),
  );
  return 0;
}
