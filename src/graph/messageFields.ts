/** The message fields the core's triage reads, in one list for every reader (worker, add-in, learning). */
export const TRIAGE_SELECT = [
  'id',
  'subject',
  'body',
  'bodyPreview',
  'from',
  'sender',
  'replyTo',
  'toRecipients',
  'ccRecipients',
  'receivedDateTime',
  'hasAttachments',
  'conversationId',
] as const;

/** What triage reads plus what Svarstid writes beside the record: categories, flag and the folder. */
export const LABELLED_SELECT = [...TRIAGE_SELECT, 'categories', 'flag', 'parentFolderId'] as const;
