import { parseArgs } from 'node:util';
import { deadlineFor, deadlineQuestionSchema } from '../core/assess';
import { answerJsonLines } from './jsonLines';
import { configFromFlags } from './loadConfig';
import type { CommandIo } from './io';

/**
 * `svarstid deadline --preset NAME | --config FILE`: one JSON case a line on stdin, one
 * `{"due", "target"}` line out (SPEC §8).
 */
export async function deadlineCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { preset: { type: 'string' }, config: { type: 'string' } }, strict: true });
  const config = configFromFlags(values);
  await answerJsonLines(io.stdin, io.stdout, (value) => {
    const parsed = deadlineQuestionSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${issue.path.join('.') || 'case'}: ${issue.message}`);
    }
    const answer = deadlineFor(parsed.data, config);
    return { due: answer.due, target: answer.target };
  });
  return 0;
}
