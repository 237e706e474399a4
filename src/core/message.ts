import { z } from 'zod';
import { toProblems } from './config/validate';

/**
 * The slice of a Microsoft Graph v1.0 `message` resource the core reads. Graph sends more;
 * extra fields are ignored. Everything here is hostile input: lengths are bounded where
 * they are used, never trusted.
 */
const emailAddressSchema = z.object({
  name: z.string().nullish(),
  address: z.string().nullish(),
});
const recipientSchema = z.object({ emailAddress: emailAddressSchema.nullish() });

export const mailMessageSchema = z.object({
  id: z.string().min(1).nullish(),
  subject: z.string().nullish(),
  bodyPreview: z.string().nullish(),
  body: z
    .object({
      contentType: z.enum(['text', 'html', 'Text', 'HTML']).nullish(),
      content: z.string().nullish(),
    })
    .nullish(),
  from: recipientSchema.nullish(),
  sender: recipientSchema.nullish(),
  replyTo: z.array(recipientSchema).nullish(),
  toRecipients: z.array(recipientSchema).nullish(),
  ccRecipients: z.array(recipientSchema).nullish(),
  /** ISO 8601; without an offset it is read as UTC, which is what Graph means by it. */
  receivedDateTime: z.iso.datetime({ offset: true, local: true }),
  hasAttachments: z.boolean().nullish(),
  conversationId: z.string().nullish(),
  categories: z.array(z.string()).nullish(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
export type MailRecipient = z.infer<typeof recipientSchema>;

export type ParsedMessage =
  | { ok: true; message: MailMessage }
  | { ok: false; id: string | null; error: string; sv: string; en: string };

/** Checks that a value is a usable Graph message; says what is wrong if not. */
export function parseMailMessage(value: unknown): ParsedMessage {
  const parsed = mailMessageSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, message: parsed.data };
  const id =
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : null;
  const problem = toProblems(parsed.error)[0];
  const where = problem?.path ? `${problem.path}: ` : '';
  const sv = `inte ett användbart meddelande: ${where}${problem?.sv ?? 'ogiltigt'}`;
  const en = `not a usable message: ${where}${problem?.en ?? 'invalid'}`;
  return { ok: false, id, error: `${sv} / ${en}`, sv, en };
}

/** The lower-cased address of a recipient, or '' when it has none. */
export function addressOf(r: MailRecipient | null | undefined): string {
  return (r?.emailAddress?.address ?? '').trim().toLowerCase();
}
