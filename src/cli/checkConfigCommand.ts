import { parseArgs } from 'node:util';
import { formatProblems, readConfigFile, UsageError } from './loadConfig';
import type { CommandIo } from './io';

/** `svarstid check-config FILE`: validates a configuration, reports every problem with its path, exits 1 if any. */
export async function checkConfigCommand(argv: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {}, strict: true });
  if (positionals.length !== 1) throw new UsageError('usage: svarstid check-config FILE');
  const file = positionals[0]!;
  const result = readConfigFile(file);
  if (!result.ok) {
    io.stderr.write(`${file}: ${result.problems.length} problem(s) / fel\n${formatProblems(result.problems)}\n`);
    return 1;
  }
  const c = result.config;
  io.stdout.write(
    `${file}: OK — ${c.municipality.name}, policy ${c.policy.id}@${c.policy.version}, ${c.policy.rules.length} deadline rules, ` +
      `${c.departments.length} departments, ${c.triage.rules.length} routing rules\n`,
  );
  return 0;
}
