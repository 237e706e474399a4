import { Agent, Dispatcher, ProxyAgent, setGlobalDispatcher } from 'undici';

/** The proxy variables Svarstid honours (upper or lower case), as curl and most tools do. */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'] as const;

function env(name: string, source: Record<string, string | undefined>): string | undefined {
  return source[name] ?? source[name.toLowerCase()];
}

/** Whether a host is exempt from the proxy under a `NO_PROXY` list (`*`, hosts, `.domain`, `domain`, `host:port`). */
export function bypassesProxy(origin: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = origin.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = origin.port || (origin.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[,\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length > 0)
    .some((entry) => {
      if (entry === '*') return true;
      const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':');
      if (entryPort && entryPort !== port) return false;
      const bare = name!.replace(/^\*?\./, '');
      return host === bare || host.endsWith(`.${bare}`);
    });
}

/** Sends each request through the proxy for its scheme, unless NO_PROXY exempts its host. */
class EnvironmentProxy extends Dispatcher {
  private readonly direct = new Agent();
  private readonly https: ProxyAgent | null;
  private readonly http: ProxyAgent | null;

  constructor(
    httpsProxy: string | undefined,
    httpProxy: string | undefined,
    private readonly noProxy: string | undefined,
  ) {
    super();
    this.https = httpsProxy ? new ProxyAgent(httpsProxy) : null;
    this.http = httpProxy ? new ProxyAgent(httpProxy) : null;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    const origin = new URL(String(options.origin));
    const proxy = origin.protocol === 'https:' ? this.https : this.http;
    const via = proxy && !bypassesProxy(origin, this.noProxy) ? proxy : this.direct;
    return via.dispatch(options, handler);
  }
}

/**
 * Sends every outgoing request (Microsoft Graph, and sign-in at login.microsoftonline.com,
 * which MSAL does with the same fetch) through the proxy named by `HTTPS_PROXY` /
 * `HTTP_PROXY` (tunnelled with CONNECT), except hosts in `NO_PROXY`. Node 20's fetch ignores
 * these variables by itself. Returns the proxy in use (without credentials), or null.
 */
export function configureProxyFromEnv(source: Record<string, string | undefined> = process.env): string | null {
  const https = env('HTTPS_PROXY', source);
  const http = env('HTTP_PROXY', source);
  if (!https && !http) return null;
  setGlobalDispatcher(new EnvironmentProxy(https, http, env('NO_PROXY', source)));
  const shown = new URL(https ?? http!);
  shown.username = '';
  shown.password = '';
  return shown.toString();
}
