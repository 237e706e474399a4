import type * as MG from '@microsoft/microsoft-graph-types';
import type { Department } from '../core/config/departmentSchema';
import { RECORD_EXPAND, parseRecord, recordTextOf, type SvarstidRecord } from '../core/record';
import { GraphRequestError } from './errors';
import { query, type GraphMailbox } from './mailbox';
import { LABELLED_SELECT } from './messageFields';

/**
 * What the pages do to one message, through the one Graph door: read it with its record,
 * write a person's label (record, categories and flag in one PATCH, guarded by the message's
 * ETag), route it where the department routes by forward or move, list and reply (the
 * development harness). Browser-safe.
 */

/** What the add-in reads of a message: what the core's triage needs, plus flag, categories and the record. */
export const PANE_MESSAGE_SELECT = LABELLED_SELECT;

/** A message as the add-in reads it. */
export interface MessageWithRecord {
  message: MG.Message & { id: string };
  /** The Svarstid record, or null when the worker has not labelled the message (or the record is unreadable). */
  record: SvarstidRecord | null;
  /** The message's ETag (`@odata.etag`), for the write that follows. */
  etag: string | null;
}

/** The ETag changed between read and write: someone else (a colleague, the worker) wrote first. */
export { isConflict } from './errors';

/** Reads one message with its record in one request. */
export async function readMessageWithRecord(graph: GraphMailbox, id: string): Promise<MessageWithRecord> {
  const message = await graph.call<MG.Message & { '@odata.etag'?: string }>(
    'GET',
    `${graph.base}/messages/${encodeURIComponent(id)}${query({ $select: PANE_MESSAGE_SELECT.join(','), $expand: RECORD_EXPAND })}`,
    { operation: 'read message' },
  );
  if (!message?.id) throw new GraphRequestError({ operation: 'read message', status: 200, code: 'NoId', requestId: null, kind: 'badRequest', attempts: 1, detail: 'the message came back without an id' });
  return {
    message: message as MG.Message & { id: string },
    record: parseRecord(recordTextOf(message.singleValueExtendedProperties)),
    etag: message['@odata.etag'] ?? null,
  };
}

/**
 * Writes a label: the record property, categories and flag in ONE PATCH. With `etag`, the write
 * only happens if nobody changed the message since it was read (else a 412: see {@link isConflict}).
 */
export async function writeMessageLabel(graph: GraphMailbox, id: string, patch: object, etag: string | null): Promise<void> {
  await graph.call('PATCH', `${graph.base}/messages/${encodeURIComponent(id)}`, {
    operation: 'write label',
    body: patch,
    prefer: ['return=minimal'],
    ...(etag ? { ifMatch: etag } : {}),
  });
}

/** The id of a folder under the inbox by name, created when missing. */
async function departmentFolderId(graph: GraphMailbox, name: string): Promise<string> {
  const find = async (): Promise<string | undefined> =>
    (await graph.childFolders('inbox')).find((f) => f.displayName?.toLowerCase() === name.toLowerCase())?.id ?? undefined;
  let id = await find();
  if (!id) {
    try {
      id = (await graph.createChildFolder('inbox', name)).id ?? undefined;
    } catch (error) {
      // Created meanwhile (the worker, a colleague): use it.
      if (!(error instanceof GraphRequestError && error.status === 409)) throw error;
      id = await find();
    }
  }
  if (!id) throw new Error(`folder ${name} has no id`);
  return id;
}

/**
 * Carries out one routing action of a department: `forward` sends the message to the
 * department's mailbox with its note (never repeated when the outcome is unknown); `move` puts
 * it in the department's folder under the inbox. With immutable ids the message keeps its id.
 */
export async function routeMessage(
  graph: GraphMailbox,
  id: string,
  department: Pick<Department, 'name' | 'routing'>,
  action: 'forward' | 'move',
): Promise<void> {
  if (action === 'forward') {
    const to = department.routing.forwardTo;
    if (!to) throw new Error(`department ${department.name} has no forwardTo`);
    await graph.forwardMessage(id, to, department.routing.forwardNote ?? `Vidarebefordrat av Svarstid till ${department.name}.`);
    return;
  }
  const folder = department.routing.folder;
  if (!folder) throw new Error(`department ${department.name} has no folder`);
  await graph.moveMessage(id, await departmentFolderId(graph, folder));
}

/** Messages of a folder, newest first, with the given fields (development harness, admin views). */
export async function listMessages<T = MG.Message>(
  graph: GraphMailbox,
  folder: string,
  params: { select: readonly string[]; top?: number; withRecord?: boolean },
): Promise<T[]> {
  const page = await graph.page<T>(
    `${graph.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({
      $select: params.select.join(','),
      $expand: params.withRecord ? RECORD_EXPAND : undefined,
      $orderby: 'receivedDateTime desc',
      $top: params.top ?? 50,
    })}`,
    `list ${folder}`,
    params.top ?? 50,
  );
  return page.value;
}

/**
 * Replies to a message with an HTML body and optional extended properties (an internet header
 * such as the acknowledgement mark is kept as one), in three steps: draft, write, send.
 */
export async function sendReply(
  graph: GraphMailbox,
  id: string,
  reply: { html: string; extendedProperties?: { id: string; value: string }[] },
): Promise<void> {
  const draft = await graph.call<MG.Message>('POST', `${graph.base}/messages/${encodeURIComponent(id)}/createReply`, {
    operation: 'create reply',
    body: {},
  });
  if (!draft?.id) throw new Error('the reply draft came back without an id');
  await graph.call('PATCH', `${graph.base}/messages/${encodeURIComponent(draft.id)}`, {
    operation: 'write reply',
    prefer: ['return=minimal'],
    body: {
      body: { contentType: 'html', content: reply.html },
      ...(reply.extendedProperties?.length ? { singleValueExtendedProperties: reply.extendedProperties } : {}),
    },
  });
  await graph.call('POST', `${graph.base}/messages/${encodeURIComponent(draft.id)}/send`, { operation: 'send reply', idempotent: false });
}
