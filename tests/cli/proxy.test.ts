import { spawn } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { bypassesProxy, configureProxyFromEnv } from '../../src/cli/proxy';

const ENTRY = join(__dirname, 'cliEntry.ts');
const TSX = require.resolve('tsx/cjs');

/** A forward proxy that tunnels with CONNECT (as corporate proxies do) and records each tunnel. */
async function startProxy(): Promise<{ url: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://svarstid:hemligt@127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** `svarstid …` in its own process (the proxy is process-wide), with extra environment. */
function svarstid(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['-r', TSX, ENTRY, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ throttle: 'off' });
  });
  afterAll(() => emu.stop());

  it('without proxy variables nothing changes', () => {
    expect(configureProxyFromEnv({})).toBeNull();
  });

  it('NO_PROXY is read as curl reads it', () => {
    const u = (s: string) => new URL(s);
    expect(bypassesProxy(u('https://graph.microsoft.com/v1.0'), 'localhost,.kommun.se')).toBe(false);
    expect(bypassesProxy(u('http://127.0.0.1:4100'), '127.0.0.1')).toBe(true);
    expect(bypassesProxy(u('https://intern.kommun.se'), '.kommun.se')).toBe(true);
    expect(bypassesProxy(u('https://kommun.se'), 'kommun.se')).toBe(true);
    expect(bypassesProxy(u('http://127.0.0.1:4100'), '127.0.0.1:4200')).toBe(false);
    expect(bypassesProxy(u('https://x.example'), '*')).toBe(true);
  });

  it('svarstid reaches Graph through the proxy, and around it for NO_PROXY hosts', async () => {
    const proxy = await startProxy();
    try {
      const args = ['config', 'get', '--mailbox', emu.mailbox, '--graph-url', emu.url];
      const through = await svarstid(args, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '' });
      expect(through.code).toBe(3); // reached the mailbox: nothing is stored there
      expect(proxy.tunnels).toEqual(expect.arrayContaining([`127.0.0.1:${emu.port}`]));
      expect(through.stderr).not.toMatch(/hemligt/);

      const before = proxy.tunnels.length;
      const around = await svarstid(args, { http_proxy: proxy.url, no_proxy: '127.0.0.1' });
      expect(around.code).toBe(3);
      expect(proxy.tunnels).toHaveLength(before);
    } finally {
      await proxy.close();
    }
  }, 30_000);
});
