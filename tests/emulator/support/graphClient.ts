/**
 * Test helper: a @microsoft/microsoft-graph-client Client that talks to the emulator. The client
 * keeps its default https://graph.microsoft.com base (so it sends the Authorization header and
 * keeps nextLinks intact); the last middleware rewrites the origin to the emulator before fetch.
 */
import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export class LocalOriginHandler implements Middleware {
  constructor(private readonly origin: string) {}

  async execute(context: Context): Promise<void> {
    let url: string;
    let init: RequestInit = { ...(context.options as RequestInit | undefined) };
    if (typeof context.request === 'string') {
      url = context.request;
    } else {
      const r = context.request as Request;
      url = r.url;
      init = { method: r.method, headers: r.headers, body: r.body ? await r.arrayBuffer() : null, ...init };
    }
    const local = url.replace(/^https:\/\/graph\.microsoft\.com/i, this.origin);
    context.response = await fetch(local, init);
  }
}

export interface TestClientOptions {
  token?: string | (() => string);
  maxRetries?: number;
  /** Seconds (used when a response has no Retry-After). */
  retryDelay?: number;
}

export function graphClient(origin: string, opts: TestClientOptions = {}): Client {
  const tokenOf = typeof opts.token === 'function' ? opts.token : (): string => (opts.token as string | undefined) ?? 'test-token';
  const auth = new AuthenticationHandler({ getAccessToken: async () => tokenOf() });
  const retry = new RetryHandler(new RetryHandlerOptions(opts.retryDelay ?? 1, opts.maxRetries ?? 3));
  const local = new LocalOriginHandler(origin);
  auth.setNext(retry);
  retry.setNext(local);
  return Client.initWithMiddleware({ middleware: auth, defaultVersion: 'v1.0' });
}
