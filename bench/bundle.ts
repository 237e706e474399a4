/**
 * `npx tsx bench/bundle.ts` — what the Outlook add-in costs to load, against a reference
 * measured in the same run:
 *
 * - the task pane's initial JavaScript (every script `addin/taskpane.html` loads before it
 *   renders, gzip; goal ≤ 200 KB), its lazily loaded chunks, and the on-send script's size;
 * - a bare Fluent UI page (FluentProvider + one Button, the same webpack settings) built now;
 * - first render in headless Chromium: first contentful paint of the real task pane page (with
 *   the Office stand-in as its host, reading a message from the demo mailbox in the emulator)
 *   and of the bare page, and the time until the pane shows the deadline. Goal: pane first
 *   render ≤ 1.5 × the bare page's.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { chromium, type Browser } from 'playwright-core';
import { presetConfig } from '../src/core/config';
import { buildDemoPages, demoConfig } from '../src/cli/demoCommand';
import { REPO_ROOT } from '../src/serve/appManifest';
import { ensurePagesBuilt } from '../src/serve/buildPages';
import { startPageServer } from '../src/serve/pageServer';
import { startEmulator } from '../src/emulator';
import { emulatorTokenSource } from '../src/auth/emulatorToken';
import { createGraphClient, GraphMailbox, RequestScheduler } from '../src/graph';
import { readLabelledMessages } from '../src/graph/labelledMessages';
import { runOnce } from '../src/worker/runOnce';

const RUNS = 11;
const KB = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function scriptsOf(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  return [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]!).filter((src) => !src.startsWith('http'));
}

function gz(root: string, files: string[]): { raw: number; gzip: number } {
  return files.reduce(
    (acc, f) => {
      const b = readFileSync(join(root, f));
      return { raw: acc.raw + b.length, gzip: acc.gzip + gzipSync(b, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

/** The reference: a bare Fluent page with the same loader, targets and splitting. */
async function buildBareFluentPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'svarstid-bare-'));
  const src = join(dir, 'bare.tsx');
  writeFileSync(
    src,
    `import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(<FluentProvider theme={webLightTheme}><main><Button appearance="primary" data-testid="ready">Svarstid</Button></main></FluentProvider>);
`,
  );
  const factory = require(join(REPO_ROOT, 'webpack.config.js')) as { swcRule(target: string): webpack.RuleSetRule };
  const out = join(dir, 'out');
  const config: webpack.Configuration = {
    mode: 'production',
    context: REPO_ROOT,
    target: ['web', 'es2020'],
    entry: { bare: src },
    output: { path: out, filename: 'assets/[name].[contenthash:10].js', publicPath: '/' },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'], modules: [join(REPO_ROOT, 'node_modules')] },
    module: { rules: [{ ...factory.swcRule('es2020'), exclude: /node_modules/ }] },
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
  };
  const stats = await new Promise<webpack.Stats>((ok, fail) => webpack(config, (e, s) => (e || !s ? fail(e ?? new Error('no stats')) : ok(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const scripts = Object.keys(stats.compilation.assets).filter((a) => a.endsWith('.js'));
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bare</title>${scripts.map((s) => `<script defer src="/${s}"></script>`).join('')}<link rel="stylesheet" href="/site.css"></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(join(out, 'site.css'), readFileSync(join(REPO_ROOT, 'web', 'site.css')));
  return out;
}

interface Timing {
  fcp: number;
  ready: number;
  /** Scripts the page loaded until it was ready (paths). */
  scripts: string[];
}

async function measure(browser: Browser, url: string, readySelector: string, init?: string): Promise<Timing> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.addInitScript(`
    window.__ready = 0;
    new MutationObserver(function () {
      if (!window.__ready && document.querySelector(${JSON.stringify(readySelector)})) window.__ready = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  `);
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await page.waitForSelector(readySelector, { timeout: 30_000 });
  const untilReady = [...scripts];
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const entry = performance.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
        else new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
      }),
  );
  const ready = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  // Scripts the page asked for before it was ready (the lazy reasons chunk is asked for just after).
  const before = await page.evaluate((at) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime <= at).map((e) => new URL(e.name).pathname), ready);
  await context.close();
  return { fcp, ready, scripts: untilReady.filter((p) => before.includes(p)) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const ljungby = presetConfig('ljungby');
  process.stdout.write('Bygger produktionssidorna och en ren Fluent-sida …\n');
  const prod = await ensurePagesBuilt({
    target: 'production',
    out: join(REPO_ROOT, 'dist', 'web-test-production'),
    env: { core: 'no', origin: 'https://svarstid.ljungby.se', clientId: '11111111-2222-3333-4444-555555555555', senderSettings: JSON.stringify({ municipality: ljungby.municipality, senderCheck: ljungby.senderCheck }) },
  });
  const bare = await buildBareFluentPage();

  const pane = gz(prod, scriptsOf(prod, 'addin/taskpane.html'));
  const reference = gz(bare, scriptsOf(bare, 'index.html'));
  const onsend = gz(prod, ['addin/onsend.js']);
  const compose = gz(prod, scriptsOf(prod, 'addin/compose.html'));
  process.stdout.write(
    [
      '',
      `Aktivitetsfönstrets första JavaScript (gzip): ${KB(pane.gzip)} (${KB(pane.raw)} okomprimerat); mål ≤ 200 KB: ${pane.gzip <= 200 * 1024 ? 'uppfyllt' : 'INTE uppfyllt'}`,
      `Ren Fluent-sida (Provider + Button), samma bygge: ${KB(reference.gzip)}; kvot ${(pane.gzip / reference.gzip).toFixed(2)}`,
      `Fönstret för att skriva (compose), första JavaScript: ${KB(compose.gzip)}`,
      `Skriptet vid sändning (addin/onsend.js): ${KB(onsend.raw)} okomprimerat, ${KB(onsend.gzip)} gzip`,
      '',
    ].join('\n'),
  );

  // First render: the real pane page with the Office stand-in as host, on the demo mailbox.
  const config = demoConfig('ljungby');
  const demoRoot = await buildDemoPages(config);
  const emulator = await startEmulator({ port: 0, mailbox: config.municipality.mailbox!, seed: 'demo', throttle: 'off' });
  const tokens = emulatorTokenSource();
  const graph = new GraphMailbox({ client: createGraphClient({ tokens, graphUrl: emulator.origin }), mailbox: config.municipality.mailbox!, tokens, scheduler: new RequestScheduler() });
  await runOnce({ graph, config, statePath: null });
  const message = (await readLabelledMessages(graph))[0]!;
  const demoPages = await startPageServer({ root: demoRoot, port: 0, demo: { emulatorOrigin: emulator.origin, config, domains: config.municipality.domains, issueToken: (user) => emulator.issueToken({ user }) } });
  const barePages = await startPageServer({ root: bare, port: 0 });
  const host = `
    (function () {
      var roaming = new Map();
      window.svarstidOutlookHost = {
        user: function () { return { displayName: 'Anna Berg', emailAddress: 'anna.berg@exempelby.se' }; },
        displayLanguage: function () { return 'sv-SE'; },
        dark: function () { return false; },
        sharedOwner: function () { return ${JSON.stringify(config.municipality.mailbox)}; },
        readItem: function () { return { itemId: ${JSON.stringify(message.id.replace(/-/g, '/').replace(/_/g, '+'))}, subject: '', conversationId: null, from: null, dateTimeCreated: new Date() }; },
        composeItem: function () { return null; },
        takeInitializationContext: function () { return null; },
        openReply: function () {},
        onItemChanged: function () { return function () {}; },
        registerAction: function () {},
        isSetSupported: function (name) { return name === 'Mailbox'; },
        roaming: roaming
      };
    })();`;
  const browser = await chromium.launch({ executablePath: process.env.SVARSTID_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const paneTimes: Timing[] = [];
    const bareTimes: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareTimes.push(await measure(browser, `${barePages.url}/`, '[data-testid=ready]'));
      paneTimes.push(await measure(browser, `${demoPages.url}/dev/taskpane.html`, '[data-testid=due]', host));
    }
    const loaded = [...new Set(paneTimes[0]!.scripts)].filter((p) => p.startsWith('/assets/') || p.startsWith('/dev/'));
    const untilReady = gz(demoRoot, loaded);
    for (const f of loaded) process.stdout.write(`   ${f} ${KB(gz(demoRoot, [f]).gzip)}\n`);
    process.stdout.write(`JavaScript som laddas tills svarstiden syns (demobygget, med Office-attrappen): ${KB(untilReady.gzip)} gzip i ${loaded.length} filer\n`);
    const paneFcp = median(paneTimes.map((t) => t.fcp));
    const bareFcp = median(bareTimes.map((t) => t.fcp));
    const paneReady = median(paneTimes.map((t) => t.ready));
    const bareReady = median(bareTimes.map((t) => t.ready));
    process.stdout.write(
      [
        `Första rendering i headless Chromium (median av ${RUNS}, kall cache):`,
        `  ren Fluent-sida: första innehåll ${bareFcp.toFixed(0)} ms, knappen synlig ${bareReady.toFixed(0)} ms`,
        `  aktivitetsfönstret: första innehåll ${paneFcp.toFixed(0)} ms (kvot ${(paneFcp / bareFcp).toFixed(2)}; mål ≤ 1,5), svarstiden synlig ${paneReady.toFixed(0)} ms (kvot ${(paneReady / bareReady).toFixed(2)}, med inloggning, konfiguration och Graph-anrop mot emulatorn)`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await demoPages.stop();
    await barePages.stop();
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/bundle: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
