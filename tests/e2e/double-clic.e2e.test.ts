/**
 * double-clic in Debian Chromium against the production build: real mouse presses at the default
 * settings and with « Mes mains tremblent », the keyboard alone, a finger, and Arabic; axe and the
 * 44 px floor on every step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, launch, openPage, shakyClick, tabTo, waitForStep, withSettings } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/double-clic';
type Item = 'photos' | 'lettre';

async function open(options: Parameters<typeof openPage>[1] = {}) {
  return openPage(browser, { reducedMotion: 'reduce', ...options });
}

async function itemCentre(page: Page, item: Item) {
  await page.locator(`[data-item="${item}"]`).scrollIntoViewIfNeeded();
  return centreOf(page, `[data-item="${item}"]`);
}

/**
 * Two presses on the item, the second `gapMs` after the first (timed from press to press, whatever
 * the shake in between costs) and `shake` px to the side. Without either: the browser's own dblclick.
 */
async function doubleClick(page: Page, item: Item, { gapMs = 0, shake = 0, shaky = false } = {}) {
  const { x, y } = await itemCentre(page, item);
  if (gapMs === 0 && shake === 0 && !shaky) return page.mouse.dblclick(x, y);
  let pressedAt = 0;
  for (const at of [x, x + shake]) {
    await page.mouse.move(at, y, { steps: shaky ? 5 : 1 });
    if (pressedAt) await page.waitForTimeout(Math.max(0, pressedAt + gapMs - Date.now()));
    await page.mouse.down();
    pressedAt = Date.now();
    if (shaky) {
      await page.mouse.move(at + 4, y - 3);
      await page.mouse.move(at - 3, y + 2);
    }
    await page.mouse.up();
  }
}

/** What the page saw of the last two presses on an item: time and distance between them. */
async function lastGesture(page: Page) {
  return page.evaluate(() => {
    const [first, second] = (window as unknown as { presses: { t: number; x: number; y: number }[] }).presses.slice(-2);
    return { gapMs: second.t - first.t, px: Math.hypot(second.x - first.x, second.y - first.y) };
  });
}

/** Records every press on a desktop item, as the lesson sees it (event time and place). */
async function recordPresses(page: Page) {
  await page.addInitScript(() => {
    const presses: { t: number; x: number; y: number }[] = [];
    Object.assign(window, { presses });
    addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest?.('.dc-item')) presses.push({ t: event.timeStamp, x: event.clientX, y: event.clientY });
    }, true);
  });
}

/** The empty bottom corner of the desktop, scrolled into view. */
async function emptySpot(page: Page) {
  await page.locator('.dc-desktop').evaluate((element) => element.scrollIntoView({ block: 'end' }));
  const { box } = await centreOf(page, '.dc-desktop');
  return { x: box.x + box.width - 16, y: box.y + box.height - 16 };
}

/** A press on the empty desktop: it deselects and forgets a half-made double-click, as Windows does. */
async function pressEmptyDesktop(page: Page) {
  const { x, y } = await emptySpot(page);
  await page.mouse.click(x, y);
  await expect.poll(() => page.locator('.dc-item.is-selected').count()).toBe(0);
}

const feedback = (page: Page) => page.locator('.double-clic .feedback').textContent();
const desktop = (page: Page, attribute: 'data-level' | 'data-window-ms') => page.locator('.dc-desktop').getAttribute(attribute);
const target = (page: Page) => page.locator('.dc-item.is-target').getAttribute('data-item') as Promise<Item>;

describe('double-clic in Chromium', () => {
  it('is completed with the mouse: slow and moved tries are told in words, the window tightens, the level is kept', async () => {
    const watched = await open();
    const { page } = watched;
    await recordPresses(page);
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expectAccessible(page, 'fr step 1');
    const photos = await itemCentre(page, 'photos');
    await shakyClick(page, photos.x, photos.y);

    await waitForStep(page, 2);
    await expectAccessible(page, 'fr step 2');
    // One click selects and opens nothing.
    await expect.poll(() => page.locator('[data-item="photos"]').getAttribute('class')).toContain('is-selected');
    expect(await page.locator('.dc-window').count()).toBe(0);
    await doubleClick(page, 'photos', { gapMs: 1600 });
    await expect.poll(() => feedback(page)).toBe('Un peu trop lent : cliquez deux fois plus vite.');
    await pressEmptyDesktop(page);
    await doubleClick(page, 'photos', { gapMs: 3000 });
    await expect.poll(() => feedback(page)).toBe('Beaucoup trop lent : les deux clics doivent se suivre, tac-tac.');
    // Never below the first, most generous window.
    expect(await desktop(page, 'data-window-ms')).toBe('1200');
    await pressEmptyDesktop(page);
    await doubleClick(page, 'photos');

    await waitForStep(page, 3);
    await expectAccessible(page, 'fr step 3');
    expect(await page.locator('.dc-window').getAttribute('data-opened')).toBe('photos');
    await doubleClick(page, 'lettre');

    await waitForStep(page, 4);
    await expectAccessible(page, 'fr step 4');
    await expect.poll(() => feedback(page)).toContain('Vos double-clics sont plus rapides.');
    expect(await page.locator('.dc-window').getAttribute('data-opened')).toBe('lettre');
    await doubleClick(page, await target(page));
    await doubleClick(page, await target(page));
    await expect.poll(() => desktop(page, 'data-level')).toBe('2');
    expect(await desktop(page, 'data-window-ms')).toBe('800');
    // At this level, steady settings refuse 900 ms between the presses and a 10 px shake.
    await doubleClick(page, await target(page), { gapMs: 900, shake: 10, shaky: true });
    await expect.poll(() => feedback(page)).toBe('Un peu trop lent : cliquez deux fois plus vite.');
    const refused = await lastGesture(page);
    expect(refused.gapMs).toBeGreaterThanOrEqual(900);
    expect(refused.px).toBeCloseTo(10, 0);
    await pressEmptyDesktop(page);
    await doubleClick(page, await target(page), { shake: 10 });
    expect((await lastGesture(page)).gapMs).toBeLessThan(800);
    await expect.poll(() => feedback(page)).toBe(
      'La souris a bougé entre les deux clics. Gardez-la immobile. Pas grave : l\'exercice devient un peu plus facile.',
    );
    expect(await desktop(page, 'data-level')).toBe('1');
    await pressEmptyDesktop(page);
    for (let open = 0; open < 4; open += 1) await doubleClick(page, await target(page));

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expectAccessible(page, 'fr end screen');
    // 8 double-clicks and 4 misses; the practice ended at level 3, where « Refaire » starts.
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 12 essais.');
    await page.getByRole('button', { name: 'Refaire' }).click();
    await waitForStep(page, 1);
    expect(await desktop(page, 'data-level')).toBe('3');
    expectCleanRun(watched);
    await watched.close();
  });

  it('with « Mes mains tremblent », accepts the slower, shakier double-click that steady settings refuse', async () => {
    const watched = await open();
    const { page } = watched;
    await withSettings(page, { shakyHands: true, narration: false });
    await recordPresses(page);
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    const photos = await itemCentre(page, 'photos');
    await shakyClick(page, photos.x, photos.y);
    await waitForStep(page, 2);
    await doubleClick(page, 'photos', { gapMs: 300, shake: 4, shaky: true });
    await waitForStep(page, 3);
    await doubleClick(page, 'lettre', { gapMs: 300, shake: 4, shaky: true });
    await waitForStep(page, 4);
    await doubleClick(page, await target(page), { gapMs: 300, shake: 4, shaky: true });
    await doubleClick(page, await target(page), { gapMs: 300, shake: 4, shaky: true });
    await expect.poll(() => desktop(page, 'data-level')).toBe('2');
    expect(await desktop(page, 'data-window-ms')).toBe('1200');
    // The very gesture the steady test saw refused: 900 ms apart, 10 px aside.
    await doubleClick(page, await target(page), { gapMs: 900, shake: 10, shaky: true });
    await expect.poll(() => feedback(page)).toBe("Bravo, c'est ouvert ! Encore 3 fois.");
    const accepted = await lastGesture(page);
    expect(accepted.gapMs).toBeGreaterThanOrEqual(900);
    expect(accepted.px).toBeCloseTo(10, 0);
    await doubleClick(page, await target(page), { gapMs: 900, shake: 10, shaky: true });
    await expect.poll(() => feedback(page)).toBe("Bravo, c'est ouvert ! Vos double-clics sont plus rapides. Encore 2 fois.");
    await expect.poll(() => desktop(page, 'data-level')).toBe('3');
    for (let open = 0; open < 2; open += 1) await doubleClick(page, await target(page), { gapMs: 700, shake: 6, shaky: true });
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 8 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the keyboard alone at 640 px: space bar selects, Entrée opens, focus always visible', async () => {
    const watched = await open({ viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Photos');
    expect(await page.locator('[data-item="photos"]').evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    await waitForStep(page, 2);
    await expectAccessible(page, 'keyboard step 2 at 640 px');
    await page.keyboard.press('Enter');
    await waitForStep(page, 3);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForStep(page, 4);
    await expectAccessible(page, 'keyboard step 4 at 640 px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    for (let open = 0; open < 6; open += 1) {
      // The folder comes first, the letter after it: Maj+Tab and Tab move between them.
      await page.keyboard.press((await target(page)) === 'photos' ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toBe(await target(page));
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expect(await endHeading(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('can be skipped to the end with the keyboard alone', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Passer cette étape');
    for (let step = 1; step <= 4; step += 1) {
      await waitForStep(page, step);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('opens with a double tap on a touch screen, in touch words, letting a finger land a little aside', async () => {
    const watched = await open({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 800 } });
    const { page } = watched;
    const tap = async (item: Item | 'empty', { aside = 0 } = {}) => {
      if (item === 'empty') {
        const { x, y } = await emptySpot(page);
        await page.touchscreen.tap(x, y);
        return expect.poll(() => page.locator('.dc-item.is-selected').count()).toBe(0);
      }
      const { x, y } = await itemCentre(page, item);
      await page.touchscreen.tap(x + aside, y);
    };
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tap('photos');
    await waitForStep(page, 2);
    await expectAccessible(page, 'touch step 2');
    expect(await page.locator('.instruction-text').textContent()).toContain('Touchez deux fois vite le dossier Photos.');
    await tap('photos');
    await page.waitForTimeout(1600);
    await tap('photos');
    await expect.poll(() => feedback(page)).toBe('Un peu trop lent : touchez deux fois plus vite.');
    await tap('empty');
    // 15 px apart: more than a mouse may move at this level (12 px), within a finger's tolerance.
    await tap('photos');
    await tap('photos', { aside: 15 });
    await waitForStep(page, 3);
    expect(await page.locator('.dc-window').getAttribute('data-opened')).toBe('photos');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the UI mirrors, the French desktop stays left to right', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/ar/double-clic/steps.select.text.ogg')), { timeout: 10_000 }).toBe(true);
    await expectAccessible(page, 'ar step 1');
    const screen = page.locator('.dc-screen');
    expect(await screen.getAttribute('lang')).toBe('fr');
    expect(await screen.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.instruction-text bdi[lang="fr"]').allTextContents()).toEqual(['Photos', 'Lettre.txt', 'Photos']);
    // Left to right inside the mirrored page: the folder is left of the window, as on a French screen.
    const photos = await itemCentre(page, 'photos');
    await page.mouse.click(photos.x, photos.y);
    await waitForStep(page, 2);
    await expectAccessible(page, 'ar step 2');
    await doubleClick(page, 'photos', { gapMs: 1600 });
    await expect.poll(() => feedback(page)).toBe('بَطِيءٌ قَلِيلًا: اُنْقُرْ مَرَّتَيْنِ بِسُرْعَةٍ أَكْبَرَ.');
    await pressEmptyDesktop(page);
    await doubleClick(page, 'photos');
    await waitForStep(page, 3);
    await expectAccessible(page, 'ar step 3');
    const opened = await page.locator('.dc-window').boundingBox();
    expect(opened!.x).toBeGreaterThan(photos.x);
    await doubleClick(page, 'lettre');
    await waitForStep(page, 4);
    await expectAccessible(page, 'ar step 4');
    for (let open = 0; open < 6; open += 1) await doubleClick(page, await target(page));
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expectAccessible(page, 'ar end screen');
    expectCleanRun(watched);
    await watched.close();
  });
});
