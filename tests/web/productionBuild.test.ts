import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { presetConfig } from '../../src/core/config';
import { writeAppPackage } from '../../src/serve/appPackage';
import { ensurePagesBuilt } from '../../src/serve/buildPages';
import { REPO_ROOT } from '../../src/serve/appManifest';
import { PAGE_POLICIES_FILE, startPageServer } from '../../src/serve/pageServer';
import { decodeHTML } from 'entities';

/**
 * The production build (what `npm run package` deploys): content-hashed bundles, a CSP on every
 * page, the deployment's origin in the manifest, and nothing of the demo — no emulator code, no
 * token path, no development harness.
 */

const ORIGIN = 'https://svarstid.ljungby.se';
let out: string;
let files: string[];

beforeAll(async () => {
  const ljungby = presetConfig('ljungby');
  out = await ensurePagesBuilt({
    target: 'production',
    // Kept between runs (rebuilt only when the sources change), beside the demo's build.
    out: join(REPO_ROOT, 'dist', 'web-test-production'),
    env: { core: 'no', origin: ORIGIN, clientId: '11111111-2222-3333-4444-555555555555', senderSettings: JSON.stringify({ municipality: ljungby.municipality, senderCheck: ljungby.senderCheck }) },
  });
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  files = walk(out).map((f) => relative(out, f));
}, 300_000);

describe('the production build', () => {
  it('carries no emulator code, no demo token path and no development harness', () => {
    expect(files.filter((f) => f.startsWith('dev/'))).toEqual([]);
    for (const f of files.filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(join(out, f), 'utf8');
      for (const banned of ['_emulator', '/demo/token', '/demo/config.json', 'svarstidOutlookHost', 'svarstid-emulator', 'issueToken']) {
        expect([f, banned, text.includes(banned)]).toEqual([f, banned, false]);
      }
    }
  });

  it('names bundles by content hash (the manifest’s pages and the on-send script keep stable names)', () => {
    const scripts = files.filter((f) => f.startsWith('assets/') && f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) expect(f).toMatch(/\.[0-9a-f]{10}\.js$/);
    expect(files).toEqual(expect.arrayContaining(['addin/taskpane.html', 'addin/compose.html', 'addin/onsend.html', 'addin/onsend.js', 'addin/auth-dialog.html', 'index.html', 'manifest.json']));
  });

  it('gives every page a Content-Security-Policy: scripts from our origin and Office only, no inline script, no eval', () => {
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, f), 'utf8');
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1];
      expect([f, typeof csp]).toEqual([f, 'string']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/script-src 'self'( https:\/\/appsforoffice\.microsoft\.com https:\/\/ajax\.aspnetcdn\.com)?;/);
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      // Every script is a file (no inline code the policy would have to allow).
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
    }
    const pane = readFileSync(join(out, 'addin/taskpane.html'), 'utf8');
    expect(pane).toContain('connect-src \'self\' https://graph.microsoft.com https://login.microsoftonline.com');
    expect(pane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('sends every page’s policy as a header equal to the policy in its meta tag (one source: the build’s list)', async () => {
    const listed = JSON.parse(readFileSync(join(out, PAGE_POLICIES_FILE), 'utf8')) as Record<string, string>;
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(Object.keys(listed).sort()).toEqual(pages.sort());
    const server = await startPageServer({ root: out, port: 0 });
    try {
      for (const f of pages) {
        const res = await fetch(`${server.url}/${f}`);
        const html = await res.text();
        // The minified meta tag, however its attributes are quoted, decoded as a browser reads it.
        const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(html);
        const inMeta = meta ? decodeHTML(meta[1] ?? meta[2] ?? '') : null;
        expect([f, res.headers.get('content-security-policy')]).toEqual([f, listed[f]]);
        expect([f, inMeta]).toEqual([f, listed[f]]);
      }
    } finally {
      await server.stop();
    }
  });

  it('packages the manifest with the deployment’s URLs and the icons as the app zip', () => {
    const zip = join(mkdtempSync(join(tmpdir(), 'svarstid-zip-')), 'svarstid.zip');
    writeAppPackage(out, zip);
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = new TextDecoder().decode(entries['manifest.json']);
    expect(manifest).toContain(`${ORIGIN}/addin/taskpane.html`);
    expect(manifest).not.toContain('localhost');
    expect(Buffer.from(entries['color.png']!.slice(1, 4)).toString()).toBe('PNG');
  });
});
