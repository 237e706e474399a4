import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { buildDemoPages, demoConfig } from '../../src/cli/demoCommand';

/**
 * `svarstid demo` serves every page beside the emulator and the worker (on
 * http://localhost:3000 by default; here on a free port): the landing page links each surface,
 * the harness and the manifest are there, and Ctrl+C stops everything.
 */

const BIN = join(__dirname, '..', '..', 'bin', 'svarstid.js');
let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

it('serves the landing page, the harness and the manifest, and stops on Ctrl+C', async () => {
  await buildDemoPages(demoConfig('ljungby')); // shared with the other suites; cached
  child = spawn(process.execPath, [BIN, 'demo', '--port', '0', '--worker-port', '0', '--pages-port', '0', '--live', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no pages line in:\n${out}`)), 90_000);
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Sidorna +(http:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child!.on('exit', (code) => reject(new Error(`demo exited (${code}):\n${out}`)));
  });
  const landing = await (await fetch(`${url}/`)).text();
  for (const href of ['/dev/outlook.html', '/addin/taskpane.html', '/addin/compose.html', '/addin/onsend.html', '/manifest.json']) {
    expect(landing).toMatch(new RegExp(`href="?${href.replace(/\./g, '\\.')}[" >]`));
  }
  expect((await fetch(`${url}/dev/outlook.html`)).status).toBe(200);
  const manifest = (await (await fetch(`${url}/manifest.json`)).json()) as { extensions: { runtimes: { code: { page: string } }[] }[] };
  expect(manifest.extensions[0]!.runtimes[0]!.code.page).toBe(`${url}/addin/taskpane.html`);
  const config = (await (await fetch(`${url}/demo/config.json`)).json()) as { municipality: { name: string } };
  expect(config.municipality.name).toBe('Exempelby kommun');
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
}, 240_000);
