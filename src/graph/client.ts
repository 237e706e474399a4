import { Client, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type { AccessTokenSource } from '../auth/tokens';

/** Graph's public origin. The client always builds URLs against it (see {@link createGraphClient}). */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

export interface GraphClientOptions {
  /** Send requests to this origin instead of Graph, e.g. the local emulator `http://127.0.0.1:4100`. */
  graphUrl?: string;
  tokens: AccessTokenSource;
  /** The fetch to use (tests); defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

function setHeader(options: NonNullable<Context['options']>, name: string, value: string): void {
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else options.headers = { ...(headers ?? {}), [name]: value };
}

function hasHeader(options: NonNullable<Context['options']>, name: string): boolean {
  const headers = options.headers;
  if (headers instanceof Headers) return headers.has(name);
  if (Array.isArray(headers)) return headers.some(([k]) => k.toLowerCase() === name.toLowerCase());
  return Object.keys(headers ?? {}).some((k) => k.toLowerCase() === name.toLowerCase());
}

/** Puts the bearer token on every request that does not carry one already. */
class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly tokens: AccessTokenSource) {}
  async execute(context: Context): Promise<void> {
    context.options ??= {};
    if (!hasHeader(context.options, 'Authorization')) setHeader(context.options, 'Authorization', `Bearer ${await this.tokens.getToken()}`);
    if (!this.next) throw new Error('BearerTokenMiddleware must not end the chain');
    await this.next.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The network code (`ENOTFOUND`, `ECONNREFUSED`, …) in an error's cause chain, or null. */
export function networkErrorCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * A fetch that failed without a response. The Graph client turns errors into `GraphError`s and
 * keeps only their `name` as the code, so the name carries the network cause (`ENOTFOUND`).
 */
class TransportError extends Error {
  constructor(cause: unknown) {
    const code = networkErrorCode(cause) ?? 'NETWORK_ERROR';
    super(`no response: ${code}`);
    this.name = code;
  }
}

/**
 * Ends the chain: sends the request with fetch, first rewriting Graph's origin to `graphUrl`
 * when one is set. The Graph client sends no token to `http://` hosts and mangles their
 * nextLinks, so the client keeps Graph's own origin and only this last step changes it.
 */
class OriginRewritingFetch implements Middleware {
  constructor(
    private readonly graphUrl: string | undefined,
    private readonly fetchImpl: typeof fetch,
  ) {}
  async execute(context: Context): Promise<void> {
    let request = context.request;
    if (this.graphUrl !== undefined) {
      const url = typeof request === 'string' ? request : request.url;
      if (url.startsWith(GRAPH_ORIGIN)) {
        const rewritten = this.graphUrl.replace(/\/+$/, '') + url.slice(GRAPH_ORIGIN.length);
        request = typeof context.request === 'string' ? rewritten : new Request(rewritten, context.request as Request);
      }
    }
    try {
      context.response = await this.fetchImpl(request, context.options as RequestInit);
    } catch (error) {
      throw new TransportError(error);
    }
  }
}

/**
 * A Microsoft Graph client (v1.0) for the worker, the add-in and the tab. It has no retry
 * middleware on purpose: the {@link RequestScheduler} is the only retry layer.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const auth = new BearerTokenMiddleware(options.tokens);
  auth.setNext(new OriginRewritingFetch(options.graphUrl, options.fetchImpl ?? fetch));
  return Client.initWithMiddleware({ middleware: auth, defaultVersion: 'v1.0' });
}
