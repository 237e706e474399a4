import { z } from 'zod';

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
  receivedDateTime: z.iso.datetime({ offset: true }),
  hasAttachments: z.boolean().nullish(),
  conversationId: z.string().nullish(),
  categories: z.array(z.string()).nullish(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
export type MailRecipient = z.infer<typeof recipientSchema>;

export type ParsedMessage = { ok: true; message: MailMessage } | { ok: false; id: string | null; error: string };

/** Checks that a value is a usable Graph message; says what is wrong if not. */
export function parseMailMessage(value: unknown): ParsedMessage {
  const parsed = mailMessageSchema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  const id =
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : null;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
  return { ok: false, id, error: `not a usable message: ${where}: ${issue?.message ?? 'invalid'}` };
}

/** The lower-cased address of a recipient, or '' when it has none. */
export function addressOf(r: MailRecipient | null | undefined): string {
  return (r?.emailAddress?.address ?? '').trim().toLowerCase();
}
