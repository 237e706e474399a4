/** The emulator's data model: Graph-shaped pieces plus the bookkeeping Exchange keeps. */
import type * as MG from '@microsoft/microsoft-graph-types';

/** A Graph v1.0 message resource as the emulator returns it (all fields optional, as in Graph). */
export type GraphMessage = MG.Message & { '@odata.etag'?: string };
export type GraphMailFolder = MG.MailFolder;

export interface EmailAddress {
  name: string | null;
  address: string | null;
}
export interface Recipient {
  emailAddress: EmailAddress;
}
export interface ItemBody {
  contentType: 'text' | 'html';
  content: string;
}
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}
export interface FollowupFlag {
  flagStatus: 'notFlagged' | 'flagged' | 'complete';
  startDateTime?: DateTimeTimeZone;
  dueDateTime?: DateTimeTimeZone;
  completedDateTime?: DateTimeTimeZone;
}
export interface InternetMessageHeader {
  name: string;
  value: string;
}
export interface ExtendedProperty {
  id: string;
  value: string;
}

/** The stored, Graph-shaped fields of a message (ids, folder and change keys live beside them). */
export interface MessageFields {
  createdDateTime: string;
  lastModifiedDateTime: string;
  categories: string[];
  receivedDateTime: string;
  sentDateTime: string | null;
  hasAttachments: boolean;
  internetMessageId: string;
  subject: string;
  bodyPreview: string;
  importance: 'low' | 'normal' | 'high';
  conversationId: string;
  conversationIndex: string;
  isDeliveryReceiptRequested: boolean;
  isReadReceiptRequested: boolean;
  isRead: boolean;
  isDraft: boolean;
  inferenceClassification: 'focused' | 'other';
  body: ItemBody;
  uniqueBody: ItemBody | null;
  sender: Recipient | null;
  from: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  replyTo: Recipient[];
  flag: FollowupFlag;
  internetMessageHeaders: InternetMessageHeader[];
}

export interface StoredMessage {
  /** The immutable id; also the store's key. */
  key: string;
  /** The REST id; changes when the message moves. */
  restId: string;
  folderId: string;
  changeKey: string;
  /** Change sequence of the last write (delta ordering). */
  seq: number;
  /** Change sequence at which the message entered its current folder (created vs updated in delta). */
  enteredSeq: number;
  fields: MessageFields;
  ext: ExtendedProperty[];
}

export interface StoredFolder {
  id: string;
  displayName: string;
  parentFolderId: string;
  isHidden: boolean;
  wellKnownName: string | null;
  changeKey: string;
  ext: ExtendedProperty[];
}

export interface Tombstone {
  seq: number;
  folderId: string;
  restId: string;
  key: string;
}

export interface MasterCategory {
  id: string;
  displayName: string;
  color: string;
}

export interface StoredMailbox {
  id: string;
  address: string;
  displayName: string;
  idPart: string;
  rootFolderId: string;
  folders: Map<string, StoredFolder>;
  messages: Map<string, StoredMessage>;
  restIndex: Map<string, string>;
  tombstones: Tombstone[];
  /** Tombstones at or below this sequence have been discarded: older delta tokens get 410. */
  tombstoneFloor: number;
  seq: number;
  categories: MasterCategory[];
}

export type ChangeType = 'created' | 'updated' | 'deleted';

/** What the store tells subscribers about after every write. */
export interface MessageChange {
  mailbox: StoredMailbox;
  changeType: ChangeType;
  /** Folder the change happened in (for a move: a `deleted` in the old and a `created` in the new folder). */
  folderId: string;
  restId: string;
  key: string;
  changeKey: string;
  /** True for the two halves of a move. */
  moved: boolean;
}

export const WELL_KNOWN_FOLDERS: readonly { name: string; displayName: string; hidden?: boolean }[] = [
  { name: 'inbox', displayName: 'Inkorgen' },
  { name: 'sentitems', displayName: 'Skickade objekt' },
  { name: 'drafts', displayName: 'Utkast' },
  { name: 'deleteditems', displayName: 'Borttagna objekt' },
  { name: 'archive', displayName: 'Arkiv' },
  { name: 'junkemail', displayName: 'Skräppost' },
  { name: 'outbox', displayName: 'Utkorgen' },
  { name: 'conversationhistory', displayName: 'Konversationshistorik' },
];

export const DEFAULT_MASTER_CATEGORIES: readonly { displayName: string; color: string }[] = [
  { displayName: 'Röd kategori', color: 'preset0' },
  { displayName: 'Orange kategori', color: 'preset1' },
  { displayName: 'Gul kategori', color: 'preset3' },
  { displayName: 'Grön kategori', color: 'preset4' },
  { displayName: 'Blå kategori', color: 'preset7' },
  { displayName: 'Lila kategori', color: 'preset8' },
];
