import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { renderAppManifest } from './appManifest';

/**
 * Serves the built pages (`dist/web-demo` for the demo): every surface on one origin, with each
 * page's Content-Security-Policy also sent as a header (from the build's list,
 * {@link PAGE_POLICIES_FILE}), content-hashed assets cached for good and pages never. `/manifest.json` is the unified manifest with this server's own URLs. In the demo
 * it also offers what the pages need from the emulator on the same origin, so connect-src stays
 * 'self': a proxy `/graph/*` → the emulator's `/*`, the emulator's token path (`POST
 * /demo/token`) and the demo's configuration (`/demo/config.json`). Binds to 127.0.0.1 only.
 */

export interface DemoBackend {
  /** The emulator's origin, e.g. http://127.0.0.1:4100. */
  emulatorOrigin: string;
  /** The demo's configuration, as the worker uses it. */
  config: unknown;
  /** A delegated emulator token for a user of the demo's domains. */
  issueToken(user: string): string;
  /** Addresses that may get a token (the demo's domains). */
  domains: readonly string[];
}

export interface PageServerOptions {
  /** The built pages. */
  root: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The origin the manifest names; default `http://localhost:PORT`. */
  origin?: string;
  /** Also listen on ::1 so `localhost` works where it resolves to IPv6 first. */
  ipv6?: boolean;
  demo?: DemoBackend;
}

export interface RunningPageServer {
  /** http://localhost:PORT */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_BODY = 4 * 1024 * 1024;
/**
 * The build's list of every page's Content-Security-Policy (written by webpack.config.js from the
 * same values the pages' meta tags carry): the header comes from here, never from parsing HTML.
 */
export const PAGE_POLICIES_FILE = '.csp.json';
/** A page the build did not list gets nothing it could load or run. */
const FALLBACK_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";
/** Request headers the proxy passes to the emulator. */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'prefer', 'if-match', 'accept', 'client-request-id'];

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startPageServer(options: PageServerOptions): Promise<RunningPageServer> {
  const root = resolve(options.root);
  let policies: { mtimeMs: number; byPage: Map<string, string> } | null = null;
  /** The policy of a page (path relative to the root, `/`-separated); re-read when the build changes. */
  async function policyOf(page: string): Promise<string> {
    const file = join(root, PAGE_POLICIES_FILE);
    const info = await stat(file).catch(() => null);
    if (!info) return FALLBACK_POLICY;
    if (policies?.mtimeMs !== info.mtimeMs) {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      const byPage = new Map<string, string>();
      if (typeof parsed === 'object' && parsed !== null) {
        for (const [name, policy] of Object.entries(parsed)) if (typeof policy === 'string') byPage.set(name, policy);
      }
      policies = { mtimeMs: info.mtimeMs, byPage };
    }
    return policies.byPage.get(page) ?? FALLBACK_POLICY;
  }
  let origin = options.origin ?? '';

  async function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      send(res, 400, 'bad path');
      return;
    }
    if (rel.includes('\0')) {
      send(res, 400, 'bad path');
      return;
    }
    let file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) {
      send(res, 403, 'forbidden');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile() || /(^|[\\/])\./.test(rel)) {
      send(res, 404, 'Sidan finns inte. / Not found.');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Content-hashed assets never change; pages, the manifest and the on-send script (its URL is in the manifest) always revalidate.
      'cache-control': /\.[0-9a-f]{10}\.js(\.map)?$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (ext === '.html') headers['content-security-policy'] = await policyOf(relative(root, file).split(sep).join('/'));
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  async function proxy(req: IncomingMessage, res: ServerResponse, demo: DemoBackend, rest: string): Promise<void> {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const v = req.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const call = (): Promise<Response> =>
      fetch(`${demo.emulatorOrigin}${rest}`, { method: req.method ?? 'GET', headers, ...(body ? { body: new Uint8Array(body) } : {}) });
    // a read that lost its connection to the emulator (a reset on a busy machine) is tried once more
    // before the page sees a 502; a write is never sent twice
    const idempotent = req.method === 'GET' || req.method === 'HEAD' || req.method === undefined;
    const upstream = await call().catch((error: unknown) => {
      if (!idempotent) throw error;
      return call();
    });
    const out: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
    });
    const buffer = Buffer.from(await upstream.arrayBuffer());
    out['content-length'] = String(buffer.length);
    res.writeHead(upstream.status, out);
    res.end(buffer);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { pathname } = url;
    const demo = options.demo;
    if (pathname === '/manifest.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      send(res, 200, `${JSON.stringify(renderAppManifest(origin), null, 2)}\n`, 'application/json; charset=utf-8', { 'cache-control': 'no-cache' });
      return;
    }
    if (demo && pathname.startsWith('/graph/')) {
      await proxy(req, res, demo, `${pathname.slice('/graph'.length)}${url.search}`);
      return;
    }
    if (demo && pathname === '/demo/config.json' && req.method === 'GET') {
      send(res, 200, JSON.stringify(demo.config), 'application/json; charset=utf-8', { 'cache-control': 'no-cache' });
      return;
    }
    if (demo && pathname === '/demo/token' && req.method === 'POST') {
      let user = '';
      try {
        user = String((JSON.parse((await readBody(req)).toString('utf8')) as { user?: unknown }).user ?? '').toLowerCase();
      } catch {
        send(res, 400, 'expected {"user": ADDRESS}');
        return;
      }
      const domain = user.slice(user.lastIndexOf('@') + 1);
      if (!/^[^@\s]+@[^@\s]+$/.test(user) || !demo.domains.includes(domain)) {
        send(res, 403, 'only users of the demo municipality get demo tokens');
        return;
      }
      send(res, 200, JSON.stringify({ token_type: 'Bearer', access_token: demo.issueToken(user) }), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'method not allowed');
      return;
    }
    await serveFile(req, res, pathname === '/' ? '/index.html' : pathname);
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 502, `page server: ${error instanceof Error ? error.message : 'error'}`);
      else res.destroy();
    });
  };
  const servers: Server[] = [];
  const listen = (server: Server, host: string, port: number): Promise<number> =>
    new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => {
        server.off('error', fail);
        ok((server.address() as AddressInfo).port);
      });
    });
  const main = createServer(listener);
  const port = await listen(main, '127.0.0.1', options.port);
  servers.push(main);
  if (options.ipv6) {
    const v6 = createServer(listener);
    await listen(v6, '::1', port).then(
      () => servers.push(v6),
      () => undefined, // no IPv6 loopback here: 127.0.0.1 is enough
    );
  }
  origin = options.origin ?? `http://localhost:${port}`;
  return {
    url: `http://localhost:${port}`,
    port,
    stop: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((ok) => {
              s.closeAllConnections();
              s.close(() => ok());
            }),
        ),
      ).then(() => undefined),
  };
}
