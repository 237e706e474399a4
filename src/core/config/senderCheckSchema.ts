import { z } from 'zod';

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
  })
  .strict();
export type SenderCheckConfig = z.infer<typeof senderCheckConfigSchema>;
