import { parseArgs } from 'node:util';
import { deadlineFor, deadlineQuestionSchema } from '../core/assess';
import { toProblems } from '../core/config';
import { answerJsonLines, LineError } from './jsonLines';
import { configFromFlags } from './loadConfig';
import type { CommandIo } from './io';

/**
 * `svarstid deadline --preset NAME | --config FILE`: one JSON case a line on stdin, one
 * `{"due", "target"}` line out (docs/cli.md).
 */
export async function deadlineCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { preset: { type: 'string' }, config: { type: 'string' } }, strict: true });
  const config = configFromFlags(values);
  await answerJsonLines(io.stdin, io.stdout, (value) => {
    const parsed = deadlineQuestionSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const p = toProblems(parsed.error)[0]!;
      const where = p.path ? `${p.path}: ` : '';
      throw new LineError({ sv: `${where}${p.sv}`, en: `${where}${p.en}` });
    }
    const answer = deadlineFor(parsed.data, config);
    return { due: answer.due, target: answer.target };
  }, undefined, {
    sv: 'varje rad ska vara ett ärende som ett JSON-objekt, till exempel {"channel":"epost","received":"2026-11-20T14:30:00Z"}',
    en: 'each line should be a case as a JSON object, e.g. {"channel":"epost","received":"2026-11-20T14:30:00Z"}',
  });
  return 0;
}
