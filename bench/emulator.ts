/**
 * Benchmark: how many simple Graph requests per second the emulator serves, against a trivial
 * node:http JSON server measured in the same run with the same load generator.
 *
 *   npx tsx bench/emulator.ts [--seconds 3] [--concurrency 32]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../src/emulator';

const args = process.argv.slice(2);
const arg = (name: string, def: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SECONDS = arg('--seconds', 3);
const CONCURRENCY = arg('--concurrency', 32);

function load(port: number, paths: string[], seconds: number): Promise<{ rate: number; errors: number; p50: number; p99: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const end = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const lat: number[] = [];
  const one = (path: string): Promise<void> =>
    new Promise((resolve) => {
      const t0 = process.hrtime.bigint();
      const req = http.get({ host: '127.0.0.1', port, path, agent, headers: { Authorization: 'Bearer bench' } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors++;
          lat.push(Number(process.hrtime.bigint() - t0) / 1e6);
          done++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const worker = async (w: number): Promise<void> => {
    let i = w;
    while (Date.now() < end) await one(paths[i++ % paths.length] as string);
  };
  const t0 = Date.now();
  return Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w))).then(() => {
    agent.destroy();
    lat.sort((a, b) => a - b);
    return { rate: done / ((Date.now() - t0) / 1000), errors, p50: lat[Math.floor(lat.length / 2)] ?? 0, p99: lat[Math.floor(lat.length * 0.99)] ?? 0 };
  });
}

async function main(): Promise<void> {
  const payload = JSON.stringify({ '@odata.context': 'x', id: 'AAMkAD', subject: 'Hej', isRead: false });
  const trivial = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
    res.end(payload);
  });
  await new Promise<void>((r) => trivial.listen(0, '127.0.0.1', () => r()));
  const trivialPort = (trivial.address() as AddressInfo).port;

  const emu = await startEmulator({
    port: 0,
    throttle: 'off',
    seed: {
      messages: Array.from({ length: 2000 }, (_, i) => ({
        subject: `Ärende ${i}`,
        body: { contentType: 'text', content: `Hej, fråga nummer ${i}.` },
        from: { emailAddress: { name: `Person ${i}`, address: `p${i}@mejl.example` } },
        receivedDateTime: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      })),
    },
  });
  const list = (await (await fetch(`${emu.url}/users/kommun@exempelby.se/mailFolders/inbox/messages?$top=50&$select=id`, { headers: { Authorization: 'Bearer bench' } })).json()) as { value: { id: string }[] };
  const ids = list.value.map((m) => m.id);
  const getPaths = ids.map((id) => `/v1.0/users/kommun@exempelby.se/messages/${encodeURIComponent(id)}?$select=subject,isRead,categories,flag`);
  const folderPath = ['/v1.0/users/kommun@exempelby.se/mailFolders/inbox/messages?$top=10&$select=subject,receivedDateTime'];

  await load(trivialPort, ['/'], 0.5); // warm-up
  await load(emu.port, getPaths, 0.5);
  const base = await load(trivialPort, ['/'], SECONDS);
  const get = await load(emu.port, getPaths, SECONDS);
  const page = await load(emu.port, folderPath, SECONDS);
  await emu.stop();
  trivial.close();

  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  process.stdout.write(`concurrency ${CONCURRENCY}, ${SECONDS}s per run, Node ${process.version}\n`);
  process.stdout.write(`trivial node:http server   ${fmt(base.rate)} req/s  p50 ${base.p50.toFixed(2)} ms  p99 ${base.p99.toFixed(2)} ms\n`);
  process.stdout.write(`emulator GET message       ${fmt(get.rate)} req/s  p50 ${get.p50.toFixed(2)} ms  p99 ${get.p99.toFixed(2)} ms  errors ${get.errors}  ratio ${(get.rate / base.rate).toFixed(2)}\n`);
  process.stdout.write(`emulator list 10 of 2 000  ${fmt(page.rate)} req/s  p50 ${page.p50.toFixed(2)} ms  p99 ${page.p99.toFixed(2)} ms  errors ${page.errors}  ratio ${(page.rate / base.rate).toFixed(2)}\n`);
  const ok = get.rate >= 2000 && get.errors === 0;
  process.stdout.write(`${ok ? 'OK' : 'TOO SLOW'}: simple requests ${fmt(get.rate)}/s (target ≥ 2 000/s)\n`);
  process.exitCode = ok ? 0 : 1;
}

void main();
