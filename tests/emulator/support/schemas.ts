/**
 * Compact JSON schemas (written for these tests, after Graph v1.0's documented resource shapes)
 * for message, mailFolder, followupFlag, collections and errors. Strict about types and enums,
 * tolerant of OData annotations (keys containing '@').
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const dateTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:\\d{2})$' };
const nullable = (s: Record<string, unknown>): Record<string, unknown> => ({ anyOf: [s, { type: 'null' }] });
const annotations = { '@': {} };
const obj = (properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> => ({
  type: 'object',
  properties,
  required,
  patternProperties: annotations,
  additionalProperties: false,
});

const emailAddress = obj({ name: nullable({ type: 'string' }), address: nullable({ type: 'string' }) });
const recipient = obj({ emailAddress });
const recipients = { type: 'array', items: recipient };
const itemBody = obj({ contentType: { enum: ['text', 'html'] }, content: nullable({ type: 'string' }) });
const dateTimeTimeZone = obj({ dateTime: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?$' }, timeZone: nullable({ type: 'string' }) }, ['dateTime']);

export const followupFlagSchema = obj(
  {
    flagStatus: { enum: ['notFlagged', 'flagged', 'complete'] },
    startDateTime: dateTimeTimeZone,
    dueDateTime: dateTimeTimeZone,
    completedDateTime: dateTimeTimeZone,
  },
  ['flagStatus'],
);

const extendedProperty = obj({ id: { type: 'string' }, value: nullable({ type: 'string' }) }, ['id']);

export const messageSchema = obj(
  {
    id: { type: 'string', minLength: 1 },
    createdDateTime: nullable(dateTime),
    lastModifiedDateTime: nullable(dateTime),
    changeKey: nullable({ type: 'string' }),
    categories: { type: 'array', items: nullable({ type: 'string' }) },
    receivedDateTime: nullable(dateTime),
    sentDateTime: nullable(dateTime),
    hasAttachments: nullable({ type: 'boolean' }),
    internetMessageId: nullable({ type: 'string' }),
    subject: nullable({ type: 'string' }),
    bodyPreview: nullable({ type: 'string', maxLength: 255 }),
    importance: { enum: ['low', 'normal', 'high'] },
    parentFolderId: nullable({ type: 'string' }),
    conversationId: nullable({ type: 'string' }),
    conversationIndex: nullable({ type: 'string', pattern: '^[A-Za-z0-9_=+/-]*$' }),
    isDeliveryReceiptRequested: nullable({ type: 'boolean' }),
    isReadReceiptRequested: nullable({ type: 'boolean' }),
    isRead: nullable({ type: 'boolean' }),
    isDraft: nullable({ type: 'boolean' }),
    webLink: nullable({ type: 'string' }),
    inferenceClassification: { enum: ['focused', 'other'] },
    body: itemBody,
    uniqueBody: itemBody,
    sender: recipient,
    from: recipient,
    toRecipients: recipients,
    ccRecipients: recipients,
    bccRecipients: recipients,
    replyTo: recipients,
    flag: followupFlagSchema,
    internetMessageHeaders: { type: 'array', items: obj({ name: nullable({ type: 'string' }), value: nullable({ type: 'string' }) }) },
    singleValueExtendedProperties: { type: 'array', items: extendedProperty },
  },
  ['id'],
);

export const mailFolderSchema = obj(
  {
    id: { type: 'string', minLength: 1 },
    displayName: nullable({ type: 'string' }),
    parentFolderId: nullable({ type: 'string' }),
    childFolderCount: nullable({ type: 'integer' }),
    unreadItemCount: nullable({ type: 'integer' }),
    totalItemCount: nullable({ type: 'integer' }),
    isHidden: nullable({ type: 'boolean' }),
    singleValueExtendedProperties: { type: 'array', items: extendedProperty },
  },
  ['id'],
);

const removed = {
  type: 'object',
  properties: { id: { type: 'string' }, '@removed': obj({ reason: { enum: ['changed', 'deleted'] } }, ['reason']) },
  required: ['id', '@removed'],
};

export const collectionSchema = (item: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object',
  properties: {
    value: { type: 'array', items: item },
    '@odata.nextLink': nullable({ type: 'string', pattern: '^https://graph\\.microsoft\\.com/v1\\.0/' }),
    '@odata.deltaLink': { type: 'string', pattern: '^https://graph\\.microsoft\\.com/v1\\.0/' },
    '@odata.count': { type: 'integer' },
    '@odata.context': { type: 'string' },
  },
  required: ['value'],
  additionalProperties: false,
});

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', minLength: 1 },
        message: { type: 'string' },
        innerError: {
          type: 'object',
          properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' }, 'request-id': { type: 'string' }, 'client-request-id': { type: 'string' } },
          required: ['date', 'request-id'],
        },
      },
      required: ['code', 'message', 'innerError'],
    },
  },
  required: ['error'],
  additionalProperties: false,
};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

export const validators: Record<'message' | 'mailFolder' | 'followupFlag' | 'messages' | 'mailFolders' | 'delta' | 'error', ValidateFunction> = {
  message: ajv.compile(messageSchema),
  mailFolder: ajv.compile(mailFolderSchema),
  followupFlag: ajv.compile(followupFlagSchema),
  messages: ajv.compile(collectionSchema(messageSchema)),
  mailFolders: ajv.compile(collectionSchema(mailFolderSchema)),
  delta: ajv.compile(collectionSchema({ anyOf: [removed, messageSchema] })),
  error: ajv.compile(errorSchema),
};

/** Throws with ajv's errors when `value` does not validate. */
export function expectValid(kind: keyof typeof validators, value: unknown): void {
  const v = validators[kind];
  if (!v(value)) throw new Error(`${kind} does not validate: ${ajv.errorsText(v.errors)}\n${JSON.stringify(value).slice(0, 600)}`);
}
