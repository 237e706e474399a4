import { Temporal } from 'temporal-polyfill';
import type { Browser, Page } from 'playwright-core';
import { describeAcknowledgements } from '../../src/core/display';
import type { SvarstidRecord } from '../../src/core/record';
import { readMessageWithRecord } from '../../src/graph';
import { axeViolations, closeDialog, frameOf, launchBrowser, openPage, screenshot } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demoStack';

/**
 * Issue 14 end to end in real headless Chromium against one demo: a person acknowledges a
 * message in the Outlook harness with "Svara med besked", the worker labels it, and the
 * team lead's tab — open all along, on the same mailbox — shows the promise in the queue and the
 * drill-down, counts it as confirmed in time (per week, department and channel), and keeps the
 * message in the open queue: an acknowledgement is not an answer.
 */

let stack: DemoStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startDemoStack(), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const TZ = 'Europe/Stockholm';

/** Delivers a citizen's message now; resolves with its immutable id. */
async function deliver(subject: string, content: string): Promise<string> {
  const m = stack.emulator.deliver(stack.mailbox, { subject, body: { contentType: 'text', content }, from: { emailAddress: { name: 'Lena Berg', address: 'lena.berg@example.com' } } }) as { id?: string };
  if (!m.id) throw new Error('delivered without id');
  return (await readMessageWithRecord(stack.graph, m.id)).message.id;
}

async function recordOf(id: string): Promise<SvarstidRecord> {
  const r = (await readMessageWithRecord(stack.graph, id)).record;
  if (!r) throw new Error(`${id} is not labelled`);
  return r;
}

/** The ISO week of now in Stockholm, as the tab keys its rows (`2026-W49`). */
function thisWeek(): string {
  const d = Temporal.Now.zonedDateTimeISO(TZ).toPlainDate();
  return `${d.yearOfWeek}-W${String(d.weekOfYear).padStart(2, '0')}`;
}

/** A figure cell "66,7 % (2/3)" read as met and decided. */
async function share(page: Page, table: string, key: string, which: 'due' | 'confirmed' | 'promise'): Promise<{ met: number; decided: number }> {
  const text = (await page.textContent(`[data-testid=sl-table-${table}] tr[data-key="${key}"] td[data-share=${which}]`)) ?? '';
  const m = /\((\d+)\/(\d+)\)$/.exec(text.trim());
  if (!m) throw new Error(`no figure in "${text}"`);
  return { met: Number(m[1]), decided: Number(m[2]) };
}

it('a promise made in Outlook shows in the tab, counts as confirmed in time, and leaves the message open; a holding reply is shown and counts as nothing', async () => {
  // Two citizens write now; the worker labels both.
  const id = await deliver('Bygglov för altan', 'Hej! Jag undrar hur lång tid det tar att få besked om bygglov för en altan på Ekvägen 4. Mvh Lena');
  const heldId = await deliver('Bygglov för carport', 'Hej! Behöver jag bygglov för en carport på Ekvägen 6? Mvh Lena');
  expect((await stack.runWorker()).errors).toBe(0);
  const labelled = await recordOf(id);
  expect(labelled.due).not.toBeNull();
  expect(Date.parse(labelled.due!)).toBeGreaterThan(Date.now());
  expect(labelled.promised).toBeUndefined();

  // The team lead has the service level open.
  const tab = await openPage(browser);
  await tab.page.goto(`${stack.pages.url}/teams/#/serviceniva`);
  await tab.page.waitForSelector('[data-testid=lead-view][data-ready=true]', { timeout: 60_000 });
  await tab.page.waitForSelector('[data-testid=sl-table-week]');
  const week = thisWeek();
  const rows = [
    ['week', week],
    ['department', labelled.department],
    ['channel', labelled.channel],
  ] as const;
  const before = await Promise.all(rows.map(async ([t, k]) => ({ confirmed: await share(tab.page, t, k, 'confirmed'), due: await share(tab.page, t, k, 'due'), promise: await share(tab.page, t, k, 'promise') })));
  const openBefore = Number(await tab.page.textContent('[data-count=open]'));

  // A case officer acknowledges it in Outlook with the proposed date and sends.
  const outlook = await openPage(browser);
  await outlook.page.goto(`${stack.pages.url}/dev/outlook.html?${new URLSearchParams({ message: id })}`);
  const pane = await frameOf(outlook.page, '[data-testid=task-pane-frame]');
  await pane.waitForSelector('[data-testid=taskpane][data-ready=true]', { timeout: 30_000 });
  await pane.click('[data-testid=acknowledge]');
  expect(await (await outlook.page.waitForSelector('[data-testid=compose-body]')).inputValue()).toMatch(/Du får svar senast /);
  await outlook.page.click('[data-testid=send]');
  await outlook.page.waitForSelector('[data-testid=harness-note]:has-text("Svaret är skickat.")', { timeout: 20_000 });
  expect(outlook.errors).toEqual([]);
  await outlook.context.close();

  // The other one gets a holding reply by hand: "we will come back", with no date.
  await stack.graph.call('POST', `${stack.graph.base}/messages/${encodeURIComponent(heldId)}/reply`, {
    operation: 'reply',
    body: { comment: 'Hej!\n\nTack för ditt mejl. Vi har skickat det vidare till bygglovshandläggarna och vi återkommer till dig.\n\nMed vänlig hälsning\nExempelby kommun' },
    idempotent: false,
  });

  // The worker labels them: a promise, not an answer; a holding reply, neither answer nor promise.
  expect((await stack.runWorker()).errors).toBe(0);
  const acked = await recordOf(id);
  expect(acked.answeredAt).toBeNull();
  expect(acked.promised).toBeDefined();
  expect(acked.acks?.[0]?.by).toBe('marker');
  const held = await recordOf(heldId);
  expect(held).toMatchObject({ answeredAt: null, holding: { at: expect.any(String) } });
  expect(held.promised).toBeUndefined();

  // The open tab follows without a reload: the acknowledgement is confirmed in time in its week,
  // department and channel; the due is met by it only where the policy says so; the promise is
  // still ahead (not decided), and nothing more is answered; the holding reply in the same week
  // confirms nothing (its due is still ahead: not decided either).
  const ackMeetsDue = acked.ackMeetsDue === true;
  await tab.page.waitForFunction(
    ([key, n]) => new RegExp(`\\(${n}/`).test(document.querySelector(`[data-testid=sl-table-week] tr[data-key="${key}"] td[data-share=confirmed]`)?.textContent ?? ''),
    [week, before[0]!.confirmed.met + 1] as const,
    { timeout: 30_000 },
  );
  for (const [i, [t, k]] of rows.entries()) {
    const was = before[i]!;
    expect(await share(tab.page, t, k, 'confirmed')).toEqual({ met: was.confirmed.met + 1, decided: was.confirmed.decided + 1 });
    expect(await share(tab.page, t, k, 'due')).toEqual(ackMeetsDue ? { met: was.due.met + 1, decided: was.due.decided + 1 } : was.due);
    expect(await share(tab.page, t, k, 'promise')).toEqual(was.promise);
  }
  expect(Number(await tab.page.textContent('[data-count=open]'))).toBe(openBefore);
  await tab.page.locator('[data-testid=sl-table-week]').scrollIntoViewIfNeeded();
  await screenshot(tab.page, 'teams-ack-service-level');

  // The queue still holds it (open), with the promise in the core's words; the drill-down too, with the history.
  const headline = describeAcknowledgements(acked, TZ, Temporal.Now.instant()).headline!.sv;
  expect(headline).toMatch(/^besked skickat — svar utlovat senast /);
  await tab.page.click('[data-testid=tab-ko]');
  await tab.page.selectOption('[data-testid=filter-department]', acked.department);
  await tab.page.selectOption('[data-testid=filter-kind]', acked.kind);
  const row = tab.page.locator(`[data-testid=queue] [data-message-id="${id}"]`);
  await row.waitFor({ timeout: 10_000 });
  expect(await row.locator('[data-testid=row-promised]').textContent()).toBe(headline);
  expect(await row.getAttribute('data-status')).not.toBe('overdue');
  const heldRow = tab.page.locator(`[data-testid=queue] [data-message-id="${heldId}"]`);
  expect(held.department === acked.department && held.kind === acked.kind).toBe(true);
  expect(await heldRow.locator('[data-testid=row-holding]').textContent()).toBe(describeAcknowledgements(held, TZ, Temporal.Now.instant()).headline!.sv);
  expect(await heldRow.locator('[data-testid=row-promised]').count()).toBe(0);
  await row.locator('[data-testid=row-open]').click();
  await tab.page.waitForSelector('[data-testid=drill-down-promised]', { timeout: 30_000 });
  expect(((await tab.page.textContent('[data-testid=drill-down-promised]')) ?? '').trim()).toBe(headline);
  await tab.page.waitForSelector('[data-testid=reasons]', { timeout: 30_000 });
  expect(await tab.page.textContent('[data-testid=acknowledgement-history]')).toContain('besked skickat med Svara med besked');
  expect(await tab.page.textContent('[data-testid=status]')).not.toMatch(/besvarad/);
  expect(tab.page.url()).toContain(`meddelande=${encodeURIComponent(id)}`);
  await screenshot(tab.page, 'teams-ack-drill-down');
  expect(await axeViolations(tab.page)).toEqual([]);
  await closeDialog(tab.page, '[data-testid=drill-down]');
  // The holding reply's drill-down says the deadline still runs, in the history too.
  await heldRow.locator('[data-testid=row-open]').click();
  await tab.page.waitForSelector('[data-testid=drill-down-holding]', { timeout: 30_000 });
  expect(((await tab.page.textContent('[data-testid=drill-down-holding]')) ?? '').trim()).toBe('väntesvar skickat utan datum — svarstiden gäller');
  expect(await tab.page.textContent('[data-testid=acknowledgement-history]')).toContain('ett väntesvar utan datum');
  await screenshot(tab.page, 'teams-holding-drill-down');
  await closeDialog(tab.page, '[data-testid=drill-down]');
  await screenshot(tab.page, 'teams-ack-queue');
  expect(await axeViolations(tab.page)).toEqual([]);
  expect(tab.errors).toEqual([]);
  await tab.context.close();
}, 240_000);
