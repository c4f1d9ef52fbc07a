import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/**
 * Debian's Chromium, with the flags this machine needs (no background network, no sandbox as root).
 * Playwright hides scroll bars by default; a lesson about dragging one asks for them.
 */
export function launch(autoplay: 'allowed' | 'gesture' = 'allowed', { scrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      autoplay === 'allowed' ? '--autoplay-policy=no-user-gesture-required' : '--autoplay-policy=document-user-activation-required',
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that left the page's origin. */
  foreign: string[];
  /** Every URL requested, for narration checks. */
  requested: string[];
  close(): Promise<void>;
}

/** A fresh, private context and page, watched for console errors and requests leaving the origin. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const watched: Watched = { page, errors: [], foreign: [], requested: [], close: () => context.close() };
  page.on('console', (message) => message.type() === 'error' && watched.errors.push(message.text()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('request', (request) => {
    watched.requested.push(request.url());
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watched.foreign.push(request.url());
  });
  return watched;
}

/** WCAG 2.2 AA with axe, and our own floor: every visible interactive element at least 44×44 CSS px. */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe on ${where}`).toEqual([]);
  expect(await smallTargets(page), `targets under 44 px on ${where}`).toEqual([]);
}

export function smallTargets(page: Page) {
  return page.evaluate(() => {
    const interactive =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="radio"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(interactive)]
      .filter((element) => element.checkVisibility() && !element.closest('[inert], [aria-hidden="true"]'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
        return { element: `${element.tagName.toLowerCase()} «${name.slice(0, 40)}»`, width: Math.round(box.width), height: Math.round(box.height) };
      })
      .filter((target) => target.width < 44 || target.height < 44);
  });
}

/** Keeps pressing Tab until the element with this accessible name has focus (as a keyboard user would). */
export async function tabTo(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${role} ${name}`);
}

/** The centre of an element, in page coordinates. */
export async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** The step the runner shows (its progress bar's value), whatever the language. */
export const stepNow = (page: Page) => page.locator('[role="progressbar"]').getAttribute('aria-valuenow');
/** What every run must end with: no console error, no request leaving the origin. */
export function expectCleanRun(watched: Watched) {
  expect(watched.errors, 'console errors').toEqual([]);
  expect(watched.foreign, 'requests leaving the origin').toEqual([]);
}

/**
 * The state a key is drawn in on the keyboard drawing: target, hold, lock, wrong, or idle. A wrong
 * key drawn from a key handler (liveWrong) is marked above its other mark: wrong, then, is what shows.
 */
export const keyState = async (page: Page, code: string) => {
  const states = await page.locator(`.osk-mark[data-code="${code}"]`).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-state')));
  return states.length === 0 ? 'idle' : states.includes('wrong') ? 'wrong' : states[0];
};

/**
 * Whether a layer of the keyboard drawing (`.osk-press[data-pressed]`, the wrong key's
 * `.osk-mark[data-state="wrong"]`) is shown over the key `code`: visible, and covering that key's
 * cap and no more than its cell.
 */
export const drawnOverKey = (page: Page, layers: string, code: string) =>
  page.evaluate(
    ([selector, key]) =>
      [...document.querySelectorAll(selector)].some((layer) => {
        const cap = document.querySelector(`.osk-key[data-code="${key}"] .osk-cap`);
        if (layer.getAttribute('data-code') !== key || getComputedStyle(layer).visibility !== 'visible' || !cap) return false;
        const [box, capBox] = [layer.getBoundingClientRect(), cap.getBoundingClientRect()];
        const covers = box.left <= capBox.left + 0.5 && box.right >= capBox.right - 0.5 && box.top <= capBox.top + 0.5 && box.bottom >= capBox.bottom - 0.5;
        return covers && box.width <= capBox.width + 8 && box.height <= capBox.height + 8;
      }),
    [layers, code] as const,
  );

/**
 * How the keyboard drawing's legends read: those whose text box leaves their key's cap, and the
 * size in CSS px at which each named key (« Maj », « Entrée ») is printed, by its text (the
 * smallest where a name is printed on two keys).
 */
export const keyLegends = (page: Page) =>
  page.evaluate(() => {
    const outside: string[] = [];
    const named: Record<string, number> = {};
    for (const key of document.querySelectorAll('.osk-board .osk-key')) {
      const cap = key.querySelector('.osk-cap')!.getBoundingClientRect();
      for (const text of key.querySelectorAll<SVGTextElement>('text')) {
        const box = text.getBoundingClientRect();
        const inside = box.left >= cap.left - 0.5 && box.right <= cap.right + 0.5 && box.top >= cap.top - 0.5 && box.bottom <= cap.bottom + 0.5;
        if (!inside) outside.push(`${key.getAttribute('data-code')} « ${text.textContent} »`);
        if (text.classList.contains('osk-name')) {
          // The drawing is scaled to its box: the printed size is the font's size times that scale.
          const scale = text.ownerSVGElement!.getBoundingClientRect().width / text.ownerSVGElement!.viewBox.baseVal.width;
          const size = Math.round(parseFloat(getComputedStyle(text).fontSize) * scale * 10) / 10;
          // The smallest where a name is printed twice (the two Maj keys).
          const name = [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || text.textContent!;
          named[name] = Math.min(size, named[name] ?? size);
        }
      }
    }
    return { outside, named };
  });

export const waitForStep = (page: Page, step: number) => expect.poll(() => stepNow(page), { timeout: 5000 }).toBe(String(step));
export const endHeading = (page: Page) => page.locator('.end-screen h2');

/** A click whose press and release land on the spot, with the small shake of a trembling hand between. */
export async function shakyClick(page: Page, x: number, y: number, button: 'left' | 'right' = 'left') {
  await page.mouse.move(x, y, { steps: 5 });
  await page.mouse.down({ button });
  await page.mouse.move(x + 4, y - 3);
  await page.mouse.move(x - 3, y + 2);
  await page.mouse.up({ button });
}

/** The progress saved on this device (written just after the screen changes: poll it). */
export const storedProgress = (page: Page) =>
  page.evaluate(() => JSON.parse(window.localStorage.getItem('pas-a-pas.progress') ?? '{}') as { weakKeys?: string[]; lessons?: Record<string, unknown> });

/** Stores settings before the app starts, as a learner who chose them earlier (e.g. « Mes mains tremblent »). */
export async function withSettings(page: Page, settings: Record<string, unknown>) {
  const stored = { version: 1, language: null, textSize: 'normal', narration: true, volume: 0.9, speed: 1, shakyHands: false, ...settings };
  await page.addInitScript((value) => window.localStorage.setItem('pas-a-pas.settings', value), JSON.stringify(stored));
}
