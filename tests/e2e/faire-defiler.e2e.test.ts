/**
 * faire-defiler in Debian Chromium against the production build: the wheel, the « Bravo » button
 * found lower down, the scroll bar dragged both ways (steady and « Mes mains tremblent »), the
 * keyboard alone, Arabic, a touch screen; axe and the 44 px floor on every step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, launch, openPage, shakyClick, stepNow, tabTo, waitForStep, withSettings, type Watched } from './browser';

let browser: Browser;
beforeAll(async () => {
  // This lesson is about dragging the scroll bar: show it.
  browser = await launch('allowed', { scrollbars: true });
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/faire-defiler';
const BOX = '.faire-defiler .page-box';

const scrollTop = (page: Page) => page.locator(BOX).evaluate((box) => Math.round(box.scrollTop));

/** Waits for the page to stop moving: keyboard scrolling glides, even with reduced motion. */
async function settled(page: Page) {
  let last = -1;
  for (let reads = 0; reads < 40; reads += 1) {
    // The page may be gone: the last step ends on the end screen.
    const now = await page.evaluate((selector) => Math.round(document.querySelector(selector)?.scrollTop ?? -1), BOX);
    if (now === last || now === -1) return;
    last = now;
    await page.waitForTimeout(80);
  }
}

/** A key pressed, then a look at the page once it has stopped, as a learner would. */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await settled(page);
}

/** Is the « Bravo » button wholly inside the visible part of the page? */
const bravoInView = (page: Page) =>
  page.locator(BOX).evaluate((box) => {
    const button = box.querySelector('.bravo-button');
    if (!button) return false;
    const outer = box.getBoundingClientRect();
    const inner = button.getBoundingClientRect();
    return inner.top >= outer.top + box.clientTop && inner.bottom <= outer.top + box.clientTop + box.clientHeight;
  });

/** Turns the wheel over the page, notch by notch, until `done` (a learner looks between notches). */
async function wheelUntil(page: Page, dy: number, done: () => Promise<boolean>, pauseMs = 60) {
  const { x, y } = await centreOf(page, BOX);
  await page.mouse.move(x - 100, y, { steps: 4 });
  for (let notch = 0; notch < 60; notch += 1) {
    if (await done()) return;
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(pauseMs);
  }
  throw new Error('the wheel never got there');
}

/** Where the bar's thumb is now, and how far the page moves per pixel the thumb moves. */
function thumb(page: Page) {
  return page.locator(BOX).evaluate((box) => {
    const outer = box.getBoundingClientRect();
    const track = box.clientHeight;
    const max = box.scrollHeight - box.clientHeight;
    const length = Math.max(64, (track * track) / box.scrollHeight);
    const gutter = outer.width - 2 * box.clientLeft - box.clientWidth;
    return {
      x: outer.left + box.clientLeft + box.clientWidth + gutter / 2,
      y: outer.top + box.clientTop + (box.scrollTop / max) * (track - length) + length / 2,
      gutter,
      pagePerPx: max / (track - length),
      max,
    };
  });
}

/** Presses the thumb and drags it until the page would be at `target` px (far beyond an end: to that end). */
async function dragThumb(page: Page, target: number, shaky = false) {
  const from = await thumb(page);
  const toY = from.y + (target - (await scrollTop(page))) / from.pagePerPx;
  await page.mouse.move(from.x, from.y, { steps: 5 });
  await page.mouse.down();
  if (shaky) await page.mouse.move(from.x + 5, from.y + 2);
  await page.mouse.move(from.x + (shaky ? -4 : 0), toY, { steps: shaky ? 30 : 12 });
  if (shaky) {
    await page.waitForTimeout(300);
    await page.mouse.move(from.x + 3, toY - 1);
  }
  await page.mouse.up();
}

async function open(options: Parameters<typeof openPage>[1] = {}) {
  return openPage(browser, { reducedMotion: 'reduce', ...options });
}

const feedback = (page: Page) => page.locator('.faire-defiler .feedback').textContent();

/** The whole lesson with a steady mouse, with one overshoot and one wheel where the bar was asked. */
async function completeWithMouse(watched: Watched, where: string) {
  const { page } = watched;
  await waitForStep(page, 1);
  await expectAccessible(page, `${where} step 1`);
  await wheelUntil(page, 100, async () => (await scrollTop(page)) > 0);

  await waitForStep(page, 2);
  await expectAccessible(page, `${where} step 2`);
  await wheelUntil(page, 100, () => bravoInView(page));
  const firstDepth = await page.locator('.bravo-button').evaluate((button) => (button as HTMLElement).offsetTop);
  const bravo = await centreOf(page, '.bravo-button');
  await page.mouse.click(bravo.x, bravo.y);

  await waitForStep(page, 3);
  await expectAccessible(page, `${where} step 3`);
  await wheelUntil(page, -100, async () => (await scrollTop(page)) === 0);

  await waitForStep(page, 4);
  await expectAccessible(page, `${where} step 4`);
  // Found at the first go: the next button hides deeper.
  expect(await page.locator('.bravo-button').evaluate((button) => (button as HTMLElement).offsetTop)).toBeGreaterThan(firstDepth);
  // Too far, all the way down: kindly told it is higher up.
  await wheelUntil(page, 400, async () => (await feedback(page)) !== '');
  await wheelUntil(page, -100, () => bravoInView(page));
  const second = await centreOf(page, '.bravo-button');
  await page.mouse.click(second.x, second.y);

  await waitForStep(page, 5);
  await expectAccessible(page, `${where} step 5`);
  // The wheel still works, but this step asks for the bar: it says so, and waits.
  const praise = await feedback(page);
  await wheelUntil(page, -400, async () => (await scrollTop(page)) === 0);
  await expect.poll(() => feedback(page)).not.toBe(praise);
  await page.waitForTimeout(300);
  expect(await stepNow(page)).toBe('5');
  // Let go 45 px short of the top: a steady hand must go all the way.
  await dragThumb(page, 45);
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(30);
  await page.waitForTimeout(300);
  expect(await stepNow(page)).toBe('5');
  await dragThumb(page, -5000);

  await waitForStep(page, 6);
  await expectAccessible(page, `${where} step 6`);
  await dragThumb(page, 99_999);
  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
  await expectAccessible(page, `${where} end screen`);
}

describe('faire-defiler in Chromium', () => {
  it('is completed with the wheel and the bar; narration plays; misses are counted kindly', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await expect.poll(() => page.getByRole('button', { name: 'Écouter encore' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/faire-defiler/steps.wheel.text.ogg'))).toBe(true);
    // A bar wide enough to grab, on the right of the page, with a thumb of at least 44 px.
    expect((await thumb(page)).gutter).toBeGreaterThanOrEqual(28);

    await completeWithMouse(watched, 'fr');
    // Six goals, one overshoot and one wheel in a bar step.
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 8 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with « Mes mains tremblent »: slow notches, a shaky click, the bar let go short of the ends', async () => {
    const watched = await open();
    const { page } = watched;
    await withSettings(page, { shakyHands: true });
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    expect((await thumb(page)).gutter).toBeGreaterThanOrEqual(44);
    await wheelUntil(page, 100, async () => (await scrollTop(page)) > 0, 400);
    await waitForStep(page, 2);
    await wheelUntil(page, 100, () => bravoInView(page), 400);
    const bravo = await centreOf(page, '.bravo-button');
    await shakyClick(page, bravo.x, bravo.y);
    await waitForStep(page, 3);
    await expectAccessible(page, 'shaky step 3');
    await tabTo(page, 'Passer cette étape');
    await page.keyboard.press('Enter');
    await waitForStep(page, 4);
    await tabTo(page, 'Passer cette étape');
    await page.keyboard.press('Enter');

    await waitForStep(page, 5);
    await expectAccessible(page, 'shaky step 5');
    // Let go 45 px short of the top and of the bottom: the wider tolerance takes it.
    await dragThumb(page, 45, true);
    await waitForStep(page, 6);
    expect(await scrollTop(page)).toBeGreaterThan(24);
    const { max } = await thumb(page);
    await dragThumb(page, max - 45, true);
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the keyboard alone: the page takes the focus, the arrows, Home and End scroll it', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    const box = page.locator(BOX);
    for (let presses = 0; presses < 30 && !(await box.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await box.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await press(page, 'ArrowDown');
    await waitForStep(page, 2);
    for (let presses = 0; presses < 20 && !(await bravoInView(page)); presses += 1) await press(page, 'PageDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bravo');
    await page.keyboard.press('Enter');
    await waitForStep(page, 3);
    // The button is gone; the focus stayed in the page, where the keys still scroll it.
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await press(page, 'Home');
    await waitForStep(page, 4);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForStep(page, 5);
    await expectAccessible(page, 'keyboard step 5');
    await press(page, 'Home');
    await waitForStep(page, 6);
    await press(page, 'End');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expect(await endHeading(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 6 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('can be skipped to the end with the keyboard alone, at 200 % zoom (640 px wide)', async () => {
    const watched = await open({ viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Passer cette étape');
    for (let step = 1; step <= 6; step += 1) {
      await waitForStep(page, step);
      await expectAccessible(page, `640 px step ${step}`);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the UI mirrors, the French page stays left to right with its bar on the right', async () => {
    const watched = await open();
    const { page } = watched;
    await withSettings(page, { language: 'ar' });
    await page.goto(`${baseUrl()}${LESSON}`);
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await waitForStep(page, 1);
    const box = page.locator(BOX);
    expect(await box.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.faire-defiler .page').getAttribute('lang')).toBe('fr');
    const { x } = await thumb(page);
    const frame = (await box.boundingBox())!;
    expect(x).toBeGreaterThan(frame.x + frame.width - 40);
    await completeWithMouse(watched, 'ar');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works on a touch screen: the texts say « glissez le doigt », the finger scrolls, a tap finds « Bravo »', async () => {
    const watched = await open({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 840 } });
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => page.locator('.instruction-text').textContent()).toContain('Glissez le doigt vers le haut');
    // A finger on the page, slid by `dy` (negative: upwards, the page goes down), then lifted.
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (dy: number) => {
      const { x, y } = await centreOf(page, BOX);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let move = 1; move <= 10; move += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * move) / 10 }] });
        await page.waitForTimeout(40);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      // Let the page glide to a stop before looking again.
      await page.waitForTimeout(400);
    };
    await swipe(-150);
    await waitForStep(page, 2);
    for (let swipes = 0; swipes < 20 && !(await bravoInView(page)); swipes += 1) await swipe(-100);
    const bravo = await centreOf(page, '.bravo-button');
    await page.touchscreen.tap(bravo.x, bravo.y);
    await waitForStep(page, 3);
    for (let swipes = 0; swipes < 20 && (await scrollTop(page)) > 0; swipes += 1) await swipe(150);
    await waitForStep(page, 4);
    await expectAccessible(page, 'touch step 4');
    expectCleanRun(watched);
    await watched.close();
  });
});
