/**
 * Identifiers shaped like Exchange's: url-safe base64 item ids (REST ids change on move,
 * immutable ids do not), changeKeys in classic base64, conversation ids and indexes.
 */
import { randomBytes, randomUUID } from 'node:crypto';

let counter = 0;

/** A short unique tail: random bytes plus a counter so ids never collide within a process. */
function tail(bytes: number): string {
  counter = (counter + 1) >>> 0;
  const buf = Buffer.alloc(bytes + 4);
  randomBytes(bytes).copy(buf, 0);
  buf.writeUInt32BE(counter, bytes);
  return buf.toString('base64url');
}

/** The mailbox part every id of one mailbox shares, derived from its GUID. */
export function mailboxIdPart(mailboxGuid: string): string {
  return Buffer.from(mailboxGuid, 'utf8').toString('base64url');
}

export function newRestMessageId(mbPart: string): string {
  return `AAMkAD${mbPart}BGAAAAAAC7u2Gq1m7NQ4dC9xkT0hbkBwD${tail(26)}AAA=`;
}

export function newImmutableMessageId(mbPart: string): string {
  return `AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A${mbPart}${tail(26)}AAA=`;
}

export function newFolderId(mbPart: string): string {
  return `AAMkAD${mbPart}AuAAAAAAC7u2Gq1m7NQ4dC9xkT0hbkAQD${tail(14)}AAA=`;
}

export function newConversationId(mbPart: string): string {
  return `AAQkAD${mbPart}AQA${tail(14)}=`;
}

/** A conversation index: 22 bytes for a new conversation, + 5 bytes per reply (base64url, no padding). */
export function newConversationIndex(): string {
  return randomBytes(22).toString('base64url');
}

export function childConversationIndex(parent: string | null | undefined): string {
  const base = parent ? Buffer.from(parent, 'base64url') : randomBytes(22);
  return Buffer.concat([base, randomBytes(5)]).toString('base64url');
}

export function newChangeKey(): string {
  return `CQAAABYAAAD${randomBytes(12).toString('base64')}`;
}

export function newGuid(): string {
  return randomUUID();
}

export function newInternetMessageId(domain: string): string {
  return `<${randomBytes(12).toString('hex')}@${domain}>`;
}
