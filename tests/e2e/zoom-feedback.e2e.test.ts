/**
 * At 200 % zoom (a 640 × 400 window stands in for it) the field, what the lesson says about a key
 * and the keyboard drawing do not fit one screen. After a wrong key, the sentence that says what
 * happened must be on screen, without the learner having to know it is further down.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanRun, launch, openPage, waitForStep, withSettings } from './browser';
import { typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Where it was found below the edge of the screen (acceptance check): lesson, step, a wrong key there. */
const CASES = [
  { lesson: 'touches-essentielles', step: 2, wrong: 'x' },
  { lesson: 'accents', step: 4, wrong: 'x' },
  { lesson: 'chiffres', step: 5, wrong: 'x' },
  { lesson: 'remplir-un-formulaire', step: 2, wrong: 'x' },
];

/** The lesson's sentences about the last key, and where they are on screen. */
const statusPlace = (page: Page) =>
  page.locator('.lesson-stage [role="status"]').evaluateAll((lines) =>
    lines.filter((line) => line.textContent?.trim()).map((line) => {
      const { top, bottom } = line.getBoundingClientRect();
      return { top, bottom, height: window.innerHeight };
    }),
  );

describe('what a lesson says about a wrong key, at 200 % zoom', () => {
  for (const { lesson, step, wrong } of CASES) {
    it(`${lesson} step ${step}: is brought on screen`, async () => {
      const watched = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 640, height: 400 } });
      const { page } = watched;
      await withSettings(page, { keyboardLayout: 'fr-azerty' });
      await page.goto(`${baseUrl()}#/lecons/${lesson}`);
      await waitForStep(page, 1);
      for (let now = 1; now < step; now += 1) {
        await page.getByRole('button', { name: 'Passer cette étape' }).click();
        await waitForStep(page, now + 1);
      }
      // The cursor is in the step's field (remplir's step 2 puts it in « Nom »).
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('input, textarea') ?? false)).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await typeOnAzerty(page, wrong);
      await expect.poll(() => statusPlace(page)).not.toEqual([]);
      await expect
        .poll(async () => (await statusPlace(page)).every(({ top, bottom, height }) => top >= 0 && bottom <= height + 1), { message: JSON.stringify(await statusPlace(page)) })
        .toBe(true);
      expectCleanRun(watched);
      await watched.close();
    });
  }

  it('moves nothing after a click: a mouse lesson’s sentence stays where it is drawn', async () => {
    const watched = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 640, height: 400 } });
    const { page } = watched;
    await withSettings(page, { keyboardLayout: 'fr-azerty' });
    await page.goto(`${baseUrl()}#/lecons/remplir-un-formulaire`);
    await waitForStep(page, 1);
    // A key first (Maj alone), then a click in the wrong box: the sentence about it is drawn below
    // the edge, and the page is not scrolled to it under the mouse.
    await page.keyboard.press('Shift');
    const prenom = page.locator('#formulaire-prenom');
    await prenom.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await prenom.click();
    await expect.poll(() => statusPlace(page)).not.toEqual([]);
    expect((await statusPlace(page))[0].bottom).toBeGreaterThan(400);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expectCleanRun(watched);
    await watched.close();
  });
});
