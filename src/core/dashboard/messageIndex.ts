import { deadlineInForce, type SvarstidRecord } from '../record';

/**
 * The tab's one in-memory index of the mailbox: every labelled message of the window, by id,
 * with what the views need precomputed once per change (deadline in force and receipt as
 * numbers). The filters, counts and service level all run over it; Graph is never asked again
 * for what the index holds.
 */
export interface DashboardMessage {
  id: string;
  subject: string;
  /** `receivedDateTime` (ISO 8601). */
  received: string;
  /** Outlook on the web's link to the message (`webLink`), when Graph gave one. */
  webLink: string | null;
  /** The folder whose delta brought the message (routing may move mail under the inbox). */
  folder: string;
  record: SvarstidRecord;
}

/** A message with the numbers the views sort and count by. */
export interface IndexedMessage extends DashboardMessage {
  receivedMs: number;
  /** The deadline in force (the promise once acknowledged, else due), ms; null without one. */
  deadlineMs: number | null;
}

export function indexed(message: DashboardMessage): IndexedMessage {
  const deadline = deadlineInForce(message.record);
  const deadlineMs = deadline === null ? null : Date.parse(deadline);
  return { ...message, receivedMs: Date.parse(message.received), deadlineMs: deadlineMs === null || Number.isNaN(deadlineMs) ? null : deadlineMs };
}

export class MessageIndex {
  private readonly byId = new Map<string, IndexedMessage>();
  /** Bumped on every change: views recompute when it moves. */
  version = 0;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexedMessage | undefined {
    return this.byId.get(id);
  }

  /** Adds or replaces a message. */
  upsert(message: DashboardMessage): void {
    this.byId.set(message.id, indexed(message));
    this.version++;
  }

  /**
   * Removes a message that left `folder` (deleted, or moved away). A message another folder's
   * delta already reported elsewhere stays: moves are seen as a removal here and a creation there,
   * in either order.
   */
  remove(id: string, folder?: string): void {
    const current = this.byId.get(id);
    if (!current || (folder !== undefined && current.folder !== folder)) return;
    this.byId.delete(id);
    this.version++;
  }

  /** Forgets every message of a folder (its sync starts over). */
  removeFolder(folder: string): void {
    for (const [id, m] of this.byId) if (m.folder === folder) this.byId.delete(id);
    this.version++;
  }

  /** Every message, in no particular order. */
  all(): IndexedMessage[] {
    return [...this.byId.values()];
  }
}
