import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthConfigError, loginReachability, msalConfigFromEnv, msalTokenSource } from '../../src/auth/msalNode';
import { TokenAcquisitionError } from '../../src/auth/tokens';
import { authHint } from '../../src/auth/authErrors';
import { GraphRequestError, describeGraphFailure } from '../../src/graph/errors';
import { mailboxFor } from '../../src/worker/connect';

const TENANT = '0b1e3a55-1f8e-4c3e-9d55-2c4f2b7a9e11';
const CLIENT = '5f0c7c3e-2a9b-4b57-8d0c-1e2f3a4b5c6d';

describe('client credentials from the environment', () => {
  it('names the missing variable and never echoes a value', () => {
    expect(() => msalConfigFromEnv({})).toThrow('SVARSTID_TENANT_ID');
    expect(() => msalConfigFromEnv({ SVARSTID_TENANT_ID: TENANT })).toThrow('SVARSTID_CLIENT_ID');
    expect(() => msalConfigFromEnv({ SVARSTID_TENANT_ID: TENANT, SVARSTID_CLIENT_ID: CLIENT })).toThrow(AuthConfigError);
    expect(() => msalConfigFromEnv({ SVARSTID_TENANT_ID: 'x/../y', SVARSTID_CLIENT_ID: CLIENT, SVARSTID_CLIENT_SECRET: 's3cret' })).toThrow(
      /^(?!.*s3cret).*SVARSTID_TENANT_ID/,
    );
    expect(() =>
      msalConfigFromEnv({ SVARSTID_TENANT_ID: TENANT, SVARSTID_CLIENT_ID: CLIENT, SVARSTID_CERT_PATH: '/nonexistent/key.pem', SVARSTID_CERT_THUMBPRINT: 'ab' }),
    ).toThrow('SVARSTID_CERT_PATH cannot be read');
  });

  it('prefers a certificate, else a secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarstid-msal-'));
    const pem = join(dir, 'key.pem');
    writeFileSync(pem, '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n');
    const cert = msalConfigFromEnv({ SVARSTID_TENANT_ID: TENANT, SVARSTID_CLIENT_ID: CLIENT, SVARSTID_CERT_PATH: pem, SVARSTID_CERT_THUMBPRINT: 'AB12', SVARSTID_CLIENT_SECRET: 'ignored' });
    expect(cert.auth).toMatchObject({ clientId: CLIENT, authority: `https://login.microsoftonline.com/${TENANT}`, clientCertificate: { thumbprintSha256: 'AB12' } });
    expect(cert.auth.clientSecret).toBeUndefined();
    const secret = msalConfigFromEnv({ SVARSTID_TENANT_ID: 'kommun.onmicrosoft.com', SVARSTID_CLIENT_ID: CLIENT, SVARSTID_CLIENT_SECRET: 'value' });
    expect(secret.auth).toMatchObject({ clientSecret: 'value', authority: 'https://login.microsoftonline.com/kommun.onmicrosoft.com' });
  });
});

/**
 * A sign-in that Microsoft Entra ID refuses: MSAL talks to a fake network module that answers the
 * token request the way Entra ID does, and the worker's error names Microsoft's code, is not
 * retried, and comes with a Swedish hint.
 */
describe('sign-in failures name their cause', () => {
  const tenant = TENANT;
  const authority = `https://login.microsoftonline.com/${tenant}`;
  const metadata = JSON.stringify({
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    issuer: `${authority}/v2.0`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
  });
  const discovery = JSON.stringify({
    tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
  });

  function sourceAnswering(post: () => Promise<{ status: number; body: unknown; headers: Record<string, string> }>, reachability?: () => Promise<string | null>) {
    return msalTokenSource({
      auth: { clientId: CLIENT, authority, clientSecret: 'wrong', authorityMetadata: metadata, cloudDiscoveryMetadata: discovery },
      system: {
        networkClient: {
          sendGetRequestAsync: () => Promise.reject(new Error('no GET expected')),
          sendPostRequestAsync: post as never,
        },
      },
    }, reachability ? { reachability } : {});
  }

  it('a wrong secret: AADSTS7000215, not retried, with a hint to fix SVARSTID_CLIENT_SECRET', async () => {
    let posts = 0;
    const tokens = sourceAnswering(async () => {
      posts++;
      return {
        status: 401,
        headers: {},
        body: {
          error: 'invalid_client',
          error_description: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID. Trace ID: 1 Correlation ID: 2 Timestamp: 2026-11-23 08:00:00Z",
          error_codes: [7000215],
        },
      };
    });
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ code: 'AADSTS7000215', transient: false });
    expect((error as Error).message).toMatch(/Invalid client secret/);
    expect((error as Error).message).not.toMatch(/wrong/);
    expect(authHint('AADSTS7000215').sv).toMatch(/SVARSTID_CLIENT_SECRET/);

    // Through the Graph door: one failed request, kind auth, Microsoft's code — no 20 seconds of retries.
    const graph = mailboxFor({ mailbox: 'kommun@exempelby.se', graphUrl: 'http://127.0.0.1:1' }, tokens);
    const started = Date.now();
    const failure = await graph.folder('inbox').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).toMatchObject({ kind: 'auth', code: 'AADSTS7000215', attempts: 1 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(describeGraphFailure(failure).sv).toMatch(/inloggningen mot Microsoft Entra ID misslyckades \(AADSTS7000215\)/);
    expect(posts).toBeGreaterThanOrEqual(2);
  });

  it('login.microsoftonline.com out of reach is a transient network error that names its cause', async () => {
    // MSAL says only "network_error"; one plain request to the authority names the cause.
    const down = () => Promise.reject(new TypeError('fetch failed'));
    const unreachable = async (url: string): Promise<Response> => {
      throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${new URL(url).host}`), { code: 'ENOTFOUND' }) });
    };
    const tokens = sourceAnswering(down, () => loginReachability(`https://login.microsoftonline.com/${TENANT}`, unreachable as typeof fetch));
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOTFOUND', transient: true });
    expect((error as Error).message).toBe('login.microsoftonline.com cannot be reached (ENOTFOUND)');
  });
});
