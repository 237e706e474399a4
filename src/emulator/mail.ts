/**
 * The mailbox endpoints under /users/{id|upn} (and /me): mailFolders, childFolders, messages
 * (list/get/create/patch/delete/move/copy), delta, sendMail, reply, createReply + send,
 * outlook/masterCategories.
 */
import { accessDenied, badRequest, GraphHttpError, invalidBody, methodNotAllowed, segmentNotFound } from './errors';
import type { EmuRequest, EmuResponse } from './context';
import { header, prefersImmutable, prefersTextBody } from './context';
import { handleDelta, type DeltaDeps } from './delta';
import type { MessageFields, Recipient, StoredFolder, StoredMailbox, StoredMessage } from './model';
import {
  checkFilterOrder,
  compileFilter,
  parseCount,
  parseExpand,
  parseFilter,
  parseOrderBy,
  parseSelect,
  parseSkip,
  parseTop,
  sortMessages,
} from './odata';
import { contextFor, etagOf, FOLDER_PROPERTIES, GRAPH_ROOT, renderFolder, renderMessage } from './render';
import { EmulatorStore, isoSeconds, type MessageInput } from './store';
import {
  isoDate,
  normalizeBody,
  normalizeCategories,
  normalizeExtendedProperties,
  normalizeFlag,
  normalizeRecipient,
  normalizeRecipients,
  upsertExtended,
} from './validate';

export const DEFAULT_PAGE_SIZE = 10;

export interface MailDeps extends DeltaDeps {
  store: EmulatorStore;
}

function bodyObject(req: EmuRequest): Record<string, unknown> {
  if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) throw invalidBody('A JSON object body is required.');
  return req.body as Record<string, unknown>;
}

function pageLink(req: EmuRequest, skip: number): string {
  const q = new URLSearchParams(req.query);
  q.set('$skip', String(skip));
  return `${GRAPH_ROOT}/${req.rawPath.replace(/^\//, '')}?${q.toString()}`;
}

// ------------------------------------------------------------------ message input (seed, delivery, drafts)

const READ_ONLY = new Set(['id', 'changeKey', 'createdDateTime', 'lastModifiedDateTime', 'parentFolderId', 'conversationId', 'conversationIndex', 'webLink', 'bodyPreview', 'hasAttachments']);
const DRAFT_ONLY = new Set(['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'internetMessageId', 'from', 'sender']);

/**
 * A Graph message resource (as in a seed file or a delivery) → creation input. `trusted` keeps
 * server-set fields that are present (seed files carry ids and dates); otherwise they are dropped.
 */
export function toMessageInput(raw: unknown, trusted: boolean): MessageInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalidBody('A message must be a JSON object.');
  const r = raw as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const bool = (k: string): boolean | undefined => (typeof r[k] === 'boolean' ? (r[k] as boolean) : undefined);
  const input: MessageInput = {};
  if (r['subject'] !== undefined && r['subject'] !== null) {
    if (typeof r['subject'] !== 'string') throw invalidBody('subject must be a string.');
    input.subject = r['subject'];
  }
  if (r['body'] != null) input.body = normalizeBody(r['body']);
  const from = normalizeRecipient(r['from'], 'from');
  const sender = normalizeRecipient(r['sender'], 'sender');
  if (from) input.from = from;
  if (sender) input.sender = sender;
  for (const k of ['toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo'] as const) {
    if (r[k] !== undefined) input[k] = normalizeRecipients(r[k], k);
  }
  if (r['categories'] !== undefined) input.categories = normalizeCategories(r['categories']);
  if (r['flag'] != null) input.flag = normalizeFlag(r['flag'], { flagStatus: 'notFlagged' });
  const importance = str('importance');
  if (importance !== undefined) {
    if (!['low', 'normal', 'high'].includes(importance)) throw invalidBody("importance must be 'low', 'normal' or 'high'.");
    input.importance = importance as 'low' | 'normal' | 'high';
  }
  const ic = str('inferenceClassification');
  if (ic === 'focused' || ic === 'other') input.inferenceClassification = ic;
  for (const k of ['isRead', 'isDeliveryReceiptRequested', 'isReadReceiptRequested', 'isDraft', 'hasAttachments'] as const) {
    const v = bool(k);
    if (v !== undefined) input[k] = v;
  }
  if (r['singleValueExtendedProperties'] !== undefined) input.singleValueExtendedProperties = normalizeExtendedProperties(r['singleValueExtendedProperties']);
  if (Array.isArray(r['internetMessageHeaders'])) {
    input.internetMessageHeaders = (r['internetMessageHeaders'] as unknown[])
      .filter((h): h is { name: string; value: string } => !!h && typeof (h as { name?: unknown }).name === 'string' && typeof (h as { value?: unknown }).value === 'string')
      .map((h) => ({ name: h.name, value: h.value }));
  }
  const imid = str('internetMessageId');
  if (imid) input.internetMessageId = imid;
  if (trusted) {
    const id = str('id');
    if (id) input.id = id;
    for (const k of ['receivedDateTime', 'createdDateTime', 'lastModifiedDateTime'] as const) {
      if (r[k] != null) input[k] = isoDate(r[k], k);
    }
    if (r['sentDateTime'] != null) input.sentDateTime = isoDate(r['sentDateTime'], 'sentDateTime');
    const cid = str('conversationId');
    if (cid) input.conversationId = cid;
    const cix = str('conversationIndex');
    // Same bytes, url-safe alphabet (the schema's format is base64url).
    if (cix) input.conversationIndex = cix.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  return input;
}

// ------------------------------------------------------------------ routing

export function normalizeSegments(segments: string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    const m = /^([A-Za-z$][\w$.]*)\('(.*)'\)$/.exec(s);
    if (m) out.push(m[1] as string, decodeURIComponent(m[2] as string));
    else out.push(s);
  }
  return out;
}

export async function routeMailbox(req: EmuRequest, mb: StoredMailbox, rest: string[], userSegs: string[], deps: MailDeps): Promise<EmuResponse> {
  const { store } = deps;
  const head = rest[0];
  if (head === undefined) {
    if (req.method !== 'GET') throw methodNotAllowed();
    return {
      status: 200,
      body: {
        '@odata.context': `${GRAPH_ROOT}/$metadata#users/$entity`,
        id: mb.id,
        displayName: mb.displayName,
        mail: mb.address,
        userPrincipalName: mb.address,
      },
    };
  }
  if (head === 'mailFolders') return routeFolders(req, mb, rest.slice(1), userSegs, deps);
  if (head === 'messages') return routeMessages(req, mb, null, rest.slice(1), [...userSegs, 'messages'], deps);
  if (head === 'sendMail') {
    if (req.method !== 'POST') throw methodNotAllowed();
    return sendMail(req, mb, store);
  }
  if (head === 'outlook' && rest[1] === 'masterCategories') return routeCategories(req, mb, rest.slice(2), userSegs, store);
  throw segmentNotFound(head);
}

// ------------------------------------------------------------------ folders

function folderCounts(store: EmulatorStore, mb: StoredMailbox, f: StoredFolder): { total: number; unread: number; children: number } {
  const c = store.folderCounts(f.id);
  return { ...c, children: store.childFolders(mb, f.id, true).length };
}

const FOLDER_SELECTABLE = new Set<string>(['id', ...FOLDER_PROPERTIES]);

function listFolders(req: EmuRequest, mb: StoredMailbox, parent: StoredFolder, store: EmulatorStore, segs: string[]): EmuResponse {
  const includeHidden = req.query.get('includeHiddenFolders') === 'true';
  const select = parseSelect(req.query.get('$select'), 'microsoft.graph.mailFolder', FOLDER_SELECTABLE);
  const expandExt = parseExpand(req.query.get('$expand'));
  const filter = req.query.get('$filter');
  let list = store.childFolders(mb, parent.id, includeHidden);
  if (filter) {
    const m = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
    if (!m) throw badRequest('Invalid filter clause: only displayName eq is supported on mail folders.');
    const name = (m[1] as string).replace(/''/g, "'").toLowerCase();
    list = list.filter((f) => f.displayName.toLowerCase() === name);
  }
  const top = parseTop(req.query.get('$top')) ?? DEFAULT_PAGE_SIZE;
  const skip = parseSkip(req.query.get('$skip'));
  const page = list.slice(skip, skip + top);
  const body: Record<string, unknown> = { '@odata.context': contextFor(segs, select, false) };
  if (parseCount(req.query.get('$count'))) body['@odata.count'] = list.length;
  body['value'] = page.map((f) => renderFolder(f, folderCounts(store, mb, f), select, expandExt));
  if (skip + top < list.length) body['@odata.nextLink'] = pageLink(req, skip + top);
  return { status: 200, body };
}

function createFolder(req: EmuRequest, mb: StoredMailbox, parent: StoredFolder, store: EmulatorStore, segs: string[]): EmuResponse {
  const b = bodyObject(req);
  const name = b['displayName'];
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('The displayName of a folder is required.', 'ErrorInvalidRequest');
  if (b['isHidden'] !== undefined && typeof b['isHidden'] !== 'boolean') throw invalidBody('isHidden must be a boolean.');
  const f = store.createFolder(mb, parent.id, name.trim(), b['isHidden'] === true);
  if (b['singleValueExtendedProperties'] !== undefined) upsertExtended(f.ext, normalizeExtendedProperties(b['singleValueExtendedProperties']));
  return { status: 201, body: { '@odata.context': contextFor(segs, null, true), ...renderFolder(f, folderCounts(store, mb, f), null, null) } };
}

async function routeFolders(req: EmuRequest, mb: StoredMailbox, rest: string[], userSegs: string[], deps: MailDeps): Promise<EmuResponse> {
  const { store } = deps;
  const root = store.requireFolder(mb, 'msgfolderroot');
  if (rest.length === 0) {
    if (req.method === 'GET') return listFolders(req, mb, root, store, [...userSegs, 'mailFolders']);
    if (req.method === 'POST') return createFolder(req, mb, root, store, [...userSegs, 'mailFolders']);
    throw methodNotAllowed();
  }
  if (rest[0] === 'delta') throw badRequest('Folder delta is not implemented by the emulator.', 'ErrorInvalidRequest');
  if (rest[0] === '$count' && rest.length === 1) {
    if (req.method !== 'GET') throw methodNotAllowed();
    return { status: 200, body: String(store.childFolders(mb, root.id, req.query.get('includeHiddenFolders') === 'true').length) };
  }
  let folder = store.requireFolder(mb, rest[0] as string);
  let i = 1;
  while (rest[i] === 'childFolders' && rest[i + 1] !== undefined && rest[i + 1] !== '$count') {
    folder = store.requireFolder(mb, rest[i + 1] as string);
    i += 2;
  }
  const tail = rest.slice(i);
  const segs = [...userSegs, 'mailFolders', folder.id];
  if (tail.length === 0) {
    if (req.method === 'GET') {
      const select = parseSelect(req.query.get('$select'), 'microsoft.graph.mailFolder', FOLDER_SELECTABLE);
      const expandExt = parseExpand(req.query.get('$expand'));
      return { status: 200, body: { '@odata.context': contextFor([...userSegs, 'mailFolders'], select, true), ...renderFolder(folder, folderCounts(store, mb, folder), select, expandExt) } };
    }
    if (req.method === 'PATCH') {
      const b = bodyObject(req);
      const f = store.updateFolder(mb, folder, (x) => {
        for (const [k, v] of Object.entries(b)) {
          if (k.startsWith('@odata')) continue;
          if (k === 'displayName') {
            if (typeof v !== 'string' || v.trim() === '') throw invalidBody('displayName must be a non-empty string.');
            if (x.wellKnownName) throw accessDenied();
            x.displayName = v.trim();
          } else if (k === 'singleValueExtendedProperties') {
            upsertExtended(x.ext, normalizeExtendedProperties(v));
          } else if (k === 'isHidden') {
            throw badRequest('isHidden can be set only when the folder is created.', 'ErrorInvalidPropertyUpdate');
          } else {
            throw invalidBody(`The property '${k}' does not exist on type 'microsoft.graph.mailFolder' or cannot be updated.`);
          }
        }
      });
      return { status: 200, body: { '@odata.context': contextFor([...userSegs, 'mailFolders'], null, true), ...renderFolder(f, folderCounts(store, mb, f), null, null) } };
    }
    if (req.method === 'DELETE') {
      store.deleteFolder(mb, folder);
      return { status: 204 };
    }
    throw methodNotAllowed();
  }
  if (tail[0] === 'childFolders' && tail[1] === '$count' && tail.length === 2) {
    if (req.method !== 'GET') throw methodNotAllowed();
    return { status: 200, body: String(store.childFolders(mb, folder.id, req.query.get('includeHiddenFolders') === 'true').length) };
  }
  if (tail[0] === 'childFolders' && tail.length === 1) {
    if (req.method === 'GET') return listFolders(req, mb, folder, store, [...segs, 'childFolders']);
    if (req.method === 'POST') return createFolder(req, mb, folder, store, [...segs, 'childFolders']);
    throw methodNotAllowed();
  }
  if (tail[0] === 'messages') return routeMessages(req, mb, folder, tail.slice(1), [...segs, 'messages'], deps);
  throw segmentNotFound(tail[0] as string);
}

// ------------------------------------------------------------------ messages

function checkIfMatch(req: EmuRequest, m: StoredMessage): void {
  const im = header(req, 'if-match');
  if (im === undefined || im.trim() === '*') return;
  const want = im.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (want !== m.changeKey) {
    throw new GraphHttpError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
}

function listMessages(req: EmuRequest, mb: StoredMailbox, folder: StoredFolder | null, deps: MailDeps, segs: string[]): EmuResponse {
  const { store, profile } = deps;
  const immutable = prefersImmutable(req);
  const select = parseSelect(req.query.get('$select'));
  const expandExt = parseExpand(req.query.get('$expand'));
  const filterNode = parseFilter(req.query.get('$filter'));
  const order = parseOrderBy(req.query.get('$orderby'));
  checkFilterOrder(filterNode, order);
  if (req.query.get('$search') !== null) throw badRequest('$search is not supported by the emulator.', 'ErrorInvalidUrlQuery');
  // The page is what $top asks for, capped by the profile's page size; the rest follows by nextLink.
  const top = parseTop(req.query.get('$top')) ?? DEFAULT_PAGE_SIZE;
  const pageSize = Math.min(top, profile.maxPageSize);
  const skip = parseSkip(req.query.get('$skip'));
  let list = sortedList(mb, folder, order, store);
  if (filterNode) {
    const pred = compileFilter(filterNode, (m) => m.folderId);
    list = list.filter(pred);
  }
  const body: Record<string, unknown> = { '@odata.context': contextFor(segs, select, false) };
  if (parseCount(req.query.get('$count'))) body['@odata.count'] = list.length;
  const valueLimit = profile.listValueLimit;
  body['value'] = list.slice(skip, skip + pageSize).map((m) => renderMessage(m, { select, immutable, expandExt, textBody: prefersTextBody(req), valueLimit }));
  if (skip + pageSize < list.length) body['@odata.nextLink'] = pageLink(req, skip + pageSize);
  return { status: 200, body };
}

/** Sorted message lists are cached per mailbox, folder and order until the mailbox changes. */
const sortCache = new WeakMap<StoredMailbox, Map<string, { seq: number; list: StoredMessage[] }>>();

function sortedList(mb: StoredMailbox, folder: StoredFolder | null, order: ReturnType<typeof parseOrderBy>, store: EmulatorStore): StoredMessage[] {
  const key = `${folder?.id ?? '*'}|${order ? order.map((o) => `${o.prop}:${o.desc ? 'd' : 'a'}`).join(',') : ''}`;
  let perMb = sortCache.get(mb);
  if (!perMb) {
    perMb = new Map();
    sortCache.set(mb, perMb);
  }
  const hit = perMb.get(key);
  if (hit && hit.seq === mb.seq) return hit.list;
  const list = sortMessages(folder ? store.messagesIn(folder.id) : store.allMessages(mb), order);
  if (perMb.size > 64) perMb.clear();
  perMb.set(key, { seq: mb.seq, list });
  return list;
}

function one(req: EmuRequest, m: StoredMessage, segs: string[], status = 200): EmuResponse {
  const select = req.method === 'GET' ? parseSelect(req.query.get('$select')) : null;
  const expandExt = req.method === 'GET' ? parseExpand(req.query.get('$expand')) : null;
  return {
    status,
    headers: { ETag: etagOf(m.changeKey) },
    body: { '@odata.context': contextFor(segs, select, true), ...renderMessage(m, { select, immutable: prefersImmutable(req), expandExt, textBody: prefersTextBody(req) }) },
  };
}

function applyPatch(m: StoredMessage, b: Record<string, unknown>): void {
  const f = m.fields;
  for (const [k, v] of Object.entries(b)) {
    if (k.startsWith('@odata')) continue;
    if (READ_ONLY.has(k)) throw badRequest(`The property '${k}' is read-only and cannot be set.`, 'ErrorInvalidPropertySet');
    if (DRAFT_ONLY.has(k) && !f.isDraft) {
      throw badRequest(`The property '${k}' can be updated only on a draft.`, 'ErrorInvalidPropertyUpdateSentMessage');
    }
    switch (k) {
      case 'categories':
        f.categories = normalizeCategories(v);
        break;
      case 'flag':
        f.flag = normalizeFlag(v, f.flag);
        break;
      case 'isRead':
      case 'isDeliveryReceiptRequested':
      case 'isReadReceiptRequested':
        if (typeof v !== 'boolean') throw invalidBody(`${k} must be a boolean.`);
        f[k] = v;
        break;
      case 'importance':
        if (v !== 'low' && v !== 'normal' && v !== 'high') throw invalidBody("importance must be 'low', 'normal' or 'high'.");
        f.importance = v;
        break;
      case 'inferenceClassification':
        if (v !== 'focused' && v !== 'other') throw invalidBody("inferenceClassification must be 'focused' or 'other'.");
        f.inferenceClassification = v;
        break;
      case 'singleValueExtendedProperties':
        upsertExtended(m.ext, normalizeExtendedProperties(v));
        break;
      case 'subject':
        if (typeof v !== 'string') throw invalidBody('subject must be a string.');
        f.subject = v;
        break;
      case 'body':
        f.body = normalizeBody(v);
        break;
      case 'toRecipients':
      case 'ccRecipients':
      case 'bccRecipients':
      case 'replyTo':
        f[k] = normalizeRecipients(v, k);
        break;
      case 'from':
      case 'sender':
        f[k] = normalizeRecipient(v, k);
        break;
      case 'internetMessageId':
        if (typeof v !== 'string') throw invalidBody('internetMessageId must be a string.');
        f.internetMessageId = v;
        break;
      case 'isDraft':
      case 'receivedDateTime':
      case 'sentDateTime':
        throw badRequest(`The property '${k}' is read-only and cannot be set.`, 'ErrorInvalidPropertySet');
      default:
        throw invalidBody(`The property '${k}' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type.`);
    }
  }
}

async function routeMessages(req: EmuRequest, mb: StoredMailbox, folder: StoredFolder | null, rest: string[], segs: string[], deps: MailDeps): Promise<EmuResponse> {
  const { store } = deps;
  if (rest.length === 0) {
    if (req.method === 'GET') return listMessages(req, mb, folder, deps, segs);
    if (req.method === 'POST') {
      const input = toMessageInput(bodyObject(req), false);
      input.isDraft = true;
      input.sentDateTime = null;
      const target = folder ?? store.requireFolder(mb, 'drafts');
      const m = store.createMessage(mb, target, input);
      return one(req, m, segs, 201);
    }
    throw methodNotAllowed();
  }
  const id = rest[0] as string;
  if (id === 'delta') {
    if (!folder) throw badRequest('Delta on messages must be scoped to a mail folder: /mailFolders/{id}/messages/delta.', 'ErrorInvalidRequest');
    if (req.method !== 'GET') throw methodNotAllowed();
    return handleDelta(req, mb, folder, deps);
  }
  if (id === '$count') {
    if (req.method !== 'GET') throw methodNotAllowed();
    let list = folder ? store.messagesIn(folder.id) : store.allMessages(mb);
    const node = parseFilter(req.query.get('$filter'));
    if (node) list = list.filter(compileFilter(node, (m) => m.folderId));
    return { status: 200, body: String(list.length) };
  }
  const m = store.requireMessage(mb, id);
  if (folder && m.folderId !== folder.id) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const action = rest[1];
  if (action === '$value' && rest.length === 2 && req.method === 'GET') return { status: 200, body: mimeOf(m) };
  if (action === undefined) {
    if (req.method === 'GET') return one(req, m, segs);
    if (req.method === 'PATCH') {
      checkIfMatch(req, m);
      const b = bodyObject(req);
      // Validate on a copy first so a bad body changes nothing.
      const probe: StoredMessage = { ...m, fields: structuredClone(m.fields), ext: m.ext.map((p) => ({ ...p })) };
      applyPatch(probe, b);
      store.updateMessage(mb, m, (x) => {
        x.fields = probe.fields;
        x.ext = probe.ext;
      });
      if (/return\s*=\s*minimal/i.test(header(req, 'prefer') ?? '')) {
        return { status: 204, headers: { ETag: etagOf(m.changeKey), 'Preference-Applied': 'return=minimal' } };
      }
      return one(req, m, segs);
    }
    if (req.method === 'DELETE') {
      checkIfMatch(req, m);
      store.deleteMessage(mb, m);
      return { status: 204 };
    }
    throw methodNotAllowed();
  }
  if (req.method !== 'POST' || rest.length > 2) throw methodNotAllowed();
  switch (action) {
    case 'move':
    case 'copy': {
      const b = bodyObject(req);
      const dest = b['destinationId'];
      if (typeof dest !== 'string' || dest === '') throw badRequest('destinationId is required.', 'ErrorInvalidRequest');
      const target = store.resolveFolder(mb, dest);
      if (!target) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified destination folder was not found in the store.');
      const result = action === 'move' ? store.moveMessage(mb, m, target) : store.copyMessage(mb, m, target);
      return one({ ...req, method: 'POST' }, result, [...segs.slice(0, -1)], 201);
    }
    case 'reply':
    case 'createReply':
    case 'replyAll':
    case 'createReplyAll':
      return reply(req, mb, m, action, store, segs);
    case 'forward':
    case 'createForward':
      return forward(req, mb, m, action, store, segs);
    case 'send':
      return sendDraft(mb, m, store);
    case '$value':
      throw methodNotAllowed();
    default:
      throw segmentNotFound(action);
  }
}

// ------------------------------------------------------------------ MIME ($value)

function mimeAddress(r: Recipient | null): string {
  if (!r) return '';
  const name = r.emailAddress.name ? `=?utf-8?B?${Buffer.from(r.emailAddress.name).toString('base64')}?= ` : '';
  return `${name}<${r.emailAddress.address ?? ''}>`;
}

/** A minimal RFC 5322 rendering of a message (GET …/messages/{id}/$value). */
export function mimeOf(m: StoredMessage): string {
  const f = m.fields;
  const lines = [
    `From: ${mimeAddress(f.from)}`,
    `To: ${f.toRecipients.map(mimeAddress).join(', ')}`,
    ...(f.ccRecipients.length ? [`Cc: ${f.ccRecipients.map(mimeAddress).join(', ')}`] : []),
    `Subject: =?utf-8?B?${Buffer.from(f.subject).toString('base64')}?=`,
    `Date: ${new Date(f.sentDateTime ?? f.receivedDateTime).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${f.internetMessageId}`,
    'MIME-Version: 1.0',
    `Content-Type: text/${f.body.contentType === 'html' ? 'html' : 'plain'}; charset="utf-8"`,
    'Content-Transfer-Encoding: base64',
    '',
    (Buffer.from(f.body.content).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n'),
  ];
  return lines.join('\r\n');
}

// ------------------------------------------------------------------ sending

/** Mail sent to a mailbox the emulator hosts is delivered to that mailbox's inbox. */
export function deliverToHosted(store: EmulatorStore, sent: MessageFields): void {
  const seen = new Set<string>();
  for (const r of [...sent.toRecipients, ...sent.ccRecipients, ...sent.bccRecipients]) {
    const addr = r.emailAddress.address?.toLowerCase();
    if (!addr || seen.has(addr)) continue;
    seen.add(addr);
    const target = store.getMailbox(addr);
    if (!target) continue;
    const inbox = store.requireFolder(target, 'inbox');
    const now = new Date();
    store.createMessage(target, inbox, {
      subject: sent.subject,
      body: sent.body,
      from: sent.from,
      sender: sent.sender,
      toRecipients: sent.toRecipients,
      ccRecipients: sent.ccRecipients,
      replyTo: sent.replyTo,
      internetMessageId: sent.internetMessageId,
      conversationId: sent.conversationId,
      conversationIndex: sent.conversationIndex,
      importance: sent.importance,
      sentDateTime: sent.sentDateTime,
      receivedDateTime: isoSeconds(now),
      isRead: false,
    }, now);
  }
}

function selfRecipient(mb: StoredMailbox): Recipient {
  return { emailAddress: { name: mb.displayName, address: mb.address } };
}

function sendMail(req: EmuRequest, mb: StoredMailbox, store: EmulatorStore): EmuResponse {
  const b = bodyObject(req);
  const input = toMessageInput(b['message'], false);
  const recipients = (input.toRecipients?.length ?? 0) + (input.ccRecipients?.length ?? 0) + (input.bccRecipients?.length ?? 0);
  if (recipients === 0) throw badRequest('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  const now = isoSeconds();
  input.from = input.from ?? selfRecipient(mb);
  input.sender = input.sender ?? input.from;
  input.isDraft = false;
  input.isRead = true;
  input.sentDateTime = now;
  input.receivedDateTime = now;
  const save = b['saveToSentItems'] !== false;
  const sentFolder = store.requireFolder(mb, 'sentitems');
  let fields: MessageFields;
  if (save) {
    fields = store.createMessage(mb, sentFolder, input).fields;
  } else {
    // Deliver without keeping a copy: build the fields through a throwaway message.
    const tmp = store.createMessage(mb, sentFolder, input);
    fields = structuredClone(tmp.fields);
    store.deleteMessage(mb, tmp);
  }
  deliverToHosted(store, fields);
  return { status: 202 };
}

function replySubject(subject: string): string {
  return /^(re|sv|svar):/i.test(subject.trim()) ? subject : `RE: ${subject}`;
}

function quoted(m: StoredMessage): string {
  const from = m.fields.from?.emailAddress;
  const head = `<hr><b>Från:</b> ${escapeHtml(from?.name ?? '')} &lt;${escapeHtml(from?.address ?? '')}&gt;<br><b>Skickat:</b> ${m.fields.sentDateTime ?? ''}<br><b>Ämne:</b> ${escapeHtml(m.fields.subject)}<br><br>`;
  const body = m.fields.body.contentType === 'html' ? m.fields.body.content.replace(/<\/?(html|head|body)[^>]*>/gi, '') : escapeHtml(m.fields.body.content).replace(/\r?\n/g, '<br>');
  return head + body;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function reply(req: EmuRequest, mb: StoredMailbox, orig: StoredMessage, action: string, store: EmulatorStore, segs: string[]): EmuResponse {
  const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const comment = typeof b['comment'] === 'string' ? b['comment'] : '';
  const extra = b['message'] !== undefined ? toMessageInput(b['message'], false) : {};
  const f = orig.fields;
  const all = action === 'replyAll' || action === 'createReplyAll';
  const primary = f.replyTo.length > 0 ? f.replyTo : f.from ? [f.from] : [];
  const self = mb.address.toLowerCase();
  const to = all ? [...primary, ...f.toRecipients.filter((r) => r.emailAddress.address?.toLowerCase() !== self)] : primary;
  const cc = all ? f.ccRecipients.filter((r) => r.emailAddress.address?.toLowerCase() !== self) : [];
  const commentHtml = extra.body ? (extra.body.contentType === 'html' ? extra.body.content : escapeHtml(extra.body.content).replace(/\r?\n/g, '<br>')) : escapeHtml(comment).replace(/\r?\n/g, '<br>');
  const draft = action.startsWith('create');
  const now = isoSeconds();
  const input: MessageInput = {
    subject: extra.subject ?? replySubject(f.subject),
    body: { contentType: 'html', content: `<html><body>${commentHtml}${quoted(orig)}</body></html>` },
    toRecipients: extra.toRecipients ?? to,
    ccRecipients: extra.ccRecipients ?? cc,
    bccRecipients: extra.bccRecipients ?? [],
    from: draft ? null : selfRecipient(mb),
    sender: draft ? null : selfRecipient(mb),
    conversationId: f.conversationId,
    conversationIndex: EmulatorStore.childIndex(f.conversationIndex),
    isDraft: draft,
    isRead: true,
    sentDateTime: draft ? null : now,
    receivedDateTime: now,
    internetMessageHeaders: [{ name: 'In-Reply-To', value: f.internetMessageId }],
  };
  if (extra.categories) input.categories = extra.categories;
  return saveDraftOrSend(req, mb, store, segs, input, draft);
}

function forward(req: EmuRequest, mb: StoredMailbox, orig: StoredMessage, action: string, store: EmulatorStore, segs: string[]): EmuResponse {
  const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const comment = typeof b['comment'] === 'string' ? b['comment'] : '';
  const extra = b['message'] !== undefined ? toMessageInput(b['message'], false) : {};
  const to = b['toRecipients'] !== undefined ? normalizeRecipients(b['toRecipients'], 'toRecipients') : (extra.toRecipients ?? []);
  const draft = action === 'createForward';
  if (!draft && to.length === 0) throw badRequest('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  const f = orig.fields;
  const now = isoSeconds();
  const input: MessageInput = {
    subject: extra.subject ?? (/^(fw|fwd|vb):/i.test(f.subject.trim()) ? f.subject : `FW: ${f.subject}`),
    body: { contentType: 'html', content: `<html><body>${escapeHtml(comment).replace(/\r?\n/g, '<br>')}${quoted(orig)}</body></html>` },
    toRecipients: to,
    ccRecipients: extra.ccRecipients ?? [],
    from: draft ? null : selfRecipient(mb),
    sender: draft ? null : selfRecipient(mb),
    conversationId: f.conversationId,
    conversationIndex: EmulatorStore.childIndex(f.conversationIndex),
    hasAttachments: f.hasAttachments,
    isDraft: draft,
    isRead: true,
    sentDateTime: draft ? null : now,
    receivedDateTime: now,
  };
  return saveDraftOrSend(req, mb, store, segs, input, draft);
}

function sendDraft(mb: StoredMailbox, m: StoredMessage, store: EmulatorStore): EmuResponse {
  if (!m.fields.isDraft) throw badRequest('Only drafts can be sent.', 'ErrorInvalidOperation');
  const f = m.fields;
  if (f.toRecipients.length + f.ccRecipients.length + f.bccRecipients.length === 0) {
    throw badRequest('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  }
  const sentItems = store.requireFolder(mb, 'sentitems');
  store.updateMessage(mb, m, (x) => {
    const now = isoSeconds();
    x.fields.isDraft = false;
    x.fields.isRead = true;
    x.fields.sentDateTime = now;
    x.fields.receivedDateTime = now;
    x.fields.from = x.fields.from ?? selfRecipient(mb);
    x.fields.sender = x.fields.sender ?? x.fields.from;
  });
  store.moveMessage(mb, m, sentItems);
  deliverToHosted(store, m.fields);
  return { status: 202 };
}

// ------------------------------------------------------------------ master categories

const COLORS = new Set(['none', ...Array.from({ length: 25 }, (_, i) => `preset${i}`)]);

function routeCategories(req: EmuRequest, mb: StoredMailbox, rest: string[], userSegs: string[], store: EmulatorStore): EmuResponse {
  // Exchange: a delegated caller cannot read or change another (shared) mailbox's master list.
  if (req.caller.user && req.caller.user !== mb.address.toLowerCase()) throw accessDenied();
  const ctx = `${GRAPH_ROOT}/$metadata#users('${encodeURIComponent(userSegs[1] ?? mb.address)}')/outlook/masterCategories`;
  if (rest.length === 0) {
    if (req.method === 'GET') return { status: 200, body: { '@odata.context': ctx, value: mb.categories.map((c) => ({ ...c })) } };
    if (req.method === 'POST') {
      const b = bodyObject(req);
      const name = b['displayName'];
      const color = b['color'] ?? 'none';
      if (typeof name !== 'string' || name.trim() === '') throw badRequest('displayName is required.', 'ErrorInvalidRequest');
      if (typeof color !== 'string' || !COLORS.has(color)) throw invalidBody(`The value '${String(color)}' is not a valid categoryColor.`);
      const c = store.addCategory(mb, name, color);
      return { status: 201, body: { '@odata.context': `${ctx}/$entity`, ...c } };
    }
    throw methodNotAllowed();
  }
  const c = mb.categories.find((x) => x.id === rest[0]);
  if (!c) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  if (req.method === 'GET') return { status: 200, body: { '@odata.context': `${ctx}/$entity`, ...c } };
  if (req.method === 'PATCH') {
    const b = bodyObject(req);
    if (b['displayName'] !== undefined && b['displayName'] !== c.displayName) throw badRequest('The displayName of a category cannot be changed.', 'ErrorInvalidPropertyUpdate');
    const color = b['color'];
    if (color !== undefined && (typeof color !== 'string' || !COLORS.has(color))) throw invalidBody(`The value '${String(color)}' is not a valid categoryColor.`);
    store.updateCategory(mb, c, typeof color === 'string' ? color : c.color);
    return { status: 200, body: { '@odata.context': `${ctx}/$entity`, ...c } };
  }
  if (req.method === 'DELETE') {
    store.deleteCategory(mb, c.id);
    return { status: 204 };
  }
  throw methodNotAllowed();
}

/** A reply or forward: saved as a draft (createReply/createForward) or sent and delivered. */
function saveDraftOrSend(req: EmuRequest, mb: StoredMailbox, store: EmulatorStore, segs: string[], input: MessageInput, draft: boolean): EmuResponse {
  if (draft) {
    const m = store.createMessage(mb, store.requireFolder(mb, 'drafts'), input);
    return one({ ...req, method: 'POST' }, m, segs.slice(0, -1), 201);
  }
  const sent = store.createMessage(mb, store.requireFolder(mb, 'sentitems'), input);
  deliverToHosted(store, sent.fields);
  return { status: 202 };
}
