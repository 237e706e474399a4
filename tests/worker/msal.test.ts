import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthConfigError, msalConfigFromEnv } from '../../src/auth/msalNode';

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
