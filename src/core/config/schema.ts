import { z } from 'zod';
import { calendarConfigSchema } from './calendarSchema';
import { policySchema } from './policySchema';
import { departmentSchema } from './departmentSchema';
import { senderCheckConfigSchema } from './senderCheckSchema';
import { triageConfigSchema } from './triageSchema';

export const CONFIG_SCHEMA_VERSION = 1;

export const municipalitySchema = z
  .object({
    /** The name outgoing mail must carry, e.g. `Ljungby kommun`. */
    name: z.string().regex(/\S+ kommun$/, { message: "expected '<Name> kommun'" }),
    /** Mail domains of the municipality, e.g. `ljungby.se`. */
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { message: 'expected a domain name' })).min(1),
    /** The shared mailbox, e.g. `kommun@ljungby.se`. */
    mailbox: z.email().optional(),
  })
  .strict();
export type Municipality = z.infer<typeof municipalitySchema>;

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
    senderCheck: senderCheckConfigSchema.default(() => senderCheckConfigSchema.parse({})),
  })
  .strict()
  // Cross-references run even when other fields failed, so one check reports every problem.
  .superRefine((c, ctx) => crossReferenceProblems(c as unknown, ctx), { when: () => true });
/** A validated configuration with every default filled in. */
export type SvarstidConfig = z.infer<typeof configSchema>;
/** A configuration as written in a file, before defaults. */
export type SvarstidConfigInput = z.input<typeof configSchema>;

type Issue = { message: string; path: (string | number)[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Checks that ids are unique and that references name existing departments. Reads the
 * document defensively: it may not have passed the field checks.
 */
function crossReferenceProblems(doc: unknown, ctx: { addIssue(issue: { code: 'custom' } & Issue): void }): void {
  if (!isRecord(doc)) return;
  const add = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
  const ids = new Set<string>();
  asArray(doc.departments).forEach((d, i) => {
    if (!isRecord(d) || typeof d.id !== 'string') return;
    if (ids.has(d.id)) add(`duplicate department id '${d.id}'`, ['departments', i, 'id']);
    ids.add(d.id);
  });
  const known = (id: unknown) => ids.size === 0 || (typeof id === 'string' && ids.has(id));
  const fallback = doc.fallbackDepartment ?? 'kontaktcenter';
  if (!known(fallback)) add(`unknown department '${String(fallback)}'`, ['fallbackDepartment']);
  const policy = isRecord(doc.policy) ? doc.policy : {};
  if (ids.size > 0 && !ids.has('socialtjanst') && asArray(policy.rules).some((r) => isRecord(r) && r.override === true)) {
    // orosanmälan always routes to social services (SPEC §4)
    add("a department 'socialtjanst' is required for orosanmälan", ['departments']);
  }
  const triage = isRecord(doc.triage) ? doc.triage : {};
  const ruleIds = new Set<string>();
  asArray(triage.rules).forEach((r, i) => {
    if (!isRecord(r)) return;
    if (typeof r.id === 'string') {
      if (ruleIds.has(r.id)) add(`duplicate rule id '${r.id}'`, ['triage', 'rules', i, 'id']);
      ruleIds.add(r.id);
    }
    const then = isRecord(r.then) ? r.then : {};
    if (then.department !== undefined && !known(then.department)) {
      add(`unknown department '${String(then.department)}'`, ['triage', 'rules', i, 'then', 'department']);
    }
  });
}
