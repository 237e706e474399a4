import { z } from 'zod';
import { CHANNELS, KINDS } from '../vocabulary';
import { bilingual, issueText, RULE_ID_MESSAGE } from './messages';

export const DEADLINE_UNITS = [
  'workingDays',
  'businessHours',
  'endOfWorkingDay',
  'calendarHours',
  'calendarDays',
] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** An amount of time in one of the five units of docs/deadlines.md. */
export const durationSchema = z
  .object({
    unit: z.enum(DEADLINE_UNITS),
    amount: z.number().min(0).max(10000),
    /** calendarHours/calendarDays only: a result on a non-working date moves to the next working day's closing time. */
    extend: z.boolean().optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.extend && d.unit !== 'calendarHours' && d.unit !== 'calendarDays') {
      // the other units count working time only, so their result never falls on a closed day
      ctx.addIssue({
        code: 'custom',
        path: ['extend'],
        ...issueText({
          sv:
            `"extend" (en tid som hamnar på en stängd dag flyttas till nästa arbetsdags stängning) gäller bara när "unit" är "calendarHours" eller "calendarDays"; ` +
            `här är "unit" ${JSON.stringify(d.unit)}, som bara räknar öppettid och aldrig hamnar på en stängd dag: ta bort "extend"`,
          en:
            `"extend" (a time that falls on a closed day moves to the next working day's closing time) only applies when "unit" is "calendarHours" or "calendarDays"; ` +
            `here "unit" is ${JSON.stringify(d.unit)}, which counts opening hours only and never ends on a closed day: remove "extend"`,
        }),
      });
    }
    if ((d.unit === 'endOfWorkingDay' || d.unit === 'calendarDays') && !Number.isInteger(d.amount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        ...issueText({
          sv: `med "unit": ${JSON.stringify(d.unit)} ska "amount" vara ett helt antal dagar, inte ${d.amount}`,
          en: `with "unit": ${JSON.stringify(d.unit)}, "amount" must be a whole number of days, not ${d.amount}`,
        }),
      });
    }
  });
export type Duration = z.infer<typeof durationSchema>;

const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((v): z.infer<T>[] => (Array.isArray(v) ? v : [v]));

/**
 * A policy rule names a channel, a kind or both. Every matching rule contributes:
 * due is the earliest due of all matching rules, target the earliest target.
 * An `override` rule (orosanmälan) replaces every other rule and applies even to anonymous contacts.
 */
export const deadlineRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_:.-]*$/, { message: RULE_ID_MESSAGE }),
    channel: oneOrMany(z.enum(CHANNELS)).optional(),
    kind: oneOrMany(z.enum(KINDS)).optional(),
    due: durationSchema.optional(),
    target: durationSchema.optional(),
    override: z.boolean().optional(),
    /** True where the municipality's documents set no time and the value is a local choice. */
    local: z.boolean().optional(),
    note: z.string().optional(),
    /**
     * What meets this rule's due (SPEC §6): `answer` (the default) or `acknowledgement` — a reply
     * that tells when the answer comes meets it too (Salem's confirmations, Värmdö's e-mail).
     */
    satisfiedBy: z.enum(['answer', 'acknowledgement']).optional(),
  })
  .strict()
  .refine((r) => r.channel !== undefined || r.kind !== undefined, {
    message: bilingual({ sv: 'en regel måste ange kanal ("channel"), ärendetyp ("kind") eller båda', en: 'a rule must name a channel ("channel"), a case type ("kind") or both' }),
  })
  .refine((r) => r.due !== undefined || r.target !== undefined, {
    message: bilingual({ sv: 'en regel måste ange svarstid ("due"), mål ("target") eller båda', en: 'a rule must give a deadline ("due"), a target ("target") or both' }),
  });
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export const policySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Version of the policy text; written into every record so a label says which policy made it. */
    version: z.string().min(1),
    rules: z.array(deadlineRuleSchema).default([]),
    /** Applies when no rule matches the message. */
    default: z
      .object({ due: durationSchema, target: durationSchema.optional(), local: z.boolean().optional() })
      .strict(),
    source: z.string().optional(),
    /**
     * Typical handling time per kind, set by the admin: the date the add-in proposes to promise
     * in an acknowledgement (`src/core/acknowledgement/proposePromise.ts`). Kinds without one get
     * the deadline of the policy's answer rules.
     */
    handlingTimes: z.partialRecord(z.enum(KINDS), durationSchema).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.rules.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({
          code: 'custom',
          ...issueText({ sv: `regeln ${JSON.stringify(r.id)} finns redan; varje id får bara förekomma en gång`, en: `the rule id ${JSON.stringify(r.id)} is used twice; each id may occur once` }),
          path: ['rules', i, 'id'],
        });
      }
      seen.add(r.id);
    });
  });
export type Policy = z.infer<typeof policySchema>;
