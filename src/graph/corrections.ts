import type * as MG from '@microsoft/microsoft-graph-types';
import { parseRecord, recordTextOf, RECORD_EXPAND, type SvarstidRecord } from '../core/record';
import { GraphRequestError } from './errors';
import { query, type GraphMailbox } from './mailbox';
import { TRIAGE_SELECT } from './messageFields';

/**
 * The corrections of a shared mailbox, for learning (`svarstid learn`): every message whose
 * Svarstid record a person wrote (`source: "manual"`), with the message as triage reads it.
 * Records the worker wrote (`auto`) are only counted, never returned: nothing is learnt from them.
 *
 * Two steps, so a large mailbox costs little: one paged listing of ids and records (no bodies),
 * then the corrected messages one by one (the scheduler keeps Exchange's concurrency limit).
 */

/** The message fields triage reads (as the worker reads them). */
export const CORRECTION_SELECT = TRIAGE_SELECT;

/** A message a person labelled, and the record they wrote. */
export interface MailboxCorrection {
  message: MG.Message;
  record: SvarstidRecord;
}

export interface MailboxCorrections {
  corrections: MailboxCorrection[];
  /** Messages with a Svarstid record in the folders read (manual and auto): how many the default labelled. */
  labelled: number;
  /** Of those, how many a person corrected. */
  manual: number;
}

/** At most this many corrected messages are read at the same time (the scheduler's limit holds anyway). */
const PARALLEL_READS = 8;

/**
 * The folders a mailbox's labelled mail lives in: the inbox and the department folders routing
 * moves mail to (by display name, under the inbox; folders that do not exist yet are skipped).
 */
export async function labelledFolders(graph: GraphMailbox, departmentFolders: readonly string[]): Promise<string[]> {
  const out = ['inbox'];
  if (departmentFolders.length === 0) return out;
  const children = await graph.childFolders('inbox');
  for (const name of new Set(departmentFolders.map((n) => n.toLowerCase()))) {
    const id = children.find((f) => f.displayName?.toLowerCase() === name)?.id;
    if (id) out.push(id);
  }
  return out;
}

/** The ids of the messages with a record in the folders, and which of them a person corrected. */
async function recordIndex(graph: GraphMailbox, folders: readonly string[]): Promise<{ labelled: number; manual: Map<string, SvarstidRecord> }> {
  let labelled = 0;
  const manual = new Map<string, SvarstidRecord>();
  for (const folder of folders) {
    const url = `${graph.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({ $select: 'id', $expand: RECORD_EXPAND, $top: 1000 })}`;
    for (const m of await graph.listAll<MG.Message>(url, 'list labelled messages')) {
      const record = parseRecord(recordTextOf(m.singleValueExtendedProperties));
      if (!record || !m.id) continue;
      labelled++;
      if (record.source === 'manual') manual.set(m.id, record);
    }
  }
  return { labelled, manual };
}

/** How many messages of the folders carry a record, and how many of those a person corrected (no bodies read). */
export async function countCorrections(graph: GraphMailbox, folders: readonly string[] = ['inbox']): Promise<{ labelled: number; manual: number }> {
  const { labelled, manual } = await recordIndex(graph, folders);
  return { labelled, manual: manual.size };
}

/** Reads the corrected messages of the folders (see the module comment). A message deleted meanwhile is left out. */
export async function readCorrections(graph: GraphMailbox, folders: readonly string[] = ['inbox']): Promise<MailboxCorrections> {
  const { labelled, manual } = await recordIndex(graph, folders);
  const ids = [...manual.keys()];
  const corrections: MailboxCorrection[] = [];
  for (let i = 0; i < ids.length; i += PARALLEL_READS) {
    const batch = await Promise.all(
      ids.slice(i, i + PARALLEL_READS).map(async (id) => {
        try {
          return await graph.getMessage<MG.Message>(id, CORRECTION_SELECT);
        } catch (error) {
          if (error instanceof GraphRequestError && error.kind === 'notFound') return null;
          throw error;
        }
      }),
    );
    batch.forEach((message, j) => {
      if (message) corrections.push({ message, record: manual.get(ids[i + j]!)! });
    });
  }
  return { corrections, labelled, manual: manual.size };
}
