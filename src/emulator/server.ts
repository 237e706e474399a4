/**
 * The HTTP front: node:http on 127.0.0.1, Graph's envelope (request-id headers, error JSON,
 * OData content type), auth → throttling → faults → routing, $batch, subscriptions and the
 * operational endpoints under /_emulator/.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Auth, type TokenRequest } from './auth';
import { runBatch } from './batch';
import type { Caller, EmuRequest, EmuResponse } from './context';
import { JSON_CONTENT_TYPE, prefersImmutable } from './context';
import { accessDenied, badRequest, errorBody, GraphHttpError, methodNotAllowed, segmentNotFound } from './errors';
import { Faults, parseFaults, type FaultScript } from './faults';
import { normalizeSegments, routeMailbox, toMessageInput, type MailDeps } from './mail';
import type { GraphMessage } from './model';
import { renderMessage } from './render';
import { pathFamily, StatsCollector, type EmulatorStats } from './stats';
import { EmulatorStore } from './store';
import { Subscriptions } from './subscriptions';
import { Throttle, type ThrottlePolicy } from './throttle';
import type { EmulatorProfile } from './profile';
import type { WebhookPolicy } from './subscriptions';
import { checkMemberGroups, type GroupDirectory } from './directory';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface EmulatorCoreOptions {
  throttle: ThrottlePolicy | null;
  faults: string | undefined;
  deltaTokenTtlMs: number;
  /** Called on any persistable change (debounced by the caller). */
  onPersist: () => void;
  /** Called by POST /_emulator/reset after the store was emptied: re-seed. */
  onReset: () => void;
  profile: EmulatorProfile;
  webhooks: WebhookPolicy;
  /** The tenant's groups (`/me/checkMemberGroups`); none when absent. */
  groups?: GroupDirectory;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface ExecInput {
  method: string;
  pathAndQuery: string;
  headers: Record<string, string>;
  body: unknown;
  caller: Caller;
  requestId: string;
  clientRequestId: string;
  topLevel: boolean;
}

type ExecResult = EmuResponse | 'reset';

export class GraphEmulatorCore {
  readonly store = new EmulatorStore();
  readonly auth = new Auth();
  readonly throttle: Throttle;
  readonly faults: Faults;
  readonly subscriptions: Subscriptions;
  readonly stats = new StatsCollector();
  private readonly mailDeps: MailDeps;

  constructor(private readonly opts: EmulatorCoreOptions) {
    this.throttle = new Throttle(opts.throttle);
    this.faults = new Faults(parseFaults(opts.faults));
    this.subscriptions = new Subscriptions({ store: this.store, faults: this.faults, onChanged: opts.onPersist, webhooks: opts.webhooks });
    this.store.onChange((c) => {
      this.subscriptions.onMessageChange(c);
      opts.onPersist();
    });
    this.store.onPersistableChange(() => opts.onPersist());
    this.mailDeps = { store: this.store, faults: this.faults, tokenTtlMs: opts.deltaTokenTtlMs, profile: opts.profile };
  }

  statsSnapshot(): EmulatorStats {
    return this.stats.snapshot({
      faultsInjected: this.faults.injected,
      notificationsDelivered: this.subscriptions.delivered,
      notificationDeliveryFailures: this.subscriptions.failedDeliveries,
    });
  }

  /** Delivers a new inbound message to a mailbox's inbox now (server-set fields filled in). */
  deliver(mailbox: string, message: unknown): GraphMessage {
    const mb = this.store.requireMailbox(mailbox);
    const input = toMessageInput(message, false);
    const now = new Date();
    input.receivedDateTime = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (input.sentDateTime === undefined) input.sentDateTime = input.receivedDateTime;
    input.isDraft = false;
    if (input.toRecipients === undefined) input.toRecipients = [{ emailAddress: { name: mb.displayName, address: mb.address } }];
    const m = this.store.createMessage(mb, this.store.requireFolder(mb, 'inbox'), input, now);
    return structuredClone(renderMessage(m, { select: null, immutable: false, expandExt: null })) as GraphMessage;
  }

  applyFaultScript(script: FaultScript): void {
    if (script.clear) this.faults.clear();
    if (script.rates !== undefined) this.faults.setRates(parseFaults(script.rates));
    if (script.failNext) for (const r of Array.isArray(script.failNext) ? script.failNext : [script.failNext]) this.faults.addFailNext(r);
    if (script.delta410) this.faults.delta410 += script.delta410;
    if (script.duplicateNotifications) this.faults.duplicateNotifications += script.duplicateNotifications;
    if (script.reorderNotifications) this.faults.reorderNotifications += script.reorderNotifications;
    if (script.expireTokens) {
      this.auth.expireAll();
      this.subscriptions.lifecycle('reauthorizationRequired', {});
    }
    if (script.lifecycle) {
      const ev = script.lifecycle.event;
      if (ev !== 'missed' && ev !== 'reauthorizationRequired' && ev !== 'subscriptionRemoved') throw badRequest('lifecycle.event must be missed, reauthorizationRequired or subscriptionRemoved.');
      this.subscriptions.lifecycle(ev, script.lifecycle.subscriptionId ? { subscriptionId: script.lifecycle.subscriptionId } : {});
    }
  }

  // ------------------------------------------------------------ pipeline

  private mailboxKey(segments: string[], caller: Caller): string | null {
    if (segments[0] === 'users' && segments[1] !== undefined) {
      return this.store.getMailbox(segments[1])?.address.toLowerCase() ?? segments[1].toLowerCase();
    }
    if (segments[0] === 'me') return caller.user;
    return null;
  }

  async execute(input: ExecInput): Promise<ExecResult> {
    const q = input.pathAndQuery.indexOf('?');
    const rawPath = q < 0 ? input.pathAndQuery : input.pathAndQuery.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : input.pathAndQuery.slice(q + 1));
    let segments: string[];
    try {
      segments = normalizeSegments(rawPath.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s)));
    } catch {
      return this.errorResponse(badRequest('Malformed URL.'), input);
    }
    const req: EmuRequest = {
      method: input.method,
      segments,
      rawPath,
      query,
      headers: input.headers,
      body: input.body,
      caller: input.caller,
      requestId: input.requestId,
      clientRequestId: input.clientRequestId,
    };
    const mbKey = this.mailboxKey(segments, input.caller);
    let release: () => void = () => undefined;
    try {
      if (segments[0] === '$batch') {
        if (!input.topLevel) throw badRequest('Nested batch requests are not supported.');
        if (req.method !== 'POST') throw methodNotAllowed();
        this.stats.record('-', req.method, '$batch');
        const d = this.faults.decide(req.method, rawPath, true);
        if (d.latencyMs) await sleep(d.latencyMs);
        if (d.kind === 'reset') return 'reset';
        if (d.kind === 'error') throw d.error;
        return await runBatch(req, async (sub) => {
          const r = await this.execute({
            method: sub.method,
            pathAndQuery: sub.pathAndQuery,
            headers: sub.headers,
            body: sub.body,
            caller: input.caller,
            requestId: input.requestId,
            clientRequestId: input.clientRequestId,
            topLevel: false,
          });
          return r === 'reset' ? { status: 500, body: errorBody('InternalServerError', 'Connection reset.', input.requestId, input.clientRequestId) } : r;
        });
      }
      const family = pathFamily(segments) + (this.inHiddenFolder(segments) ? ' (hidden folder)' : '');
      this.stats.record(mbKey ?? '-', req.method, family);
      if (mbKey !== null) {
        try {
          release = this.throttle.acquire(input.caller.appId, mbKey);
        } catch (e) {
          this.stats.recordThrottled(mbKey);
          throw e;
        }
      }
      const d = this.faults.decide(req.method, rawPath, input.topLevel);
      if (d.latencyMs) await sleep(d.latencyMs);
      if (d.kind === 'reset') return 'reset';
      if (d.kind === 'error') throw d.error;
      return await this.route(req);
    } catch (e) {
      return this.errorResponse(e, input);
    } finally {
      release();
    }
  }

  /**
   * Whether a request names one message that lives in a hidden folder (Svarstid's own data:
   * configuration, lease). Counted apart in the stats, so tests and benches see mail writes alone.
   */
  private inHiddenFolder(segments: string[]): boolean {
    const i = segments.indexOf('messages');
    const id = i >= 0 ? segments[i + 1] : undefined;
    if (id === undefined || id.startsWith('$') || id === 'delta' || segments[0] !== 'users' || segments[1] === undefined) return false;
    const mb = this.store.getMailbox(segments[1]);
    const m = mb ? this.store.findMessage(mb, id) : undefined;
    return m !== undefined && mb!.folders.get(m.folderId)?.isHidden === true;
  }

  private errorResponse(e: unknown, input: { requestId: string; clientRequestId: string }): EmuResponse {
    if (e instanceof GraphHttpError) {
      return { status: e.status, headers: { ...e.headers }, body: errorBody(e.code, e.message, input.requestId, input.clientRequestId) };
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`svarstid emulator: internt fel / internal error: ${message.slice(0, 200)}\n`);
    return { status: 500, body: errorBody('InternalServerError', 'An internal server error occurred.', input.requestId, input.clientRequestId) };
  }

  private async route(req: EmuRequest): Promise<EmuResponse> {
    const [head, second] = req.segments;
    if (head === 'users') {
      if (second === undefined) throw badRequest('Listing users is not supported by the emulator.');
      // The application is scoped (Exchange RBAC for Applications) to the mailboxes the emulator
      // hosts: any other mailbox is outside its management scope.
      if (req.caller.user === null && !this.store.getMailbox(second)) throw accessDenied();
      const mb = this.store.requireMailbox(second);
      return routeMailbox(req, mb, req.segments.slice(2), ['users', second], this.mailDeps);
    }
    if (head === 'me') {
      if (!req.caller.user) throw badRequest('/me request is only valid with delegated authentication flow.');
      if (second === 'checkMemberGroups' && req.segments.length === 2) return checkMemberGroups(req, this.opts.groups ?? {});
      const mb = this.store.requireMailbox(req.caller.user);
      return routeMailbox(req, mb, req.segments.slice(1), ['users', mb.address], this.mailDeps);
    }
    if (head === 'subscriptions') return this.routeSubscriptions(req);
    throw segmentNotFound(head ?? '');
  }

  private async routeSubscriptions(req: EmuRequest): Promise<EmuResponse> {
    const id = req.segments[1];
    const ctx = 'https://graph.microsoft.com/v1.0/$metadata#subscriptions';
    if (id === undefined) {
      if (req.method === 'GET') {
        const mine = this.subscriptions.list().filter((s) => s.applicationId === req.caller.appId);
        return { status: 200, body: { '@odata.context': ctx, value: mine.map((s) => this.subscriptions.render(s)) } };
      }
      if (req.method === 'POST') {
        const s = await this.subscriptions.create(req.body, req.caller, prefersImmutable(req));
        return { status: 201, body: { '@odata.context': `${ctx}/$entity`, ...this.subscriptions.render(s) } };
      }
      throw methodNotAllowed();
    }
    if (req.segments.length > 2) throw segmentNotFound(req.segments[2] as string);
    if (req.method === 'GET') return { status: 200, body: { '@odata.context': `${ctx}/$entity`, ...this.subscriptions.render(this.subscriptions.get(id)) } };
    if (req.method === 'PATCH') return { status: 200, body: { '@odata.context': `${ctx}/$entity`, ...this.subscriptions.render(this.subscriptions.renew(id, req.body)) } };
    if (req.method === 'DELETE') {
      this.subscriptions.delete(id);
      return { status: 204 };
    }
    throw methodNotAllowed();
  }

  // ------------------------------------------------------------ operational endpoints

  async operational(method: string, path: string, body: unknown): Promise<EmuResponse> {
    const op = path.replace(/^\/_emulator\/?/, '').replace(/\/$/, '');
    if (op === 'stats' && method === 'GET') return { status: 200, body: this.statsSnapshot() };
    if (op === 'messages' && method === 'POST') {
      const b = (body ?? {}) as { mailbox?: unknown; message?: unknown };
      if (typeof b.mailbox !== 'string') throw badRequest('mailbox is required.');
      return { status: 201, body: this.deliver(b.mailbox, b.message ?? {}) };
    }
    if (op === 'reset' && method === 'POST') {
      this.resetAll();
      return { status: 204 };
    }
    if (op === 'faults' && method === 'POST') {
      if (!body || typeof body !== 'object') throw badRequest('A fault script object is required.');
      this.applyFaultScript(body as FaultScript);
      return { status: 200, body: { ok: true } };
    }
    if (op === 'token' && method === 'POST') return { status: 200, body: this.auth.issue((body ?? {}) as TokenRequest) };
    if (op === 'health' && method === 'GET') return { status: 200, body: { ok: true } };
    throw new GraphHttpError(404, 'NotFound', `Unknown emulator endpoint '${op}'.`);
  }

  resetAll(): void {
    const addresses = this.store.mailboxes().map((m) => m.address);
    this.store.reset(addresses);
    this.subscriptions.clear();
    this.throttle.reset();
    this.faults.clear();
    this.stats.reset();
    this.opts.onReset();
    this.opts.onPersist();
  }
}

// ------------------------------------------------------------------ HTTP

const DIAGNOSTIC = '{"ServerInfo":{"DataCenter":"Sweden Central","Slice":"E","Ring":"5","ScaleUnit":"000","RoleInstance":"svarstid-emulator"}}';

function writeResponse(res: http.ServerResponse, r: EmuResponse, requestId: string, clientRequestId: string): void {
  const headers: Record<string, string> = {
    'request-id': requestId,
    'client-request-id': clientRequestId,
    'x-ms-ags-diagnostic': DIAGNOSTIC,
    'Cache-Control': 'no-cache',
    ...(r.headers ?? {}),
  };
  if (r.body === undefined) {
    res.writeHead(r.status, headers);
    res.end();
    return;
  }
  let payload: string;
  if (typeof r.body === 'string') {
    headers['Content-Type'] = 'text/plain; charset=utf-8';
    payload = r.body;
  } else {
    headers['Content-Type'] = JSON_CONTENT_TYPE;
    headers['OData-Version'] = '4.0';
    payload = JSON.stringify(r.body);
  }
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(r.status, headers);
  res.end(payload);
}

function lowerHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function createHttpServer(core: GraphEmulatorCore): http.Server {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      void handle(core, req, res, chunks, tooBig);
    });
    req.on('error', () => res.destroy());
  });
  server.keepAliveTimeout = 10_000;
  return server;
}

async function handle(core: GraphEmulatorCore, req: http.IncomingMessage, res: http.ServerResponse, chunks: Buffer[], tooBig: boolean): Promise<void> {
  const requestId = randomUUID();
  const headers = lowerHeaders(req.headers);
  const clientRequestId = headers['client-request-id'] ?? requestId;
  const url = req.url ?? '/';
  const method = (req.method ?? 'GET').toUpperCase();
  try {
    if (tooBig) throw new GraphHttpError(413, 'RequestEntityTooLarge', 'The request body is too large.');
    let body: unknown = undefined;
    if (chunks.length > 0) {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
        }
      }
    }
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (path.startsWith('/_emulator')) {
      writeResponse(res, await core.operational(method, path, body), requestId, clientRequestId);
      return;
    }
    if (!/^\/v1\.0(\/|$)/i.test(path)) {
      throw new GraphHttpError(400, 'BadRequest', `Invalid version: ${path.split('/')[1] ?? ''}`);
    }
    const caller = core.auth.authenticate(headers['authorization']);
    const result = await core.execute({
      method,
      pathAndQuery: url.replace(/^\/v1\.0/i, ''),
      headers,
      body,
      caller,
      requestId,
      clientRequestId,
      topLevel: true,
    });
    if (result === 'reset') {
      req.socket.destroy();
      return;
    }
    writeResponse(res, result, requestId, clientRequestId);
  } catch (e) {
    if (e instanceof GraphHttpError) {
      const extra: Record<string, string> = { ...e.headers };
      if (e.status === 401) extra['WWW-Authenticate'] = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
      writeResponse(res, { status: e.status, headers: extra, body: errorBody(e.code, e.message, requestId, clientRequestId) }, requestId, clientRequestId);
    } else {
      writeResponse(res, { status: 500, body: errorBody('InternalServerError', 'An internal server error occurred.', requestId, clientRequestId) }, requestId, clientRequestId);
    }
  }
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // SECURITY rule 8: the emulator binds to the loopback interface only.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
