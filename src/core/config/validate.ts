import type { z } from 'zod';
import { configSchema, type SvarstidConfig } from './schema';
import { closestMatch, listOf, swedishFor } from './messages';

/** One problem in a configuration, with the path of the field it concerns. */
export interface ConfigProblem {
  /** Dotted path, e.g. `policy.rules[2].due.unit`; empty for the whole document. */
  path: string;
  sv: string;
  en: string;
  /** The path as segments, to find the place in the file (for an unknown field: the field itself). */
  location?: (string | number)[];
  /** Where in the file the problem is (1-based), when the caller knows the file's text. */
  line?: number;
  column?: number;
  /** The `id` of the rule or department the problem is in, so `policy.rules[0]` can be found by its id too. */
  itemId?: string;
}

export type ConfigResult = { ok: true; config: SvarstidConfig } | { ok: false; problems: ConfigProblem[] };

/** Thrown where a caller needs a valid configuration and got none. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `ogiltig konfiguration: ${problems.map((p) => `${p.path || '(dokumentet)'}: ${p.sv}`).join('; ')} / ` +
        `invalid configuration: ${problems.map((p) => `${p.path || '(document)'}: ${p.en}`).join('; ')}`,
    );
    this.name = 'ConfigError';
  }
}

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;
type Text = { sv: string; en: string };

export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** What a JSON type is called in a message: `en lista` / `a list`. */
const TYPE_NAMES: Record<string, Text> = {
  string: { sv: 'text inom citattecken', en: 'text in quotes' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  array: { sv: 'en lista [ … ]', en: 'a list [ … ]' },
  object: { sv: 'ett objekt { … }', en: 'an object { … }' },
  null: { sv: 'null', en: 'null' },
};

function typeName(expected: string): Text {
  return TYPE_NAMES[expected] ?? { sv: expected, en: expected };
}

/** A value as a message shows it: short JSON. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** What the value is, in words: `texten "3"` / `the text "3"`. */
function valueDescription(value: unknown): Text {
  if (value === null) return { sv: 'null', en: 'null' };
  if (Array.isArray(value)) return { sv: 'en lista', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { sv: `texten ${shown(value)}`, en: `the text ${shown(value)}` };
    case 'number':
      return { sv: `talet ${shown(value)}`, en: `the number ${shown(value)}` };
    case 'boolean':
      return { sv: String(value), en: String(value) };
    case 'object':
      return { sv: 'ett objekt', en: 'an object' };
    default:
      return { sv: typeof value, en: typeof value };
  }
}

/**
 * A value to show in "till exempel": what a person types into the file for a field, by the
 * field's path (indices left out) or its name; null when nothing better than the type is known.
 */
const EXAMPLES: Record<string, string> = {
  municipality: '{ "name": "Salems kommun", "domains": ["salem.se"] }',
  'municipality.name': '"Salems kommun"',
  'municipality.domains': '["salem.se"]',
  'municipality.mailbox': '"kommun@salem.se"',
  'municipality.nameVariants': '["Salem kommun"]',
  schemaVersion: '1',
  'policy.id': '"salem"',
  'policy.name': '"Salems kommuns servicegarantier"',
  'policy.version': '"2026.1"',
  'policy.default': '{ "due": { "unit": "workingDays", "amount": 2 } }',
  'policy.rules.id': '"kanal:epost"',
  unit: '"workingDays"',
  amount: '2',
  'departments.id': '"teknik"',
  'departments.name': '"Tekniska förvaltningen"',
  'departments.category': '"Avd: Teknik"',
  'triage.rules.id': '"egen.parkering"',
  'triage.rules.name': '"Parkering"',
  channel: '"epost"',
  received: '"2026-11-20T14:30:00Z"',
  receivedDateTime: '"2026-11-20T14:30:00Z"',
  from: '"08:00"',
  to: '"16:00"',
  date: '"2027-05-07"',
  timeZone: '"Europe/Stockholm"',
};

/** The example for the field at `path`, if one is known. */
function exampleFor(path: Path): string | null {
  const names = path.filter((p): p is string => typeof p === 'string');
  return EXAMPLES[names.join('.')] ?? EXAMPLES[names[names.length - 1] ?? ''] ?? null;
}

/** An example of any value of a JSON type, for a field with no example of its own. */
const TYPE_EXAMPLES: Record<string, string> = { string: '"…"', number: '1', int: '1', boolean: 'true', array: '[ … ]', object: '{ … }' };

/** The last field name of a path: `name` for `municipality.name`. */
function fieldName(path: Path): string | null {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return null;
}

/** A hint for the usual type slips: a number or true/false in quotes, one value where a list belongs. */
function typeHint(expected: string, input: unknown, path: Path): Text | null {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input))) {
    return { sv: `skriv ${input.trim()} utan citattecken`, en: `write ${input.trim()} without quotes` };
  }
  if (expected === 'boolean' && (input === 'true' || input === 'false')) {
    return { sv: `skriv ${input} utan citattecken`, en: `write ${input} without quotes` };
  }
  if (expected === 'array' && input !== undefined && input !== null && !Array.isArray(input) && typeof input !== 'object') {
    return { sv: `skriv värdet som en lista: [${shown(input)}]`, en: `write the value as a list: [${shown(input)}]` };
  }
  const example = exampleFor(path);
  const name = fieldName(path);
  if (example !== null && name !== null) return { sv: `till exempel "${name}": ${example}`, en: `e.g. "${name}": ${example}` };
  return null;
}

function withHint(text: Text, hint: Text | null): Text {
  return hint ? { sv: `${text.sv}; ${hint.sv}`, en: `${text.en}; ${hint.en}` } : text;
}

/** How many characters, items or what a size limit counts. */
function sizeUnit(origin: string, n: number): Text {
  if (origin === 'string') return n === 1 ? { sv: 'tecken', en: 'character' } : { sv: 'tecken', en: 'characters' };
  if (origin === 'array' || origin === 'set') return n === 1 ? { sv: 'värde', en: 'item' } : { sv: 'värden', en: 'items' };
  return { sv: '', en: '' };
}

function sizeText(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): Text {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const unit = sizeUnit(issue.origin, limit);
  const count = (text: string) => (text ? `${limit} ${text}` : String(limit));
  if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
    if (small && limit === 1) {
      return issue.origin === 'string'
        ? { sv: 'får inte vara tom', en: 'must not be empty' }
        : { sv: 'listan får inte vara tom', en: 'the list must not be empty' };
    }
    return small
      ? { sv: `behöver minst ${count(unit.sv)}`, en: `needs at least ${count(unit.en)}` }
      : { sv: `får ha högst ${count(unit.sv)}`, en: `may have at most ${count(unit.en)}` };
  }
  const exclusive = issue.inclusive === false;
  if (small) {
    return exclusive
      ? { sv: `måste vara större än ${limit}`, en: `must be greater than ${limit}` }
      : { sv: `måste vara minst ${limit}`, en: `must be at least ${limit}` };
  }
  return exclusive
    ? { sv: `måste vara mindre än ${limit}`, en: `must be less than ${limit}` }
    : { sv: `får vara högst ${limit}`, en: `must be at most ${limit}` };
}

/** A schema node's inner schema through wrappers (default, optional, pipe …). */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'default':
    case 'optional':
    case 'nullable':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return unwrap(def.innerType as z.core.$ZodType);
    case 'pipe':
      return unwrap(def.in as z.core.$ZodType);
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

/** The field names an object at `path` may have, read from the schema; empty when unknown. */
function knownKeysAt(path: Path): string[] {
  let nodes: z.core.$ZodType[] = unwrap(configSchema);
  for (const part of path) {
    const next: z.core.$ZodType[] = [];
    for (const node of nodes) {
      const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'object' && typeof part === 'string') {
        const child = (def.shape as Record<string, z.core.$ZodType>)[part];
        if (child) next.push(...unwrap(child));
      } else if (def.type === 'array' && typeof part === 'number') {
        next.push(...unwrap(def.element as z.core.$ZodType));
      } else if (def.type === 'record') {
        next.push(...unwrap(def.valueType as z.core.$ZodType));
      }
    }
    nodes = next;
  }
  const keys = new Set<string>();
  for (const node of nodes) {
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
    if (def.type === 'record') {
      const keyDef = (def.keyType as z.core.$ZodType)._zod.def as unknown as Record<string, unknown> & { type: string };
      if (keyDef.type === 'enum') for (const k of Object.values(keyDef.entries as Record<string, string>)) keys.add(String(k));
    }
  }
  return [...keys];
}

/** An issue that says the value has the wrong shape altogether (this union branch is not what was meant). */
function isStructural(issue: Issue): boolean {
  return issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && (issue.input === undefined || issue.path.length === 0));
}

/**
 * The branch of a union the writer most likely meant: fewest structural problems, then fewest
 * problems. A value listed as wrong in several branches gets every branch's allowed values
 * (a condition's `field` may be a text field or `channel`, `kind` …).
 */
function bestBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | null {
  const branches = issue.errors;
  if (branches.length === 0) return null;
  // fewest structural problems, then fewest problems, then the deepest (the branch whose shape the value had)
  const depth = (b: readonly Issue[]) => b.reduce((n, i) => n + i.path.length, 0);
  const score = (b: readonly Issue[]) => b.filter(isStructural).length * 1_000_000 + b.length * 1000 - depth(b);
  const best = [...branches].sort((a, b) => score(a) - score(b))[0]!;
  if (best.every(isStructural) && best.length > 0 && best.some((i) => i.path.length === 0)) return null;
  return best.map((i) => {
    if (i.code !== 'invalid_value') return i;
    const at = formatPath(i.path);
    const values = new Set(i.values.map(String));
    for (const b of branches) for (const j of b) if (j.code === 'invalid_value' && formatPath(j.path) === at) for (const v of j.values) values.add(String(v));
    return { ...i, values: [...values] };
  });
}

function describe(issue: Issue, path: Path): Text {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (issue.input === undefined) {
        const name = fieldName(path);
        if (name === null) return { sv: `värdet saknas (det ska vara ${expected.sv})`, en: `the value is missing (it should be ${expected.en})` };
        const example = exampleFor(path) ?? TYPE_EXAMPLES[issue.expected] ?? '…';
        // a whole section has no one-line example: point to a file that has it
        const whole = example === '{ … }' || example === '[ … ]';
        return {
          sv: `fältet "${name}" saknas; lägg till det, till exempel "${name}": ${example}${whole ? ' (svarstid presets ljungby skriver ut en hel konfiguration att jämföra med)' : ''}`,
          en: `the field "${name}" is missing; add it, e.g. "${name}": ${example}${whole ? ' (svarstid presets ljungby prints a whole configuration to compare with)' : ''}`,
        };
      }
      const got = valueDescription(issue.input);
      return withHint(
        { sv: `fel typ: här ska det stå ${expected.sv}, men värdet är ${got.sv}`, en: `wrong type: this should be ${expected.en}, but the value is ${got.en}` },
        typeHint(issue.expected, issue.input, path),
      );
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      const guesses = issue.keys.map((k) => closestMatch(k, known)).filter((g): g is string => g !== null);
      const several = issue.keys.length > 1;
      const base: Text = {
        sv: `${several ? 'okända fält' : 'okänt fält'} ${listOf(issue.keys, 'sv')}`,
        en: `${several ? 'unknown fields' : 'unknown field'} ${listOf(issue.keys, 'en')}`,
      };
      if (guesses.length > 0) return withHint(base, { sv: `menade du ${listOf(guesses, 'sv')}?`, en: `did you mean ${listOf(guesses, 'en')}?` });
      if (known.length > 0 && known.length <= 12) return withHint(base, { sv: `tillåtna fält: ${listOf(known, 'sv')}`, en: `allowed fields: ${listOf(known, 'en')}` });
      return base;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const got = issue.input === undefined ? '' : ` ${shown(issue.input)}`;
      if (path.length === 1 && path[0] === 'schemaVersion' && issue.input !== undefined) {
        // a file from a newer Svarstid: changing the number alone would hide what else is new
        return {
          sv: `den här versionen av Svarstid läser bara "schemaVersion": ${shown(issue.values[0])}, inte ${shown(issue.input)}; filen är troligen skriven för en nyare version av Svarstid: uppdatera Svarstid, eller utgå från svarstid presets NAMN`,
          en: `this version of Svarstid only reads "schemaVersion": ${shown(issue.values[0])}, not ${shown(issue.input)}; the file was probably written for a newer version of Svarstid: update Svarstid, or start from svarstid presets NAMN`,
        };
      }
      if (allowed.length === 1) {
        return { sv: `ogiltigt värde${got}; det ska vara ${shown(issue.values[0])}`, en: `invalid value${got}; it must be ${shown(issue.values[0])}` };
      }
      const guess = typeof issue.input === 'string' ? closestMatch(issue.input, allowed) : null;
      return withHint(
        { sv: `ogiltigt värde${got}; tillåtna värden: ${listOf(allowed, 'sv')}`, en: `invalid value${got}; allowed values: ${listOf(allowed, 'en')}` },
        guess ? { sv: `menade du ${JSON.stringify(guess)}?`, en: `did you mean ${JSON.stringify(guess)}?` } : null,
      );
    }
    case 'too_small':
    case 'too_big':
      return sizeText(issue);
    case 'invalid_format':
      if (issue.format === 'email') {
        return {
          sv: `${shown(issue.input)} är ingen giltig e-postadress; skriv hela adressen, till exempel "kommun@ljungby.se"`,
          en: `${shown(issue.input)} is not a valid e-mail address; write the whole address, e.g. "kommun@ljungby.se"`,
        };
      }
      if (issue.format === 'regex') return own(issue);
      if (issue.format === 'datetime') {
        return {
          sv: `${shown(issue.input)} är ingen tidpunkt i ISO 8601; skriv till exempel "2026-11-20T14:30:00Z"`,
          en: `${shown(issue.input)} is not an ISO 8601 date-time; write e.g. "2026-11-20T14:30:00Z"`,
        };
      }
      return { sv: `ogiltigt format (${issue.format})`, en: `invalid format (${issue.format})` };
    case 'not_multiple_of':
      return { sv: `måste vara en multipel av ${String(issue.divisor)}`, en: `must be a multiple of ${String(issue.divisor)}` };
    case 'invalid_key':
      return { sv: `ogiltig nyckel ${shown(path[path.length - 1])}`, en: `invalid key ${shown(path[path.length - 1])}` };
    case 'invalid_union':
      return { sv: 'värdet har inte någon av de tillåtna formerna', en: 'the value does not have any of the allowed forms' };
    case 'custom':
      return own(issue);
    default:
      return own(issue as Issue);
  }
}

/** A message the schema wrote itself: Swedish from the issue's params or the message registry. */
function own(issue: Issue): Text {
  const params = (issue as { params?: { sv?: unknown } }).params;
  const sv = typeof params?.sv === 'string' ? params.sv : swedishFor(issue.message);
  // a message without Swedish is a bug the tests catch; say it in English rather than lose it
  return { sv: sv ?? issue.message, en: issue.message };
}

function collect(issue: Issue, base: Path, out: ConfigProblem[]): void {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') {
    const branch = bestBranch(issue);
    if (branch) {
      for (const inner of branch) collect(inner, path, out);
      return;
    }
  }
  if (issue.code === 'invalid_key') {
    // a record key outside an enum: report it like a wrong value, with the allowed keys
    const inner = issue.issues.find((i) => i.code === 'invalid_value');
    if (inner) {
      const text = describe({ ...inner, input: path[path.length - 1] } as Issue, path);
      out.push({ path: formatPath(path), sv: `okänd nyckel: ${text.sv}`, en: `unknown key: ${text.en}`, location: segments(path) });
      return;
    }
  }
  const location = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]!] : path;
  out.push({ path: formatPath(path), ...describe(issue, path), location: segments(location) });
}

function segments(path: Path): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** Flattens zod issues into problems that name their field, in Swedish and English; one per problem. */
export function toProblems(error: z.ZodError): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const issue of error.issues) collect(issue, [], out);
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.path}\u0000${p.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The `id` of the innermost list item on a path that has one (a rule, a department). */
function itemIdAt(input: unknown, location: readonly (string | number)[] | undefined): string | undefined {
  let node: unknown = input;
  let found: string | undefined;
  for (const part of location ?? []) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<string | number, unknown>)[part];
    if (typeof part === 'number' && typeof node === 'object' && node !== null && typeof (node as { id?: unknown }).id === 'string') {
      found = (node as { id: string }).id;
    }
  }
  return found;
}

/** Validates a configuration document and fills in defaults. */
export function validateConfig(input: unknown): ConfigResult {
  const parsed = configSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: toProblems(parsed.error).map((p) => {
      const itemId = itemIdAt(input, p.location);
      return itemId === undefined ? p : { ...p, itemId };
    }),
  };
}

/** Like {@link validateConfig} but throws a {@link ConfigError}. */
export function parseConfig(input: unknown): SvarstidConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}
