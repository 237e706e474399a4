import type * as MG from '@microsoft/microsoft-graph-types';
import { parseRecord, recordTextOf, RECORD_EXPAND, type SvarstidRecord } from '../core/record';
import { query, type GraphMailbox } from './mailbox';

/** A message of the shared mailbox with the Svarstid record it carries. */
export interface LabelledMessage {
  id: string;
  subject: string;
  receivedDateTime: string;
  record: SvarstidRecord;
}

const SELECT = ['id', 'subject', 'receivedDateTime'].join(',');

/**
 * Reads the inbox (and the folders under it, where routing may have moved mail) with each
 * message's record, in pages of 1 000. Messages without a valid record are left out: they
 * are not labelled yet.
 */
export async function readLabelledMessages(graph: GraphMailbox, folders: readonly string[] = ['inbox']): Promise<LabelledMessage[]> {
  const out: LabelledMessage[] = [];
  for (const folder of folders) {
    const url = `${graph.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({ $select: SELECT, $expand: RECORD_EXPAND, $top: 1000 })}`;
    const messages = await graph.listAll<MG.Message>(url, `read labelled messages (${folder})`);
    for (const m of messages) {
      const record = parseRecord(recordTextOf(m.singleValueExtendedProperties));
      if (record && m.id) out.push({ id: m.id, subject: m.subject ?? '', receivedDateTime: m.receivedDateTime ?? '', record });
    }
  }
  return out;
}
