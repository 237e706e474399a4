import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIX_COMMAND_ID } from '../../addin/onsend/onMessageSendHandler';
import { buildDemoPages, demoConfig } from '../../src/cli/demoCommand';
import { REPO_ROOT, renderAppManifest, type AppManifest } from '../../src/serve/appManifest';

/** The unified Microsoft 365 app manifest: valid offline, and every action it names exists in code. */

const run = promisify(execFile);
const TEMPLATE = join(REPO_ROOT, 'manifest', 'manifest.json');
const template = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as AppManifest;

async function validate(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(join(REPO_ROOT, 'node_modules', '.bin', 'office-addin-manifest'), ['validate', file], { timeout: 90_000 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function write(manifest: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'svarstid-manifest-')), 'manifest.json');
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return file;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(full);
    else if (/\.tsx?$/.test(e.name)) yield full;
  }
}

describe('manifest/manifest.json', () => {
  it('passes `office-addin-manifest validate` offline, as written and as the demo serves it', async () => {
    expect(await validate(TEMPLATE)).toEqual({ ok: true, output: expect.any(String) });
    expect((await validate(write(renderAppManifest('http://localhost:3000')))).ok).toBe(true);
    expect((await validate(write(renderAppManifest('https://svarstid.ljungby.se', 'block')))).ok).toBe(true);
  }, 120_000);

  it('fails validation when it is broken (the check is real)', async () => {
    const broken = structuredClone(template);
    broken.extensions![0]!.autoRunEvents![0]!.events[0]!.options = { sendMode: 'sometimes' };
    expect((await validate(write(broken))).ok).toBe(false);
  }, 120_000);

  it('runs onMessageSendHandler on messageSending, softBlock by default, from Mailbox 1.12', () => {
    const ext = template.extensions![0]!;
    const events = ext.autoRunEvents!.flatMap((a) => a.events);
    expect(events).toEqual([{ type: 'messageSending', actionId: 'onMessageSendHandler', options: { sendMode: 'softBlock' } }]);
    const runtime = ext.runtimes!.find((r) => r.actions?.some((a) => a.id === 'onMessageSendHandler'))!;
    // Classic Outlook on Windows loads the script, the other clients the page.
    expect(runtime.code).toEqual({ page: 'https://localhost:3000/addin/onsend.html', script: 'https://localhost:3000/addin/onsend.js' });
    const requirements = (runtime as unknown as { requirements: { capabilities: { name: string; minVersion: string }[] } }).requirements;
    expect(requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.12' }]);
  });

  it('supports shared mailboxes and asks only for item read/write', () => {
    const raw = template as unknown as { authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } } };
    expect(raw.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
      { name: 'Mailbox.SharedFolder', type: 'Delegated' },
    ]);
  });

  it('every actionId it names is an action of a runtime, and every function action has an Office.actions.associate', () => {
    const ext = template.extensions![0]!;
    const actions = new Map(ext.runtimes!.flatMap((r) => (r.actions ?? []).map((a) => [a.id, a.type] as const)));
    const referenced = [
      ...ext.ribbons!.flatMap((r) => (r.tabs ?? []).flatMap((t) => (t.groups ?? []).flatMap((g) => (g.controls ?? []).map((c) => c.actionId)))),
      ...ext.autoRunEvents!.flatMap((a) => a.events.map((e) => e.actionId)),
    ];
    expect(referenced.length).toBeGreaterThan(0);
    for (const id of referenced) expect(actions.has(id)).toBe(true);
    const code = [...sourceFiles(join(REPO_ROOT, 'addin'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    const functions = [...actions].filter(([, type]) => type === 'executeFunction').map(([id]) => id);
    expect(functions).toEqual(['onMessageSendHandler']);
    for (const id of functions) expect(code).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*'${id}'`));
  });

  it('the on-send check’s fix button opens a control the manifest has (the compose pane)', () => {
    const controls = template.extensions![0]!.ribbons!.flatMap((r) => (r.tabs ?? []).flatMap((t) => (t.groups ?? []).flatMap((g) => g.controls ?? [])));
    expect(controls.find((c) => c.id === FIX_COMMAND_ID)?.actionId).toBe('showComposePane');
  });

  it('is rewritten to the deployed origin in one place, with validDomains and the send mode', () => {
    const m = renderAppManifest('https://svarstid.ljungby.se/ignored/path', 'block');
    const text = JSON.stringify(m);
    expect(text).not.toContain('localhost');
    expect(text).toContain('https://svarstid.ljungby.se/addin/taskpane.html');
    expect(m.validDomains).toEqual(['svarstid.ljungby.se']);
    expect(m.extensions![0]!.autoRunEvents![0]!.events[0]!.options).toEqual({ sendMode: 'block' });
    expect(() => renderAppManifest('not a url')).toThrow(/not a URL/);
    expect(() => renderAppManifest('https://x.se', 'sometimes')).toThrow(/sendMode/);
  });

  it('names only files the build produces', async () => {
    const out = await buildDemoPages(demoConfig('ljungby'));
    const urls = JSON.stringify(renderAppManifest('http://localhost:3000')).match(/http:\/\/localhost:3000\/[^"]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of new Set(urls)) {
      const path = new URL(url).pathname;
      if (path === '/') continue;
      expect([path, existsSync(join(out, path)) && statSync(join(out, path)).isFile()]).toEqual([path, true]);
    }
    for (const icon of ['color.png', 'outline.png']) expect(existsSync(join(out, icon))).toBe(true);
  }, 300_000);
});
