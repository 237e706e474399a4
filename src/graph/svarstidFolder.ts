import type * as MG from '@microsoft/microsoft-graph-types';
import { GraphRequestError } from './errors';
import { query, type GraphMailbox } from './mailbox';

/**
 * Svarstid's own data in the shared mailbox: one hidden folder under the mailbox root holding
 * a few items — the configuration (head and revisions), the worker lease, and scratch items of
 * `svarstid doctor`. Hidden folders are not shown by Outlook, and their items are not mail.
 *
 * Why items and not folder properties: a mail folder has no change key Graph exposes, so a
 * folder cannot be updated with `If-Match`. A message item can: its `@odata.etag` is its change
 * key, and a PATCH with a stale `If-Match` gets 412 — a real compare-and-swap. The data lives in
 * the item's text body (a draft's body may be updated; its size is bounded by Exchange's item
 * size, megabytes, not by the undocumented limit of a string property), and each item is marked
 * by one extended property saying what it is, so it is found with one filtered list query.
 *
 * Creating the folder is the one operation that is atomic by name (a second create gets 409):
 * whoever creates it also creates the singleton items. Others wait briefly for them.
 */

export const STORE_FOLDER_NAME = 'Svarstid-data';
/** Marks Svarstid's items and says which kind each is. */
export const ITEM_KIND_PROPERTY_ID = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstidItem';
/** Marks the hidden folder as Svarstid's (a person's folder of the same name is never used). */
export const FOLDER_MARK_PROPERTY_ID = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstidStore';

export type StoreItemKind = 'config-head' | 'config-revision' | 'lease' | 'doctor';

const SUBJECTS: Record<StoreItemKind, string> = {
  'config-head': 'Svarstid: konfiguration (systemdata, ändra inte)',
  'config-revision': 'Svarstid: konfigurationsversion (systemdata)',
  lease: 'Svarstid: tjänstens lås (systemdata)',
  doctor: 'Svarstid doctor: testobjekt (tas bort)',
};

/** A stored item as listed (no body). */
export interface StoreItemRef {
  id: string;
  etag: string;
  createdDateTime: string;
}

/** A stored item with its text. */
export interface StoreItem extends StoreItemRef {
  text: string;
}

const TEXT_BODY = 'outlook.body-content-type="text"';
const POLL_MS = 500;
/** How long to wait for the process that created the folder to create its singleton items. */
const WAIT_FOR_INITIALISER_MS = 1500;

/** The singleton items and their initial text (an empty configuration head, a free lease). */
export const SINGLETON_INITIAL: Readonly<Partial<Record<StoreItemKind, string>>> = {
  'config-head': JSON.stringify({ v: 1, kind: 'svarstid-config', revision: 0, updatedAt: null, updatedBy: null, config: null, log: [] }),
  lease: JSON.stringify({ v: 1, holder: null, until: null }),
};

function etagOf(item: { '@odata.etag'?: string; changeKey?: string | null }): string {
  return item['@odata.etag'] ?? (item.changeKey ? `W/"${item.changeKey}"` : '');
}

/** Oldest first, then by id: every reader picks the same item when a race left two. */
function canonical<T extends StoreItemRef>(items: T[]): T[] {
  return [...items].sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime) || a.id.localeCompare(b.id));
}

export interface SvarstidFolderOptions {
  sleep?: (ms: number) => Promise<void>;
  /** Folder name (tests and doctor use their own). */
  name?: string;
}

export class SvarstidFolder {
  private folderIdCache: string | null = null;
  private createdHere = false;
  private initialised = false;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly name: string;

  constructor(
    readonly graph: GraphMailbox,
    options: SvarstidFolderOptions = {},
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.name = options.name ?? STORE_FOLDER_NAME;
  }

  private async findFolder(): Promise<string | null> {
    const url =
      `${this.graph.base}/mailFolders/msgfolderroot/childFolders` +
      query({
        includeHiddenFolders: 'true',
        $filter: `displayName eq '${this.name.replace(/'/g, "''")}'`,
        $select: 'id,displayName,isHidden',
        $expand: `singleValueExtendedProperties($filter=id eq '${FOLDER_MARK_PROPERTY_ID}')`,
      });
    const folders = await this.graph.listAll<MG.MailFolder>(url, 'find svarstid folder');
    const ours = folders.find((f) => f.isHidden === true && (f.singleValueExtendedProperties ?? []).some((p) => p.value === '1'));
    if (ours?.id) return ours.id;
    if (folders.length > 0) {
      throw new GraphRequestError({
        operation: 'find svarstid folder',
        status: 409,
        code: 'FolderNameTaken',
        requestId: null,
        kind: 'badRequest',
        attempts: 1,
        detail: `a folder named '${this.name}' that is not Svarstid's exists at the mailbox root; rename it`,
      });
    }
    return null;
  }

  /** The hidden folder's id, or null when it does not exist (nothing is created). */
  async existingFolderId(): Promise<string | null> {
    this.folderIdCache ??= await this.findFolder();
    return this.folderIdCache;
  }

  /** The hidden folder's id, created when missing. */
  async folderId(): Promise<string> {
    const found = await this.existingFolderId();
    if (found) return found;
    try {
      const created = await this.graph.call<MG.MailFolder>('POST', `${this.graph.base}/mailFolders/msgfolderroot/childFolders`, {
        operation: 'create svarstid folder',
        body: {
          displayName: this.name,
          isHidden: true,
          singleValueExtendedProperties: [{ id: FOLDER_MARK_PROPERTY_ID, value: '1' }],
        },
      });
      if (!created?.id) throw new Error('created folder has no id');
      this.folderIdCache = created.id;
      this.createdHere = true;
      return created.id;
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.status === 409)) throw error;
      // Someone else created it at the same moment: use theirs.
      const id = await this.findFolder();
      if (!id) throw error;
      this.folderIdCache = id;
      return id;
    }
  }

  /** Items of a kind (no bodies), oldest first. Empty when the folder does not exist. */
  async list(kind: StoreItemKind): Promise<StoreItemRef[]> {
    const folder = await this.existingFolderId();
    if (!folder) return [];
    const url =
      `${this.graph.base}/mailFolders/${encodeURIComponent(folder)}/messages` +
      query({
        $filter: `singleValueExtendedProperties/any(ep: ep/id eq '${ITEM_KIND_PROPERTY_ID}' and ep/value eq '${kind}')`,
        $select: 'id,createdDateTime',
        $top: 1000,
      });
    const items = await this.graph.listAll<MG.Message & { '@odata.etag'?: string }>(url, `list ${kind}`);
    return canonical(items.filter((m) => m.id).map((m) => ({ id: m.id!, etag: etagOf(m), createdDateTime: m.createdDateTime ?? '' })));
  }

  /** Reads an item's text and current ETag. */
  async read(id: string): Promise<StoreItem> {
    const m = await this.graph.call<MG.Message & { '@odata.etag'?: string }>(
      'GET',
      `${this.graph.base}/messages/${encodeURIComponent(id)}${query({ $select: 'id,body,createdDateTime' })}`,
      { operation: 'read svarstid item', prefer: [TEXT_BODY] },
    );
    return { id, etag: etagOf(m), createdDateTime: m.createdDateTime ?? '', text: m.body?.content ?? '' };
  }

  /** The current ETag of an item (a small read, for polling). */
  async etag(id: string): Promise<string> {
    const m = await this.graph.call<MG.Message & { '@odata.etag'?: string }>(
      'GET',
      `${this.graph.base}/messages/${encodeURIComponent(id)}${query({ $select: 'id' })}`,
      { operation: 'check svarstid item' },
    );
    return etagOf(m);
  }

  /** Creates an item of a kind holding `text`. */
  async create(kind: StoreItemKind, text: string): Promise<StoreItemRef> {
    const folder = await this.folderId();
    const result = await this.graph.createMessage<MG.Message & { '@odata.etag'?: string }>(
      folder,
      {
        subject: SUBJECTS[kind],
        body: { contentType: 'text', content: text },
        isRead: true,
        singleValueExtendedProperties: [{ id: ITEM_KIND_PROPERTY_ID, value: kind }],
      },
      `create ${kind}`,
    );
    const m = result.body;
    if (!m?.id) throw new Error(`created ${kind} has no id`);
    return { id: m.id, etag: result.etag ?? etagOf(m), createdDateTime: m.createdDateTime ?? new Date().toISOString() };
  }

  /**
   * Replaces an item's text if it is unchanged since `etag` (compare-and-swap). Resolves with
   * the new ETag; a concurrent change rejects with a 412 {@link GraphRequestError} (`conflict`).
   */
  async write(id: string, etag: string, text: string): Promise<string> {
    const next = await this.graph.patchMessageIfMatch(id, etag, { body: { contentType: 'text', content: text } }, 'write svarstid item');
    return next ?? (await this.etag(id));
  }

  async remove(id: string): Promise<void> {
    await this.graph.deleteMessage(id, 'delete svarstid item');
  }

  /**
   * The one item of a kind (the configuration head, the lease), created with its initial text
   * when missing. The process that created the folder creates every singleton at once; others
   * that find one missing wait a moment for it (the creator is right behind), then create it
   * themselves (the creator crashed, or the folder is older than this kind of item). Should a
   * race still leave two, every reader uses the oldest.
   */
  async singleton(kind: keyof typeof SINGLETON_INITIAL): Promise<StoreItemRef> {
    await this.folderId();
    if (this.createdHere && !this.initialised) {
      this.initialised = true;
      for (const k of Object.keys(SINGLETON_INITIAL) as (keyof typeof SINGLETON_INITIAL)[]) await this.create(k, SINGLETON_INITIAL[k]!);
    }
    let items = await this.list(kind);
    if (items.length === 0 && !this.createdHere) {
      for (let waited = 0; items.length === 0 && waited < WAIT_FOR_INITIALISER_MS; waited += POLL_MS) {
        await this.sleep(POLL_MS);
        items = await this.list(kind);
      }
    }
    if (items.length === 0) return this.create(kind, SINGLETON_INITIAL[kind]!);
    return items[0]!;
  }

  /** The one item of a kind if it exists (nothing is created). */
  async existingSingleton(kind: StoreItemKind): Promise<StoreItemRef | null> {
    return (await this.list(kind))[0] ?? null;
  }
}
