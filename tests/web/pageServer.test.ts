import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_POLICIES_FILE, startPageServer, type RunningPageServer } from '../../src/serve/pageServer';

/** The page server: static pages with their CSP as a header, the manifest, and the demo's same-origin backend. */

const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";
let root: string;
let upstream: Server;
let seen: { method: string; url: string; auth: string | undefined; body: string }[] = [];
let server: RunningPageServer;
const issued: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'svarstid-pages-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'addin'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body>Svarstid</body></html>`);
  writeFileSync(join(root, 'addin', 'unlisted.html'), '<!doctype html><html><body><script src="/assets/taskpane.0123456789.js"></script></body></html>');
  writeFileSync(join(root, PAGE_POLICIES_FILE), JSON.stringify({ 'index.html': CSP }));
  writeFileSync(join(root, 'assets', 'taskpane.0123456789.js'), 'console.log(1)');
  writeFileSync(join(root, 'addin', 'onsend.js'), 'Office.actions.associate("onMessageSendHandler", function () {})');
  writeFileSync(join(root, '.build-hash'), 'secret-ish');
  writeFileSync(join(tmpdir(), 'outside.txt'), 'outside');
  upstream = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body });
      res.writeHead(201, { 'content-type': 'application/json', 'request-id': 'r1' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  server = await startPageServer({
    root,
    port: 0,
    demo: {
      emulatorOrigin: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
      config: { municipality: { name: 'Exempelby kommun' } },
      domains: ['exempelby.se'],
      issueToken: (user) => (issued.push(user), `token-for-${user}`),
    },
  });
});

afterAll(async () => {
  await server?.stop();
  await new Promise((r) => upstream.close(r));
});

describe('the page server', () => {
  it('serves the landing page at / with its Content-Security-Policy also as a header', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('Svarstid');
  });

  it('gives a page the build did not list a policy that loads and runs nothing, and never serves the list itself', async () => {
    const res = await fetch(`${server.url}/addin/unlisted.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none';/);
    expect(res.headers.get('content-security-policy')).not.toContain('script-src');
    expect((await fetch(`${server.url}/${PAGE_POLICIES_FILE}`)).status).toBe(404);
  });

  it('caches content-hashed bundles for good and the on-send script (named in the manifest) never', async () => {
    expect((await fetch(`${server.url}/assets/taskpane.0123456789.js`)).headers.get('cache-control')).toContain('immutable');
    const onsend = await fetch(`${server.url}/addin/onsend.js`);
    expect(onsend.headers.get('cache-control')).toBe('no-cache');
    expect(onsend.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves files outside the build or hidden files', async () => {
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt', '/.build-hash']) {
      const res = await fetch(`${server.url}${path}`);
      expect([path, res.status >= 400]).toEqual([path, true]);
      expect(await res.text()).not.toContain('outside');
    }
  });

  it('serves the manifest with its own URLs', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.json`)).json()) as { validDomains: string[] };
    expect(JSON.stringify(manifest)).toContain(`${server.url}/addin/taskpane.html`);
    expect(manifest.validDomains).toEqual([`localhost:${server.port}`]);
  });

  it('gives demo tokens only to users of the demo municipality, and proxies Graph on the same origin', async () => {
    const denied = await fetch(`${server.url}/demo/token`, { method: 'POST', body: JSON.stringify({ user: 'mallory@evil.example' }) });
    expect(denied.status).toBe(403);
    const granted = await fetch(`${server.url}/demo/token`, { method: 'POST', body: JSON.stringify({ user: 'Anna.Berg@exempelby.se' }) });
    expect(await granted.json()).toEqual({ token_type: 'Bearer', access_token: 'token-for-anna.berg@exempelby.se' });
    seen = [];
    const proxied = await fetch(`${server.url}/graph/v1.0/users/kommun%40exempelby.se/messages/x?$select=id`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json', cookie: 'not-forwarded' },
      body: '{"categories":[]}',
    });
    expect(proxied.status).toBe(201);
    expect(proxied.headers.get('request-id')).toBe('r1');
    expect(seen).toEqual([{ method: 'PATCH', url: '/v1.0/users/kommun%40exempelby.se/messages/x?$select=id', auth: 'Bearer t', body: '{"categories":[]}' }]);
    expect((await (await fetch(`${server.url}/demo/config.json`)).json())).toEqual({ municipality: { name: 'Exempelby kommun' } });
  });
});
