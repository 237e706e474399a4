import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type * as MG from '@microsoft/microsoft-graph-types';
import type { AccessTokenSource } from '../auth/tokens';
import { GraphRequestError } from './errors';
import { RequestScheduler, type HttpResponse } from './scheduler';

/**
 * One shared mailbox through Microsoft Graph: every read and write the worker, the add-in and
 * the tab make goes through here and through the mailbox's {@link RequestScheduler}.
 * Every call sends `Prefer: IdType="ImmutableId"`, so ids survive moves.
 */

/** Largest page Graph serves for messages (lists and delta). */
export const MAX_PAGE_SIZE = 1000;
/**
 * Page size for reads that carry whole messages (bodies included): 100 messages of a few tens
 * of kilobytes each keep a response at a few megabytes. Small items (ids, sent-item fields,
 * folders) are read in pages of {@link MAX_PAGE_SIZE}.
 */
export const MESSAGE_PAGE_SIZE = 100;

const IMMUTABLE_ID = 'IdType="ImmutableId"';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphCallOptions {
  /** What the call does (for errors and logs). */
  operation: string;
  body?: unknown;
  /** Extra `Prefer` values (the immutable-id preference is always sent). */
  prefer?: string[];
  /** False for calls that must not be repeated when their effect is unknown (forwarding mail). */
  idempotent?: boolean;
  /** `If-Match` value (an `@odata.etag`): the write happens only if the item did not change (else 412). */
  ifMatch?: string;
  /** Attempts for this call (default: the scheduler's). */
  maxAttempts?: number;
}

/** A response body with its ETag header. */
export interface GraphResult<T> {
  body: T;
  status: number;
  /** The `ETag` header (or null), e.g. `W/"CQAAABYAAA…"`. */
  etag: string | null;
}

/** One page of a delta or list response. */
export interface GraphPage<T> {
  value: T[];
  nextLink: string | null;
  deltaLink: string | null;
}

/** A message in a delta page: either the message or a removal marker. */
export type DeltaMessage = MG.Message & { '@removed'?: { reason?: string } };

export interface GraphMailboxOptions {
  client: Client;
  /** The shared mailbox's address (or user id). */
  mailbox: string;
  tokens: AccessTokenSource;
  scheduler?: RequestScheduler;
}

/** Builds a query string the way Graph expects (`$select=a,b&$top=10`). */
export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export class GraphMailbox {
  readonly mailbox: string;
  readonly scheduler: RequestScheduler;
  private readonly client: Client;
  private readonly tokens: AccessTokenSource;

  constructor(options: GraphMailboxOptions) {
    this.client = options.client;
    this.mailbox = options.mailbox;
    this.tokens = options.tokens;
    this.scheduler = options.scheduler ?? new RequestScheduler();
  }

  /** The mailbox's base path, e.g. `/users/kommun%40ljungby.se`. */
  get base(): string {
    return `/users/${encodeURIComponent(this.mailbox)}`;
  }

  /** Sends one call through the scheduler; resolves with the parsed JSON body (undefined for 202/204). */
  async call<T>(method: HttpMethod, pathOrUrl: string, options: GraphCallOptions): Promise<T> {
    return (await this.send<T>(method, pathOrUrl, options)).body;
  }

  /** Like {@link call}, with the status and ETag of the response. */
  async send<T>(method: HttpMethod, pathOrUrl: string, options: GraphCallOptions): Promise<GraphResult<T>> {
    const prefer = [IMMUTABLE_ID, ...(options.prefer ?? [])].join(', ');
    const response = await this.scheduler.execute<HttpResponse>({
      operation: options.operation,
      idempotent: options.idempotent ?? true,
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      onUnauthorized: () => this.tokens.invalidate(),
      send: async () => {
        // The token is fetched here, not in the client's middleware, so a failure to get one
        // reaches the scheduler as itself (the client would wrap it and lose its cause).
        const token = await this.tokens.getToken();
        let request = this.client
          .api(pathOrUrl)
          .header('Prefer', prefer)
          .header('Authorization', `Bearer ${token}`)
          .responseType(ResponseType.RAW);
        if (options.ifMatch !== undefined) request = request.header('If-Match', options.ifMatch);
        let raw: HttpResponse;
        switch (method) {
          case 'GET':
            raw = (await request.get()) as HttpResponse;
            break;
          case 'POST':
            raw = (await request.post(options.body ?? {})) as HttpResponse;
            break;
          case 'PATCH':
            raw = (await request.patch(options.body ?? {})) as HttpResponse;
            break;
          case 'DELETE':
            raw = (await request.delete()) as HttpResponse;
            break;
        }
        // Read the body inside the scheduler's slot: until it has arrived, Graph still counts the
        // request as in flight, and starting the next one would break the 4-concurrent limit.
        const body = await raw.text();
        return { status: raw.status, headers: raw.headers, text: () => Promise.resolve(body) };
      },
    });
    const etag = response.headers.get('etag');
    const done = (body: T): GraphResult<T> => ({ body, status: response.status, etag });
    if (response.status === 202 || response.status === 204) return done(undefined as T);
    const text = await response.text();
    if (text.length === 0) return done(undefined as T);
    try {
      return done(JSON.parse(text) as T);
    } catch {
      throw new GraphRequestError({
        operation: options.operation,
        status: response.status,
        code: 'InvalidJson',
        requestId: response.headers.get('request-id'),
        kind: 'badRequest',
        attempts: 1,
        detail: 'the response was not JSON',
      });
    }
  }

  /** Reads one page (a first URL, a nextLink or a deltaLink). */
  async page<T>(url: string, operation: string, pageSize = MAX_PAGE_SIZE, maxAttempts?: number): Promise<GraphPage<T>> {
    const body = await this.call<{ value?: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }>('GET', url, {
      operation,
      prefer: [`odata.maxpagesize=${pageSize}`],
      ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    });
    return {
      value: body?.value ?? [],
      nextLink: body?.['@odata.nextLink'] ?? null,
      deltaLink: body?.['@odata.deltaLink'] ?? null,
    };
  }

  /**
   * The first URL of a delta sync of one folder. `changeType` limits it to new (or moved-in)
   * messages; `since` to messages received at or after that instant (Graph's only delta filter).
   */
  deltaUrl(
    folder: string,
    params: { select: readonly string[]; expand?: string | undefined; changeType?: 'created' | undefined; since?: string | undefined },
  ): string {
    return `${this.base}/mailFolders/${encodeURIComponent(folder)}/messages/delta${query({
      $select: params.select.join(','),
      $expand: params.expand,
      changeType: params.changeType,
      $filter: params.since !== undefined ? `receivedDateTime ge ${params.since}` : undefined,
    })}`;
  }

  /**
   * Runs a delta sync of a folder from `from` (a first URL or a saved deltaLink) to its end,
   * handing every page to `onPage` before reading the next. Resolves with the new deltaLink.
   * A 410 / syncStateNotFound / resyncRequired rejects with a `syncReset`
   * {@link GraphRequestError}: start over. `firstAttempts` bounds the attempts of the first
   * request (a probe that may be refused).
   */
  async deltaSync(
    from: string,
    operation: string,
    onPage: (items: DeltaMessage[]) => Promise<void>,
    options: { pageSize?: number; firstAttempts?: number } = {},
  ): Promise<string> {
    let url: string | null = from;
    let first = true;
    for (;;) {
      const page: GraphPage<DeltaMessage> = await this.page<DeltaMessage>(
        url,
        operation,
        options.pageSize ?? MAX_PAGE_SIZE,
        first ? options.firstAttempts : undefined,
      );
      first = false;
      await onPage(page.value);
      if (page.deltaLink) return page.deltaLink;
      url = page.nextLink;
      if (!url) throw new GraphRequestError({ operation, status: 200, code: 'NoDeltaLink', requestId: null, kind: 'badRequest', attempts: 1, detail: 'a delta page had neither nextLink nor deltaLink' });
    }
  }

  /** Reads every page of a list URL. */
  async listAll<T>(url: string, operation: string): Promise<T[]> {
    const out: T[] = [];
    await this.listPages<T>(url, operation, async (items) => {
      out.push(...items);
    });
    return out;
  }

  /** Reads a list URL page by page, handing each page to `onPage` before reading the next. */
  async listPages<T>(url: string, operation: string, onPage: (items: T[]) => Promise<void>, pageSize = MAX_PAGE_SIZE): Promise<void> {
    let next: string | null = url;
    while (next) {
      const page: GraphPage<T> = await this.page<T>(next, operation, pageSize);
      await onPage(page.value);
      next = page.nextLink;
    }
  }

  /**
   * The list URL of a folder's messages received at or after `since`, oldest first, with the
   * given fields and expansion, in pages of `top`.
   */
  messagesUrl(folder: string, params: { select: readonly string[]; expand?: string | undefined; since: string; top?: number }): string {
    return `${this.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({
      $select: params.select.join(','),
      $expand: params.expand,
      // Exchange wants an ordered property first in the filter.
      $filter: `receivedDateTime ge ${params.since}`,
      $orderby: 'receivedDateTime asc',
      $top: params.top ?? MESSAGE_PAGE_SIZE,
    })}`;
  }

  /**
   * Reads every message of a folder received at or after `since` (default: all), oldest first,
   * handing each page to `onPage`. Pages follow the receipt time, not the server's `$skip`
   * links: messages moved out of the folder or deleted while it is read (routing does that)
   * cannot shift the window and make it skip a message. Only when a whole page shares one
   * receipt time does it follow the server's link.
   */
  async listMessagesByReceipt<T extends MG.Message>(
    folder: string,
    params: { select: readonly string[]; expand?: string | undefined; since?: string | undefined; pageSize?: number },
    onPage: (items: T[]) => Promise<void>,
    operation = 'list messages',
  ): Promise<void> {
    const select = params.select.includes('receivedDateTime') ? params.select : [...params.select, 'receivedDateTime'];
    const pageSize = params.pageSize ?? MESSAGE_PAGE_SIZE;
    let floor = params.since ?? '1900-01-01T00:00:00Z';
    /** Ids already handed on that were received exactly at `floor`. */
    let atFloor = new Set<string>();
    const first = this.messagesUrl(folder, { select, expand: params.expand, since: floor, top: pageSize });
    let pending: Promise<GraphPage<T>> | null = this.page<T>(first, operation, pageSize);
    while (pending) {
      const page: GraphPage<T> = await pending;
      pending = null;
      const fresh = page.value.filter((m) => !(m.id && atFloor.has(m.id) && m.receivedDateTime === floor));
      // The next page is known before this one is processed: fetch it meanwhile (keeps the
      // pipeline of writes full instead of stalling on every page read).
      if (page.nextLink && page.value.length > 0) {
        const last = page.value[page.value.length - 1]!.receivedDateTime ?? floor;
        let next: string;
        if (Date.parse(last) <= Date.parse(floor)) {
          // A whole page received at one instant: the server's link is the only way on.
          for (const m of page.value) if (m.id) atFloor.add(m.id);
          next = page.nextLink;
        } else {
          floor = last;
          atFloor = new Set(page.value.filter((m) => m.receivedDateTime === last && m.id).map((m) => m.id!));
          next = this.messagesUrl(folder, { select, expand: params.expand, since: floor, top: pageSize });
        }
        pending = this.page<T>(next, operation, pageSize);
        // Never leave a rejected prefetch unobserved while this page is processed.
        pending.catch(() => undefined);
      }
      if (fresh.length > 0) await onPage(fresh);
    }
  }

  /** One message with the given fields and an `$expand` (a single GET returns property values in full). */
  async getMessageExpanded<T = MG.Message>(id: string, select: readonly string[], expand: string): Promise<T> {
    return this.call<T>('GET', `${this.base}/messages/${encodeURIComponent(id)}${query({ $select: select.join(','), $expand: expand })}`, {
      operation: 'get message',
    });
  }

  /** Every message of a conversation, in all folders, with the given fields (and expansion). */
  async conversationMessages<T = MG.Message>(conversationId: string, params: { select: readonly string[]; expand?: string }): Promise<T[]> {
    const url =
      `${this.base}/messages` +
      query({
        $filter: `conversationId eq '${conversationId.replace(/'/g, "''")}'`,
        $select: params.select.join(','),
        $expand: params.expand,
        $top: 100,
      });
    return this.listAll<T>(url, 'list conversation');
  }

  /** One message with the given fields. */
  async getMessage<T = MG.Message>(id: string, select: readonly string[]): Promise<T> {
    return this.call<T>('GET', `${this.base}/messages/${encodeURIComponent(id)}${query({ $select: select.join(',') })}`, {
      operation: 'get message',
    });
  }

  /** The subscription resource for a folder's messages, as Graph names it. */
  messagesResource(folder: string): string {
    return `users/${this.mailbox}/mailFolders('${folder}')/messages`;
  }

  /** Updates a message (one PATCH). */
  async patchMessage(id: string, body: object): Promise<void> {
    await this.call('PATCH', `${this.base}/messages/${encodeURIComponent(id)}`, { operation: 'patch message', body, prefer: ['return=minimal'] });
  }

  /**
   * Updates a message only if it is unchanged since `etag` was read (`If-Match`); resolves with
   * the new ETag, taken from the updated item Graph returns (not from a later read, which could
   * already see someone else's write). A concurrent change gives a 412 {@link GraphRequestError}
   * (kind `conflict`).
   */
  async patchMessageIfMatch(id: string, etag: string, body: object, operation = 'patch message'): Promise<string | null> {
    const result = await this.send<{ '@odata.etag'?: string; changeKey?: string } | undefined>('PATCH', `${this.base}/messages/${encodeURIComponent(id)}${query({ $select: 'id' })}`, {
      operation,
      body,
      ifMatch: etag,
    });
    return result.body?.['@odata.etag'] ?? (result.body?.changeKey ? `W/"${result.body.changeKey}"` : null) ?? result.etag;
  }

  /** Creates a message (a draft) in a folder; resolves with the created message. */
  async createMessage<T = MG.Message>(folder: string, body: object, operation = 'create item'): Promise<GraphResult<T>> {
    return this.send<T>('POST', `${this.base}/mailFolders/${encodeURIComponent(folder)}/messages`, { operation, body });
  }

  /** Deletes a message (404 is fine: it is gone either way). */
  async deleteMessage(id: string, operation = 'delete item'): Promise<void> {
    try {
      await this.call('DELETE', `${this.base}/messages/${encodeURIComponent(id)}`, { operation });
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.kind === 'notFound')) throw error;
    }
  }

  /** Moves a message to a folder; with immutable ids its id does not change. */
  async moveMessage(id: string, destinationId: string): Promise<void> {
    await this.call('POST', `${this.base}/messages/${encodeURIComponent(id)}/move`, {
      operation: 'move message',
      body: { destinationId },
    });
  }

  /** Forwards a message with a note. Not idempotent: never repeated when the outcome is unknown. */
  async forwardMessage(id: string, to: string, comment: string): Promise<void> {
    await this.call('POST', `${this.base}/messages/${encodeURIComponent(id)}/forward`, {
      operation: 'forward message',
      idempotent: false,
      body: { comment, toRecipients: [{ emailAddress: { address: to } }] },
    });
  }

  /** Child folders of a folder (`inbox` or an id). */
  async childFolders(parent: string): Promise<MG.MailFolder[]> {
    return this.listAll<MG.MailFolder>(
      `${this.base}/mailFolders/${encodeURIComponent(parent)}/childFolders${query({ $select: 'id,displayName', $top: 250 })}`,
      'list folders',
    );
  }

  /** Creates a child folder. */
  async createChildFolder(parent: string, displayName: string): Promise<MG.MailFolder> {
    return this.call<MG.MailFolder>('POST', `${this.base}/mailFolders/${encodeURIComponent(parent)}/childFolders`, {
      operation: 'create folder',
      body: { displayName },
    });
  }

  /** A well-known or other folder by id. */
  async folder(id: string): Promise<MG.MailFolder> {
    return this.call<MG.MailFolder>('GET', `${this.base}/mailFolders/${encodeURIComponent(id)}${query({ $select: 'id,displayName' })}`, {
      operation: 'get folder',
    });
  }

  /** The mailbox's master category list. */
  async masterCategories(): Promise<MG.OutlookCategory[]> {
    return this.listAll<MG.OutlookCategory>(`${this.base}/outlook/masterCategories`, 'list master categories');
  }

  /** Adds a category to the master list. */
  async createMasterCategory(displayName: string, color: string): Promise<void> {
    await this.call('POST', `${this.base}/outlook/masterCategories`, {
      operation: 'create master category',
      body: { displayName, color },
    });
  }

  /** Deletes a mail folder and everything in it (404 is fine: it is gone either way). */
  async deleteFolder(id: string): Promise<void> {
    try {
      await this.call('DELETE', `${this.base}/mailFolders/${encodeURIComponent(id)}`, { operation: 'delete folder' });
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.kind === 'notFound')) throw error;
    }
  }

  /** Removes a category from the master list. */
  async deleteMasterCategory(id: string): Promise<void> {
    await this.call('DELETE', `${this.base}/outlook/masterCategories/${encodeURIComponent(id)}`, { operation: 'delete master category' });
  }

  /** Sends a new message from the mailbox (not idempotent). */
  async sendMail(message: MG.Message, saveToSentItems = false): Promise<void> {
    await this.call('POST', `${this.base}/sendMail`, { operation: 'send mail', idempotent: false, body: { message, saveToSentItems } });
  }

  /** Ids of a folder's messages with exactly this subject (finding a test message again). */
  async messageIdsWithSubject(folder: string, subject: string): Promise<string[]> {
    const items = await this.listAll<MG.Message>(
      `${this.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({ $filter: `subject eq '${subject.replace(/'/g, "''")}'`, $select: 'id', $top: 10 })}`,
      'find message',
    );
    return items.map((m) => m.id).filter((id): id is string => typeof id === 'string');
  }

  /** The newest messages of a folder (a small read: is the mailbox readable?). */
  async newestMessages(folder: string, count: number): Promise<MG.Message[]> {
    const page = await this.page<MG.Message>(
      `${this.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({ $select: 'id,receivedDateTime', $top: count })}`,
      'list messages',
      count,
    );
    return page.value;
  }

  /**
   * The same Graph door for another mailbox (same credentials, same request scheduler): what
   * the worker's permissions allow there is what this sees.
   */
  forMailbox(mailbox: string): GraphMailbox {
    return new GraphMailbox({ client: this.client, mailbox, tokens: this.tokens, scheduler: this.scheduler });
  }

  /** Creates a change-notification subscription. */
  async createSubscription(body: MG.Subscription): Promise<MG.Subscription> {
    return this.call<MG.Subscription>('POST', '/subscriptions', { operation: 'create subscription', body });
  }

  /** Extends a subscription. */
  async renewSubscription(id: string, expirationDateTime: string): Promise<MG.Subscription> {
    return this.call<MG.Subscription>('PATCH', `/subscriptions/${encodeURIComponent(id)}`, {
      operation: 'renew subscription',
      body: { expirationDateTime },
    });
  }

  /** Deletes a subscription (404 is fine: it is gone either way). */
  async deleteSubscription(id: string): Promise<void> {
    try {
      await this.call('DELETE', `/subscriptions/${encodeURIComponent(id)}`, { operation: 'delete subscription' });
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.kind === 'notFound')) throw error;
    }
  }
}
