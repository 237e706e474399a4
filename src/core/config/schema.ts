import { z } from 'zod';
import { calendarConfigSchema } from './calendarSchema';
import { policySchema } from './policySchema';
import { departmentSchema } from './departmentSchema';
import { senderCheckConfigSchema } from './senderCheckSchema';
import { triageConfigSchema } from './triageSchema';
import { bilingual, closestMatch, issueText, listOf } from './messages';
import { DEFAULT_ROUTING_RULES } from '../triage/defaultRules';

export const CONFIG_SCHEMA_VERSION = 1;

/**
 * A Swedish municipality's official name: a name and "kommun" (`Salems kommun`), "stad"
 * (`Stockholms stad`, `Göteborgs Stad`) or "Region" (`Region Gotland`) — as the municipality
 * writes it, which is what the sender check looks for. A bare place name (`Salem`) is refused:
 * it would pass the sender check wherever the place is mentioned.
 */
const OFFICIAL_NAME = /^(?:\S.*\s(?:kommun|stad)|region\s\S.*)$/iu;

/** The seed municipalities' official names (SPEC §4): "Salem" → "Salems kommun", not "Salem kommun". */
const SEED_OFFICIAL_NAMES = ['Ljungby kommun', 'Alvesta kommun', 'Värmdö kommun', 'Salems kommun', 'Härnösands kommun'];

/** The official name a bare place name most likely means: a seed's own form, else `PLATS kommun`. */
function officialNameGuess(value: string): string | null {
  const place = value.trim();
  if (!/^\p{Lu}[\p{L}-]*( \p{Lu}[\p{L}-]*)?$/u.test(place)) return null;
  const seed = SEED_OFFICIAL_NAMES.find((n) => n.replace(/s? kommun$/, '').toLowerCase() === place.toLowerCase());
  return seed ?? `${place} kommun`;
}

export const municipalitySchema = z
  .object({
    /** The official name outgoing mail must carry, as the municipality writes it, e.g. `Salems kommun`. */
    name: z.string().superRefine((value, ctx) => {
      if (OFFICIAL_NAME.test(value.trim())) return;
      const guess = officialNameGuess(value);
      ctx.addIssue({
        code: 'custom',
        ...issueText({
          sv:
            `${JSON.stringify(value)} ser inte ut som ett officiellt kommunnamn${guess ? `; menade du ${JSON.stringify(guess)}? Skriv` : '; skriv'} namnet som kommunen själv skriver det, med "kommun", "stad" eller "Region", ` +
            `till exempel "Salems kommun", "Stockholms stad" eller "Region Gotland" (avsändarkontrollen letar efter just det namnet i utgående e-post)`,
          en:
            `${JSON.stringify(value)} does not look like a municipality's official name${guess ? `; did you mean ${JSON.stringify(guess)}? Write` : '; write'} the name as the municipality writes it, with "kommun", "stad" or "Region", ` +
            `e.g. "Salems kommun", "Stockholms stad" or "Region Gotland" (the sender check looks for that very name in outgoing mail)`,
        }),
      });
    }),
    /**
     * Other ways of writing the name that the sender check also accepts (e.g. `Salem kommun`,
     * `Salems kommunkansli`). Case and spacing never matter; the official name always counts.
     */
    nameVariants: z.array(z.string().trim().min(2).max(200)).default([]),
    /** Mail domains of the municipality, e.g. `ljungby.se`. */
    domains: z
      .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { message: bilingual({ sv: 'det ska vara ett domännamn utan @, till exempel "ljungby.se"', en: 'this should be a domain name without @, e.g. "ljungby.se"' }) }))
      .min(1),
    /** The shared mailbox, e.g. `kommun@ljungby.se`. */
    mailbox: z.email().optional(),
    /**
     * Who takes a report of concern when the social services cannot before closing time, with
     * the number to call, e.g. `Socialjouren Exempelby, 08-465 004 10`: shown to the officer
     * beside every report of concern (round 25 of the text review: at 15.55 on a Friday there is
     * no time to look it up). Absent: the officer is pointed to the contact centre's routine.
     */
    concernOnCall: z
      .string()
      .trim()
      .max(200)
      .regex(/\d/, {
        message: bilingual({
          sv: 'skriv jourens namn och telefonnummer, till exempel "Socialjouren Exempelby, 08-465 004 10"',
          en: 'write the on-call service\'s name and phone number, e.g. "Socialjouren Exempelby, 08-465 004 10"',
        }),
      })
      .optional(),
    /** Fields here that the municipality's documents do not give (a local choice). */
    local: z.array(z.enum(['nameVariants', 'domains', 'mailbox'])).optional(),
  })
  .strict();
export type Municipality = z.infer<typeof municipalitySchema>;

/**
 * Who may change the configuration in the admin view (issue 9): people by their sign-in name
 * (UPN) or members of Microsoft Entra groups (object ids, checked through Graph). Absent or empty: nobody is an admin in the view (the CLI still works, for
 * whoever may write the mailbox). The mailbox's own permissions remain the real gate.
 */
export const adminsSchema = z
  .object({
    users: z.array(z.email()).default([]),
    groups: z.array(z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: bilingual({ sv: 'en grupp anges med sitt objekt-id i Microsoft Entra, till exempel "0f2c7c1e-4b1a-4a8e-9d1e-2b6f0c9a7d31"', en: 'a group is given by its Microsoft Entra object id, e.g. "0f2c7c1e-4b1a-4a8e-9d1e-2b6f0c9a7d31"' }) })).default([]),
  })
  .strict();
export type Admins = z.infer<typeof adminsSchema>;

/** A whole Svarstid configuration: one municipality's calendar, policy, departments and rules. */
export const configSchema = z
  .object({
    schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
    /** Increases with every saved change (optimistic concurrency). */
    revision: z.number().int().min(0).default(0),
    /** The preset this configuration started from, if any. */
    preset: z.string().optional(),
    municipality: municipalitySchema,
    calendar: calendarConfigSchema.default(() => calendarConfigSchema.parse({})),
    policy: policySchema,
    departments: z.array(departmentSchema).min(1),
    /** Where mail goes when nothing else decides. */
    fallbackDepartment: z.string().default('kontaktcenter'),
    triage: triageConfigSchema.default(() => triageConfigSchema.parse({})),
    /** Who may use the admin view (absent: nobody). */
    admins: adminsSchema.optional(),
    senderCheck: senderCheckConfigSchema.default(() => senderCheckConfigSchema.parse({})),
  })
  .strict()
  // Cross-references run even when other fields failed, so one check reports every problem.
  .superRefine((c, ctx) => crossReferenceProblems(c as unknown, ctx), { when: () => true });
/** A validated configuration with every default filled in. */
export type SvarstidConfig = z.infer<typeof configSchema>;
/** A configuration as written in a file, before defaults. */
export type SvarstidConfigInput = z.input<typeof configSchema>;

type Issue = { message: string; params: { sv: string }; path: (string | number)[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Checks that ids are unique and that references name existing departments and built-in
 * rules. Reads the document defensively: it may not have passed the field checks.
 */
function crossReferenceProblems(doc: unknown, ctx: { addIssue(issue: { code: 'custom' } & Issue): void }): void {
  if (!isRecord(doc)) return;
  const add = (text: { sv: string; en: string }, path: (string | number)[]) => ctx.addIssue({ code: 'custom', ...issueText(text), path });
  const ids = new Set<string>();
  asArray(doc.departments).forEach((d, i) => {
    if (!isRecord(d) || typeof d.id !== 'string') return;
    if (ids.has(d.id)) add({ sv: `förvaltningen ${JSON.stringify(d.id)} finns redan; varje id får bara förekomma en gång`, en: `the department id ${JSON.stringify(d.id)} is used twice; each id may occur once` }, ['departments', i, 'id']);
    ids.add(d.id);
  });
  const known = (id: unknown) => ids.size === 0 || (typeof id === 'string' && ids.has(id));
  const unknownDepartment = (id: unknown, path: (string | number)[]) => {
    const guess = typeof id === 'string' ? closestMatch(id, [...ids]) : null;
    const hint = guess
      ? { sv: `menade du ${JSON.stringify(guess)}?`, en: `did you mean ${JSON.stringify(guess)}?` }
      : { sv: `förvaltningarna i filen är ${listOf([...ids], 'sv')}`, en: `the departments in the file are ${listOf([...ids], 'en')}` };
    add({ sv: `okänd förvaltning ${JSON.stringify(id)}; ${hint.sv}`, en: `unknown department ${JSON.stringify(id)}; ${hint.en}` }, path);
  };
  const fallback = doc.fallbackDepartment ?? 'kontaktcenter';
  if (!known(fallback)) unknownDepartment(fallback, ['fallbackDepartment']);
  const policy = isRecord(doc.policy) ? doc.policy : {};
  if (ids.size > 0 && !ids.has('socialtjanst') && asArray(policy.rules).some((r) => isRecord(r) && r.override === true)) {
    // orosanmälan always routes to social services (docs/presets.md)
    add(
      { sv: 'förvaltningen "socialtjanst" behövs: en orosanmälan går alltid dit', en: 'a department "socialtjanst" is required: a report of concern always goes there' },
      ['departments'],
    );
  }
  const triage = isRecord(doc.triage) ? doc.triage : {};
  const ruleIds = new Set<string>();
  asArray(triage.rules).forEach((r, i) => {
    if (!isRecord(r)) return;
    if (typeof r.id === 'string') {
      if (ruleIds.has(r.id)) add({ sv: `regeln ${JSON.stringify(r.id)} finns redan; varje id får bara förekomma en gång`, en: `the rule id ${JSON.stringify(r.id)} is used twice; each id may occur once` }, ['triage', 'rules', i, 'id']);
      ruleIds.add(r.id);
    }
    const then = isRecord(r.then) ? r.then : {};
    if (then.department !== undefined && !known(then.department)) unknownDepartment(then.department, ['triage', 'rules', i, 'then', 'department']);
  });
  if (isRecord(triage.kindDepartments)) {
    for (const [kind, department] of Object.entries(triage.kindDepartments)) {
      if (!known(department)) unknownDepartment(department, ['triage', 'kindDepartments', kind]);
    }
  }
  const builtinIds = DEFAULT_ROUTING_RULES.map((r) => r.id);
  asArray(triage.disabledBuiltinRules).forEach((id, i) => {
    if (typeof id !== 'string' || builtinIds.includes(id)) return;
    const guess = closestMatch(id, builtinIds);
    add(
      {
        sv: `${JSON.stringify(id)} är ingen inbyggd regel${guess ? `; menade du ${JSON.stringify(guess)}?` : '; svarstid check-config listar de inbyggda reglerna'}`,
        en: `${JSON.stringify(id)} is not a built-in rule${guess ? `; did you mean ${JSON.stringify(guess)}?` : '; svarstid check-config lists the built-in rules'}`,
      },
      ['triage', 'disabledBuiltinRules', i],
    );
  });
}
