import type * as MG from '@microsoft/microsoft-graph-types';
import { parseRecord, recordNeedsFullRead, recordTextOf, RECORD_EXPAND, type SvarstidRecord } from '../core/record';
import { MAX_PAGE_SIZE, type GraphMailbox } from './mailbox';

/** A message of the shared mailbox with the Svarstid record it carries. */
export interface LabelledMessage {
  id: string;
  subject: string;
  receivedDateTime: string;
  record: SvarstidRecord;
}

const SELECT = ['id', 'subject', 'receivedDateTime'] as const;

/**
 * Reads the inbox (and the folders under it, where routing may have moved mail) with each
 * message's record. Messages without a valid record are left out: they are not labelled yet.
 * A record the list returned cut or unparsable (Exchange may return only 255 characters of a
 * property in a list) is read again in full with a single GET. The due time shown is the
 * record's, never the flag's (Outlook may keep only a flag's date).
 */
export async function readLabelledMessages(graph: GraphMailbox, folders: readonly string[] = ['inbox']): Promise<LabelledMessage[]> {
  const out: LabelledMessage[] = [];
  for (const folder of folders) {
    await graph.listMessagesByReceipt<MG.Message>(
      folder,
      { select: SELECT, expand: RECORD_EXPAND, pageSize: MAX_PAGE_SIZE },
      async (messages) => {
        for (const m of messages) {
          let text = recordTextOf(m.singleValueExtendedProperties);
          if (recordNeedsFullRead(text) && m.id) {
            const full = await graph.getMessageExpanded<MG.Message>(m.id, ['id'], RECORD_EXPAND).catch(() => null);
            text = full ? recordTextOf(full.singleValueExtendedProperties) : null;
          }
          const record = parseRecord(text);
          if (record && m.id) out.push({ id: m.id, subject: m.subject ?? '', receivedDateTime: m.receivedDateTime ?? '', record });
        }
      },
      `read labelled messages (${folder})`,
    );
  }
  return out;
}
