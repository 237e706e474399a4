import { z } from 'zod';
import { CHANNELS, KINDS } from '../vocabulary';

/**
 * Channel detection markers (SPEC §5). Prefixes and local parts are compared case-insensitively.
 * `webb` needs both a sender local part and a subject prefix.
 */
const markerSchema = z
  .object({
    subjectPrefixes: z.array(z.string().min(1)).default([]),
    senderLocalParts: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ChannelMarker = z.infer<typeof markerSchema>;

export const channelMarkersSchema = z
  .object({
    telefon: markerSchema.default({
      subjectPrefixes: ['Röstmeddelande', 'Telefonmeddelande'],
      senderLocalParts: ['voicemail', 'vaxel', 'växel'],
    }),
    sms: markerSchema.default({ subjectPrefixes: ['SMS från', '[SMS]'], senderLocalParts: ['sms'] }),
    post: markerSchema.default({
      subjectPrefixes: ['Inskannad post', 'Skannad post'],
      senderLocalParts: ['skanner', 'scan'],
    }),
    webb: markerSchema.default({
      subjectPrefixes: ['E-tjänst:', 'Webbformulär:'],
      senderLocalParts: ['no-reply', 'noreply'],
    }),
  })
  .strict();
export type ChannelMarkers = z.infer<typeof channelMarkersSchema>;

/** Text fields a routing condition can look at. `text` is the subject plus the newest text the author wrote. */
export const TEXT_FIELDS = ['subject', 'body', 'text', 'from', 'to', 'replyTo', 'senderName'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Keywords are matched after folding case and diacritics, as whole words or as parts of
 * compound words (a keyword `belysning` matches `gatubelysningen`). No regular expressions:
 * admin-written rules can never cause catastrophic backtracking.
 */
const keyword = z.string().trim().min(2, { message: 'a keyword needs at least two characters' }).max(100);

export const conditionSchema = z.union([
  z.object({ field: z.enum(TEXT_FIELDS), any: z.array(keyword).min(1) }).strict(),
  z.object({ field: z.enum(TEXT_FIELDS), all: z.array(keyword).min(1) }).strict(),
  z.object({ field: z.literal('channel'), in: z.array(z.enum(CHANNELS)).min(1) }).strict(),
  z.object({ field: z.literal('kind'), in: z.array(z.enum(KINDS)).min(1) }).strict(),
  z.object({ field: z.literal('hasAttachments'), equals: z.boolean() }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const routingRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_:.-]*$/, { message: 'rule ids are lower-case letters, digits and _:.-' }),
    name: z.string().min(1),
    enabled: z.boolean().default(true),
    when: z
      .object({
        all: z.array(conditionSchema).optional(),
        any: z.array(conditionSchema).optional(),
        none: z.array(conditionSchema).optional(),
      })
      .strict()
      .refine((w) => (w.all?.length ?? 0) + (w.any?.length ?? 0) > 0, {
        message: 'a rule needs at least one condition under all or any',
      }),
    then: z
      .object({
        department: z.string().optional(),
        kind: z.enum(KINDS).optional(),
        categories: z.array(z.string().min(1).max(255)).optional(),
        priority: z.enum(['low', 'normal', 'high']).optional(),
      })
      .strict()
      .refine((t) => Object.values(t).some((v) => v !== undefined), { message: 'a rule needs at least one action' }),
  })
  .strict();
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const triageConfigSchema = z
  .object({
    channelMarkers: channelMarkersSchema.default(() => channelMarkersSchema.parse({})),
    /** Ordered routing rules; an earlier rule wins over a later one for the same action. */
    rules: z.array(routingRuleSchema).default([]),
    /** Use the built-in Swedish classifier for kind and department where no rule decides. */
    builtinClassifier: z.boolean().default(true),
  })
  .strict();
export type TriageConfig = z.infer<typeof triageConfigSchema>;
