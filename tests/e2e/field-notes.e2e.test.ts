/**
 * The note by each drill's field changes as the learner works: the cursor in the field or not, a
 * key held down. A mouse press on « Passer cette étape » takes the focus from the field before the
 * button is released: if the note changed height then, the button moved from under the pointer and
 * the click was lost. The note keeps the room of its longest focus sentence, and the sentence of a
 * key held down stays when the field loses the focus, in every keyboard lesson.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanRun, launch, openPage, waitForStep, withSettings } from './browser';
import { holdOnAzerty, typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSONS = ['touches-essentielles', 'lettres-et-mots', 'majuscules', 'accents', 'chiffres', 'caracteres-email'];

const fieldFocused = (page: Page) => page.evaluate(() => document.activeElement?.matches('input, textarea') ?? false);
const noteHeight = (page: Page) => page.locator('.field-note').evaluate((note) => note.getBoundingClientRect().height);
const heldKeys = (page: Page) => page.locator('.field-note-text kbd').count();
const skipButton = (page: Page) => page.locator('.runner-controls button').nth(1);

/** A press on « Passer cette étape », with the checks of a hand that does not move: the button is still under it at the release. */
async function pressSkip(page: Page, lesson: string, step: number) {
  const skip = skipButton(page);
  await skip.scrollIntoViewIfNeeded();
  const before = (await skip.boundingBox())!;
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await expect.poll(() => fieldFocused(page)).toBe(false);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await skip.boundingBox(), `${lesson} step ${step}: the button under the press`).toEqual(before);
  await page.mouse.up();
  await waitForStep(page, step + 1);
}

async function check(lesson: string, language: 'fr' | 'ar', viewport: { width: number; height: number }) {
  const watched = await openPage(browser, { reducedMotion: 'reduce', viewport });
  const { page } = watched;
  await withSettings(page, { keyboardLayout: 'fr-azerty', language });
  await page.goto(`${baseUrl()}#/lecons/${lesson}`);
  await waitForStep(page, 1);

  // The field loses the focus under the press: the note changes sentence, not height.
  await expect.poll(() => fieldFocused(page)).toBe(true);
  const focused = await noteHeight(page);
  expect(focused).toBeGreaterThan(0);
  await pressSkip(page, lesson, 1);

  // A key held down (counted once) is said until the next key, and still said under the press.
  await expect.poll(() => fieldFocused(page), { message: `${lesson}: the cursor back in the next step's field` }).toBe(true);
  await holdOnAzerty(page, 'x', 3);
  await expect.poll(() => heldKeys(page)).toBe(1);
  await pressSkip(page, lesson, 2);

  // Without a click: the focus goes and comes back, the note keeps its height.
  await expect.poll(() => fieldFocused(page)).toBe(true);
  const next = await noteHeight(page);
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await expect.poll(() => page.locator('.field-note-text').textContent()).not.toBe('');
  expect(await noteHeight(page), `${lesson}: the field without the cursor`).toBe(next);
  expectCleanRun(watched);
  await watched.close();
}

describe('the note by each drill field in Chromium', () => {
  for (const lesson of LESSONS) {
    it(`${lesson}: keeps its height, and a click on « Passer cette étape » is not lost`, () => check(lesson, 'fr', { width: 1280, height: 900 }));
  }
  it('leaves the runner’s buttons on a 1366 × 768 screen when a miss and a held key make the lesson taller', async () => {
    const watched = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    await withSettings(page, { keyboardLayout: 'fr-azerty' });
    await page.goto(`${baseUrl()}#/lecons/chiffres`);
    await waitForStep(page, 1);
    await skipButton(page).click();
    await waitForStep(page, 2);
    // The keypad step, the tallest: a wrong key, then a key held down (acceptance check: 768–888 px).
    await typeOnAzerty(page, 'k');
    await holdOnAzerty(page, 'x', 3);
    await expect.poll(() => heldKeys(page)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    for (const button of await page.locator('.runner-controls button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.y + box.height, await button.textContent() ?? '').toBeLessThanOrEqual(768);
    }
    expectCleanRun(watched);
    await watched.close();
  });

  it('keeps its height in Arabic at 640 × 400 px too (a 200 % zoom)', async () => {
    for (const lesson of LESSONS) await check(lesson, 'ar', { width: 640, height: 400 });
  });
});
