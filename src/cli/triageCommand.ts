import { parseArgs } from 'node:util';
import { assessMessage } from '../core/assess';
import { parseMailMessage } from '../core/message';
import { answerJsonLines, LineError } from './jsonLines';
import { configFromFlags, UsageError } from './loadConfig';
import type { CommandIo } from './io';

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/**
 * `svarstid triage --preset NAME | --config FILE`: one Graph message a line on stdin, one
 * decision line out (docs/cli.md). `--lang en` gives the explanation in English.
 */
export async function triageCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { preset: { type: 'string' }, config: { type: 'string' }, lang: { type: 'string', default: 'sv' } },
    strict: true,
  });
  const lang = values.lang;
  if (lang !== 'sv' && lang !== 'en') {
    throw new UsageError({
      sv: `språket '${lang}' finns inte; välj --lang sv (svenska) eller --lang en (engelska)`,
      en: `there is no language '${lang}'; choose --lang sv (Swedish) or --lang en (English)`,
    });
  }
  const config = configFromFlags(values);
  await answerJsonLines(
    io.stdin,
    io.stdout,
    (value) => {
      // Graph message lines may come wrapped as {"message": {...}, ...} like the emulator's seed files.
      const candidate =
        typeof value === 'object' && value !== null && 'message' in value && !('receivedDateTime' in value)
          ? (value as { message: unknown }).message
          : value;
      const parsed = parseMailMessage(candidate);
      if (!parsed.ok) throw new LineError(parsed);
      const a = assessMessage(parsed.message, config);
      return {
        id: a.id,
        channel: a.channel,
        kind: a.kind,
        department: a.department,
        anonymous: a.anonymous,
        due: a.due,
        target: a.target,
        rules: a.rules,
        explanation: a.explanation[lang],
      };
    },
    (value, message) => ({ id: idOf(value) ?? idOf((value as { message?: unknown } | null)?.message), error: message }),
    {
      sv: 'varje rad ska vara ett meddelande som ett JSON-objekt i Microsoft Graphs form (svarstid triage --help visar ett exempel)',
      en: "each line should be a message as a JSON object in Microsoft Graph's form (svarstid triage --help shows an example)",
    },
  );
  return 0;
}
