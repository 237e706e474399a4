import { z } from 'zod';
import { KINDS } from '../vocabulary';

/**
 * The local model of one mailbox (`triage.localModel`): what triage learnt from the
 * municipality's own corrections (`source: "manual"` records) on top of the default rules — see
 * `src/core/triage/localModel.ts`. Weights only: a capped vocabulary of folded words (letters
 * a–z, nothing else) with one weight per class, never mail text, addresses, numbers or
 * personnummer. The schema itself refuses a word with anything but letters.
 */

export const LOCAL_MODEL_VERSION = 1;

/** A vocabulary entry: a folded word (`kajan`), or a word start ending in `*` (`kajan*` covers `Kajanbadet`). */
export const LOCAL_WORD_PATTERN = /^[a-z]{2,40}\*?$/;
/** Most words a head may hold (the trainer keeps far fewer; this bounds what a document may carry). */
export const LOCAL_MODEL_MAX_WORDS = 5000;

const weight = z.number().finite().min(-100).max(100);
const share = z.number().min(0).max(1);

/** One decision the model learnt (kind or department): a multinomial logistic regression over the words. */
const headSchema = <T extends z.ZodType<string>>(classSchema: T, namesAllowed: boolean) =>
  z
    .object({
      /** The classes the corrections and the default's decisions on them named, in weight order. */
      classes: z.array(classSchema).min(2).max(50),
      /** Per decision of the default triage: one weight per class (how far the default is to be trusted). */
      defaults: z.record(z.string().min(1).max(100), z.array(weight)),
      /** Per word: one weight per class, in `classes` order. */
      weights: z.record(z.string().regex(LOCAL_WORD_PATTERN, { message: 'a local-model word is letters a–z only (optionally ending in *)' }), z.array(weight)),
      /**
       * Words of `weights` learnt only from messages the default already had right (a pattern of the
       * mailbox's labels, not of what people corrected): they may decide where the rules found
       * nothing (a fallback), never overrule a rule's or the kind model's decision.
       */
      fallbackWords: z.array(z.string().regex(LOCAL_WORD_PATTERN)).max(LOCAL_MODEL_MAX_WORDS).optional(),
      /**
       * Words of `weights` that are the mailbox's own names (whole words written as a name by
       * several writers, every correction holding them naming one department): they may overrule
       * weaker rule evidence than other words (`NAME_RULE_MARGIN` in `localModel.ts`). The
       * department head only. (An older Svarstid, whose schema has no `names`, refuses a
       * configuration that holds them: reset the learnt words before going back to one.)
       */
      names: z.array(z.string().regex(LOCAL_WORD_PATTERN)).max(LOCAL_MODEL_MAX_WORDS).optional(),
      /** Lowest probability at which the model's class replaces a default decision that had evidence (over a fallback: more than 0.5, `WEAK_DEFAULT_PROBABILITY`). */
      threshold: z.number().min(0.5).max(1),
      /** How much more the message's words must say for the model's class than for the default's (logit units). */
      margin: z.number().min(0).max(100),
      /** Further logit the words need per unit of evidence the rules found for the default's answer (a rule hit scores about 1). */
      ruleMargin: z.number().min(0).max(100),
      /**
       * Added to the logit of the default's own decision: corrections are mostly the default's
       * mistakes, so among them the default looks worse than it is in the mailbox (log odds of the
       * default being right in the mailbox minus among the corrections; never below 0).
       */
      keep: z.number().min(0).max(100),
    })
    .strict()
    .superRefine((h, ctx) => {
      const words = Object.entries(h.weights);
      if (words.length > LOCAL_MODEL_MAX_WORDS) ctx.addIssue({ code: 'custom', message: `at most ${LOCAL_MODEL_MAX_WORDS} words`, path: ['weights'] });
      for (const [word, row] of words) {
        if (row.length !== h.classes.length) ctx.addIssue({ code: 'custom', message: `needs ${h.classes.length} weights`, path: ['weights', word] });
      }
      for (const [value, row] of Object.entries(h.defaults)) {
        if (row.length !== h.classes.length) ctx.addIssue({ code: 'custom', message: `needs ${h.classes.length} weights`, path: ['defaults', value] });
      }
      for (const word of h.fallbackWords ?? []) {
        if (!(word in h.weights)) ctx.addIssue({ code: 'custom', message: 'a fallback word needs weights', path: ['fallbackWords'] });
      }
      if (!namesAllowed && h.names !== undefined) ctx.addIssue({ code: 'custom', message: 'names belong to the department head only', path: ['names'] });
      const fallback = new Set(h.fallbackWords ?? []);
      for (const word of h.names ?? []) {
        if (!(word in h.weights)) ctx.addIssue({ code: 'custom', message: 'a name needs weights', path: ['names'] });
        if (fallback.has(word)) ctx.addIssue({ code: 'custom', message: 'a name is not a fallback word', path: ['names'] });
      }
      if (new Set(h.classes).size !== h.classes.length) ctx.addIssue({ code: 'custom', message: 'duplicate class', path: ['classes'] });
    });

export const localKindHeadSchema = headSchema(z.enum(KINDS), false);
export const localDepartmentHeadSchema = headSchema(z.string().min(1).max(100), true);
export type LocalHead = z.infer<typeof localDepartmentHeadSchema>;

/** Cross-validated accuracy on the corrections (share right, 0–1). */
export const localAccuracySchema = z.object({ kind: share, department: share, both: share }).strict();
export type LocalAccuracy = z.infer<typeof localAccuracySchema>;

export const trainedLocalModelSchema = z
  .object({
    /** When it was learnt (ISO 8601). */
    at: z.iso.datetime({ offset: true }),
    /** How many corrections it learnt from. */
    corrections: z.number().int().min(0),
    /** Cross-validation folds the accuracies below come from. */
    folds: z.number().int().min(0),
    /** On the corrections: the default triage (`before`) and the default with this model (`after`), cross-validated. */
    accuracy: z.object({ before: localAccuracySchema, after: localAccuracySchema }).strict(),
    /** Word-start length of `*` entries (0 = whole words only). */
    prefix: z.number().int().min(0).max(8),
    kind: localKindHeadSchema.nullable(),
    department: localDepartmentHeadSchema.nullable(),
  })
  .strict();
export type TrainedLocalModel = z.infer<typeof trainedLocalModelSchema>;

/**
 * `triage.localModel`: absent until `svarstid learn` first stores one. `enabled: false` switches
 * it off (the learnt weights stay, and `learn` leaves it alone until an admin switches it on);
 * a reset removes `trained`.
 */
export const localModelSchema = z
  .object({
    version: z.literal(LOCAL_MODEL_VERSION),
    enabled: z.boolean().default(true),
    trained: trainedLocalModelSchema.optional(),
  })
  .strict();
export type LocalModelConfig = z.infer<typeof localModelSchema>;
export type LocalModelConfigInput = z.input<typeof localModelSchema>;
