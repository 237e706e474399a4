import { z } from 'zod';
import { acknowledgementTemplateProblems, DEFAULT_ACKNOWLEDGEMENT_TEMPLATE } from '../sender/acknowledgement';

/** The outgoing-mail check of docs/sender-check.md. */
export const senderCheckConfigSchema = z
  .object({
    /** `block` stops the send with an explanation; `warn` only tells. */
    mode: z.enum(['block', 'warn']).default('block'),
    /** A reply to an unresolved contact should say when an answer will come. */
    requireAnswerTime: z.boolean().default(true),
    /** The standard signature offered as the one-click fix. */
    signature: z.string().min(1).max(4000).optional(),
    /** LIX above this gets a plain-language hint (klarspråk). */
    lixHintAbove: z.number().min(0).max(100).default(50),
    /** Settings here that the municipality's documents do not give (a local choice), e.g. the signature's wording. */
    local: z.array(z.enum(['mode', 'requireAnswerTime', 'signature', 'lixHintAbove'])).optional(),
    /**
     * The acknowledgement ("Svara med besked"), in klarspråk: thanks the sender, names the
     * municipality, says when the answer will come and who handles it. Placeholders `{kommun}`
     * and `{svar_senast}` (required), `{handläggare}`, `{förvaltning}` (or `{handlaggare}`, `{avdelning}`).
     */
    acknowledgement: z
      .string()
      .min(1)
      .max(4000)
      .default(DEFAULT_ACKNOWLEDGEMENT_TEMPLATE)
      .superRefine((template, ctx) => {
        for (const p of acknowledgementTemplateProblems(template)) ctx.addIssue({ code: 'custom', message: p.en });
      }),
  })
  .strict();
export type SenderCheckConfig = z.infer<typeof senderCheckConfigSchema>;
