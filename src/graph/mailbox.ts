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

/** Largest page Graph serves for messages. */
export const MAX_PAGE_SIZE = 1000;

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
  /** Optimistic concurrency: the ETag the change was planned from (a mismatch is a 412). */
  ifMatch?: string;
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
    const prefer = [IMMUTABLE_ID, ...(options.prefer ?? [])].join(', ');
    const response = await this.scheduler.execute<HttpResponse>({
      operation: options.operation,
      idempotent: options.idempotent ?? true,
      onUnauthorized: () => this.tokens.invalidate(),
      send: async () => {
        const request = this.client.api(pathOrUrl).header('Prefer', prefer).responseType(ResponseType.RAW);
        if (options.ifMatch !== undefined) request.header('If-Match', options.ifMatch);
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
    if (response.status === 202 || response.status === 204) return undefined as T;
    const text = await response.text();
    if (text.length === 0) return undefined as T;
    try {
      return JSON.parse(text) as T;
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
  async page<T>(url: string, operation: string, pageSize = MAX_PAGE_SIZE): Promise<GraphPage<T>> {
    const body = await this.call<{ value?: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }>('GET', url, {
      operation,
      prefer: [`odata.maxpagesize=${pageSize}`],
    });
    return {
      value: body?.value ?? [],
      nextLink: body?.['@odata.nextLink'] ?? null,
      deltaLink: body?.['@odata.deltaLink'] ?? null,
    };
  }

  /** The first URL of a delta sync of one folder. */
  deltaUrl(folder: string, params: { select: readonly string[]; expand?: string }): string {
    return `${this.base}/mailFolders/${encodeURIComponent(folder)}/messages/delta${query({
      $select: params.select.join(','),
      $expand: params.expand,
    })}`;
  }

  /**
   * Runs a delta sync of a folder from `from` (a first URL or a saved deltaLink) to its end,
   * handing every page to `onPage` before reading the next. Resolves with the new deltaLink.
   * A 410 / syncStateNotFound rejects with a `syncReset` {@link GraphRequestError}: start over.
   */
  async deltaSync(from: string, operation: string, onPage: (items: DeltaMessage[]) => Promise<void>): Promise<string> {
    let url: string | null = from;
    for (;;) {
      const page: GraphPage<DeltaMessage> = await this.page<DeltaMessage>(url, operation);
      await onPage(page.value);
      if (page.deltaLink) return page.deltaLink;
      url = page.nextLink;
      if (!url) throw new GraphRequestError({ operation, status: 200, code: 'NoDeltaLink', requestId: null, kind: 'badRequest', attempts: 1, detail: 'a delta page had neither nextLink nor deltaLink' });
    }
  }

  /** Reads every page of a list URL. */
  async listAll<T>(url: string, operation: string): Promise<T[]> {
    const out: T[] = [];
    let next: string | null = url;
    while (next) {
      const page: GraphPage<T> = await this.page<T>(next, operation);
      out.push(...page.value);
      next = page.nextLink;
    }
    return out;
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
