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

/** Flattens zod issues into problems that name their field, in Swedish and English. */
export function toProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => {
    const text = issue.code === 'custom' || issue.code === 'invalid_format' && issue.message
      ? { sv: issue.message, en: issue.message }
      : describe(issue);
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
