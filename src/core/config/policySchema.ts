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
  .refine((d) => !d.extend || d.unit === 'calendarHours' || d.unit === 'calendarDays', {
    message: bilingual({ sv: 'extend får bara användas med calendarHours och calendarDays', en: 'extend is only allowed with calendarHours and calendarDays' }),
    path: ['extend'],
  })
  .refine((d) => d.unit !== 'endOfWorkingDay' || Number.isInteger(d.amount), {
    message: bilingual({ sv: 'endOfWorkingDay tar ett helt antal dagar', en: 'endOfWorkingDay takes a whole number of days' }),
    path: ['amount'],
  })
  .refine((d) => d.unit !== 'calendarDays' || Number.isInteger(d.amount), {
    message: bilingual({ sv: 'calendarDays tar ett helt antal dagar', en: 'calendarDays takes a whole number of days' }),
    path: ['amount'],
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
    message: bilingual({ sv: 'en regel måste ange kanal (channel), ärendetyp (kind) eller båda', en: 'a rule must name a channel, a kind or both' }),
  })
  .refine((r) => r.due !== undefined || r.target !== undefined, {
    message: bilingual({ sv: 'en regel måste ange svarstid (due), mål (target) eller båda', en: 'a rule must give a due time, a target or both' }),
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
          ...issueText({ sv: `regeln '${r.id}' finns redan; varje id får bara förekomma en gång`, en: `rule id '${r.id}' is used twice; each id may occur once` }),
          path: ['rules', i, 'id'],
        });
      }
      seen.add(r.id);
    });
  });
export type Policy = z.infer<typeof policySchema>;
