/** Turns stored messages and folders into the JSON Graph returns, honouring $select and $expand. */
import { MESSAGE_PROPERTIES, normalizeExtId } from './odata';
import { htmlToText } from './store';
import type { StoredFolder, StoredMessage } from './model';

export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

export interface RenderOptions {
  select: string[] | null;
  immutable: boolean;
  expandExt: string[] | null;
  /** Prefer: outlook.body-content-type="text" */
  textBody?: boolean;
  /** Characters of an extended property value to return (collections in the strict profile); null or absent: all. */
  valueLimit?: number | null;
}

export function messageId(m: StoredMessage, immutable: boolean): string {
  return immutable ? m.key : m.restId;
}

export function etagOf(changeKey: string): string {
  return `W/"${changeKey}"`;
}

/**
 * Rendered objects share nested values with the store: the HTTP layer serializes them at once and
 * the store replaces (never mutates) nested values on writes. Programmatic callers get a deep copy.
 */
function clone<T>(v: T): T {
  return v;
}

function propValue(m: StoredMessage, name: string, immutable: boolean): { present: boolean; value: unknown } {
  const f = m.fields;
  switch (name) {
    case 'changeKey':
      return { present: true, value: m.changeKey };
    case 'parentFolderId':
      return { present: true, value: m.folderId };
    case 'webLink':
      return {
        present: true,
        value: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(messageId(m, immutable))}&exvsurl=1&viewmodel=ReadMessageItem`,
      };
    case 'sender':
    case 'from':
      // Graph leaves out a recipient it does not have (drafts) rather than writing null.
      return f[name] ? { present: true, value: clone(f[name]) } : { present: false, value: undefined };
    case 'uniqueBody':
      return { present: true, value: clone(f.uniqueBody ?? f.body) };
    case 'flag':
      return { present: true, value: clone(f.flag) };
    default: {
      const v = (f as unknown as Record<string, unknown>)[name];
      return { present: true, value: clone(v) };
    }
  }
}

export function renderMessage(m: StoredMessage, opts: RenderOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(m.changeKey), id: messageId(m, opts.immutable) };
  const names: readonly string[] = opts.select ?? MESSAGE_PROPERTIES;
  for (const name of names) {
    if (name === 'id') continue;
    const { present, value } = propValue(m, name, opts.immutable);
    if (present) out[name] = value;
  }
  if (opts.textBody) {
    for (const k of ['body', 'uniqueBody']) {
      const b = out[k] as { contentType: string; content: string } | undefined;
      if (b && b.contentType === 'html') out[k] = { contentType: 'text', content: htmlToText(b.content) };
    }
  }
  if (opts.expandExt) {
    const wanted = new Set(opts.expandExt);
    const limit = opts.valueLimit ?? null;
    const props = m.ext
      .filter((p) => wanted.has(normalizeExtId(p.id)))
      .map((p) => ({ id: p.id, value: limit !== null && p.value.length > limit ? p.value.slice(0, limit) : p.value }));
    if (props.length > 0) out['singleValueExtendedProperties'] = props;
  }
  return out;
}

export interface FolderCounts {
  total: number;
  unread: number;
  children: number;
}

export const FOLDER_PROPERTIES = ['displayName', 'parentFolderId', 'childFolderCount', 'unreadItemCount', 'totalItemCount', 'isHidden'] as const;

export function renderFolder(f: StoredFolder, counts: FolderCounts, select: string[] | null, expandExt: string[] | null): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: f.parentFolderId,
    childFolderCount: counts.children,
    unreadItemCount: counts.unread,
    totalItemCount: counts.total,
    isHidden: f.isHidden,
  };
  let out: Record<string, unknown> = all;
  if (select) {
    out = { id: f.id };
    for (const s of select) if (s in all) out[s] = all[s];
  }
  if (expandExt) {
    const wanted = new Set(expandExt);
    const props = f.ext.filter((p) => wanted.has(normalizeExtId(p.id))).map((p) => ({ id: p.id, value: p.value }));
    if (props.length > 0) out['singleValueExtendedProperties'] = props;
  }
  return out;
}

/** `@odata.context` for a path under /v1.0 (best effort, as Graph writes it). */
export function contextFor(pathSegments: string[], select: string[] | null, entity: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i < pathSegments.length; i++) {
    const seg = pathSegments[i] as string;
    const next = pathSegments[i + 1];
    if ((seg === 'users' || seg === 'mailFolders' || seg === 'childFolders' || seg === 'messages') && next !== undefined && !next.startsWith('$') && next !== 'delta') {
      parts.push(`${seg}('${encodeURIComponent(next)}')`);
      i++;
    } else {
      parts.push(seg);
    }
  }
  const sel = select ? `(${select.join(',')})` : '';
  return `${GRAPH_ROOT}/$metadata#${parts.join('/')}${sel}${entity ? '/$entity' : ''}`;
}
