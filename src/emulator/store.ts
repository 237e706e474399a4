/**
 * The emulator's mailboxes: folders, messages, REST and immutable ids, changeKeys, and the
 * per-mailbox change log (sequence numbers + tombstones) that delta queries read.
 * Every write bumps the mailbox sequence and tells the change listeners (subscriptions, persistence).
 */
import {
  childConversationIndex,
  mailboxIdPart,
  newChangeKey,
  newConversationId,
  newConversationIndex,
  newFolderId,
  newGuid,
  newImmutableMessageId,
  newInternetMessageId,
  newRestMessageId,
} from './ids';
import { GraphHttpError, itemNotFound } from './errors';
import {
  DEFAULT_MASTER_CATEGORIES,
  WELL_KNOWN_FOLDERS,
  type ExtendedProperty,
  type FollowupFlag,
  type ItemBody,
  type MasterCategory,
  type MessageChange,
  type MessageFields,
  type Recipient,
  type StoredFolder,
  type StoredMailbox,
  type StoredMessage,
  type Tombstone,
} from './model';

export const MAX_TOMBSTONES = 50_000;

export function isoSeconds(d: Date = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** HTML → plain text the way Outlook renders it for text bodies (tags dropped, entities decoded). */
export function htmlToText(html: string): string {
  return html
      .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/tr>|<\/h\d>/gi, '\r\n')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\r?\n ?/g, '\r\n')
      .trim();
}

/** Graph's bodyPreview: the first 255 characters of the body as text. */
export function bodyPreviewOf(body: ItemBody): string {
  // a long body's preview is read from its first part: what comes from it is the start of what the
  // whole body gives, but for the last few characters (a tag or entity cut in two), so it is taken
  // only when it reaches well past the preview's length
  if (body.content.length > PREVIEW_READ && (body.contentType !== 'html' || closedMarkup(body.content.slice(0, PREVIEW_READ)))) {
    const fromStart = previewText({ contentType: body.contentType, content: body.content.slice(0, PREVIEW_READ) });
    if (fromStart.length >= PREVIEW_LENGTH + 200) return fromStart.slice(0, PREVIEW_LENGTH);
  }
  return previewText(body).slice(0, PREVIEW_LENGTH);
}

const PREVIEW_LENGTH = 255;

/**
 * Whether an HTML prefix leaves nothing open that the rest would close and so hide: no tag, comment,
 * head, style, script or title still open at its end (else the whole body is read).
 */
function closedMarkup(prefix: string): boolean {
  if (prefix.lastIndexOf('<') > prefix.lastIndexOf('>')) return false;
  if (prefix.lastIndexOf('<!--') > prefix.lastIndexOf('-->')) return false;
  const lower = prefix.toLowerCase();
  return ['head', 'style', 'script', 'title'].every((t) => lower.split(`<${t}`).length === lower.split(`</${t}`).length);
}
const PREVIEW_READ = 16_384;

function previewText(body: ItemBody): string {
  const text = body.contentType === 'html' ? htmlToText(body.content) : body.content;
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\r?\n ?/g, '\r\n')
    .replace(/(\r\n){2,}/g, '\r\n')
    .trim();
}

export type ChangeListener = (change: MessageChange) => void;

/** Input accepted when a message is created (seed, delivery, draft, sendMail). */
export interface MessageInput {
  id?: string;
  subject?: string;
  body?: ItemBody;
  from?: Recipient | null;
  sender?: Recipient | null;
  toRecipients?: Recipient[];
  ccRecipients?: Recipient[];
  bccRecipients?: Recipient[];
  replyTo?: Recipient[];
  receivedDateTime?: string;
  sentDateTime?: string | null;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  hasAttachments?: boolean;
  internetMessageId?: string;
  importance?: 'low' | 'normal' | 'high';
  conversationId?: string;
  conversationIndex?: string;
  isDeliveryReceiptRequested?: boolean;
  isReadReceiptRequested?: boolean;
  isRead?: boolean;
  isDraft?: boolean;
  inferenceClassification?: 'focused' | 'other';
  categories?: string[];
  flag?: FollowupFlag;
  internetMessageHeaders?: { name: string; value: string }[];
  singleValueExtendedProperties?: ExtendedProperty[];
}

export class EmulatorStore {
  private readonly byAddress = new Map<string, StoredMailbox>();
  private readonly byId = new Map<string, StoredMailbox>();
  private readonly folderIndex = new Map<string, Set<string>>();
  private readonly listeners: ChangeListener[] = [];
  /** Bumped by reset(): every delta token of an older generation gets 410. */
  generation = 1;

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  private emit(change: MessageChange): void {
    for (const l of this.listeners) l(change);
  }

  mailboxes(): StoredMailbox[] {
    return [...this.byId.values()];
  }

  addMailbox(address: string, displayName?: string, id?: string): StoredMailbox {
    const existing = this.byAddress.get(address.toLowerCase());
    if (existing) return existing;
    const guid = id ?? newGuid();
    const idPart = mailboxIdPart(guid);
    const rootFolderId = newFolderId(idPart);
    const local = address.split('@')[0] ?? address;
    const mb: StoredMailbox = {
      id: guid,
      address,
      displayName: displayName ?? local.charAt(0).toUpperCase() + local.slice(1),
      idPart,
      rootFolderId,
      folders: new Map(),
      messages: new Map(),
      restIndex: new Map(),
      tombstones: [],
      tombstoneFloor: 0,
      seq: 0,
      categories: DEFAULT_MASTER_CATEGORIES.map((c) => ({ id: newGuid(), displayName: c.displayName, color: c.color })),
    };
    const root: StoredFolder = {
      id: rootFolderId,
      displayName: 'Översta delen av informationslagret',
      parentFolderId: newFolderId(idPart),
      isHidden: false,
      wellKnownName: 'msgfolderroot',
      changeKey: newChangeKey(),
      ext: [],
    };
    mb.folders.set(root.id, root);
    for (const wk of WELL_KNOWN_FOLDERS) {
      const f: StoredFolder = {
        id: newFolderId(idPart),
        displayName: wk.displayName,
        parentFolderId: rootFolderId,
        isHidden: wk.hidden ?? false,
        wellKnownName: wk.name,
        changeKey: newChangeKey(),
        ext: [],
      };
      mb.folders.set(f.id, f);
    }
    this.register(mb);
    return mb;
  }

  private register(mb: StoredMailbox): void {
    this.byAddress.set(mb.address.toLowerCase(), mb);
    this.byId.set(mb.id.toLowerCase(), mb);
    for (const f of mb.folders.values()) if (!this.folderIndex.has(f.id)) this.folderIndex.set(f.id, new Set());
    for (const m of mb.messages.values()) this.indexAdd(m);
  }

  getMailbox(idOrUpn: string): StoredMailbox | undefined {
    const k = idOrUpn.toLowerCase();
    return this.byAddress.get(k) ?? this.byId.get(k);
  }

  requireMailbox(idOrUpn: string): StoredMailbox {
    const mb = this.getMailbox(idOrUpn);
    if (!mb) throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`);
    return mb;
  }

  // ---- folders ----

  folderByWellKnown(mb: StoredMailbox, name: string): StoredFolder | undefined {
    const n = name.toLowerCase();
    for (const f of mb.folders.values()) if (f.wellKnownName === n) return f;
    return undefined;
  }

  resolveFolder(mb: StoredMailbox, ref: string): StoredFolder | undefined {
    return mb.folders.get(ref) ?? this.folderByWellKnown(mb, ref);
  }

  requireFolder(mb: StoredMailbox, ref: string): StoredFolder {
    const f = this.resolveFolder(mb, ref);
    if (!f) throw itemNotFound();
    return f;
  }

  childFolders(mb: StoredMailbox, parentId: string, includeHidden: boolean): StoredFolder[] {
    const out: StoredFolder[] = [];
    for (const f of mb.folders.values()) {
      if (f.parentFolderId === parentId && (includeHidden || !f.isHidden)) out.push(f);
    }
    return out.sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  }

  createFolder(mb: StoredMailbox, parentId: string, displayName: string, isHidden: boolean): StoredFolder {
    for (const f of mb.folders.values()) {
      if (f.parentFolderId === parentId && f.displayName.toLowerCase() === displayName.toLowerCase()) {
        throw new GraphHttpError(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
      }
    }
    const f: StoredFolder = {
      id: newFolderId(mb.idPart),
      displayName,
      parentFolderId: parentId,
      isHidden,
      wellKnownName: null,
      changeKey: newChangeKey(),
      ext: [],
    };
    mb.folders.set(f.id, f);
    this.folderIndex.set(f.id, new Set());
    this.touchMailbox(mb);
    return f;
  }

  updateFolder(mb: StoredMailbox, folder: StoredFolder, mutate: (f: StoredFolder) => void): StoredFolder {
    mutate(folder);
    folder.changeKey = newChangeKey();
    this.touchMailbox(mb);
    return folder;
  }

  deleteFolder(mb: StoredMailbox, folder: StoredFolder): void {
    if (folder.wellKnownName) throw new GraphHttpError(403, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
    for (const child of this.childFolders(mb, folder.id, true)) this.deleteFolder(mb, child);
    for (const m of this.messagesIn(folder.id)) this.deleteMessage(mb, m);
    mb.folders.delete(folder.id);
    this.folderIndex.delete(folder.id);
    this.touchMailbox(mb);
  }

  folderCounts(folderId: string): { total: number; unread: number } {
    let total = 0;
    let unread = 0;
    for (const m of this.messagesIn(folderId)) {
      total++;
      if (!m.fields.isRead) unread++;
    }
    return { total, unread };
  }

  // ---- messages ----

  private indexAdd(m: StoredMessage): void {
    let set = this.folderIndex.get(m.folderId);
    if (!set) {
      set = new Set();
      this.folderIndex.set(m.folderId, set);
    }
    set.add(m.key);
  }

  private mailboxOfFolder = new Map<string, StoredMailbox>();

  messagesIn(folderId: string): StoredMessage[] {
    const set = this.folderIndex.get(folderId);
    if (!set || set.size === 0) return [];
    const mb = this.ownerOfFolder(folderId);
    if (!mb) return [];
    const out: StoredMessage[] = [];
    for (const key of set) {
      const m = mb.messages.get(key);
      if (m) out.push(m);
    }
    return out;
  }

  private ownerOfFolder(folderId: string): StoredMailbox | undefined {
    const cached = this.mailboxOfFolder.get(folderId);
    if (cached && cached.folders.has(folderId)) return cached;
    for (const mb of this.byId.values()) {
      if (mb.folders.has(folderId)) {
        this.mailboxOfFolder.set(folderId, mb);
        return mb;
      }
    }
    return undefined;
  }

  allMessages(mb: StoredMailbox): StoredMessage[] {
    return [...mb.messages.values()];
  }

  /** Finds a message by REST id or immutable id; a REST id from before a move is gone (404). */
  findMessage(mb: StoredMailbox, id: string): StoredMessage | undefined {
    const key = mb.restIndex.get(id);
    if (key !== undefined) return mb.messages.get(key);
    return mb.messages.get(id);
  }

  requireMessage(mb: StoredMailbox, id: string): StoredMessage {
    const m = this.findMessage(mb, id);
    if (!m) throw itemNotFound();
    return m;
  }

  private nextSeq(mb: StoredMailbox): number {
    mb.seq += 1;
    return mb.seq;
  }

  private touchMailbox(mb: StoredMailbox): void {
    // Folder changes do not enter the message change log but must persist.
    this.emitPersistOnly(mb);
  }

  private persistListeners: ((mb: StoredMailbox) => void)[] = [];
  onPersistableChange(listener: (mb: StoredMailbox) => void): void {
    this.persistListeners.push(listener);
  }
  private emitPersistOnly(mb: StoredMailbox): void {
    for (const l of this.persistListeners) l(mb);
  }

  createMessage(mb: StoredMailbox, folder: StoredFolder, input: MessageInput, now: Date = new Date()): StoredMessage {
    const nowIso = isoSeconds(now);
    const body: ItemBody = input.body ?? { contentType: 'text', content: '' };
    const from = input.from ?? input.sender ?? null;
    const sender = input.sender ?? input.from ?? null;
    const isDraft = input.isDraft ?? false;
    const domain = (from?.emailAddress.address ?? mb.address).split('@')[1] ?? 'exempelby.se';
    let restId = newRestMessageId(mb.idPart);
    if (input.id && !mb.restIndex.has(input.id) && !mb.messages.has(input.id)) restId = input.id;
    const key = newImmutableMessageId(mb.idPart);
    const seq = this.nextSeq(mb);
    const fields: MessageFields = {
      createdDateTime: input.createdDateTime ?? nowIso,
      lastModifiedDateTime: input.lastModifiedDateTime ?? nowIso,
      categories: [...(input.categories ?? [])],
      receivedDateTime: input.receivedDateTime ?? nowIso,
      sentDateTime: input.sentDateTime !== undefined ? input.sentDateTime : isDraft ? null : (input.receivedDateTime ?? nowIso),
      hasAttachments: input.hasAttachments ?? false,
      internetMessageId: input.internetMessageId ?? newInternetMessageId(domain),
      subject: input.subject ?? '',
      bodyPreview: bodyPreviewOf(body),
      importance: input.importance ?? 'normal',
      conversationId: input.conversationId ?? newConversationId(mb.idPart),
      conversationIndex: input.conversationIndex ?? newConversationIndex(),
      isDeliveryReceiptRequested: input.isDeliveryReceiptRequested ?? false,
      isReadReceiptRequested: input.isReadReceiptRequested ?? false,
      isRead: input.isRead ?? isDraft,
      isDraft,
      inferenceClassification: input.inferenceClassification ?? 'focused',
      body,
      uniqueBody: null,
      sender,
      from,
      toRecipients: input.toRecipients ?? [],
      ccRecipients: input.ccRecipients ?? [],
      bccRecipients: input.bccRecipients ?? [],
      replyTo: input.replyTo ?? [],
      flag: input.flag ?? { flagStatus: 'notFlagged' },
      internetMessageHeaders: input.internetMessageHeaders ?? [],
    };
    const m: StoredMessage = {
      key,
      restId,
      folderId: folder.id,
      changeKey: newChangeKey(),
      seq,
      enteredSeq: seq,
      fields,
      ext: (input.singleValueExtendedProperties ?? []).map((p) => ({ id: p.id, value: p.value })),
    };
    mb.messages.set(key, m);
    mb.restIndex.set(restId, key);
    this.indexAdd(m);
    this.emit({ mailbox: mb, changeType: 'created', folderId: folder.id, restId, key, changeKey: m.changeKey, moved: false });
    return m;
  }

  /** Applies a write and gives the message a new changeKey, lastModifiedDateTime and sequence. */
  updateMessage(mb: StoredMailbox, m: StoredMessage, mutate: (m: StoredMessage) => void): StoredMessage {
    mutate(m);
    m.fields.bodyPreview = bodyPreviewOf(m.fields.body);
    m.changeKey = newChangeKey();
    m.fields.lastModifiedDateTime = isoSeconds();
    m.seq = this.nextSeq(mb);
    this.emit({ mailbox: mb, changeType: 'updated', folderId: m.folderId, restId: m.restId, key: m.key, changeKey: m.changeKey, moved: false });
    return m;
  }

  private addTombstone(mb: StoredMailbox, t: Tombstone): void {
    mb.tombstones.push(t);
    if (mb.tombstones.length > MAX_TOMBSTONES) {
      const drop = mb.tombstones.splice(0, Math.floor(MAX_TOMBSTONES / 2));
      const last = drop[drop.length - 1];
      if (last) mb.tombstoneFloor = last.seq;
    }
  }

  moveMessage(mb: StoredMailbox, m: StoredMessage, dest: StoredFolder): StoredMessage {
    if (dest.id === m.folderId) return m;
    const oldFolder = m.folderId;
    const oldRest = m.restId;
    const delSeq = this.nextSeq(mb);
    this.addTombstone(mb, { seq: delSeq, folderId: oldFolder, restId: oldRest, key: m.key });
    this.folderIndex.get(oldFolder)?.delete(m.key);
    mb.restIndex.delete(oldRest);
    m.restId = newRestMessageId(mb.idPart);
    mb.restIndex.set(m.restId, m.key);
    m.folderId = dest.id;
    m.changeKey = newChangeKey();
    m.fields.lastModifiedDateTime = isoSeconds();
    m.seq = this.nextSeq(mb);
    m.enteredSeq = m.seq;
    this.indexAdd(m);
    this.emit({ mailbox: mb, changeType: 'deleted', folderId: oldFolder, restId: oldRest, key: m.key, changeKey: m.changeKey, moved: true });
    this.emit({ mailbox: mb, changeType: 'created', folderId: dest.id, restId: m.restId, key: m.key, changeKey: m.changeKey, moved: true });
    return m;
  }

  copyMessage(mb: StoredMailbox, m: StoredMessage, dest: StoredFolder): StoredMessage {
    const f = m.fields;
    return this.createMessage(mb, dest, {
      ...structuredClone(f),
      sentDateTime: f.sentDateTime,
      singleValueExtendedProperties: m.ext.map((p) => ({ ...p })),
    });
  }

  deleteMessage(mb: StoredMailbox, m: StoredMessage): void {
    const seq = this.nextSeq(mb);
    this.addTombstone(mb, { seq, folderId: m.folderId, restId: m.restId, key: m.key });
    mb.messages.delete(m.key);
    mb.restIndex.delete(m.restId);
    this.folderIndex.get(m.folderId)?.delete(m.key);
    this.emit({ mailbox: mb, changeType: 'deleted', folderId: m.folderId, restId: m.restId, key: m.key, changeKey: m.changeKey, moved: false });
  }

  /** Tombstones of a folder with sequence in (from, to]. */
  tombstonesIn(mb: StoredMailbox, folderId: string, from: number, to: number): Tombstone[] {
    const out: Tombstone[] = [];
    const ts = mb.tombstones;
    // Tombstones are in sequence order: binary search the start.
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ts[mid] as Tombstone).seq <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ts.length; i++) {
      const t = ts[i] as Tombstone;
      if (t.seq > to) break;
      if (t.folderId === folderId) out.push(t);
    }
    return out;
  }

  // ---- master categories ----

  addCategory(mb: StoredMailbox, displayName: string, color: string): MasterCategory {
    if (mb.categories.some((c) => c.displayName.toLowerCase() === displayName.toLowerCase())) {
      throw new GraphHttpError(409, 'ErrorDuplicateCategory', 'A category with the specified name already exists.');
    }
    const c: MasterCategory = { id: newGuid(), displayName, color };
    mb.categories.push(c);
    this.touchMailbox(mb);
    return c;
  }

  updateCategory(mb: StoredMailbox, c: MasterCategory, color: string): MasterCategory {
    c.color = color;
    this.touchMailbox(mb);
    return c;
  }

  deleteCategory(mb: StoredMailbox, id: string): void {
    const i = mb.categories.findIndex((c) => c.id === id);
    if (i < 0) throw itemNotFound();
    mb.categories.splice(i, 1);
    this.touchMailbox(mb);
  }

  // ---- reset and persistence ----

  reset(addresses: string[]): void {
    const old = this.mailboxes();
    this.byAddress.clear();
    this.byId.clear();
    this.folderIndex.clear();
    this.mailboxOfFolder.clear();
    this.generation += 1;
    for (const a of addresses) this.addMailbox(a, undefined, old.find((m) => m.address.toLowerCase() === a.toLowerCase())?.id);
  }

  snapshot(): PersistedStore {
    return {
      version: 1,
      generation: this.generation,
      mailboxes: this.mailboxes().map((mb) => ({
        id: mb.id,
        address: mb.address,
        displayName: mb.displayName,
        rootFolderId: mb.rootFolderId,
        seq: mb.seq,
        tombstoneFloor: mb.tombstoneFloor,
        folders: [...mb.folders.values()],
        messages: [...mb.messages.values()],
        tombstones: mb.tombstones,
        categories: mb.categories,
      })),
    };
  }

  restore(data: PersistedStore): void {
    this.byAddress.clear();
    this.byId.clear();
    this.folderIndex.clear();
    this.mailboxOfFolder.clear();
    this.generation = data.generation;
    for (const p of data.mailboxes) {
      const mb: StoredMailbox = {
        id: p.id,
        address: p.address,
        displayName: p.displayName,
        idPart: mailboxIdPart(p.id),
        rootFolderId: p.rootFolderId,
        folders: new Map(p.folders.map((f) => [f.id, f])),
        messages: new Map(p.messages.map((m) => [m.key, m])),
        restIndex: new Map(p.messages.map((m) => [m.restId, m.key])),
        tombstones: p.tombstones,
        tombstoneFloor: p.tombstoneFloor,
        seq: p.seq,
        categories: p.categories,
      };
      this.register(mb);
    }
  }

  /** A reply's conversation index continues the parent's. */
  static childIndex(parent: string): string {
    return childConversationIndex(parent);
  }
}

export interface PersistedMailbox {
  id: string;
  address: string;
  displayName: string;
  rootFolderId: string;
  seq: number;
  tombstoneFloor: number;
  folders: StoredFolder[];
  messages: StoredMessage[];
  tombstones: Tombstone[];
  categories: MasterCategory[];
}

export interface PersistedStore {
  version: 1;
  generation: number;
  mailboxes: PersistedMailbox[];
}
