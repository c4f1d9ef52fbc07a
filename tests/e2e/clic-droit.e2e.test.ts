/**
 * clic-droit in Debian Chromium against the production build: real right clicks at the default
 * settings and with « Mes mains tremblent », the keyboard alone, a finger's long press, Arabic;
 * axe and the 44 px floor on every step, with the menu open.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, launch, openPage, shakyClick, tabTo, waitForStep, withSettings, type Watched } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/clic-droit';
const PHOTO = '.clic-droit .photo-button';
const MENU = '.clic-droit [role="menu"]';

async function open(options: Parameters<typeof openPage>[1] = {}) {
  return openPage(browser, { reducedMotion: 'reduce', ...options });
}

const feedback = (page: Page) => page.locator('.clic-droit .feedback').textContent();
const menuOpen = (page: Page) => page.locator(MENU).isVisible();

/** An empty spot of the frame: its far corner, away from the photo and the menu (measured now: texts change the layout). */
async function emptySpot(page: Page) {
  const area = (await centreOf(page, '.clic-droit .practice-area')).box;
  return { x: area.x + area.width - 30, y: area.y + area.height - 30 };
}

async function clickEmptySpot(page: Page, button: 'left' | 'right' = 'left') {
  const spot = await emptySpot(page);
  await page.mouse.click(spot.x, spot.y, { button });
}

type RightClick = (page: Page) => Promise<void>;

/** A steady right click: press and release on the photo, with the small shake of any hand. */
const steadyRightClick: RightClick = async (page) => {
  const photo = await centreOf(page, PHOTO);
  await shakyClick(page, photo.x, photo.y, 'right');
};

/** A slow, trembling right click whose release slips 16 px off the photo's edge. */
const slippingRightClick: RightClick = async (page) => {
  const { box } = await centreOf(page, PHOTO);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 6, y, { steps: 8 });
  await page.mouse.down({ button: 'right' });
  for (const [dx, dy] of [[4, -5], [-3, 4], [9, -2], [14, 5], [16, 2]]) {
    await page.mouse.move(box.x + box.width + dx, y + dy, { steps: 3 });
    await page.waitForTimeout(80);
  }
  await page.mouse.up({ button: 'right' });
};

async function chooseWithMouse(page: Page, word: string) {
  const item = await centreOf(page, `${MENU} [role="menuitem"]:text-is("${word}")`);
  await shakyClick(page, item.x, item.y);
}

/** The whole lesson with the mouse, checking accessibility on every step, menu open or closed. */
async function completeWithMouse(watched: Watched, where: string, rightClick: RightClick) {
  const { page } = watched;
  await waitForStep(page, 1);
  await expectAccessible(page, `${where} step 1`);
  // The left button instead of the right one: named kindly, nothing opens.
  const photo = await centreOf(page, PHOTO);
  await shakyClick(page, photo.x, photo.y, 'left');
  await expect.poll(() => feedback(page)).not.toBe('');
  expect(await menuOpen(page)).toBe(false);
  await rightClick(page);

  await waitForStep(page, 2);
  await expect.poll(() => menuOpen(page)).toBe(true);
  await expectAccessible(page, `${where} step 2, menu open`);
  // The menu sits inside the practice area, under the instruction, never over it.
  const menu = (await centreOf(page, MENU)).box;
  const area = (await centreOf(page, '.clic-droit .practice-area')).box;
  const instruction = (await centreOf(page, '.instruction')).box;
  expect(menu.y).toBeGreaterThanOrEqual(instruction.y + instruction.height);
  expect(menu.y + menu.height).toBeLessThanOrEqual(area.y + area.height);
  for (const item of await page.locator(`${MENU} [role="menuitem"]`).all()) {
    expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await item.evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['fr', 'ltr']);
  }
  await chooseWithMouse(page, 'Renommer');
  await expect.poll(() => feedback(page)).toContain('Copier');
  await chooseWithMouse(page, 'Copier');

  await waitForStep(page, 3);
  await expectAccessible(page, `${where} step 3`);
  await rightClick(page);
  await expect.poll(() => menuOpen(page)).toBe(true);
  await clickEmptySpot(page);
  await expect.poll(() => menuOpen(page)).toBe(false);
  await expect.poll(() => feedback(page)).toContain('Échap');
  await rightClick(page);
  await expect.poll(() => menuOpen(page)).toBe(true);
  await page.keyboard.press('Escape');

  await waitForStep(page, 4);
  expect(await menuOpen(page)).toBe(false);
  await expectAccessible(page, `${where} step 4`);
  await rightClick(page);
  await expect.poll(() => menuOpen(page)).toBe(true);
  await expectAccessible(page, `${where} step 4, menu open`);
  await clickEmptySpot(page);

  await waitForStep(page, 5);
  await expectAccessible(page, `${where} step 5`);
  // A right click beside the photo: a miss, kindly counted.
  await clickEmptySpot(page, 'right');
  await expect.poll(() => feedback(page)).not.toBe('');
  const sizes: number[] = [];
  const places: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const { box } = await centreOf(page, PHOTO);
    const area = (await centreOf(page, '.clic-droit .practice-area')).box;
    sizes.push(box.width);
    places.push(Math.hypot(box.x + box.width / 2 - (area.x + area.width / 2), box.y + box.height / 2 - (area.y + area.height / 2)));
    await rightClick(page);
    await expect.poll(() => menuOpen(page)).toBe(true);
    if (round === 1) await expectAccessible(page, `${where} step 5, menu open`);
    await chooseWithMouse(page, 'Copier');
  }
  // Smaller and farther from the middle as the learner succeeds, never under 44 px.
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(sizes.at(-1)).toBeLessThan(sizes[0]);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  expect(places.at(-1)).toBeGreaterThan(places[0]);

  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
  await expectAccessible(page, `${where} end screen`);
}

describe('clic-droit in Chromium', () => {
  it('is completed with the mouse; narration plays; the level reached is kept for next time', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    // The first instruction is spoken from its clip, then the voice rests (« Écouter encore »).
    await expect.poll(() => page.getByRole('button', { name: 'Arrêter la voix' }).isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Écouter encore' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/clic-droit/steps.open.text.ogg'))).toBe(true);

    await completeWithMouse(watched, 'fr', steadyRightClick);
    // 7 gestures done + the left click, the wrong word and the miss beside the photo.
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 10 essais.');

    // « Refaire »: the series starts at the size reached, not at the largest.
    await page.getByRole('button', { name: 'Refaire' }).click();
    await waitForStep(page, 1);
    for (let step = 1; step < 5; step += 1) {
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 5);
    expect(Number(await page.locator('.clic-droit .photo').getAttribute('data-level'))).toBeGreaterThan(0);
    expectCleanRun(watched);
    await watched.close();
  });

  it('does not count a right click that slips off the photo at the default settings', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await slippingRightClick(page);
    await expect.poll(() => feedback(page)).toContain('Pas grave');
    expect(await menuOpen(page)).toBe(false);
    await waitForStep(page, 1);
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with « Mes mains tremblent » by slow right clicks that slip off the photo', async () => {
    const watched = await open();
    const { page } = watched;
    await withSettings(page, { shakyHands: true });
    await page.goto(`${baseUrl()}${LESSON}`);
    await completeWithMouse(watched, 'shaky', slippingRightClick);
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the keyboard alone: Maj+F10 or the menu key, arrows, Entrée, Échap, Tab', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'La photo');
    await page.keyboard.press('Shift+F10');
    await waitForStep(page, 2);
    const first = page.getByRole('menuitem', { name: 'Ouvrir' });
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await first.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await expectAccessible(page, 'keyboard step 2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await waitForStep(page, 3);
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => menuOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await waitForStep(page, 4);
    // Échap gives the focus back to the photo.
    expect(await page.locator(PHOTO).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => menuOpen(page)).toBe(true);
    await page.keyboard.press('Tab');

    await waitForStep(page, 5);
    for (let round = 0; round < 3; round += 1) {
      await page.keyboard.press('Shift+F10');
      await expect.poll(() => menuOpen(page)).toBe(true);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expect(await endHeading(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 7 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('can be skipped to the end with the keyboard alone, the menu never stealing the focus', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Passer cette étape');
    for (let step = 1; step <= 5; step += 1) {
      await waitForStep(page, step);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the finger on a touch screen: long presses, taps, touch words', async () => {
    const watched = await open({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 900 } });
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => page.locator('.instruction-text').textContent()).toContain('Appuyez longtemps');
    await expectAccessible(page, 'touch step 1');
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    // Measured each time: on a narrow screen the frame moves as the texts change.
    const photo = async () => {
      await page.locator('.clic-droit .practice-area').scrollIntoViewIfNeeded();
      return centreOf(page, PHOTO);
    };
    const longPress = async () => {
      const { x, y } = await photo();
      await touch('touchStart', x, y);
      // The menu opens while the finger is still down.
      await expect.poll(() => menuOpen(page), { timeout: 3000 }).toBe(true);
      await touch('touchEnd', x, y);
    };
    // A quick tap: « trop vite », no menu.
    const first = await photo();
    await touch('touchStart', first.x, first.y);
    await touch('touchEnd', first.x, first.y);
    await expect.poll(() => feedback(page)).toContain('trop vite');
    expect(await menuOpen(page)).toBe(false);
    await longPress();
    await waitForStep(page, 2);
    const copy = await centreOf(page, `${MENU} [role="menuitem"]:text-is("Copier")`);
    await page.touchscreen.tap(copy.x, copy.y);
    await waitForStep(page, 3);
    await expect.poll(() => page.locator('.instruction-text').textContent()).toContain('touchez un endroit vide');
    // No Échap key on a phone: a finger beside the menu closes it, and that counts.
    await longPress();
    const tapEmptySpot = async () => {
      const empty = await emptySpot(page);
      await page.touchscreen.tap(empty.x, empty.y);
    };
    await tapEmptySpot();
    await waitForStep(page, 4);
    await longPress();
    await tapEmptySpot();
    await waitForStep(page, 5);
    for (let round = 0; round < 3; round += 1) {
      await longPress();
      const item = await centreOf(page, `${MENU} [role="menuitem"]:text-is("Copier")`);
      await page.touchscreen.tap(item.x, item.y);
      await expect.poll(() => menuOpen(page)).toBe(false);
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 8 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('fits at 200 % zoom (640 px wide): the open menu stays inside the frame, nothing scrolls sideways', async () => {
    const watched = await open({ viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await page.locator('.clic-droit .practice-area').scrollIntoViewIfNeeded();
    const { box } = await centreOf(page, PHOTO);
    // Right at the photo's far corner: the menu must turn back inside the frame.
    await shakyClick(page, box.x + box.width - 6, box.y + box.height - 6, 'right');
    await waitForStep(page, 2);
    const menu = (await centreOf(page, MENU)).box;
    const area = (await centreOf(page, '.clic-droit .practice-area')).box;
    expect(menu.x).toBeGreaterThanOrEqual(area.x);
    expect(menu.x + menu.width).toBeLessThanOrEqual(area.x + area.width);
    expect(menu.y + menu.height).toBeLessThanOrEqual(area.y + area.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await expectAccessible(page, '640 px, menu open');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the UI mirrors, the French desktop and its menu stay left to right', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/ar/clic-droit/steps.open.text.ogg')), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'اِسْتَمِعْ مَرَّةً أُخْرَى' }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('.clic-droit .practice-area').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.clic-droit .photo-name').getAttribute('lang')).toBe('fr');

    await completeWithMouse(watched, 'ar', steadyRightClick);
    // Step 3 says « Échap » in French, left to right, inside the Arabic sentence.
    await tabTo(page, 'أَعِدِ الدَّرْسَ');
    await page.keyboard.press('Enter');
    for (let step = 1; step < 3; step += 1) {
      await tabTo(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 3);
    const french = page.locator('.instruction-text bdi[lang="fr"]');
    expect(await french.textContent()).toBe('Échap');
    expect(await french.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expectCleanRun(watched);
    await watched.close();
  });
});
