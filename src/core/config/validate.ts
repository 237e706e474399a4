import type { z } from 'zod';
import { configSchema, type SvarstidConfig } from './schema';

/** One problem in a configuration, with the path of the field it concerns. */
export interface ConfigProblem {
  /** Dotted path, e.g. `policy.rules[2].due.unit`; empty for the whole document. */
  path: string;
  sv: string;
  en: string;
}

export type ConfigResult = { ok: true; config: SvarstidConfig } | { ok: false; problems: ConfigProblem[] };

/** Thrown where a caller needs a valid configuration and got none. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.path || '(root)'}: ${p.en}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): { sv: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { sv: 'fältet saknas', en: 'field is missing' };
      return { sv: `fel typ, väntade ${issue.expected}`, en: `wrong type, expected ${issue.expected}` };
    case 'unrecognized_keys':
      return {
        sv: `okänt fält: ${issue.keys.join(', ')}`,
        en: `unknown field: ${issue.keys.join(', ')}`,
      };
    case 'invalid_value':
      return {
        sv: `ogiltigt värde, tillåtna: ${issue.values.map(String).join(', ')}`,
        en: `invalid value, allowed: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      return { sv: `för litet (minst ${String(issue.minimum)})`, en: `too small (at least ${String(issue.minimum)})` };
    case 'too_big':
      return { sv: `för stort (högst ${String(issue.maximum)})`, en: `too big (at most ${String(issue.maximum)})` };
    case 'invalid_format':
      return { sv: `ogiltigt format (${issue.format})`, en: `invalid format (${issue.format})` };
    case 'invalid_union':
      return { sv: 'passar inte någon av de tillåtna formerna', en: 'does not match any allowed form' };
    default:
      return { sv: `ogiltigt: ${issue.message}`, en: issue.message };
  }
}

/**
 * Swedish for the schema's own (English) messages. A message without a translation is shown
 * in English in both languages rather than being lost.
 */
const SWEDISH: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^expected a time HH:MM \(00:00–24:00\)$/, () => 'väntade en tid TT:MM (00:00–24:00)'],
  [/^expected a date YYYY-MM-DD$/, () => 'väntade ett datum ÅÅÅÅ-MM-DD'],
  [/^an opening interval must end after it starts$/, () => 'ett öppettidsintervall måste sluta efter att det börjar'],
  [/^intervals of one day must be in order and must not overlap$/, () => 'en dags intervall måste komma i ordning och får inte överlappa'],
  [/^extend is only allowed with calendarHours and calendarDays$/, () => 'extend får bara användas med calendarHours och calendarDays'],
  [/^(\w+) takes a whole number of days$/, (m) => `${m[1]} tar ett helt antal dagar`],
  [/^rule ids are lower-case letters, digits and _:.-$/, () => 'regel-id består av små bokstäver, siffror och _:.-'],
  [/^department ids are lower-case letters, digits and _$/, () => 'avdelnings-id består av små bokstäver, siffror och _'],
  [/^a rule must name a channel, a kind or both$/, () => 'en regel måste ange kanal, ärendetyp eller båda'],
  [/^a rule must give a due time, a target or both$/, () => 'en regel måste ange svarstid, målsättning eller båda'],
  [/^a rule needs at least one condition under all or any$/, () => 'en regel behöver minst ett villkor under all eller any'],
  [/^a rule needs at least one action$/, () => 'en regel behöver minst en åtgärd'],
  [/^a keyword needs at least two characters$/, () => 'ett sökord behöver minst två tecken'],
  [/^duplicate (rule|department) id '(.*)'$/, (m) => `${m[1] === 'rule' ? 'regel' : 'avdelnings'}-id '${m[2]}' finns redan`],
  [/^unknown department '(.*)'$/, (m) => `okänd avdelning '${m[1]}'`],
  [/^a department 'socialtjanst' is required for orosanmälan$/, () => "avdelningen 'socialtjanst' krävs för orosanmälan"],
  [/^the '(\w+)' action needs (\w+)$/, (m) => `åtgärden '${m[1]}' kräver ${m[2]}`],
  [/^expected '<Name> kommun'$/, () => "väntade '<Namn> kommun'"],
  [/^expected a domain name$/, () => 'väntade ett domännamn'],
];

function translate(message: string): string {
  for (const [pattern, sv] of SWEDISH) {
    const m = message.match(pattern);
    if (m) return sv(m);
  }
  return message;
}

/** Flattens zod issues into problems that name their field, in Swedish and English. */
export function toProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => {
    const own = issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex');
    const text = own ? { sv: translate(issue.message), en: issue.message } : describe(issue);
    return { path: formatPath(issue.path), ...text };
  });
}

/** Validates a configuration document and fills in defaults. */
export function validateConfig(input: unknown): ConfigResult {
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: toProblems(parsed.error) };
}

/** Like {@link validateConfig} but throws a {@link ConfigError}. */
export function parseConfig(input: unknown): SvarstidConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}
