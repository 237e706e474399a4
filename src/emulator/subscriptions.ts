/**
 * Change-notification subscriptions for messages: create (with the validationToken handshake),
 * renew, delete; notifications on created/updated/deleted posted to the subscriber's
 * notificationUrl, retried with backoff; lifecycle notifications (missed,
 * reauthorizationRequired, subscriptionRemoved) to lifecycleNotificationUrl.
 *
 * As Graph: notification URLs must be HTTPS. Plain `http` is accepted only for a loopback
 * address, and only when the emulator runs with `allowHttpLoopback` (tests and the demo).
 */
import https from 'node:https';
import { badRequest, GraphHttpError, itemNotFound } from './errors';
import type { Caller } from './context';
import type { ChangeType, MessageChange, StoredMailbox } from './model';
import { etagOf } from './render';
import type { EmulatorStore } from './store';
import { newGuid } from './ids';
import type { Faults } from './faults';
import { isoSeconds } from './store';

/** Graph's maximum lifetime for message subscriptions (under 7 days). */
export const MAX_MESSAGE_SUBSCRIPTION_MINUTES = 10_080;
export const TENANT_ID = 'f3c5a3b2-5e7d-4b8a-9c1e-2d4f6a8b0c1d';
const DELIVERY_TIMEOUT_MS = 3_000;
const VALIDATION_TIMEOUT_MS = 10_000;
const MAX_ATTEMPTS = 5;

export interface Subscription {
  id: string;
  resource: string;
  applicationId: string;
  changeType: string;
  clientState: string | null;
  notificationUrl: string;
  lifecycleNotificationUrl: string | null;
  expirationDateTime: string;
  creatorId: string;
  latestSupportedTlsVersion: string;
  includeResourceData: boolean;
  /** Parsed scope */
  mailboxId: string;
  folderId: string | null;
  immutable: boolean;
}

export interface NotificationItem {
  subscriptionId: string;
  subscriptionExpirationDateTime: string;
  changeType?: ChangeType;
  resource?: string;
  resourceData?: Record<string, string>;
  clientState: string | null;
  tenantId: string;
  lifecycleEvent?: string;
}

/** Which notification URLs the emulator accepts and how it reaches HTTPS ones. */
export interface WebhookPolicy {
  /** Accept `http://` URLs on the loopback interface (tests and the demo). Graph itself never does. */
  allowHttpLoopback: boolean;
  /** Extra trusted CA certificates (PEM) for HTTPS notification URLs (tests with a local certificate). */
  ca?: string;
}

/** Why a notification URL is refused, or null when it is acceptable under the policy. */
export function notificationUrlProblem(raw: string, policy: WebhookPolicy): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'is not an absolute URL';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && policy.allowHttpLoopback && isLoopbackUrl(raw)) return null;
  if (u.protocol === 'http:') {
    return isLoopbackUrl(raw)
      ? 'must use https (plain http on the loopback interface needs the emulator switch --allow-http-loopback)'
      : 'must use https';
  }
  return 'must use https';
}

export function isLoopbackUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const h = u.hostname.replace(/^\[|\]$/g, '');
  return h === '127.0.0.1' || h === 'localhost' || h === '::1';
}

/** users/{id}/messages, users/{id}/mailFolders('inbox')/messages, me/mailFolders/{id}/messages … */
function parseResource(resource: string, store: EmulatorStore, caller: Caller): { mb: StoredMailbox; folderId: string | null } {
  const r = resource.replace(/^\/+/, '').replace(/^v1\.0\//i, '');
  const m = /^(?:(users)\/([^/]+)|(me))\/(?:(?:mailFolders|mailfolders)(?:\('([^']+)'\)|\/([^/]+))\/)?messages$/i.exec(r);
  if (!m) throw badRequest(`Resource '${resource}' is not supported for subscriptions.`, 'ExtensionError');
  let mbRef: string;
  if (m[3]) {
    if (!caller.user) throw badRequest('/me request is only valid with delegated authentication flow.');
    mbRef = caller.user;
  } else {
    mbRef = decodeURIComponent((m[2] as string).replace(/^\('|'\)$/g, ''));
  }
  const mb = store.requireMailbox(mbRef);
  const folderRef = m[4] ?? m[5];
  let folderId: string | null = null;
  if (folderRef) folderId = store.requireFolder(mb, decodeURIComponent(folderRef)).id;
  return { mb, folderId };
}

export interface SubscriptionDeps {
  store: EmulatorStore;
  faults: Faults;
  onChanged: () => void;
  webhooks: WebhookPolicy;
}

interface PostResult {
  status: number;
  contentType: string;
  text: string;
}

/** POSTs to a webhook with a timeout; HTTPS URLs trust the policy's extra CA as well. */
function postTo(url: string, body: string, contentType: string, timeoutMs: number, policy: WebhookPolicy): Promise<PostResult> {
  if (url.startsWith('https:') && policy.ca) {
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        { method: 'POST', ca: policy.ca, headers: { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) }, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });
  }
  return fetch(url, { method: 'POST', headers: { 'Content-Type': contentType }, body, signal: AbortSignal.timeout(timeoutMs) }).then(async (res) => ({
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text: await res.text(),
  }));
}

export class Subscriptions {
  private readonly subs = new Map<string, Subscription>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private heldBack: { url: string; items: NotificationItem[] } | null = null;
  private stopped = false;
  delivered = 0;
  failedDeliveries = 0;

  constructor(private readonly deps: SubscriptionDeps) {}

  list(): Subscription[] {
    this.sweep();
    return [...this.subs.values()];
  }

  get(id: string): Subscription {
    this.sweep();
    const s = this.subs.get(id);
    if (!s) throw itemNotFound();
    return s;
  }

  restore(subs: Subscription[]): void {
    for (const s of subs) this.subs.set(s.id, s);
  }

  clear(): void {
    this.subs.clear();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, s] of this.subs) if (Date.parse(s.expirationDateTime) <= now) this.subs.delete(id);
  }

  render(s: Subscription): Record<string, unknown> {
    return {
      id: s.id,
      resource: s.resource,
      applicationId: s.applicationId,
      changeType: s.changeType,
      clientState: s.clientState,
      notificationUrl: s.notificationUrl,
      notificationQueryOptions: null,
      lifecycleNotificationUrl: s.lifecycleNotificationUrl,
      expirationDateTime: s.expirationDateTime,
      creatorId: s.creatorId,
      includeResourceData: s.includeResourceData,
      latestSupportedTlsVersion: s.latestSupportedTlsVersion,
      encryptionCertificate: null,
      encryptionCertificateId: null,
      notificationUrlAppId: null,
    };
  }

  private validateExpiry(raw: unknown): string {
    if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw badRequest('expirationDateTime is required and must be a DateTimeOffset.', 'ExtensionError');
    const t = Date.parse(raw);
    const now = Date.now();
    if (t <= now) throw badRequest('Subscription expiration must be in the future.', 'ExtensionError');
    if (t > now + MAX_MESSAGE_SUBSCRIPTION_MINUTES * 60_000 + 60_000) {
      throw badRequest(`Subscription expiration can only be ${MAX_MESSAGE_SUBSCRIPTION_MINUTES} minutes in the future.`, 'ExtensionError');
    }
    return new Date(t).toISOString().replace(/\.\d{3}Z$/, '.0000000Z');
  }

  async create(body: unknown, caller: Caller, immutable: boolean): Promise<Subscription> {
    if (!body || typeof body !== 'object') throw badRequest('A subscription body is required.', 'InvalidRequest');
    const b = body as Record<string, unknown>;
    const changeType = typeof b['changeType'] === 'string' ? b['changeType'] : '';
    const types = changeType.split(',').map((s) => s.trim());
    if (!changeType || types.some((t) => t !== 'created' && t !== 'updated' && t !== 'deleted')) {
      throw badRequest("changeType must be a comma-separated list of 'created', 'updated', 'deleted'.", 'ExtensionError');
    }
    const notificationUrl = b['notificationUrl'];
    if (typeof notificationUrl !== 'string') throw badRequest('notificationUrl is required.', 'ValidationError');
    const urlProblem = notificationUrlProblem(notificationUrl, this.deps.webhooks);
    if (urlProblem) throw badRequest(`The notification URL ${urlProblem}.`, 'InvalidRequest');
    const lifecycle = b['lifecycleNotificationUrl'];
    if (lifecycle !== undefined && lifecycle !== null) {
      const problem = typeof lifecycle === 'string' ? notificationUrlProblem(lifecycle, this.deps.webhooks) : 'is not a string';
      if (problem) throw badRequest(`The lifecycle notification URL ${problem}.`, 'InvalidRequest');
    }
    const clientState = b['clientState'];
    if (clientState !== undefined && clientState !== null && (typeof clientState !== 'string' || clientState.length > 128)) {
      throw badRequest('clientState must be a string of at most 128 characters.', 'ExtensionError');
    }
    if (typeof b['resource'] !== 'string') throw badRequest('resource is required.', 'ExtensionError');
    const { mb, folderId } = parseResource(b['resource'], this.deps.store, caller);
    if (caller.user && caller.user !== mb.address.toLowerCase()) {
      // Delegated *.Shared scopes do not support subscriptions on another mailbox.
      throw new GraphHttpError(403, 'ExtensionError', 'Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied. Check credentials and try again.]');
    }
    const expirationDateTime = this.validateExpiry(b['expirationDateTime']);
    await this.handshake(notificationUrl);
    if (typeof lifecycle === 'string') await this.handshake(lifecycle);
    const s: Subscription = {
      id: newGuid(),
      resource: b['resource'],
      applicationId: caller.appId,
      changeType,
      clientState: typeof clientState === 'string' ? clientState : null,
      notificationUrl,
      lifecycleNotificationUrl: typeof lifecycle === 'string' ? lifecycle : null,
      expirationDateTime,
      creatorId: caller.user ?? caller.appId,
      latestSupportedTlsVersion: typeof b['latestSupportedTlsVersion'] === 'string' ? b['latestSupportedTlsVersion'] : 'v1_2',
      includeResourceData: false,
      mailboxId: mb.id,
      folderId,
      immutable,
    };
    this.subs.set(s.id, s);
    this.deps.onChanged();
    return s;
  }

  renew(id: string, body: unknown): Subscription {
    const s = this.get(id);
    const b = (body ?? {}) as Record<string, unknown>;
    s.expirationDateTime = this.validateExpiry(b['expirationDateTime']);
    this.deps.onChanged();
    return s;
  }

  delete(id: string): void {
    this.get(id);
    this.subs.delete(id);
    this.deps.onChanged();
  }

  private async handshake(url: string): Promise<void> {
    const token = `Validation: Testing client application reachability for subscription Request-Id: ${newGuid()}`;
    const target = `${url}${url.includes('?') ? '&' : '?'}validationToken=${encodeURIComponent(token)}`;
    let ok = false;
    try {
      const res = await postTo(target, '', 'text/plain; charset=utf-8', VALIDATION_TIMEOUT_MS, this.deps.webhooks);
      ok = res.status === 200 && res.text === token && res.contentType.startsWith('text/plain');
    } catch {
      ok = false;
    }
    if (!ok) {
      throw badRequest(
        'Subscription validation request failed. Notification endpoint must respond with 200 OK and the validation token as text/plain.',
        'ValidationError',
      );
    }
  }

  /** Store change → notifications for every matching subscription. */
  onMessageChange(change: MessageChange): void {
    if (this.subs.size === 0) return;
    const now = Date.now();
    for (const s of this.subs.values()) {
      if (s.mailboxId !== change.mailbox.id) continue;
      if (Date.parse(s.expirationDateTime) <= now) continue;
      let changeType: ChangeType = change.changeType;
      if (s.folderId === null) {
        // Mailbox-wide: a move is one update for immutable ids, delete + create otherwise.
        if (change.moved && s.immutable) {
          if (change.changeType === 'deleted') continue;
          changeType = 'updated';
        }
      } else if (s.folderId !== change.folderId) {
        continue;
      }
      if (!s.changeType.split(',').map((x) => x.trim()).includes(changeType)) continue;
      const id = s.immutable ? change.key : change.restId;
      const resource = `Users/${change.mailbox.id}/Messages/${id}`;
      this.enqueue(s.notificationUrl, {
        subscriptionId: s.id,
        subscriptionExpirationDateTime: s.expirationDateTime,
        changeType,
        resource,
        resourceData: { '@odata.type': '#Microsoft.Graph.Message', '@odata.id': resource, '@odata.etag': etagOf(change.changeKey), id },
        clientState: s.clientState,
        tenantId: TENANT_ID,
      });
    }
  }

  private pending = new Map<string, NotificationItem[]>();
  private flushScheduled = false;

  private enqueue(url: string, item: NotificationItem): void {
    const list = this.pending.get(url);
    if (list) list.push(item);
    else this.pending.set(url, [item]);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const batches = [...this.pending.entries()];
    this.pending.clear();
    for (const [url, items] of batches) {
      const f = this.deps.faults;
      if (f.reorderNotifications > 0 && this.heldBack === null) {
        f.reorderNotifications--;
        this.heldBack = { url, items };
        continue;
      }
      this.post(url, items, 1);
      if (f.duplicateNotifications > 0) {
        f.duplicateNotifications--;
        this.post(url, items, 1);
      }
      if (this.heldBack) {
        const held = this.heldBack;
        this.heldBack = null;
        this.post(held.url, held.items, 1);
      }
    }
  }

  /** Sends a lifecycle event to one subscription (or all of an app, or all). */
  lifecycle(event: 'missed' | 'reauthorizationRequired' | 'subscriptionRemoved', filter: { subscriptionId?: string; appId?: string }): number {
    let n = 0;
    for (const s of [...this.subs.values()]) {
      if (filter.subscriptionId && s.id !== filter.subscriptionId) continue;
      if (filter.appId && s.applicationId !== filter.appId) continue;
      const url = s.lifecycleNotificationUrl;
      if (url) {
        this.post(url, [{ subscriptionId: s.id, subscriptionExpirationDateTime: s.expirationDateTime, tenantId: TENANT_ID, clientState: s.clientState, lifecycleEvent: event }], 1);
        n++;
      }
      if (event === 'subscriptionRemoved') this.subs.delete(s.id);
    }
    if (event === 'subscriptionRemoved') this.deps.onChanged();
    return n;
  }

  private post(url: string, items: NotificationItem[], attempt: number): void {
    if (this.stopped) return;
    const body = JSON.stringify({ value: items });
    postTo(url, body, 'application/json; charset=utf-8', DELIVERY_TIMEOUT_MS, this.deps.webhooks)
      .then((res) => {
        if (res.status >= 200 && res.status < 300) this.delivered++;
        else this.retry(url, items, attempt);
      })
      .catch(() => this.retry(url, items, attempt));
  }

  private retry(url: string, items: NotificationItem[], attempt: number): void {
    this.failedDeliveries++;
    if (this.stopped || attempt >= MAX_ATTEMPTS) {
      // Graph gives up eventually; subscribers with a lifecycle URL learn they missed changes.
      if (!this.stopped && items[0]?.lifecycleEvent === undefined) {
        const ids = new Set(items.map((i) => i.subscriptionId));
        for (const id of ids) {
          const s = this.subs.get(id);
          if (s?.lifecycleNotificationUrl) {
            this.post(s.lifecycleNotificationUrl, [{ subscriptionId: s.id, subscriptionExpirationDateTime: s.expirationDateTime, tenantId: TENANT_ID, clientState: s.clientState, lifecycleEvent: 'missed' }], MAX_ATTEMPTS);
          }
        }
      }
      return;
    }
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.post(url, items, attempt + 1);
    }, 250 * 2 ** attempt);
    t.unref();
    this.timers.add(t);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  static nowIso(): string {
    return isoSeconds();
  }
}
