import { Temporal } from 'temporal-polyfill';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { assessMessage, calendarOf } from '../../src/core/assess';
import type { SvarstidConfig } from '../../src/core/config';
import { describeAcknowledgements, describeDue, formatDateText, handOnToday, messageStatus } from '../../src/core/display';
import { parseMailMessage } from '../../src/core/message';
import { ackExpand, ackMarkerOf, parseAckMarker } from '../../src/core/acknowledgement/marker';
import { proposePromise } from '../../src/core/acknowledgement/proposePromise';
import { ADDIN_ID } from '../../src/core/addinId';
import { toGraphDateTime, type SvarstidRecord } from '../../src/core/record';
import { readMessageWithRecord } from '../../src/graph';
import { readLabelledMessages } from '../../src/graph/labelledMessages';
import { isOpen } from '../../src/core/dashboard';
import { axeViolations, frameOf, launchBrowser, openPage, screenshot } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demoStack';

/**
 * The Outlook add-in through the development harness (/dev/outlook.html) in real headless
 * Chromium: the real task pane, compose pane and built on-send script against the demo mailbox
 * in the Graph emulator. One demo and one browser for the suite.
 */

// Teknik routes by moving to its folder (the demo's default is category only), so re-routing
// shows the routing action too.
const withTeknikFolder = (base: SvarstidConfig): SvarstidConfig => ({
  ...base,
  departments: base.departments.map((d) => (d.id === 'teknik' ? { ...d, routing: { actions: ['category', 'move'], folder: 'Teknik' } } : d)),
});

let stack: DemoStack;
let browser: Browser;
const used = new Set<string>();

beforeAll(async () => {
  [stack, browser] = await Promise.all([startDemoStack({ config: withTeknikFolder }), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const now = (): Temporal.Instant => Temporal.Now.instant();

/** An open message labelled by the worker that no other test has used. */
async function pick(want: (r: SvarstidRecord) => boolean): Promise<{ id: string; record: SvarstidRecord }> {
  const all = await readLabelledMessages(stack.graph);
  const found = all.find((m) => !used.has(m.id) && m.record.source === 'auto' && m.record.answeredAt === null && m.record.handler === undefined && want(m.record));
  if (!found) throw new Error('no such message in the demo mailbox');
  used.add(found.id);
  return { id: found.id, record: found.record };
}

/** Delivers a citizen's message now; resolves with its id. */
async function deliver(subject: string, text: string): Promise<string> {
  const m = stack.emulator.deliver(stack.mailbox, {
    subject,
    body: { contentType: 'text', content: text },
    from: { emailAddress: { name: 'Lena Berg', address: 'lena.berg@example.com' } },
  }) as { id?: string };
  if (!m.id) throw new Error('delivered without id');
  // The immutable id (the emulator answers delivery with the REST id, which changes on a move).
  const id = (await readMessageWithRecord(stack.graph, m.id)).message.id;
  used.add(id);
  return id;
}

interface Harness {
  context: BrowserContext;
  page: Page;
  pane: Frame;
  errors: string[];
}

async function openHarness(query: Record<string, string>, options: { dark?: boolean } = {}): Promise<Harness> {
  const { context, page, errors } = await openPage(browser, options);
  await page.goto(`${stack.pages.url}/dev/outlook.html?${new URLSearchParams(query)}`);
  const pane = await frameOf(page, '[data-testid=task-pane-frame]');
  await pane.waitForSelector('[data-testid=taskpane][data-ready=true]', { timeout: 30_000 });
  await pane.waitForSelector('[data-testid=reasons]', { timeout: 30_000 });
  return { context, page, pane, errors };
}

async function text(frame: Frame | Page, selector: string): Promise<string> {
  return ((await frame.textContent(selector)) ?? '').trim();
}

async function record(id: string): Promise<SvarstidRecord | null> {
  return (await readMessageWithRecord(stack.graph, id)).record;
}

/** Presses F6 (Outlook's "next region") until the add-in pane has focus. */
async function f6ToPane(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F6');
    if (await page.evaluate(() => /pane-frame/.test(document.activeElement?.getAttribute('data-testid') ?? ''))) return;
  }
  throw new Error('F6 never reached the add-in pane');
}

/** Presses Tab until the element with this test id has focus (in the page or a frame). */
async function tabTo(page: Page, frame: Frame | null, testId: string, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const here = (): Promise<string | null> => (frame ?? page).evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  if ((await here()) === testId) return;
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    if ((await here()) === testId) return;
  }
  throw new Error(`${testId} cannot be reached with Tab`);
}

/** Changes a focused native select with the arrow keys until it shows `value`. */
async function arrowTo(page: Page, frame: Frame, testId: string, value: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if ((await frame.$eval(`[data-testid=${testId}]`, (el) => (el as HTMLSelectElement).value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${testId} never showed ${value}`);
}

async function paneMessage(pane: Frame): Promise<string> {
  await pane.waitForSelector('[data-testid=status-message] .fui-MessageBar', { timeout: 20_000 });
  return text(pane, '[data-testid=status-message]');
}

describe('the task pane', () => {
  it('shows the due time as a person says it, the status and why, for an overdue, a fresh and a not-yet-labelled message', async () => {
    const overdue = await pick((r) => r.due !== null && messageStatus(r, now()) === 'overdue');
    const freshId = await deliver('Öppettider under jullovet', 'Hej! Vilka öppettider har biblioteket under jullovet? Jag vill låna böcker till barnen. Mvh Lena');
    await stack.runWorker();
    const fresh = (await record(freshId))!;
    const unlabelledId = await deliver('Fråga om bygglov för friggebod', 'Hej! Behöver jag bygglov för en friggebod på 15 kvadratmeter? Mvh Lena');

    const h = await openHarness({ message: overdue.id });
    const calendar = calendarOf(stack.config);
    expect(await text(h.pane, '[data-testid=due]')).toBe(describeDue(overdue.record.due, now(), calendar)!.line.sv);
    expect(await h.pane.getAttribute('[data-testid=status]', 'data-status')).toBe('overdue');
    expect(await text(h.pane, '[data-testid=status]')).toBe('försenad');
    expect(Number(await h.pane.getAttribute('[data-testid=reasons]', 'data-count'))).toBeGreaterThanOrEqual(2);
    await screenshot(h.page, 'taskpane-overdue');

    // Selecting another message tells the (pinned) pane that the item changed.
    await h.page.click(`[data-message-id="${freshId}"]`);
    await h.pane.waitForSelector(`[data-testid=due][data-due="${fresh.due}"]`, { timeout: 20_000 });
    await h.pane.waitForSelector('[data-testid=reasons]');
    expect(fresh.due).not.toBeNull();
    expect(await text(h.pane, '[data-testid=due]')).toBe(describeDue(fresh.due, now(), calendar)!.line.sv);
    expect(await text(h.pane, '[data-testid=due]')).toMatch(/^Svara senast \S+ \d{1,2} \S+ kl\. \d{2}\.\d{2} — (i dag|i morgon|om \d+ arbetsdag(ar)?)$/);
    expect(await h.pane.getAttribute('[data-testid=status]', 'data-status')).toMatch(/onTime|dueToday/);
    expect(await text(h.pane, '[data-testid=kind]')).toBe('Fråga');
    expect(await text(h.pane, '[data-testid=department]')).toBe('Kultur- och fritidsförvaltningen');
    expect(await text(h.pane, '[data-testid=reasons]')).toContain('biblioteket');
    await screenshot(h.page, 'taskpane-fresh');

    await h.page.click(`[data-message-id="${unlabelledId}"]`);
    await h.pane.waitForSelector('[data-testid=record][data-source=assessed]', { timeout: 20_000 });
    await h.pane.waitForSelector('[data-testid=reasons]');
    const read = await readMessageWithRecord(stack.graph, unlabelledId);
    expect(read.record).toBeNull();
    const parsed = parseMailMessage(read.message);
    if (!parsed.ok) throw new Error(parsed.error);
    const assessed = assessMessage(parsed.message, stack.config);
    expect(await text(h.pane, '[data-testid=due]')).toBe(describeDue(assessed.due, now(), calendar)!.line.sv);
    expect(await text(h.pane, '[data-testid=assessed-note]')).toContain('har inte gett meddelandet någon märkning än');
    expect(await text(h.pane, '[data-testid=department]')).toBe('Samhällsbyggnadsförvaltningen');
    expect(await text(h.pane, '[data-testid=reasons]')).toContain('bygglov');
    await screenshot(h.page, 'taskpane-unlabelled');
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);

  it('re-routes and claims in a shared mailbox opened by a delegate; the worker then leaves both alone', async () => {
    const target = await pick((r) => r.due !== null && r.department !== 'teknik' && r.kind !== 'orosanmalan' && r.kind !== 'ej_arende');
    const h = await openHarness({ mode: 'shared', message: target.id });
    expect(await text(h.pane, '[data-testid=mailbox]')).toBe(`Funktionsbrevlåda: ${stack.mailbox}`);

    await h.pane.selectOption('[data-testid=department-picker]', 'teknik');
    await h.pane.click('[data-testid=change-department]');
    expect(await paneMessage(h.pane)).toContain('Meddelandet går nu till Tekniska förvaltningen: märkt Avd: Teknik och flyttat till mappen Teknik.');
    await h.pane.waitForSelector('[data-testid=record][data-department=teknik][data-source=manual]');

    await h.pane.click('[data-testid=claim]');
    expect(await paneMessage(h.pane)).toContain('Du har ärendet nu.');
    await h.pane.waitForSelector('[data-testid=handler][data-handler="Anna Berg"]');
    await screenshot(h.page, 'taskpane-shared-rerouted-claimed');

    const after = await readMessageWithRecord(stack.graph, target.id);
    expect(after.record).toMatchObject({ source: 'manual', department: 'teknik', kind: target.record.kind, due: target.record.due, handler: { name: 'Anna Berg' } });
    expect(after.message.categories).toContain('Avd: Teknik');
    const teknik = (await stack.graph.childFolders('inbox')).find((f) => f.displayName === 'Teknik');
    expect(after.message.parentFolderId).toBe(teknik?.id);

    const summary = await stack.runWorker();
    expect(summary.errors).toBe(0);
    expect(await record(target.id)).toEqual(after.record);
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);

  it('changes the kind (the due time follows) and marks "inget ärende"', async () => {
    // a question nobody has promised an answer to yet (an acknowledged one shows its promise)
    const target = await pick((r) => r.kind === 'fraga' && r.due !== null && r.channel === 'epost' && r.acknowledgedAt === undefined);
    const h = await openHarness({ message: target.id });
    await h.pane.selectOption('[data-testid=kind-picker]', 'klagomal');
    await h.pane.click('[data-testid=change-kind]');
    expect(await paneMessage(h.pane)).toContain('Ärendetypen är ändrad.');
    await h.pane.waitForSelector('[data-testid=record][data-kind=klagomal][data-source=manual]');
    expect(await record(target.id)).toMatchObject({ kind: 'klagomal', source: 'manual' });

    await h.pane.click('[data-testid=not-a-case]');
    expect(await paneMessage(h.pane)).toContain('Markerat som inget ärende');
    await h.pane.waitForSelector('[data-testid=record][data-kind=ej_arende]');
    expect(await text(h.pane, '[data-testid=due]')).toBe('Ingen svarstid');
    const read = await readMessageWithRecord(stack.graph, target.id);
    expect(read.record).toMatchObject({ kind: 'ej_arende', due: null, source: 'manual', department: 'kontaktcenter' });
    expect(read.message.flag?.flagStatus).toBe('notFlagged');
    await h.context.close();
  }, 120_000);
});

describe('a report of concern', () => {
  it('shows a banner in the task pane that names the department it goes to, and 112', async () => {
    const target = await pick((r) => r.kind === 'orosanmalan');
    const h = await openHarness({ message: target.id });
    const department = stack.config.departments.find((d) => d.id === target.record.department)!.name;
    expect(await text(h.pane, '[data-testid=concern-banner]')).toMatch(new RegExp(`^Orosanmälan: lämna den till ${department} så snart du har läst den\\. (Den sista timmen före stängning \\(i dag kl\\. \\d\\d\\.\\d\\d\\) räcker inget skriftligt: ring dem\\. Efter stängning ska du i dag|I dag är det stängt hela dagen, så inget skriftligt räcker: du ska i dag|Nu är det stängt \\([^)]*\\), så inget skriftligt räcker: du ska nu) kontakta jouren: Socialjouren Exempelby, 070-174 06 99; vänta inte (till nästa arbetsdag|tills det öppnar)\\. Vid akut fara: ring 112\\. Markera sedan Lämnad till ${department} nedan\\.$`));
    // its time is one to hand it on by, not to answer by (round 23, U2)
    expect(await text(h.pane, '[data-testid=due]')).toMatch(/^Lämna vidare nu, senast /);
    expect(await axeViolations(h.page)).toEqual([]);
    await screenshot(h.page, 'taskpane-concern');
    // closed by handing it on, not by "answered another way" (round 21 of the readers)
    expect(await h.pane.$('[data-testid=answered-otherwise]')).toBeNull();
    expect(await text(h.pane, '[data-testid=handed-over-hint]')).toMatch(new RegExp(`^En orosanmälan är hanterad när den är lämnad till ${department}\\.`));
    await h.pane.click('[data-testid=handed-over]');
    expect(await paneMessage(h.pane)).toMatch(/^Orosanmälan är markerad som lämnad vidare( i tid|, men för sent)/);
    await h.pane.waitForSelector('[data-testid=done][data-done-by="Kim Lund"]');
    expect(await text(h.pane, '[data-testid=done]')).toContain(`markerade orosanmälan som lämnad till ${department}`);
    expect(await h.pane.$('[data-testid=concern-banner]')).toBeNull();
    expect(await text(h.pane, '[data-testid=due]')).toMatch(/^Lämna vidare senast /);
    const read = await readMessageWithRecord(stack.graph, target.id);
    expect(read.record).toMatchObject({ kind: 'orosanmalan', done: { name: 'Kim Lund' }, answeredAt: expect.any(String) });
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);

  it('warns in the compose pane that a reply, even a thank-you, counts as handling a report of concern not yet handed on', async () => {
    const target = await pick((r) => r.kind === 'orosanmalan' && r.answeredAt === null);
    const department = stack.config.departments.find((d) => d.id === target.record.department)!.name;
    const h = await openHarness({ message: target.id });
    await h.page.click('button:has-text("Svara")');
    await h.page.fill('[data-testid=compose-body]', 'Hej!\n\nTack för att du hörde av dig.\n\nExempelby kommun');
    await h.page.click('[data-testid=open-compose-pane]');
    const composePane = await frameOf(h.page, '[data-testid=compose-pane-frame]');
    const warning = await composePane.waitForSelector('[data-testid=concern-reply-warning]', { timeout: 20_000 });
    // today's rule as the task pane gives it: the last hour before today's closing, or a day closed all day (reader round 36, U1)
    const today = handOnToday(calendarOf(stack.config), Temporal.Now.instant(), stack.config.municipality.concernOnCall).sv;
    expect(((await warning.textContent()) ?? '').trim()).toBe(
      `Det här är en orosanmälan som inte är markerad som lämnad till ${department}. Skickar du det här svaret, också om det bara är ett tack, räknas orosanmälan som besvarad och lämnar kön (ett besked som bara säger när svaret kommer gör det inte), men den är inte lämnad vidare för det. Lämna den först, så att någon på ${department} läser den i dag. ${today} Vid akut fara: ring 112. Välj sedan Lämnad till ${department} i Svarstid-tillägget (rutan till höger i Outlook).`,
    );
    expect(today).toContain(`kontakta jouren: ${stack.config.municipality.concernOnCall}`);
    // the ordinary advice (give a date for the answer) is not shown for a report of concern
    expect(await composePane.$('[data-check=answer-time]')).toBeNull();
    expect(await axeViolations(h.page)).toEqual([]);
    await screenshot(h.page, 'compose-concern-reply');
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);
});

describe('a report of concern answered before it was handed on (round 27 of the readers)', () => {
  it('Send warns first; sent anyway, the pane still asks to mark it handed on until someone does', async () => {
    const target = await pick((r) => r.kind === 'orosanmalan' && r.channel === 'epost');
    const department = stack.config.departments.find((d) => d.id === target.record.department)!.name;
    const h = await openHarness({ message: target.id });
    expect(await h.pane.$('[data-testid=concern-not-handed-on]')).toBeNull();
    // a thank-you signed by the municipality: the box on Send names the report of concern first
    await h.page.click('button:has-text("Svara")');
    await h.page.fill('[data-testid=compose-body]', 'Hej!\n\nTack för att du hörde av dig.\n\nExempelby kommun');
    await h.page.click('[data-testid=send]');
    const alert = await h.page.waitForSelector('[data-testid=smart-alert-message]', { timeout: 20_000 });
    expect(((await alert.textContent()) ?? '').trim()).toMatch(
      new RegExp(`^Svarstid: Läs detta innan du skickar; du kan skicka ändå\\. Orosanmälan som inte är markerad som lämnad vidare: ett svar lämnar den inte vidare\\. Lämna den först till ${department} `),
    );
    await screenshot(h.page, 'smart-alert-concern');
    expect(await axeViolations(h.page)).toEqual([]);
    await h.page.click('[data-testid=smart-alert-send-anyway]');
    await h.page.waitForSelector('[data-testid=harness-note]:has-text("Svaret är skickat.")', { timeout: 20_000 });
    await stack.runWorker();
    expect((await record(target.id))?.answeredAt).not.toBeNull();
    await h.context.close();

    // answered, not handed on: the pane says so and still offers Lämnad till
    const again = await openHarness({ message: target.id });
    expect(await text(again.pane, '[data-testid=concern-not-handed-on]')).toMatch(new RegExp(`^Orosanmälan har fått ett svar från funktionsbrevlådan \\(.+\\), men ingen har markerat den som lämnad till ${department}, så den kanske inte är lämnad vidare\\. .*Vet du inte säkert att den är lämnad \\(fråga den som svarade\\), lämna den till ${department} nu: hellre två gånger än ingen gång\\. (Den sista timmen före stängning \\(.+\\) räcker inget skriftligt: ring dem\\. Efter stängning ska du i dag|I dag är det stängt hela dagen, så inget skriftligt räcker: du ska i dag|Nu är det stängt \\([^)]*\\), så inget skriftligt räcker: du ska nu) .+; vänta inte (till nästa arbetsdag|tills det öppnar)\\.`));
    expect(await axeViolations(again.page)).toEqual([]);
    await screenshot(again.page, 'taskpane-concern-answered-not-handed-on');
    await again.pane.click('[data-testid=handed-over]');
    expect(await paneMessage(again.pane)).toMatch(/^Orosanmälan är markerad som lämnad vidare och står inte längre bland dem som inte är lämnade\./);
    await again.pane.waitForSelector('[data-testid=done][data-done-by="Kim Lund"]');
    expect(await again.pane.$('[data-testid=concern-not-handed-on]')).toBeNull();
    expect(await again.pane.$('[data-testid=handed-over]')).toBeNull();
    expect(again.errors).toEqual([]);
    await again.context.close();
  }, 180_000);
});

describe('closing a case without an e-mail from the shared mailbox', () => {
  it('a phone message answered by calling back: marked answered another way, it leaves the queue with who and when', async () => {
    const target = await pick((r) => r.due !== null && r.channel === 'telefon' && r.kind !== 'orosanmalan');
    const h = await openHarness({ message: target.id });
    expect(await text(h.pane, '[data-testid=answered-otherwise-hint]')).toMatch(/^Svar räknas automatiskt när de skickas från funktionsbrevlådan med Svara eller Svara alla på invånarens meddelande \(samma konversation\)/);
    await h.pane.click('[data-testid=answered-otherwise]');
    expect(await paneMessage(h.pane)).toMatch(/^Markerat som besvarat på annat sätt, (i tid|efter svarstiden)/);
    await h.pane.waitForSelector('[data-testid=done][data-done-by="Kim Lund"]');
    expect(await text(h.pane, '[data-testid=done]')).toMatch(/^Kim Lund markerade det som besvarat utanför funktionsbrevlådan /);
    const read = await readMessageWithRecord(stack.graph, target.id);
    expect(read.record?.done?.name).toBe('Kim Lund');
    expect(read.record?.answeredAt).not.toBeNull();
    expect(read.message.flag?.flagStatus).toBe('complete');
    expect(await h.pane.$('[data-testid=answered-otherwise]')).toBeNull();
    expect(await axeViolations(h.page)).toEqual([]);
    await screenshot(h.page, 'taskpane-answered-otherwise');
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);

  it('an anonymous contact has no deadline and leaves the open queue when a person marks it done', async () => {
    const target = await pick((r) => r.due === null && r.kind !== 'ej_arende');
    const h = await openHarness({ message: target.id });
    expect(await text(h.pane, '[data-testid=done-hint]')).toMatch(/^Ingen svarstid: en anonym kontakt kan inte besvaras\./);
    await h.pane.click('[data-testid=mark-done]');
    expect(await paneMessage(h.pane)).toContain('Markerat som klart');
    await h.pane.waitForSelector('[data-testid=done][data-done-by="Kim Lund"]');
    const stored = await record(target.id);
    expect(stored?.done?.name).toBe('Kim Lund');
    expect(isOpen({ record: stored! })).toBe(false);
    expect(await axeViolations(h.page)).toEqual([]);
    await screenshot(h.page, 'taskpane-anonymous-done');
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);
});

describe('languages and the landing page', () => {
  it('follows the host’s display language: English when Outlook runs in English', async () => {
    const target = await pick((r) => r.due !== null && messageStatus(r, now()) === 'overdue');
    const h = await openHarness({ message: target.id, lang: 'en' });
    expect(await text(h.pane, '[data-testid=due]')).toBe(describeDue(target.record.due, now(), calendarOf(stack.config))!.line.en);
    expect(await text(h.pane, '[data-testid=status]')).toBe('overdue');
    expect(await text(h.pane, '[data-testid=claim]')).toBe("I'll take it");
    await screenshot(h.page, 'taskpane-english');
    await h.context.close();
  }, 60_000);

  it('the landing page links every surface and says what it is', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${stack.pages.url}/`);
    const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/dev/outlook.html', '/addin/taskpane.html', '/addin/compose.html', '/addin/onsend.html', '/teams/', '/manifest.json']);
    expect(await page.textContent('main')).toContain('Utvecklingsattrapp av Outlook');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'landing');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('replying', () => {
  it('"Svara med besked" opens a reply that names the municipality and the due date; it leaves with the acknowledgement mark', async () => {
    const target = await pick((r) => r.due !== null && messageStatus(r, now()) === 'onTime' && r.channel === 'epost' && r.promised === undefined && r.holding === undefined);
    const h = await openHarness({ message: target.id });
    const { promised } = proposePromise(target.record, now().toString(), stack.config);
    await h.pane.click('[data-testid=acknowledge]');
    const body = await h.page.waitForSelector('[data-testid=compose-body]');
    const written = await body.inputValue();
    const promise = formatDateText(promised, stack.config.calendar.timeZone, { month: 'long', time: false, now: now() }).sv;
    expect(written).toContain('Exempelby kommun');
    expect(written).toContain(`Du får svar senast ${promise}.`);
    expect(written).toContain('Det är Kim Lund på');
    // Naming oneself as handler to the citizen claims the message.
    expect((await record(target.id))?.handler?.name).toBe('Kim Lund');
    await screenshot(h.page, 'compose-acknowledgement');

    await h.page.click('[data-testid=send]');
    await h.page.waitForSelector('[data-testid=harness-note]:has-text("Svaret är skickat.")', { timeout: 20_000 });
    const conversation = (await readMessageWithRecord(stack.graph, target.id)).message.conversationId!;
    const messages = await stack.graph.conversationMessages<{ id: string; singleValueExtendedProperties?: { id: string; value: string }[] }>(conversation, {
      select: ['id', 'sentDateTime'],
      expand: ackExpand(ADDIN_ID),
    });
    const marks = messages.map((m) => parseAckMarker(ackMarkerOf(m.singleValueExtendedProperties))).filter((m) => m !== null);
    expect(marks).toEqual([promised]);
    // The worker reads the marker: the message now has a promise, and is not answered; the flag
    // moves to the promise; the policy's due stays.
    await stack.runWorker();
    const acked = await readMessageWithRecord(stack.graph, target.id);
    expect(acked.record).toMatchObject({ promised, answeredAt: null, due: target.record.due, acks: [{ by: 'marker', p: promised }] });
    expect(Date.parse(acked.record!.acknowledgedAt!)).toBeGreaterThan(Date.now() - 120_000);
    expect(acked.message.flag).toMatchObject({ flagStatus: 'flagged', dueDateTime: toGraphDateTime(promised) });
    expect(h.errors).toEqual([]);
    await h.context.close();

    // The task pane says so in words, and a person corrects the date: never to a closed day.
    const again = await openHarness({ message: target.id });
    const headline = describeAcknowledgements(acked.record!, stack.config.calendar.timeZone, now()).headline!.sv;
    expect(await text(again.pane, '[data-testid=promise]')).toBe(headline);
    expect(headline).toMatch(/^besked skickat — svar utlovat senast /);
    expect(await text(again.pane, '[data-testid=acknowledgement-history]')).toContain('besked skickat med Svara med besked');
    const calendar = calendarOf(stack.config);
    let closed = Temporal.Now.plainDateISO(calendar.timeZone).add({ days: 1 });
    while (calendar.isWorkingDay(closed)) closed = closed.add({ days: 1 });
    await again.pane.fill('[data-testid=promise-date]', closed.toString());
    await again.pane.click('[data-testid=set-promise]');
    expect(await paneMessage(again.pane)).toMatch(/^Kommunen har stängt den dagen\. Välj en arbetsdag/);
    expect((await record(target.id))?.promised).toBe(promised);
    let later = calendar.localDate(Temporal.Instant.from(promised)).add({ days: 7 });
    while (!calendar.isWorkingDay(later)) later = later.add({ days: 1 });
    await again.pane.fill('[data-testid=promise-date]', later.toString());
    // a date after the deadline moves the queue, not the statistics: said where it is chosen
    await again.pane.waitForSelector('text=/Datumet ligger efter svarstiden \\(/');
    await again.pane.click('[data-testid=set-promise]');
    await again.pane.waitForSelector('[data-testid=status-message]:has-text("Datumet är sparat: svar senast")', { timeout: 20_000 });
    const corrected = await readMessageWithRecord(stack.graph, target.id);
    const closing = calendar.closingTime(later)!.toString({ timeZoneName: 'never' });
    expect(Date.parse(corrected.record!.promised!)).toBe(Date.parse(closing));
    expect(corrected.record!.acks!.at(-1)).toMatchObject({ by: 'manual', why: 'Kim Lund' });
    expect(corrected.message.flag?.dueDateTime).toEqual(toGraphDateTime(closing));
    await again.pane.waitForSelector(`[data-testid=acknowledgement-history]:has-text("Kim Lund ändrade det utlovade datumet")`, { timeout: 20_000 });
    await screenshot(again.page, 'taskpane-promise-corrected');
    expect(await axeViolations(again.page)).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.context.close();
  }, 180_000);

  it('a reply without the municipality’s name is stopped with the Swedish message; the fix lets it through', async () => {
    const target = await pick((r) => r.due !== null && r.channel === 'epost');
    const h = await openHarness({ message: target.id });
    await h.page.click('button:has-text("Svara")');
    await h.page.fill('[data-testid=compose-body]', 'Hej!\n\nTack för ditt mejl. Du får svar senast på fredag.');
    await h.page.click('[data-testid=send]');
    const alert = await h.page.waitForSelector('[data-testid=smart-alert-message]', { timeout: 20_000 });
    const message = ((await alert.textContent()) ?? '').trim();
    expect(message).toContain('nämner inte Exempelby kommun som avsändare');
    // the one-click fix is named exactly as the alert's button is labelled
    expect(message).toContain('välj Infoga signatur här nedan');
    expect(message).not.toContain('Infoga > Signatur');
    expect(message.length).toBeLessThanOrEqual(500);
    await screenshot(h.page, 'smart-alert');
    expect(await axeViolations(h.page)).toEqual([]);

    await h.page.click('[data-testid=smart-alert-fix]');
    const composePane = await frameOf(h.page, '[data-testid=compose-pane-frame]');
    await composePane.waitForSelector('[data-testid=status-message]:has-text("Standardsignaturen är infogad.")', { timeout: 20_000 });
    await composePane.waitForSelector('[data-testid=compose][data-allow-send=true]', { timeout: 10_000 });
    expect(await h.page.inputValue('[data-testid=compose-body]')).toContain('Exempelby kommun');
    await screenshot(h.page, 'compose-pane-fixed');

    await h.page.click('[data-testid=send]');
    await h.page.waitForSelector('[data-testid=harness-note]:has-text("Svaret är skickat.")', { timeout: 20_000 });
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 120_000);
});

describe('accessibility', () => {
  it('axe finds no violations in the task pane and the compose pane, light and dark', async () => {
    const target = await pick((r) => r.due !== null);
    for (const dark of [false, true]) {
      const h = await openHarness({ message: target.id, ...(dark ? { theme: 'dark' } : {}) }, { dark });
      expect(await axeViolations(h.page)).toEqual([]);
      await screenshot(h.page, `taskpane-${dark ? 'dark' : 'light'}`);
      await h.page.click('button:has-text("Svara")');
      await h.page.fill('[data-testid=compose-body]', 'Hej!\n\nHandläggningstiden för bygglovsansökningar är för närvarande ungefär sex veckor.\n\nExempelby kommun');
      await h.page.click('[data-testid=open-compose-pane]');
      const composePane = await frameOf(h.page, '[data-testid=compose-pane-frame]');
      await composePane.waitForSelector('[data-testid=compose]');
      expect(await axeViolations(h.page)).toEqual([]);
      await screenshot(h.page, `compose-pane-${dark ? 'dark' : 'light'}`);
      expect(h.errors).toEqual([]);
      await h.context.close();
    }
  }, 120_000);

  it('every action can be done with the keyboard alone', async () => {
    const target = await pick((r) => r.due !== null && r.department !== 'kultur_fritid' && r.kind === 'fraga');
    const h = await openHarness({ mode: 'shared', message: target.id });
    const { page, pane } = h;

    await f6ToPane(page);
    await tabTo(page, pane, 'claim');
    await page.keyboard.press('Enter');
    await pane.waitForSelector('[data-testid=handler][data-handler="Anna Berg"]');

    await tabTo(page, pane, 'department-picker');
    await arrowTo(page, pane, 'department-picker', 'kultur_fritid');
    await tabTo(page, pane, 'change-department');
    await page.keyboard.press('Enter');
    await pane.waitForSelector('[data-testid=record][data-department=kultur_fritid]');

    await tabTo(page, pane, 'kind-picker');
    await arrowTo(page, pane, 'kind-picker', 'forslag');
    await tabTo(page, pane, 'change-kind');
    await page.keyboard.press('Space');
    await pane.waitForSelector('[data-testid=record][data-kind=forslag]');
    expect(await record(target.id)).toMatchObject({ department: 'kultur_fritid', kind: 'forslag', source: 'manual', handler: { name: 'Anna Berg' } });

    await tabTo(page, pane, 'acknowledge', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=compose-body]');
    // Rewrite the reply without the municipality's name and send it: the alert's fix and the send are keyboard-only too.
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('compose-body');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hej! Du får svar senast på fredag.');
    await tabTo(page, null, 'send', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=smart-alert-message]');
    // The alert takes focus itself (its first button is the fix).
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'smart-alert-fix') await tabTo(page, null, 'smart-alert-fix', { max: 5 });
    await page.keyboard.press('Enter');
    const composePane = await frameOf(page, '[data-testid=compose-pane-frame]');
    await composePane.waitForSelector('[data-testid=compose][data-allow-send=true]', { timeout: 20_000 });
    await f6ToPane(page);
    await tabTo(page, composePane, 'insert-signature');
    await page.keyboard.press('Enter');
    await composePane.waitForSelector('[data-testid=status-message]:has-text("Standardsignaturen är infogad.")');
    await tabTo(page, null, 'send', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=harness-note]:has-text("Svaret är skickat.")', { timeout: 20_000 });
    await screenshot(page, 'keyboard-sent');

    const other = await pick((r) => r.due !== null && r.kind !== 'ej_arende');
    await page.goto(`${stack.pages.url}/dev/outlook.html?message=${encodeURIComponent(other.id)}`);
    const pane2 = await frameOf(page, '[data-testid=task-pane-frame]');
    await pane2.waitForSelector('[data-testid=taskpane][data-ready=true]');
    await f6ToPane(page);
    await tabTo(page, pane2, 'not-a-case');
    await page.keyboard.press('Enter');
    await pane2.waitForSelector('[data-testid=record][data-kind=ej_arende]');
    expect(h.errors).toEqual([]);
    await h.context.close();
  }, 180_000);
});
