/**
 * premiers-clics in Debian Chromium against the production build: with the mouse, with the
 * keyboard alone, in Arabic; axe and the 44 px floor on every step; real narration clips.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, launch, openPage, shakyClick, stepNow, storedProgress, tabTo, waitForStep, withSettings, type Watched } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/premiers-clics';

/** Where the target rests once it has moved (the test runs with reduced motion: no transition). */
async function target(page: Page) {
  return centreOf(page, '.premiers-clics .target');
}

/** The whole lesson with the mouse, checking accessibility on every step. */
async function completeWithMouse(watched: Watched, lang: string) {
  const { page } = watched;
  await waitForStep(page, 1);
  await expectAccessible(page, `${lang} step 1`);
  const pad = (await centreOf(page, '.move-pad')).box;
  await page.mouse.move(pad.x + 30, pad.y + 30);
  await page.mouse.move(pad.x + pad.width - 30, pad.y + 30, { steps: 20 });
  await page.mouse.move(pad.x + pad.width - 30, pad.y + pad.height - 80, { steps: 20 });

  await waitForStep(page, 2);
  await expectAccessible(page, `${lang} step 2`);
  const before = await page.locator('.premiers-clics .target').evaluate((element) => getComputedStyle(element).backgroundColor);
  const first = await target(page);
  await page.mouse.move(first.x, first.y, { steps: 10 });
  await waitForStep(page, 3);
  // The target reacts to the pointer.
  const after = await page.locator('.premiers-clics .target').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(after).not.toBe(before);
  await expectAccessible(page, `${lang} step 3`);
  await shakyClick(page, first.x, first.y);

  await waitForStep(page, 4);
  await expectAccessible(page, `${lang} step 4`);
  const area = (await centreOf(page, '.practice-area')).box;
  // A miss, kindly counted: a click in a corner away from the target.
  const sizeBefore = (await target(page)).box.width;
  await page.mouse.click(area.x + 12, area.y + area.height - 12);
  await expect.poll(() => page.locator('.premiers-clics .feedback').textContent()).not.toBe('');
  const sizes = [sizeBefore];
  for (let hit = 0; hit < 6; hit += 1) {
    const spot = await target(page);
    sizes.push(spot.box.width);
    await shakyClick(page, spot.x, spot.y);
  }
  // The series shrinks the target as the learner succeeds, never under 44 px.
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  expect(sizes.at(-1)).toBeLessThan(sizes[0]);

  await waitForStep(page, 5);
  await expectAccessible(page, `${lang} step 5`);
  const finish = await centreOf(page, '.premiers-clics .finish-button');
  await page.mouse.click(finish.x, finish.y);
  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
  await expectAccessible(page, `${lang} end screen`);
}

async function open(options: Parameters<typeof openPage>[1] = {}) {
  return openPage(browser, { reducedMotion: 'reduce', ...options });
}

describe('premiers-clics in Chromium', () => {
  it('is completed with the mouse; narration plays; progress survives a reload', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    // The first instruction is spoken from its clip, then the voice rests (« Écouter encore »).
    await expect.poll(() => page.getByRole('button', { name: 'Arrêter la voix' }).isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Écouter encore' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/premiers-clics/steps.move.text.ogg'))).toBe(true);

    await completeWithMouse(watched, 'fr');
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 9 essais.');

    await expect.poll(async () => Boolean((await storedProgress(page)).lessons?.['premiers-clics'])).toBe(true);
    await page.reload();
    await page.goto(`${baseUrl()}#/lecons`);
    await expect.poll(() => page.getByRole('link', { name: /Premiers clics/ }).textContent()).toContain('✓ Fait');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the keyboard alone: Tab and Entrée, focus always visible', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Passer cette étape');
    await page.keyboard.press('Enter');
    await waitForStep(page, 2);
    await tabTo(page, 'Le rond');
    await waitForStep(page, 3);
    const outline = await page.locator('.premiers-clics .target').evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    for (let press = 0; press < 7; press += 1) await page.keyboard.press('Enter');
    await waitForStep(page, 5);
    await expectAccessible(page, 'keyboard step 5');
    await page.keyboard.press('Enter');
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
    for (let step = 1; step <= 5; step += 1) {
      await waitForStep(page, step);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the UI mirrors, French screen words stay left to right', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expectAccessible(page, 'ar home');
    await page.getByRole('link', { name: 'اِبْدَأْ' }).click();
    await waitForStep(page, 1);
    // Mirrored: the lesson title sits on the right, the step counter to its left.
    const title = await page.locator('.lesson-title').boundingBox();
    const counter = await page.locator('.step-count').boundingBox();
    expect(title!.x).toBeGreaterThan(counter!.x);
    await expect.poll(() => page.getByRole('button', { name: 'اِسْتَمِعْ مَرَّةً أُخْرَى' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/ar/premiers-clics/steps.move.text.ogg'))).toBe(true);

    await completeWithMouse(watched, 'ar');
    // « Refaire », then skip to the last step with the keyboard alone.
    await tabTo(page, 'أَعِدِ الدَّرْسَ');
    await page.keyboard.press('Enter');
    await waitForStep(page, 1);
    for (let step = 1; step < 5; step += 1) {
      await tabTo(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 5);
    const french = page.locator('.instruction-text bdi[lang="fr"]');
    expect(await french.textContent()).toBe('Terminer');
    expect(await french.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.finish-button').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expectCleanRun(watched);
    await watched.close();
  });
});

describe('« Mes mains tremblent »', () => {
  /** Presses the centre of the target, slides to `beyond` px past its right edge, and lets go. */
  async function slippingClick(page: Page, beyond: number) {
    const spot = await target(page);
    await page.mouse.move(spot.x, spot.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(spot.box.x + spot.box.width + beyond, spot.y, { steps: 4 });
    await page.mouse.up();
  }

  async function toClickStep(watched: Watched) {
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await page.getByRole('button', { name: 'Passer cette étape' }).click();
    await page.getByRole('button', { name: 'Passer cette étape' }).click();
    await waitForStep(page, 3);
  }

  it('a release that slides 16 px off the target is a miss at the default settings', async () => {
    const watched = await open();
    await toClickStep(watched);
    await slippingClick(watched.page, 16);
    await expect.poll(() => watched.page.locator('.premiers-clics .feedback').textContent()).toContain('Pas grave');
    expect(await stepNow(watched.page)).toBe('3');
    expectCleanRun(watched);
    await watched.close();
  });

  it('with « Mes mains tremblent » the same slip counts, and the whole lesson is done with shaky clicks', async () => {
    const watched = await open();
    await withSettings(watched.page, { shakyHands: true });
    await toClickStep(watched);
    await slippingClick(watched.page, 16);
    await waitForStep(watched.page, 4);
    for (let hit = 0; hit < 6; hit += 1) await slippingClick(watched.page, 12);
    await waitForStep(watched.page, 5);
    await expectAccessible(watched.page, 'shaky hands, step 5');
    const finish = await centreOf(watched.page, '.premiers-clics .finish-button');
    await watched.page.mouse.click(finish.x, finish.y);
    await expect.poll(() => endHeading(watched.page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });
});

describe('narration when things go wrong', () => {
  it('a blocked autoplay shows a large « Écouter » button that plays the clip', async () => {
    const watched = await open();
    const { page } = watched;
    // Chromium's own autoplay policy depends on how the page was opened and on past visits; this
    // makes it strict and certain: media may not play before the learner has interacted.
    await page.addInitScript(() => {
      let interacted = false;
      const interact = (event: Event) => void (interacted ||= event.isTrusted);
      addEventListener('pointerdown', interact, true);
      addEventListener('keydown', interact, true);
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        if (!interacted) {
          return Promise.reject(new DOMException("play() failed because the user didn't interact with the document first.", 'NotAllowedError'));
        }
        return play.call(this);
      };
    });
    await page.goto(`${baseUrl()}${LESSON}`);
    const listen = page.getByRole('button', { name: 'Écouter', exact: true });
    await expect.poll(() => listen.isVisible(), { timeout: 10_000 }).toBe(true);
    expect((await listen.boundingBox())!.height).toBeGreaterThanOrEqual(64);
    await expectAccessible(page, 'blocked narration');
    await listen.click();
    await expect.poll(() => page.getByRole('button', { name: 'Arrêter la voix' }).isVisible(), { timeout: 5000 }).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('a missing clip leaves the text on screen with a small notice, and the lesson goes on', async () => {
    const watched = await open();
    const { page } = watched;
    await page.route('**/audio/fr/premiers-clics/steps.move.text.ogg', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    // Debian's headless Chromium has no speech voices, so the fallback ends at text alone.
    await expect.poll(() => page.getByText("La voix n'est pas disponible. Lisez le texte ci-dessus.").isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByText(/Posez la main sur la souris/).isVisible()).toBe(true);
    await tabTo(page, 'Passer cette étape');
    await page.keyboard.press('Enter');
    await waitForStep(page, 2);
    expect(watched.errors.filter((error) => !/404|Failed to load resource/.test(error))).toEqual([]);
    await watched.close();
  });
});
