import type * as MG from '@microsoft/microsoft-graph-types';
import { RECORD_EXPAND, parseRecord, recordTextOf } from '../core/record';
import type { DashboardMessage } from '../core/dashboard/messageIndex';
import { isSyncReset } from './errors';
import { query, type DeltaMessage, type GraphMailbox } from './mailbox';

/**
 * What the Teams tab reads (issue 8), and only that: per folder (the inbox and the folders under
 * it, where routing moves mail), a delta sync of the messages received in the window, with the
 * fields the queue shows and the record expanded in the same request, in pages of 1 000; then
 * the same delta from its deltaLink, so an update costs one request per folder and brings only
 * what changed. Browser-safe.
 *
 * Graph's own limit: a delta with a `receivedDateTime` filter returns at most 5 000 messages
 * per folder (PLATFORM.md). {@link DashboardSync} says when a folder reached it.
 */

/** The fields the queue needs: no body, no sender, no recipients. */
export const DASHBOARD_SELECT = ['id', 'subject', 'receivedDateTime', 'webLink', 'parentFolderId'] as const;

/** Graph's cap on a filtered message delta (per folder). */
export const FILTERED_DELTA_CAP = 5000;

/** The first URL of a folder's delta over messages received since `since` (ISO 8601). */
export function dashboardDeltaUrl(graph: GraphMailbox, folder: string, since: string): string {
  return `${graph.base}/mailFolders/${encodeURIComponent(folder)}/messages/delta${query({
    $select: DASHBOARD_SELECT.join(','),
    $expand: RECORD_EXPAND,
    $filter: `receivedDateTime ge ${since}`,
  })}`;
}

/** A message of a delta page as the index holds it; null when it has no (valid) record yet. */
export function dashboardMessageOf(item: MG.Message, folder: string): DashboardMessage | null {
  if (!item.id) return null;
  const record = parseRecord(recordTextOf(item.singleValueExtendedProperties));
  if (!record) return null;
  return { id: item.id, subject: item.subject ?? '', received: item.receivedDateTime ?? '', webLink: item.webLink ?? null, folder, record };
}

/** What one delta round of one folder changed. */
export interface FolderChanges {
  folder: string;
  /** The folder's display name (`null` for the inbox itself), for a person's message. */
  name: string | null;
  /** Labelled messages created or updated. */
  upserted: DashboardMessage[];
  /** Ids removed from the folder (deleted, moved away) or whose record is gone. */
  removed: string[];
  /** The delta started over (first sync, or Graph's 410): the folder's old messages are stale. */
  restarted: boolean;
  /** Messages the round returned (a first sync at {@link FILTERED_DELTA_CAP} may be cut short by Graph). */
  returned: number;
}

/** The ids of the inbox and the folders directly under it (where routing moves mail). */
export async function dashboardFolders(graph: GraphMailbox): Promise<string[]> {
  return (await dashboardFolderNames(graph)).map((f) => f.id);
}

/** The inbox (name `null`) and the folders directly under it, with their display names. */
export async function dashboardFolderNames(graph: GraphMailbox): Promise<{ id: string; name: string | null }[]> {
  const children = await graph.childFolders('inbox');
  const under = children.flatMap((f) => (typeof f.id === 'string' ? [{ id: f.id, name: f.displayName ?? f.id }] : []));
  return [{ id: 'inbox', name: null }, ...under];
}

/**
 * Keeps the tab's view of a mailbox in step with Graph: `sync()` runs one delta round per
 * folder — the first a full read of the window, later ones from the saved deltaLinks — and
 * hands each folder's changes to `onChanges`. A 410 starts that folder over.
 */
export class DashboardSync {
  private readonly links = new Map<string, string>();
  private folders: { id: string; name: string | null }[] | null = null;
  private rounds = 0;

  constructor(
    private readonly graph: GraphMailbox,
    private readonly since: string,
    /** List the folders again every this many rounds (new routing folders appear). */
    private readonly foldersEvery = 6,
  ) {}

  /** One round over every folder. */
  async sync(onChanges: (changes: FolderChanges) => void): Promise<void> {
    if (this.folders === null || this.rounds % this.foldersEvery === 0) {
      const folders = await dashboardFolderNames(this.graph);
      const ids = new Set(folders.map((f) => f.id));
      for (const gone of [...this.links.keys()].filter((f) => !ids.has(f))) {
        this.links.delete(gone);
        onChanges({ folder: gone, name: this.folders?.find((f) => f.id === gone)?.name ?? null, upserted: [], removed: [], restarted: true, returned: 0 });
      }
      this.folders = folders;
    }
    this.rounds++;
    for (const folder of this.folders) await this.syncFolder(folder.id, folder.name, onChanges);
  }

  private async syncFolder(folder: string, name: string | null, onChanges: (changes: FolderChanges) => void): Promise<void> {
    const first = dashboardDeltaUrl(this.graph, folder, this.since);
    const saved = this.links.get(folder);
    const run = async (from: string, restarted: boolean): Promise<void> => {
      const changes: FolderChanges = { folder, name, upserted: [], removed: [], restarted, returned: 0 };
      const link = await this.graph.deltaSync(from, 'tab delta', async (items: DeltaMessage[]) => {
        changes.returned += items.length;
        for (const item of items) {
          if (!item.id) continue;
          if (item['@removed']) {
            changes.removed.push(item.id);
            continue;
          }
          const m = dashboardMessageOf(item, folder);
          if (m) changes.upserted.push(m);
          else changes.removed.push(item.id);
        }
      });
      this.links.set(folder, link);
      onChanges(changes);
    };
    try {
      await run(saved ?? first, saved === undefined);
    } catch (error) {
      if (saved === undefined || !isSyncReset(error)) throw error;
      this.links.delete(folder);
      await run(first, true);
    }
  }
}
