import type * as MG from '@microsoft/microsoft-graph-types';
import { RECORD_EXPAND, RECORD_PROPERTY_ID, recordTextOf, toGraphDateTime } from '../core/record';
import { GraphRequestError } from './errors';
import type { DeltaMessage, GraphMailbox } from './mailbox';
import type { SvarstidFolder } from './svarstidFolder';

/**
 * Probes that settle, on one tenant, what Microsoft does not document: how long a string
 * property a list, a delta and a single GET return; whether delta takes `$expand`; whether a
 * flag's due time keeps its time of day; how large a text body survives a round trip. Each works
 * on a scratch item in a hidden scratch folder (see `svarstid doctor`) and reports facts.
 */

/** How many characters of a long extended property each way of reading returned. */
export interface PropertyProbe {
  written: number;
  /** Characters a single GET returned (null: refused). */
  get: number | null;
  /** Characters a list of the folder's messages returned (null: refused). */
  list: number | null;
  /** Characters a delta of the folder returned (null: refused, see `deltaError`). */
  delta: number | null;
  deltaError: GraphRequestError | null;
  listError: GraphRequestError | null;
}

function asGraphError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  throw error;
}

/**
 * Writes a `length`-character value into the record property of the scratch item `id` and reads
 * it back through a single GET, a list of the folder and a delta of the folder.
 */
export async function probeLongProperty(graph: GraphMailbox, folderId: string, id: string, length = 600): Promise<PropertyProbe> {
  const value = `{"probe":"${'x'.repeat(Math.max(0, length - 12))}"}`.slice(0, length);
  await graph.patchMessage(id, { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value }] });
  const single = await graph.getMessageExpanded<MG.Message>(id, ['id'], RECORD_EXPAND);
  const get = recordTextOf(single.singleValueExtendedProperties)?.length ?? 0;

  let list: number | null = null;
  let listError: GraphRequestError | null = null;
  try {
    const items = await graph.listAll<MG.Message>(
      graph.messagesUrl(folderId, { select: ['id'], expand: RECORD_EXPAND, since: '1900-01-01T00:00:00Z', top: 10 }),
      'probe list',
    );
    list = recordTextOf(items.find((m) => m.id === id)?.singleValueExtendedProperties)?.length ?? 0;
  } catch (error) {
    listError = asGraphError(error);
  }

  let delta: number | null = null;
  let deltaError: GraphRequestError | null = null;
  try {
    let found = 0;
    await graph.deltaSync(
      graph.deltaUrl(folderId, { select: ['id'], expand: RECORD_EXPAND }),
      'probe delta',
      async (items: DeltaMessage[]) => {
        const m = items.find((x) => x.id === id);
        if (m) found = recordTextOf(m.singleValueExtendedProperties)?.length ?? 0;
      },
      { firstAttempts: 2, pageSize: 10 },
    );
    delta = found;
  } catch (error) {
    deltaError = asGraphError(error);
  }
  return { written: value.length, get, list, delta, deltaError, listError };
}

/** A follow-up flag with a due time of day written and read back. */
export interface FlagProbe {
  wrote: string;
  read: string | null;
  /** The due instant read back equals the one written (not only its date). */
  keepsTime: boolean;
}

export async function probeFlag(graph: GraphMailbox, id: string): Promise<FlagProbe> {
  const start = '2026-11-23T08:00:00+01:00';
  const due = '2026-11-24T15:30:00+01:00';
  await graph.patchMessage(id, { flag: { flagStatus: 'flagged', startDateTime: toGraphDateTime(start), dueDateTime: toGraphDateTime(due) } });
  const m = await graph.getMessage<MG.Message>(id, ['id', 'flag']);
  const d = m.flag?.dueDateTime;
  const read = d?.dateTime ? `${d.dateTime.replace(/\.\d+$/, '')}${!d.timeZone || d.timeZone === 'UTC' ? 'Z' : ` ${d.timeZone}`}` : null;
  const keepsTime = read !== null && (d?.timeZone ?? 'UTC') === 'UTC' && Date.parse(read) === Date.parse(due);
  return { wrote: due, read, keepsTime };
}

/** A text body of `chars` characters written to a scratch item and read back. */
export interface BodyProbe {
  chars: number;
  identical: boolean;
  readChars: number;
}

export async function probeBody(folder: SvarstidFolder, chars: number): Promise<BodyProbe> {
  // Text like a configuration: JSON with Swedish letters, no line breaks.
  const unit = '{"name":"Åtgärd för gatubelysning i Härnösand","keywords":["gatlykta","belysning","lampa"]},';
  const text = `[${unit.repeat(Math.ceil(chars / unit.length)).slice(0, Math.max(0, chars - 2))}]`;
  const created = await folder.create('doctor', '{}');
  try {
    await folder.write(created.id, created.etag, text);
    const back = await folder.read(created.id);
    const read = back.text.replace(/\r?\n$/, '');
    return { chars: text.length, identical: read === text, readChars: read.length };
  } finally {
    await folder.remove(created.id).catch(() => undefined);
  }
}
