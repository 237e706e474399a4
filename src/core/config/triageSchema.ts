import { z } from 'zod';
import { CHANNELS, KINDS } from '../vocabulary';
import { keywordProblem } from '../text/keywordSyntax';
import { localModelSchema } from './localModelSchema';
import { bilingual, issueText, RULE_ID_MESSAGE } from './messages';

/**
 * Channel detection markers (docs/triage.md). Prefixes and local parts are compared case-insensitively.
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

/**
 * Text fields a routing condition can look at.
 * - `subject`: the subject line (without `SV:`/`VB:` and the channel marker prefix);
 * - `body`: the author's newest text, the free-text and type fields of a web form, forwarded
 *   content, and — weakly — the signature (the system text of voicemail/SMS/scanner/e-service
 *   wrappers is never read as evidence);
 * - `text`: `subject` and `body` together (the subject counts half);
 * - `quoted`: quoted reply history (evidence only an explicit rule looks at);
 * - `signature`: the signature and what follows the greeting at full weight (the footer of mass
 *   mail and notifications: "Du får det här mejlet eftersom …", "Avregistrera");
 * - `from`, `replyTo`, `to`: addresses; `senderName`: the sender's display name.
 */
export const TEXT_FIELDS = ['subject', 'body', 'text', 'quoted', 'signature', 'from', 'to', 'replyTo', 'senderName'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Computed facts about a message a rule can test (no text involved). */
export const SIGNALS = [
  /** The sender's domain looks like one of the municipality's domains but is not (`exempeIby.se`). */
  'lookalikeSender',
  /** The message has no To or Cc recipient (sent as Bcc). */
  'noRecipients',
  /** The author wrote no text at all — not in the body and not in the subject — and nothing was left unread. */
  'emptyText',
  /** Part of the content could not be read: text beyond the budget, encoded data, images or attachments without text. */
  'unreadContent',
  /**
   * The author's text shows concrete concern about a child or a vulnerable adult (a person at risk
   * and a harm, the writer's worry and a harm, or the words of a report used about a case) — not a
   * general question about how to report (`src/core/triage/concern.ts`).
   */
  'concern',
  /** A Swedish party label after a name, e.g. `Anna Ek (S)`: the message concerns a politician. */
  'partyMarker',
  /** Sent to a person's address in the municipality's domain, not to the shared mailbox. */
  'personalAddressee',
  /** The author's newest text asks something: it holds a question mark. */
  'question',
  /** The subject line asks something: it holds a question mark ("Re: Är det ni som skickat koden?"). */
  'subjectQuestion',
  /** The author's newest text is written in English (its function words are English, not Swedish). */
  'englishText',
  /**
   * A voicemail's transcription is a pocket dial: only background sounds the system marks
   * (`[otydligt]`, `[skratt]`, `[musik]` …) and scraps of talk to someone else, with nothing said to
   * the municipality and no sound or word of distress (`src/core/triage/pocketDial.ts`).
   */
  'pocketDial',
  /**
   * The text names a numbered road ("väg 1050", "riksväg 40", "road 296"): a state road, kept by
   * Trafikverket, not the municipality (`src/core/triage/numberedRoad.ts`).
   */
  'numberedRoad',
  /**
   * The author's newest text is nothing but a thanks or an acknowledgement, with courtesy around it
   * and a name signing off ("Tack så mycket! /Britt"): every word is one of those
   * (`src/core/triage/onlyThanks.ts`) — and it closes a conversation: by SMS, or by e-mail under a
   * reply's subject ("Re: …", "SV: …"), a blank one or one that is only thanks too; never with an
   * attachment, never by phone, letter or web form.
   */
  'onlyThanks',
  /**
   * The author's newest text is an absence reply from its opening to its signature: its first
   * sentence of substance, after a greeting or a thanks for the mail, says the writer is away or not
   * reading mail, and every sentence after it says only when they are back, whom to contact instead,
   * that mail is not read or forwarded, or wishes well (`src/core/triage/opensWithAbsence.ts`). A text
   * that tells of a matter first, or goes on to one after the absence, does not.
   */
  'opensWithAbsence',
  /**
   * A calendar's response to a meeting invitation ("Accepterat: …", "Declined: …") whose invitee typed
   * a matter into it: their own note, without the calendar's lines, the meeting's title or its agenda,
   * tells of something that has lasted or names a street address, and the rules reading the note
   * alone find a fault, a complaint, a claim, an application or a concern
   * (`src/core/triage/meetingResponse.ts`).
   */
  'meetingResponseMatter',
] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * A keyword is plain text matched after folding case and diacritics, as a whole word, a word
 * with an inflection, or part of a compound (a keyword `belysning` matches `gatubelysningen`);
 * a leading `=` allows only the start of a word, a trailing `=` only an inflection after it;
 * a phrase matches its words in order. No regular expressions: admin-written rules can never
 * cause catastrophic backtracking, and a keyword with pattern characters is a validation error.
 */
export const keywordSchema = z
  .string()
  .trim()
  .max(100)
  .superRefine((value, ctx) => {
    const problem = keywordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', ...issueText(problem) });
  });

const prefixSchema = z.string().trim().min(1).max(100);

export const conditionSchema = z.union([
  z.object({ field: z.enum(TEXT_FIELDS), any: z.array(keywordSchema).min(1) }).strict(),
  z.object({ field: z.enum(TEXT_FIELDS), all: z.array(keywordSchema).min(1) }).strict(),
  /**
   * Anchored prefix (folded), e.g. subject starts with `Automatiskt svar`. The subject is tried as
   * written and without `SV:`/`VB:` prefixes; `asWritten: true` tries it only as written (machines
   * write `Automatiskt svar:` first; a person answering one writes `SV: Automatiskt svar:`).
   */
  z.object({ field: z.enum(TEXT_FIELDS), startsWith: z.array(prefixSchema).min(1), asWritten: z.boolean().optional() }).strict(),
  z.object({ field: z.literal('channel'), in: z.array(z.enum(CHANNELS)).min(1) }).strict(),
  /** The kind decided so far (department rules run after the kind is known). */
  z.object({ field: z.literal('kind'), in: z.array(z.enum(KINDS)).min(1) }).strict(),
  z.object({ field: z.literal('hasAttachments'), equals: z.boolean() }).strict(),
  /** The author's newest text has at most this many words. */
  z.object({ field: z.literal('words'), atMost: z.number().int().min(0).max(10000) }).strict(),
  z.object({ field: z.literal('signal'), in: z.array(z.enum(SIGNALS)).min(1) }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

/**
 * A routing rule: admin-editable data with an id and a name people read in explanations.
 *
 * A rule **without `weight` is decisive**: rules are tried in order, and the first matching
 * decisive rule sets the department (and, separately, the kind and priority) outright. Decisive
 * rules look at the subject, the author's text, form fields and forwarded text — not at
 * signatures, wrapper system text or quoted history.
 *
 * A rule **with `weight` is evidence**: when it matches it adds `weight × strength` to the
 * scores of its `then.department` and `then.kind`. Strength is how much of the message's own
 * text it matched: 1 for a keyword in the author's text, ½ in the subject or a form's type
 * field, less in signatures; a keyword after a place preposition ("vid biblioteket") counts
 * 0.4 of that; one also named in the subject gets a small bonus; each further distinct keyword adds half its
 * own, up to 3. A negative weight is counter-evidence (`hur ansöker man` lowers `ansokan`).
 * The department with the highest score (at least 1) wins; every kind scoring at least 1
 * fits, and the kind precedence of docs/triage.md picks among them.
 */
export const routingRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_:.-]*$/, { message: RULE_ID_MESSAGE }).max(100),
    name: z.string().min(1).max(200),
    enabled: z.boolean().default(true),
    /** Evidence weight; absent = decisive rule. */
    weight: z
      .number()
      .min(-100)
      .max(100)
      .refine((w) => w !== 0, {
        message: bilingual({
          sv: 'vikten 0 gör ingenting. Vill du stänga av regeln, skriv "enabled": false; för en inbyggd regel går det också att skriva dess id i "disabledBuiltinRules" under "triage". Tar du bort en inbyggd regel ur filen gäller den inbyggda regeln som vanligt',
          en: 'a weight of 0 does nothing. To switch the rule off, write "enabled": false; for a built-in rule you can also write its id in "disabledBuiltinRules" under "triage". A built-in rule removed from the file applies as usual',
        }),
      })
      .optional(),
    when: z
      .object({
        all: z.array(conditionSchema).optional(),
        any: z.array(conditionSchema).optional(),
        none: z.array(conditionSchema).optional(),
      })
      .strict()
      .refine((w) => (w.all?.length ?? 0) + (w.any?.length ?? 0) > 0, {
        message: bilingual({ sv: 'en regel behöver minst ett villkor under all eller any', en: 'a rule needs at least one condition under all or any' }),
      }),
    then: z
      .object({
        department: z.string().optional(),
        kind: z.enum(KINDS).optional(),
        categories: z.array(z.string().min(1).max(255)).optional(),
        priority: z.enum(['low', 'normal', 'high']).optional(),
      })
      .strict()
      .refine((t) => Object.values(t).some((v) => v !== undefined), {
        message: bilingual({
          sv: 'en regel behöver minst en åtgärd under then (department, kind, categories eller priority)',
          en: 'a rule needs at least one action under then (department, kind, categories or priority)',
        }),
      }),
  })
  .strict();
export type RoutingRule = z.infer<typeof routingRuleSchema>;
/** A routing rule as written by an admin, before defaults. */
export type RoutingRuleInput = z.input<typeof routingRuleSchema>;

export const triageConfigSchema = z
  .object({
    channelMarkers: channelMarkersSchema.default(() => channelMarkersSchema.parse({})),
    /** Routing rules: decisive rules in order, then evidence rules by score (see {@link routingRuleSchema}). */
    rules: z.array(routingRuleSchema).default([]),
    /**
     * Also use the built-in Swedish rule set (`DEFAULT_ROUTING_RULES`) after the configured rules:
     * every built-in rule whose id the configuration does not define is added. An admin replaces a
     * built-in rule by defining one with the same id, or switches it off with `enabled: false`.
     */
    builtinClassifier: z.boolean().default(true),
    /**
     * Built-in rules switched off by id, while the rest stay on. Deleting a built-in rule from
     * `rules` does not switch it off (it is added back); listing its id here does.
     */
    disabledBuiltinRules: z.array(z.string()).default([]),
    /**
     * Back the kind rules with the built-in text model (`src/core/triage/kindModel.ts`): when no
     * rule makes a kind fit, a confident model names the kind instead of the `fraga` fallback, and
     * a very confident model overrules a single weak rule hit. Rules with concrete evidence
     * (inget ärende, orosanmälan, förtroendevald, precedence) always stay. Off = rules only.
     */
    kindModel: z.boolean().default(true),
    /**
     * Back the department rules with the built-in department model
     * (`src/core/triage/departmentModel.ts`): when no rule names a department, a confident model
     * names one instead of the fallback, and a very confident one overrules a single weak keyword.
     * Decisive rules and departments a kind always goes to stay. Off = rules only.
     */
    departmentModel: z.boolean().default(true),
    /**
     * Back the concern reader with the built-in concern model (`src/core/triage/concernModel.ts`):
     * where no words of concern are found, a text model trained on labelled reports of concern may
     * still read the message as one (marked for a person's look). Off = the reader's words only.
     */
    concernModel: z.boolean().default(true),
    /**
     * Kinds that always go to one department, whatever else the message mentions (docs/triage.md, docs/presets.md).
     * `ej_arende` always goes to the fallback department.
     */
    kindDepartments: z
      .partialRecord(z.enum(KINDS), z.string().min(1))
      .default({ orosanmalan: 'socialtjanst', fortroendevald: 'kommunledning' }),
    /**
     * What triage learnt from this mailbox's own corrections (`svarstid learn`), on top of the
     * rules and the kind model; see `localModelSchema.ts`. Absent: nothing learnt.
     */
    localModel: localModelSchema.optional(),
  })
  .strict();
export type TriageConfig = z.infer<typeof triageConfigSchema>;
