import { readFileSync } from 'node:fs';
import { AuthError, ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { TokenAcquisitionError, type AccessTokenSource } from './tokens';
import { aadstsCode } from './authErrors';

/**
 * Application (client-credentials) tokens for the unattended worker, with @azure/msal-node.
 *
 * Environment:
 * - `SVARSTID_TENANT_ID`, `SVARSTID_CLIENT_ID` (required);
 * - either `SVARSTID_CERT_PATH` (PEM with the private key) + `SVARSTID_CERT_THUMBPRINT`
 *   (SHA-256 hex; certificate preferred), or `SVARSTID_CLIENT_SECRET`.
 *
 * Least privilege (see the README): application permission `Mail.ReadWrite` restricted to the
 * one shared mailbox with Exchange RBAC for Applications (a management scope on the mailbox and
 * a role assignment for the app), plus `MailboxSettings.ReadWrite` in the same scope for the
 * master category list. Secrets are read from the environment only and never logged.
 */

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** Thrown when the environment lacks what client credentials need (names the variable, never a value). */
export class AuthConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthConfigError';
  }
}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const v = env[name]?.trim();
  if (!v) throw new AuthConfigError(`environment variable ${name} is not set`);
  return v;
}

/** The MSAL configuration from the environment. */
export function msalConfigFromEnv(env: Env = process.env): Configuration {
  const tenant = required(env, 'SVARSTID_TENANT_ID');
  const clientId = required(env, 'SVARSTID_CLIENT_ID');
  if (!/^[0-9a-f-]{36}$|^[a-z0-9.-]+\.[a-z]{2,}$/i.test(tenant)) throw new AuthConfigError('SVARSTID_TENANT_ID is not a tenant id or domain');
  const authority = `https://login.microsoftonline.com/${tenant}`;
  const certPath = env.SVARSTID_CERT_PATH?.trim();
  if (certPath) {
    const thumbprint = required(env, 'SVARSTID_CERT_THUMBPRINT');
    let privateKey: string;
    try {
      privateKey = readFileSync(certPath, 'utf8');
    } catch {
      throw new AuthConfigError('SVARSTID_CERT_PATH cannot be read');
    }
    return { auth: { clientId, authority, clientCertificate: { thumbprintSha256: thumbprint, privateKey } } };
  }
  const secret = env.SVARSTID_CLIENT_SECRET;
  if (!secret) throw new AuthConfigError('set SVARSTID_CERT_PATH and SVARSTID_CERT_THUMBPRINT, or SVARSTID_CLIENT_SECRET');
  return { auth: { clientId, authority, clientSecret: secret } };
}

const NETWORK_CODES = new Set(['network_error', 'no_network_connectivity', 'endpoints_resolution_error', 'openid_config_error']);

function networkCause(error: unknown): string | null {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z0-9_]+$|^UND_ERR/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * A failed token request as a {@link TokenAcquisitionError}: Microsoft's `AADSTS…` code when
 * Entra ID answered, MSAL's code otherwise; transient for network trouble. No secrets in it.
 */
export function tokenErrorFrom(error: unknown): TokenAcquisitionError {
  if (error instanceof TokenAcquisitionError) return error;
  if (error instanceof AuthError) {
    const aad = aadstsCode(error.errorMessage) ?? aadstsCode(error.message);
    const transient = NETWORK_CODES.has(error.errorCode) || networkCause(error) !== null;
    const code = aad ?? (transient ? (networkCause(error) ?? error.errorCode) : error.errorCode || 'AuthError');
    const first = (error.errorMessage || error.message || '').split(/\r?\n/)[0]!.slice(0, 240);
    return new TokenAcquisitionError(`Microsoft Entra ID: ${first || code}`, code, transient);
  }
  const cause = networkCause(error);
  if (cause) return new TokenAcquisitionError(`login.microsoftonline.com cannot be reached (${cause})`, cause, true);
  if (error instanceof AuthConfigError) return new TokenAcquisitionError(error.message, 'AuthConfig', false);
  return new TokenAcquisitionError(error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 240) : 'token request failed', 'AuthError', false);
}

/**
 * Why the sign-in endpoint cannot be reached: MSAL reports only "network_error", so one plain
 * request to the authority names the cause (`ENOTFOUND`, `ECONNREFUSED`, a certificate error
 * from a TLS-inspecting proxy …). Null when it answers.
 */
export async function loginReachability(authority: string, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  try {
    const res = await fetchImpl(`${authority.replace(/\/+$/, '')}/v2.0/.well-known/openid-configuration`, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer().catch(() => undefined);
    return null;
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'ETIMEDOUT';
    return networkCause(error) ?? 'NETWORK_ERROR';
  }
}

/** Client-credentials tokens for Microsoft Graph; MSAL caches them in memory until near expiry. */
export function msalTokenSource(
  config: Configuration = msalConfigFromEnv(),
  options: { reachability?: (authority: string) => Promise<string | null> } = {},
): AccessTokenSource {
  const app = new ConfidentialClientApplication(config);
  const reachability = options.reachability ?? ((authority: string) => loginReachability(authority));
  let forceRefresh = false;
  return {
    async getToken() {
      let result;
      try {
        result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE], skipCache: forceRefresh });
      } catch (error) {
        const failure = tokenErrorFrom(error);
        if (failure.transient && !/^E[A-Z]/.test(failure.code)) {
          const authority = config.auth.authority ?? 'https://login.microsoftonline.com/common';
          const cause = await reachability(authority).catch(() => null);
          if (cause) throw new TokenAcquisitionError(`${new URL(authority).host} cannot be reached (${cause})`, cause, true);
        }
        throw failure;
      }
      forceRefresh = false;
      if (!result?.accessToken) throw new TokenAcquisitionError('no access token from Microsoft Entra ID', 'AuthError', false);
      return result.accessToken;
    },
    invalidate() {
      forceRefresh = true;
    },
  };
}
