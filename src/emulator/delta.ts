/**
 * Delta query per mail folder: an initial sync of the folder's current messages, then changes
 * (created, updated, `@removed`) since the last deltaLink. Tokens are opaque to clients but
 * stateless here (they carry the folder, the sequence window and the cursor), so they survive
 * restarts with --state. Failure modes as Exchange: 410 SyncStateNotFound (with a Location header
 * to restart from) for tokens of an older generation, too old, or older than the change log kept.
 */
import { badRequest, GraphHttpError } from './errors';
import type { EmuRequest, EmuResponse } from './context';
import { preferredMaxPageSize, prefersImmutable, prefersTextBody } from './context';
import type { StoredFolder, StoredMailbox, StoredMessage, Tombstone } from './model';
import { parseExpand, parseFilter, parseSelect, type FilterNode } from './odata';
import { contextFor, GRAPH_ROOT, renderMessage } from './render';
import type { EmulatorStore } from './store';
import type { Faults } from './faults';
import type { EmulatorProfile } from './profile';

export const DEFAULT_DELTA_PAGE = 10;
export const MAX_DELTA_PAGE = 1000;

interface DeltaToken {
  v: 1;
  g: number;
  mb: string;
  f: string;
  /** since (exclusive) */
  s: number;
  /** end of the snapshot (inclusive); null in a deltaLink */
  e: number | null;
  /** cursor: last returned (seq, key) */
  c: [number, string] | null;
  sel: string | null;
  exp: string | null;
  ct: string | null;
  /** receivedDateTime lower bound (ms) and whether inclusive */
  rf: [number, boolean] | null;
  t: number;
}

function encode(t: DeltaToken): string {
  return Buffer.from(JSON.stringify(t), 'utf8').toString('base64url');
}

function decode(raw: string): DeltaToken {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as DeltaToken;
    if (t && t.v === 1 && typeof t.f === 'string' && typeof t.s === 'number') return t;
  } catch {
    // fall through
  }
  throw badRequest('The sync state is invalid or malformed.', 'ErrorInvalidSyncStateData');
}

export interface DeltaDeps {
  store: EmulatorStore;
  faults: Faults;
  /** Delta tokens older than this are expired (410). */
  tokenTtlMs: number;
  profile: EmulatorProfile;
}

/** The strict profile's answer to `$expand` on message delta (as reported against Exchange Online). */
function expandRefused(): GraphHttpError {
  return new GraphHttpError(
    400,
    'BadRequest',
    "Parsing OData Select and Expand failed: $expand of 'singleValueExtendedProperties' is not supported on messages/delta.",
  );
}

type Entry = { seq: number; key: string; msg: StoredMessage | null; tomb: Tombstone | null };

function parseChangeType(raw: string | null): string | null {
  if (raw === null) return null;
  const v = raw.trim().toLowerCase();
  if (v !== 'created' && v !== 'updated' && v !== 'deleted') {
    throw badRequest(`Invalid value '${raw}' for changeType; use created, updated or deleted.`, 'ErrorInvalidParameter');
  }
  return v;
}

function parseDeltaFilter(raw: string | null): [number, boolean] | null {
  const node: FilterNode | null = parseFilter(raw);
  if (!node) return null;
  if (node.k === 'cmp' && node.path.length === 1 && node.path[0]?.toLowerCase() === 'receiveddatetime' && (node.op === 'ge' || node.op === 'gt') && node.value !== null && typeof node.value === 'object') {
    return [node.value.date, node.op === 'ge'];
  }
  throw new GraphHttpError(400, 'ErrorInvalidParameter', "Delta queries on messages support $filter only as 'receivedDateTime ge|gt {value}'.");
}

export function handleDelta(req: EmuRequest, mb: StoredMailbox, folder: StoredFolder, deps: DeltaDeps): EmuResponse {
  const { store, faults } = deps;
  const immutable = prefersImmutable(req);
  const basePath = `${GRAPH_ROOT}/${req.rawPath.replace(/^\//, '')}`;
  const skipToken = req.query.get('$skiptoken');
  const deltaToken = req.query.get('$deltatoken');
  let tok: DeltaToken;

  if (skipToken !== null || deltaToken !== null) {
    tok = decode((skipToken ?? deltaToken) as string);
    const restart = restartLink(basePath, tok);
    const stale = tok.g !== store.generation || Date.now() - tok.t > deps.tokenTtlMs || tok.s < mb.tombstoneFloor;
    if (!stale && (tok.mb !== mb.id || tok.f !== folder.id)) throw badRequest('The sync state does not belong to this folder.', 'ErrorInvalidSyncStateData');
    if (stale || faults.takeDelta410()) {
      throw new GraphHttpError(410, 'SyncStateNotFound', `The sync state generation is not found; generation=${tok.g};[highest=${store.generation}].`, {
        Location: restart,
      });
    }
    if (deltaToken !== null) {
      // A deltaLink opens a new round: changes since its sequence, up to now.
      tok = { ...tok, e: mb.seq, c: null, t: Date.now() };
    }
  } else {
    if (faults.takeDelta410()) {
      throw new GraphHttpError(410, 'SyncStateNotFound', 'The sync state generation is not found.', { Location: basePath });
    }
    const orderby = req.query.get('$orderby');
    if (orderby !== null && !/^\s*receivedDateTime\s+desc\s*$/i.test(orderby)) {
      throw new GraphHttpError(400, 'ErrorInvalidParameter', "Delta queries on messages support $orderby only as 'receivedDateTime desc'.");
    }
    const sel = req.query.get('$select');
    parseSelect(sel);
    const exp = req.query.get('$expand');
    parseExpand(exp);
    tok = {
      v: 1,
      g: store.generation,
      mb: mb.id,
      f: folder.id,
      s: 0,
      e: mb.seq,
      c: null,
      sel,
      exp,
      ct: parseChangeType(req.query.get('changeType')),
      rf: parseDeltaFilter(req.query.get('$filter')),
      t: Date.now(),
    };
  }

  const select = parseSelect(tok.sel);
  const expandExt = parseExpand(tok.exp);
  if (expandExt !== null && !deps.profile.deltaExpand) throw expandRefused();
  const top = req.query.get('$top');
  const wanted = preferredMaxPageSize(req) ?? (top !== null && /^\d+$/.test(top) ? Number(top) : DEFAULT_DELTA_PAGE);
  const pageSize = Math.min(MAX_DELTA_PAGE, deps.profile.maxPageSize, Math.max(1, wanted));
  const end = tok.e ?? mb.seq;

  const entries: Entry[] = [];
  const ct = tok.ct;
  if (ct !== 'deleted') {
    for (const m of store.messagesIn(folder.id)) {
      if (m.seq <= tok.s || m.seq > end) continue;
      const created = m.enteredSeq > tok.s;
      if (ct === 'created' && !created) continue;
      if (ct === 'updated' && created) continue;
      if (tok.rf) {
        const r = Date.parse(m.fields.receivedDateTime);
        if (tok.rf[1] ? r < tok.rf[0] : r <= tok.rf[0]) continue;
      }
      entries.push({ seq: m.seq, key: m.key, msg: m, tomb: null });
    }
  }
  if (tok.s > 0 && (ct === null || ct === 'deleted')) {
    for (const t of store.tombstonesIn(mb, folder.id, tok.s, end)) entries.push({ seq: t.seq, key: t.key, msg: null, tomb: t });
  }
  entries.sort((a, b) => a.seq - b.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let start = 0;
  if (tok.c) {
    const [cs, ck] = tok.c;
    while (start < entries.length) {
      const en = entries[start] as Entry;
      if (en.seq < cs || (en.seq === cs && en.key <= ck)) start++;
      else break;
    }
  }
  const page = entries.slice(start, start + pageSize);
  const value = page.map((en) => {
    if (en.msg) {
      return {
        '@odata.type': '#microsoft.graph.message',
        ...renderMessage(en.msg, { select, immutable, expandExt, textBody: prefersTextBody(req), valueLimit: deps.profile.listValueLimit }),
      };
    }
    const t = en.tomb as Tombstone;
    return { '@odata.type': '#microsoft.graph.message', id: immutable ? t.key : t.restId, '@removed': { reason: 'deleted' } };
  });
  const body: Record<string, unknown> = { '@odata.context': contextFor(req.segments.slice(0, -1), null, false) + '/delta' };
  const more = start + pageSize < entries.length;
  const last = page[page.length - 1];
  if (more && last) {
    body['@odata.nextLink'] = `${basePath}?$skiptoken=${encode({ ...tok, e: end, c: [last.seq, last.key] })}`;
  } else {
    body['@odata.deltaLink'] = `${basePath}?$deltatoken=${encode({ ...tok, s: end, e: null, c: null, t: Date.now() })}`;
  }
  body['value'] = value;
  const headers: Record<string, string> = {};
  if (preferredMaxPageSize(req) !== null) headers['Preference-Applied'] = `odata.maxpagesize=${pageSize}`;
  return { status: 200, headers, body };
}

function restartLink(basePath: string, tok: DeltaToken): string {
  const q = new URLSearchParams();
  if (tok.sel) q.set('$select', tok.sel);
  if (tok.exp) q.set('$expand', tok.exp);
  if (tok.ct) q.set('changeType', tok.ct);
  if (tok.rf) q.set('$filter', `receivedDateTime ${tok.rf[1] ? 'ge' : 'gt'} ${new Date(tok.rf[0]).toISOString().replace(/\.\d{3}Z$/, 'Z')}`);
  const qs = q.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}
