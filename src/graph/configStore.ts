import { z } from 'zod';
import { ConfigError, validateConfig, type SvarstidConfig } from '../core/config';
import { diffConfigs, type ConfigChange } from '../core/config/diff';
import { allManagedCategories } from '../core/record';
import { isConflict } from './errors';
import type { GraphMailbox } from './mailbox';
import { SvarstidFolder, type StoreItemRef } from './svarstidFolder';

/**
 * The configuration stored in the shared mailbox itself, the one home the worker, the add-in and
 * the tab read (issue 9). Layout, in Svarstid's hidden folder (see svarstidFolder.ts):
 *
 * - the **head** item: the current configuration, its revision, who saved it and when, and the
 *   audit trail (the last {@link AUDIT_LENGTH} saves, each with a readable diff);
 * - one **revision** item per save with that revision's whole configuration, for restore.
 *
 * A save is a compare-and-swap on the head: it is written with `If-Match` on the ETag read, so of
 * two concurrent saves exactly one wins and the other gets {@link ConfigConflictError} (412) and
 * changes nothing (its revision item is removed again). The configuration is validated before
 * anything is written: an invalid configuration is never stored.
 */

/** How many saves the audit trail keeps (at least the last 200 are promised). */
export const AUDIT_LENGTH = 250;
/** Changes kept per audit entry; the rest are counted in `more`. */
export const CHANGES_PER_ENTRY = 40;
/** Every how many saves old revision items are cleaned up. */
const PRUNE_EVERY = 10;
/** An audit entry's changes lose their before/after values when the entry would exceed this. */
const MAX_ENTRY_CHARS = 4000;

const changeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed', 'moved']),
  path: z.string(),
  fields: z.array(z.string()).optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  sv: z.string(),
  en: z.string(),
});

export const auditEntrySchema = z.object({
  revision: z.number().int().min(1),
  at: z.string(),
  /** The signed-in user's UPN, or `cli` / `worker`. */
  by: z.string(),
  note: z.string().optional(),
  changes: z.array(changeSchema),
  /** Changes beyond those listed. */
  more: z.number().int().min(1).optional(),
  /** The revision this save restored. */
  restoredFrom: z.number().int().min(1).optional(),
  /** The item holding this revision's whole configuration. */
  snapshot: z.string().optional(),
});
/** One save in the audit trail. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const headSchema = z.object({
  v: z.literal(1),
  kind: z.literal('svarstid-config'),
  revision: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  config: z.unknown().nullable(),
  log: z.array(auditEntrySchema),
  /** Every Outlook category name any stored revision gave a department or kind (renames are found from it). */
  categoryNames: z.array(z.string()).default([]),
});
type Head = z.infer<typeof headSchema>;

const revisionSchema = z.object({ v: z.literal(1), kind: z.literal('svarstid-config-revision'), revision: z.number().int().min(1), config: z.unknown() });

/** The configuration as stored. */
export interface StoredConfig {
  config: SvarstidConfig;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  /** The newest audit entry (this revision's). */
  latest: AuditEntry | null;
  /** Every category name a stored revision used (the worker replaces renamed ones on open messages). */
  categoryNames: string[];
}

/** Someone saved since the editor read the configuration: nothing was stored; reload and apply the change again. */
export class ConfigConflictError extends Error {
  constructor(
    readonly expectedRevision: number,
    readonly actualRevision: number,
    readonly actualBy: string | null = null,
  ) {
    super(
      `the configuration was saved meanwhile (expected revision ${expectedRevision}, stored revision ${actualRevision}` +
        `${actualBy ? ` by ${actualBy}` : ''}); nothing was stored`,
    );
    this.name = 'ConfigConflictError';
  }
}

/** What is stored cannot be read as a configuration (damaged or written by a newer version). */
export class StoredConfigUnreadableError extends Error {
  constructor(detail: string) {
    super(`the stored configuration cannot be read: ${detail}`);
    this.name = 'StoredConfigUnreadableError';
  }
}

/** The revision asked for is not kept. */
export class RevisionNotFoundError extends Error {
  constructor(readonly revision: number) {
    super(`revision ${revision} is not in the stored history`);
    this.name = 'RevisionNotFoundError';
  }
}

function parseHead(text: string): Head {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StoredConfigUnreadableError('the head item is not JSON');
  }
  const parsed = headSchema.safeParse(value);
  if (!parsed.success) throw new StoredConfigUnreadableError(`the head item is not a v1 head (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/** Keeps an audit entry small: at most {@link CHANGES_PER_ENTRY} changes, without values when long. */
function boundedEntry(entry: AuditEntry): AuditEntry {
  let changes = entry.changes;
  let more = changes.length > CHANGES_PER_ENTRY ? changes.length - CHANGES_PER_ENTRY : 0;
  changes = changes.slice(0, CHANGES_PER_ENTRY);
  let out: AuditEntry = { ...entry, changes, ...(more > 0 ? { more } : {}) };
  if (JSON.stringify(out).length > MAX_ENTRY_CHARS) {
    out = { ...out, changes: changes.map(({ before: _b, after: _a, ...rest }) => rest) };
  }
  while (JSON.stringify(out).length > MAX_ENTRY_CHARS && out.changes.length > 1) {
    more += 1;
    out = { ...out, changes: out.changes.slice(0, -1), more };
  }
  return out;
}

export interface SaveOptions {
  /** The revision the editor started from; a save on top of any other revision is a conflict. Absent: whatever is stored now (still compare-and-swap). */
  expectedRevision?: number;
  /** UPN, or `cli` / `worker`. */
  by: string;
  note?: string;
  now?: () => Date;
  /** Internal: the revision being restored. */
  restoredFrom?: number;
}

/** The configuration store of one mailbox. Keeps the ids it found, so polling is one small GET. */
export class ConfigStore {
  readonly folder: SvarstidFolder;
  private head: StoreItemRef | null = null;

  constructor(readonly graph: GraphMailbox, folder?: SvarstidFolder) {
    this.folder = folder ?? new SvarstidFolder(graph);
  }

  private async existingHead(): Promise<StoreItemRef | null> {
    this.head ??= await this.folder.existingSingleton('config-head');
    return this.head;
  }

  private async readHead(): Promise<{ ref: StoreItemRef; head: Head } | null> {
    const ref = await this.existingHead();
    if (!ref) return null;
    const item = await this.folder.read(ref.id);
    return { ref: { ...ref, etag: item.etag }, head: parseHead(item.text) };
  }

  /**
   * A cheap marker of the stored configuration's version: changes whenever it is saved. Null
   * when nothing is stored yet. One small GET once the head is known.
   */
  async version(): Promise<string | null> {
    const ref = await this.existingHead();
    if (!ref) return null;
    return this.folder.etag(ref.id);
  }

  /** The stored configuration, or null when none is stored. Never creates anything. */
  async read(): Promise<StoredConfig | null> {
    const found = await this.readHead();
    if (!found || found.head.revision === 0 || found.head.config === null) return null;
    const { head } = found;
    const result = validateConfig(head.config);
    if (!result.ok) throw new StoredConfigUnreadableError(`revision ${head.revision} does not validate: ${result.problems[0]?.path ?? ''} ${result.problems[0]?.en ?? ''}`.trim());
    return {
      config: result.config,
      revision: head.revision,
      updatedAt: head.updatedAt ?? '',
      updatedBy: head.updatedBy ?? '',
      latest: head.log[head.log.length - 1] ?? null,
      categoryNames: head.categoryNames,
    };
  }

  /** The audit trail, oldest first. */
  async history(): Promise<AuditEntry[]> {
    const found = await this.readHead();
    return found ? found.head.log : [];
  }

  /**
   * Validates and saves a configuration as a new revision. Throws `ConfigError` (nothing
   * stored) for an invalid document and {@link ConfigConflictError} (nothing stored) when the
   * stored revision is not `expectedRevision` or another save won the race.
   */
  async save(input: unknown, options: SaveOptions): Promise<StoredConfig> {
    // Validate before anything is written: an invalid configuration is never stored.
    const first = validateConfig(input);
    if (!first.ok) throw new ConfigError(first.problems);

    const ref = (this.head ??= await this.folder.singleton('config-head'));
    const item = await this.folder.read(ref.id);
    const head = parseHead(item.text);
    const expected = options.expectedRevision ?? head.revision;
    if (head.revision !== expected) throw new ConfigConflictError(expected, head.revision, head.updatedBy);

    const revision = head.revision + 1;
    const config = first.config.revision === revision ? first.config : { ...first.config, revision };
    const at = (options.now?.() ?? new Date()).toISOString();
    const snapshot = await this.folder.create('config-revision', JSON.stringify({ v: 1, kind: 'svarstid-config-revision', revision, config }));
    const entry = boundedEntry({
      revision,
      at,
      by: options.by,
      ...(options.note ? { note: options.note.slice(0, 500) } : {}),
      changes: diffConfigs(head.config, config) as ConfigChange[],
      ...(options.restoredFrom !== undefined ? { restoredFrom: options.restoredFrom } : {}),
      snapshot: snapshot.id,
    });
    const next: Head = {
      v: 1,
      kind: 'svarstid-config',
      revision,
      updatedAt: at,
      updatedBy: options.by,
      config,
      log: [...head.log, entry].slice(-AUDIT_LENGTH),
      categoryNames: [...new Set([...head.categoryNames, ...allManagedCategories(config)])],
    };
    try {
      await this.folder.write(ref.id, item.etag, JSON.stringify(next));
    } catch (error) {
      // Another save won: take back our revision item; the stored configuration is theirs, untouched.
      await this.folder.remove(snapshot.id).catch(() => undefined);
      if (isConflict(error)) {
        const now = await this.readHead().catch(() => null);
        throw new ConfigConflictError(expected, now?.head.revision ?? revision, now?.head.updatedBy ?? null);
      }
      throw error;
    }
    // Revision items beyond the trail (and those of saves that lost a race) are removed now and then.
    if (revision % PRUNE_EVERY === 0) await this.prune(next).catch(() => undefined);
    return { config, revision, updatedAt: at, updatedBy: options.by, latest: entry, categoryNames: next.categoryNames };
  }

  /** The whole configuration of an earlier revision (from its revision item). */
  async revision(revision: number): Promise<SvarstidConfig> {
    const found = await this.readHead();
    const entry = found?.head.log.find((e) => e.revision === revision);
    if (!entry?.snapshot) throw new RevisionNotFoundError(revision);
    let text: string;
    try {
      text = (await this.folder.read(entry.snapshot)).text;
    } catch {
      throw new RevisionNotFoundError(revision);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new StoredConfigUnreadableError(`revision ${revision} is not JSON`);
    }
    const parsed = revisionSchema.safeParse(value);
    if (!parsed.success || parsed.data.revision !== revision) throw new StoredConfigUnreadableError(`revision ${revision} is damaged`);
    const result = validateConfig(parsed.data.config);
    if (!result.ok) throw new StoredConfigUnreadableError(`revision ${revision} does not validate`);
    return result.config;
  }

  /** Saves an earlier revision's configuration again, as a new audited revision. */
  async restore(revision: number, options: SaveOptions): Promise<StoredConfig> {
    const config = await this.revision(revision);
    return this.save(config, { ...options, restoredFrom: revision, note: options.note ?? `Återställd från revision ${revision}` });
  }

  /** Removes revision items no longer in the audit trail (and those of saves that lost a race). */
  private async prune(head: Head): Promise<void> {
    const kept = new Set(head.log.map((e) => e.snapshot).filter((s): s is string => s !== undefined));
    const items = await this.folder.list('config-revision');
    const cutoff = Date.now() - 10 * 60_000;
    for (const item of items) {
      // A revision item not (yet) in the trail may belong to a save in progress: leave young ones.
      if (!kept.has(item.id) && Date.parse(item.createdDateTime) < cutoff) await this.folder.remove(item.id);
    }
  }
}

/** Reads the stored configuration; null when none is stored. */
export function readStoredConfig(graph: GraphMailbox): Promise<StoredConfig | null> {
  return new ConfigStore(graph).read();
}

/** Validates and saves a configuration (see {@link ConfigStore.save}). */
export function saveStoredConfig(graph: GraphMailbox, input: unknown, options: SaveOptions): Promise<StoredConfig> {
  return new ConfigStore(graph).save(input, options);
}
