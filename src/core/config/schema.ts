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
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.departments.forEach((d, i) => {
      if (ids.has(d.id)) ctx.addIssue({ code: 'custom', message: `duplicate department id '${d.id}'`, path: ['departments', i, 'id'] });
      ids.add(d.id);
    });
    if (!ids.has(c.fallbackDepartment)) {
      ctx.addIssue({ code: 'custom', message: `unknown department '${c.fallbackDepartment}'`, path: ['fallbackDepartment'] });
    }
    if (!ids.has('socialtjanst') && c.policy.rules.some((r) => r.override)) {
      // orosanmälan always routes to social services (SPEC §4)
      ctx.addIssue({ code: 'custom', message: "a department 'socialtjanst' is required for orosanmälan", path: ['departments'] });
    }
    const ruleIds = new Set<string>();
    c.triage.rules.forEach((r, i) => {
      if (ruleIds.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id '${r.id}'`, path: ['triage', 'rules', i, 'id'] });
      ruleIds.add(r.id);
      if (r.then.department !== undefined && !ids.has(r.then.department)) {
        ctx.addIssue({ code: 'custom', message: `unknown department '${r.then.department}'`, path: ['triage', 'rules', i, 'then', 'department'] });
      }
    });
  });
/** A validated configuration with every default filled in. */
export type SvarstidConfig = z.infer<typeof configSchema>;
/** A configuration as written in a file, before defaults. */
export type SvarstidConfigInput = z.input<typeof configSchema>;
