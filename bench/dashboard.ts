/**
 * The Teams tab with a busy municipality's mailbox: 10 000 labelled messages over twelve weeks in
 * the Graph emulator, the built demo pages, headless Chromium. Prints, beside a baseline measured
 * in the same run and the same browser:
 *
 * - time to interactive after the Graph reads: from the end of the tab's first delta read of the
 *   window (`svarstid:graph-read`) to the first view with the data on screen
 *   (`svarstid:interactive`); goal ≤ 1 s. Baseline: the same rows rendered as a plain HTML table
 *   by the DOM (no React, no Fluent, no virtualisation), from data already in the page.
 * - filter latency: a department filter chosen in the select until the queue shows the new count
 *   (median of several). Baseline: the same filter over the same rows in the plain table.
 *
 *   npx tsx bench/dashboard.ts [--messages 10000]
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { buildDemoPages, demoConfig } from '../src/cli/demoCommand';
import { emulatorTokenSource } from '../src/auth/emulatorToken';
import { RECORD_PROPERTY_ID, serializeRecord, type SvarstidRecord } from '../src/core/record';
import { CHANNELS, KINDS } from '../src/core/vocabulary';
import { startEmulator } from '../src/emulator';
import { createGraphClient, GraphMailbox } from '../src/graph';
import { readLabelledMessages } from '../src/graph/labelledMessages';
import { startPageServer } from '../src/serve/pageServer';

const HOUR = 3_600_000;

/** A deterministic mailbox: receipt spread over twelve weeks, a deadline two working days on, most of the old answered. */
function mailbox(n: number, departments: readonly string[]): Record<string, unknown>[] {
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const now = Date.now();
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const received = now - Math.floor(rand() * 83 * 24 * HOUR) - 10 * 60_000;
    const kind = KINDS[Math.floor(rand() * KINDS.length)]!;
    const due = kind === 'ej_arende' ? null : new Date(received + (24 + Math.floor(rand() * 96)) * HOUR).toISOString();
    const answered = due !== null && received < now - 5 * 24 * HOUR && rand() < 0.9 ? new Date(received + Math.floor(rand() * 120) * HOUR).toISOString() : null;
    const record: SvarstidRecord = {
      v: 1,
      policy: 'ljungby@2026.1',
      channel: CHANNELS[Math.floor(rand() * CHANNELS.length)]!,
      kind,
      department: departments[Math.floor(rand() * departments.length)]!,
      due,
      target: null,
      rules: ['kanal:epost'],
      source: 'auto',
      answeredAt: answered,
      ...(rand() < 0.1 ? { uncertain: true as const } : {}),
      ...(rand() < 0.2 ? { handler: { name: ['Anna Berg', 'Omar Haddad', 'Lisa Ek'][i % 3]!, at: new Date(received + HOUR).toISOString() } } : {}),
    };
    out.push({
      subject: `Ärende ${i}: fråga om ${record.kind}`,
      body: { contentType: 'text', content: `Meddelande ${i}` },
      from: { emailAddress: { name: 'Invånare', address: `person${i}@example.com` } },
      receivedDateTime: new Date(received).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: serializeRecord(record) }],
    });
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Changes a select in the page and times until the shown count changes (in-page clock). */
async function timedFilter(page: Page, select: string, value: string, shown: string): Promise<number> {
  return page.evaluate(
    ({ select, value, shown }) =>
      new Promise<number>((resolve) => {
        const target = document.querySelector(shown)!;
        const before = target.getAttribute('data-shown');
        const start = performance.now();
        const obs = new MutationObserver(() => {
          if (target.getAttribute('data-shown') !== before) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        obs.observe(target, { attributes: true });
        const el = document.querySelector(select) as HTMLSelectElement;
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { select, value, shown },
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { messages: { type: 'string', default: '10000' } } });
  const count = Number(values.messages);
  const config = demoConfig('ljungby');
  const departments = config.departments.map((d) => d.id);
  process.stdout.write(`Bygger sidorna … / building the pages …\n`);
  const root = await buildDemoPages(config);
  const emulator = await startEmulator({ port: 0, mailbox: config.municipality.mailbox!, seed: { messages: mailbox(count, departments) }, throttle: 'off' });
  const pages = await startPageServer({ root, port: 0, demo: { emulatorOrigin: emulator.origin, config, domains: config.municipality.domains, issueToken: (user) => emulator.issueToken({ user }) } });
  const browser = await chromium.launch({ executablePath: process.env.SVARSTID_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })).newPage();
    await page.goto(`${pages.url}/teams/#/ko`);
    await page.waitForSelector('[data-testid=lead-view][data-ready=true]', { timeout: 300_000 });
    // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
    const marks = await page.evaluate(() => ({
      read: performance.getEntriesByName('svarstid:graph-read')[0]?.startTime ?? NaN,
      interactive: performance.getEntriesByName('svarstid:interactive')[0]?.startTime ?? NaN,
    }));
    const open = Number(await page.textContent('[data-count=open]'));
    const tti = marks.interactive - marks.read;
    const tab: number[] = [];
    for (const d of [...departments, ''].slice(0, 8)) tab.push(await timedFilter(page, '[data-testid=filter-department]', d, '[data-testid=shown]'));

    // Baseline: the same rows (read here through src/graph), as a plain DOM table in a blank page of the same origin.
    const tokens = emulatorTokenSource();
    const graph = new GraphMailbox({ client: createGraphClient({ tokens, graphUrl: emulator.origin }), mailbox: config.municipality.mailbox!, tokens });
    const rows = (await readLabelledMessages(graph))
      .filter((m) => m.record.answeredAt === null && m.record.kind !== 'ej_arende')
      .map((m) => ({ id: m.id, subject: m.subject, due: m.record.due ?? '', channel: m.record.channel, kind: m.record.kind, department: m.record.department, handler: m.record.handler?.name ?? '' }));
    const base = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await base.goto(`${pages.url}/privacy.html`);
    const baseTti = await base.evaluate((rows) => {
      const w = window as unknown as { rows: typeof rows; render: (list: typeof rows) => void };
      w.rows = rows;
      const sel = document.createElement('select');
      for (const d of ['', ...new Set(rows.map((r) => r.department))]) sel.add(new Option(d || 'Alla', d));
      const shown = document.createElement('p');
      const table = document.createElement('table');
      document.body.replaceChildren(sel, shown, table);
      w.render = (list) => {
        const body = document.createElement('tbody');
        for (const r of list) {
          const tr = body.insertRow();
          for (const v of [r.due, r.subject, r.channel, r.kind, r.department, r.handler]) tr.insertCell().textContent = v;
        }
        table.replaceChildren(body);
        shown.setAttribute('data-shown', String(list.length));
      };
      sel.addEventListener('change', () => w.render(w.rows.filter((r) => sel.value === '' || r.department === sel.value)));
      const start = performance.now();
      w.render([...rows].sort((a, b) => a.due.localeCompare(b.due)));
      return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
    }, rows);
    const baseFilter: number[] = [];
    for (const d of [...departments, ''].slice(0, 8)) baseFilter.push(await timedFilter(base, 'select', d, 'p'));

    const f = (ms: number): string => `${ms.toFixed(0)} ms`;
    process.stdout.write(
      [
        ``,
        `Teams-fliken med ${count} meddelanden (${open} öppna) / the Teams tab with ${count} messages (${open} open)`,
        `  Graph-läsningen (delta, sidor om 1 000)  ${f(marks.read)} efter navigering`,
        `  tid till interaktiv efter läsningen      ${f(tti)}   (mål ≤ 1 000 ms)   referens: ren DOM-tabell ${f(baseTti)}   kvot ${(tti / baseTti).toFixed(2)}`,
        `  filterlatens (median av ${tab.length})            ${f(median(tab))}   referens: ren DOM-tabell ${f(median(baseFilter))}   kvot ${(median(tab) / median(baseFilter)).toFixed(2)}`,
        ``,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await pages.stop();
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
