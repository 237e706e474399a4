import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { jsonSyntaxProblem } from './jsonSyntax';

/** Why a line is not JSON: `rad 3, kolumn 17: inte giltig JSON: … / line 3, column 17: not valid JSON: …`. */
function notJson(line: string, lineNumber: number, expected?: LineExpectation): string {
  const p = jsonSyntaxProblem(line);
  const sv = expected ? `; ${expected.sv}` : '';
  const en = expected ? `; ${expected.en}` : '';
  if (!p) return `rad ${lineNumber}: inte giltig JSON${sv} / line ${lineNumber}: not valid JSON${en}`;
  return `rad ${lineNumber}, kolumn ${p.column}: inte giltig JSON: ${p.sv}${sv} / line ${lineNumber}, column ${p.column}: not valid JSON: ${p.en}${en}`;
}

/** What a line should be, said after a JSON syntax error: `varje rad ska vara …, till exempel {…}`. */
export interface LineExpectation {
  sv: string;
  en: string;
}

/** Why one input line cannot be answered, in Swedish and English (the message is the English). */
export class LineError extends Error {
  readonly sv: string;
  readonly en: string;
  constructor(text: { sv: string; en: string }) {
    super(text.en);
    this.name = 'LineError';
    this.sv = text.sv;
    this.en = text.en;
  }
}

/** `rad 3: … / line 3: …`: every error names its line, so a long input is easy to correct. */
function lineMessage(err: unknown, lineNumber: number): string {
  if (err instanceof LineError) return `rad ${lineNumber}: ${err.sv} / line ${lineNumber}: ${err.en}`;
  return `rad ${lineNumber} / line ${lineNumber}: ${err instanceof Error ? err.message : String(err)}`;
}

/** The answer to one input line: a JSON value to print, in order. */
export type LineHandler = (value: unknown) => Record<string, unknown>;

/**
 * Reads JSON lines, answers each with one JSON line in the same order. A line that is not
 * JSON, or that the handler rejects by throwing (a {@link LineError} says why in both languages),
 * gets an `{"error": "rad N: … / line N: …"}` line; the rest are
 * still answered. Blank lines are skipped. Output is buffered and written in chunks: the
 * contract is one line out per line in, not per-line flushing.
 */
export async function answerJsonLines(
  input: Readable,
  output: Writable,
  handle: LineHandler,
  onError: (value: unknown, message: string) => Record<string, unknown> = (_v, message) => ({ error: message }),
  expected?: LineExpectation,
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  let lines = 0;
  let lineNumber = 0;
  let errors = 0;
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  for await (const raw of rl) {
    lineNumber += 1;
    const line = raw.trim();
    if (line === '') continue;
    lines += 1;
    let answer: Record<string, unknown>;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors += 1;
      answer = onError(undefined, notJson(line, lineNumber, expected));
      buffer += `${JSON.stringify(answer)}\n`;
      continue;
    }
    try {
      answer = handle(value);
    } catch (err) {
      errors += 1;
      answer = onError(value, lineMessage(err, lineNumber));
    }
    buffer += `${JSON.stringify(answer)}\n`;
    if (buffer.length > 64 * 1024) await flush();
  }
  await flush();
  return { lines, errors };
}
