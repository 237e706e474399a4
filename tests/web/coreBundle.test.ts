import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import webpack from 'webpack';

// The add-in and the tab load the core as one browser script. This builds it with the
// project's webpack config and runs it in a bare JavaScript context — no require, process,
// Buffer or DOM — the way Outlook's JavaScript-only runtime would.
const configFactory = require('../../webpack.config.js') as (env: Record<string, string>, argv: { mode: string }) => webpack.Configuration[];

async function buildCore(outDir: string): Promise<string> {
  const config = configFactory({ only: 'core' }, { mode: 'production' }).find((c) => c.name === 'core')!;
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, result) => (err || !result ? reject(err ?? new Error('no stats')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return readFileSync(join(outDir, 'svarstid-core.js'), 'utf8');
}

interface CoreBundle {
  PRESET_IDS: string[];
  presetConfig(id: string): unknown;
  parseMailMessage(value: unknown): { ok: true; message: unknown } | { ok: false; error: string };
  assessMessage(message: unknown, config: unknown): { channel: string; kind: string; department: string; due: string | null };
  deadlineFor(c: unknown, config: unknown): { due: string | null; target: string | null };
  checkOutgoingMail(mail: unknown, config: unknown): { allowSend: boolean };
}

describe('the core as a browser script', () => {
  let core: CoreBundle;
  let context: Record<string, unknown>;

  beforeAll(async () => {
    const source = await buildCore(mkdtempSync(join(tmpdir(), 'svarstid-web-')));
    context = createContext({});
    runInContext(source, context);
    core = context.SvarstidCore as CoreBundle;
  }, 120_000);

  it('runs without Node globals', () => {
    expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe('undefinedundefinedundefined');
    expect(core.PRESET_IDS).toEqual(['ljungby', 'alvesta', 'varmdo', 'salem', 'harnosand']);
  });

  it('computes a SPEC deadline and triages a message like the Node build', () => {
    const config = core.presetConfig('ljungby');
    expect(core.deadlineFor({ channel: 'epost', received: '2026-12-23T13:00:00Z' }, config)).toMatchObject({
      due: '2026-12-29T14:00:00+01:00',
      target: null,
    });
    const parsed = core.parseMailMessage({
      id: 'm1',
      subject: 'Trasig gatlykta',
      body: { contentType: 'html', content: '<p>Gatlyktan vid busshållplatsen är trasig sedan i måndags.</p>' },
      from: { emailAddress: { address: 'lena@example.com' } },
      receivedDateTime: '2026-11-16T09:15:00Z',
    });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(core.assessMessage(parsed.message, config)).toMatchObject({
      channel: 'epost',
      kind: 'felanmalan',
      department: 'teknik',
      due: '2026-11-18T10:15:00+01:00',
    });
  });

  it('checks outgoing mail', () => {
    const config = core.presetConfig('varmdo');
    expect(core.checkOutgoingMail({ from: 'kommun@varmdo.se', bodyText: 'Hej!\n\nVärmdö kommun' }, config).allowSend).toBe(true);
    expect(core.checkOutgoingMail({ from: 'kommun@varmdo.se', bodyText: 'Hej!' }, config).allowSend).toBe(false);
  });
});
