/**
 * A command-line usage or input problem: printed in Swedish and then English, one line each,
 * after the command's name; exit code 2. `details` (e.g. one line per configuration problem)
 * follow the two lines.
 */
export class UsageError extends Error {
  readonly sv: string;
  readonly en: string;
  readonly details: string;

  constructor(text: string | { sv: string; en: string }, details = '') {
    const both = typeof text === 'string' ? { sv: text, en: text } : text;
    super(both.en);
    this.name = 'UsageError';
    this.sv = both.sv;
    this.en = both.en;
    this.details = details;
  }

  /** The lines to print, each prefixed with the command (`svarstid deadline: …`). */
  lines(prefix: string): string {
    const head = this.sv === this.en ? `${prefix}: ${this.en}\n` : `${prefix}: ${this.sv}\n${prefix}: ${this.en}\n`;
    return this.details ? `${head}${this.details.replace(/\n?$/, '\n')}` : head;
  }
}
