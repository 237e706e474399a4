import { EnvHttpProxyAgent, setGlobalDispatcher } from 'undici';

/** The proxy variables Svarstid honours (upper or lower case), as curl and most tools do. */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'] as const;

function env(name: string, source: Record<string, string | undefined>): string | undefined {
  return source[name] ?? source[name.toLowerCase()];
}

/**
 * Sends every outgoing request (Microsoft Graph, and sign-in at login.microsoftonline.com,
 * which MSAL does with the same fetch) through the proxy named by `HTTPS_PROXY` /
 * `HTTP_PROXY`, except hosts in `NO_PROXY`. Node 20's fetch ignores these variables by itself.
 * Returns the proxy in use (without credentials), or null when none is set.
 */
export function configureProxyFromEnv(source: Record<string, string | undefined> = process.env): string | null {
  const https = env('HTTPS_PROXY', source);
  const http = env('HTTP_PROXY', source);
  if (!https && !http) return null;
  const noProxy = env('NO_PROXY', source);
  setGlobalDispatcher(
    new EnvHttpProxyAgent({
      ...(https ? { httpsProxy: https } : {}),
      ...(http ? { httpProxy: http } : {}),
      ...(noProxy !== undefined ? { noProxy } : {}),
    }),
  );
  const shown = new URL(https ?? http!);
  shown.username = '';
  shown.password = '';
  return shown.toString();
}
