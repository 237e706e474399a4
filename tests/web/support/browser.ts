import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';

/**
 * The browser-test harness every page test shares: Debian's Chromium driven by playwright-core
 * (never a browser download), axe checks, and screenshots kept as test artifacts under
 * `artifacts/screenshots/` (git-ignored) for people to look at.
 */

export const CHROMIUM = process.env.SVARSTID_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (axe needs one from newContext) in light or dark, with console errors collected. */
export async function openPage(browser: Browser, options: { dark?: boolean; width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // axe injects itself into every frame; the mail body's sandboxed frame (no scripts) refuses it, as it should.
    if (m.type() === 'error' && !/about:srcdoc.*sandboxed/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** axe-core's WCAG 2.1 A/AA violations on a page or frame (Fluent's focus-trap helpers excluded). */
/** The WCAG 2.1 AA rules that read colours: all a theme (design tokens only, the same DOM) can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(
  page: Page,
  include?: string,
  options: { rules?: readonly string[] } = {},
): Promise<{ id: string; impact: string | null | undefined; nodes: string[] }[]> {
  let builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  builder = options.rules ? builder.withRules([...options.rules]) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  await settleTransitions(page);
  const result = await builder.analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
}

/**
 * Waits until every finite CSS transition and animation on the page has finished. A button that was
 * just clicked is still fading into its hover colours (Fluent animates them), and axe measuring
 * contrast half-way through reads a colour pair no one sees for longer than a blink — it failed
 * CI once at 4.49:1 between two such in-between colours. Endless animations (spinners) are left
 * out; a finite one that never ends fails after five seconds rather than hanging.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? 0)));
    const done = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${finite.length} transitions still running after 5 s`)), 5000));
    await Promise.race([done, timeout]);
  });
}

/** Saves a screenshot as an artifact; returns its path. */
export async function screenshot(target: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path, fullPage: false });
  return path;
}

/** The frame of an iframe on the page, once it has loaded its document. */
export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

/**
 * Closes a modal dialog the way a person does (Escape) and waits until the page behind it is back:
 * the dialog gone and nothing outside it still hidden from assistive technology. Fluent's focus
 * manager lifts `aria-hidden` from the page a moment after the dialog unmounts; if it never did, a
 * screen-reader user would be stuck, so this waits (and fails) on that rather than on a timer.
 */
export async function closeDialog(page: Page, selector: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector(selector, { state: 'detached' });
  await page.waitForFunction(() => document.querySelectorAll('body > [aria-hidden="true"]:not([data-tabster-dummy])').length === 0, undefined, { timeout: 10_000 });
}
