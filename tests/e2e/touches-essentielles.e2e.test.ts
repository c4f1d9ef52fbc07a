/**
 * touches-essentielles in Debian Chromium against the production build: the essential keys pressed
 * for real, a miss shown on the drawing, axe and the 44 px floor on every step, the weak keys
 * practised again at the end and forgotten once revised, the lesson skipped with the keyboard
 * alone, and the keyboard question answered on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, endHeading, expectAccessible, expectCleanRun, keyState, launch, openPage, storedProgress, tabTo, waitForStep, withSettings } from './browser';
import { typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/touches-essentielles';
const field = (page: Page) => page.locator('#te-field');
const fieldState = (page: Page) => field(page).evaluate((element: HTMLTextAreaElement) => ({ value: element.value, cursor: element.selectionStart, focused: element === document.activeElement }));

async function open(settings: Record<string, unknown> | null = { keyboardLayout: 'fr-azerty' }, viewport = { width: 1280, height: 900 }, progress?: object) {
  const watched = await openPage(browser, { reducedMotion: 'reduce', viewport });
  if (settings) await withSettings(watched.page, settings);
  if (progress) await watched.page.addInitScript((value) => window.localStorage.setItem('pas-a-pas.progress', value), JSON.stringify(progress));
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  return watched;
}

async function press(page: Page, ...keys: string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

describe('touches-essentielles in Chromium', () => {
  it('is done with the real keys: a miss is shown kindly, every step is accessible', async () => {
    const watched = await open();
    const { page } = watched;
    await waitForStep(page, 1);
    await expect.poll(() => fieldState(page)).toEqual({ value: 'BonjourLéa', cursor: 7, focused: true });
    expect(await keyState(page, 'Space')).toBe('target');
    await expectAccessible(page, 'step 1');

    // A letter instead of the space bar: nothing is written, both keys are shown, in words too.
    await typeOnAzerty(page, 'x');
    await expect.poll(() => page.locator('.te-feedback').textContent()).toContain('Vous avez appuyé sur x. Il fallait la touche Espace.');
    expect(await keyState(page, 'KeyX')).toBe('wrong');
    expect((await fieldState(page)).value).toBe('BonjourLéa');
    await expectAccessible(page, 'step 1 after a miss');
    await press(page, 'Space');

    await waitForStep(page, 2);
    await expectAccessible(page, 'step 2');
    await press(page, 'Enter');

    await waitForStep(page, 3);
    expect((await fieldState(page)).value).toBe('Bonjour Léa,\nÀ demainn.');
    await expectAccessible(page, 'step 3');
    await press(page, 'Backspace');

    await waitForStep(page, 4);
    expect(await keyState(page, 'ArrowUp')).toBe('target');
    await expectAccessible(page, 'step 4');
    await press(page, 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
    await expect.poll(() => fieldState(page)).toMatchObject({ cursor: 5 });
    await press(page, 'ArrowLeft');

    await waitForStep(page, 5);
    expect(await fieldState(page)).toMatchObject({ value: 'Bonjjour Léa,\nÀ demain.', cursor: 4 });
    expect(await keyState(page, 'Delete')).toBe('target');
    await expectAccessible(page, 'step 5');
    await press(page, 'Delete');

    await waitForStep(page, 6);
    await expectAccessible(page, 'step 6');
    await press(page, 'Space');
    await expect.poll(() => fieldState(page)).toMatchObject({ value: 'du paindu lait', cursor: 7 });
    await press(page, 'Enter');
    await expect.poll(() => fieldState(page)).toMatchObject({ value: 'du pain\ndu llait' });
    // Retour arrière just after the extra l puts the list right as well as Suppr before it.
    await press(page, 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'Backspace');

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 7 essais.');
    await expectAccessible(page, 'end screen');
    expectCleanRun(watched);
    await watched.close();
  });

  it('practises the weak keys again at the end with the real keys, then keeps only those still weak', async () => {
    // Retour arrière was missed in an earlier lesson (é too, which this lesson does not practise).
    const watched = await open(undefined, undefined, { version: 1, lessons: {}, inProgress: null, weakKeys: ['Backspace', 'é'] });
    const { page } = watched;
    await waitForStep(page, 1);
    await expect.poll(() => fieldState(page)).toMatchObject({ focused: true });
    await press(page, 'Space', 'Enter', 'Backspace', 'ArrowUp', ...Array(5).fill('ArrowLeft'));
    await waitForStep(page, 5);
    await press(page, 'Delete');

    // « À vous »: two misses on the missing space make Espace a weak key of this lesson.
    await waitForStep(page, 6);
    await expect.poll(() => fieldState(page)).toMatchObject({ value: 'dupain', cursor: 2 });
    await typeOnAzerty(page, 'x');
    await typeOnAzerty(page, 'x');
    await expect.poll(() => page.locator('.osk-finger').isVisible()).toBe(true);
    expect(await keyState(page, 'Space')).toBe('target');
    await press(page, 'Space', 'Enter', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'Backspace');

    // The revision: Espace missed here, then Retour arrière from earlier, one short message each.
    await waitForStep(page, 7);
    await expect.poll(() => fieldState(page)).toEqual({ value: 'Àbientôt', cursor: 1, focused: true });
    expect(await keyState(page, 'Space')).toBe('target');
    await expectAccessible(page, 'revision');
    await press(page, 'Enter');
    await expect.poll(() => page.locator('.te-feedback').textContent()).toContain('Vous avez appuyé sur Entrée. Il fallait la touche Espace.');
    expect(await keyState(page, 'Enter')).toBe('wrong');
    expect((await fieldState(page)).value).toBe('Àbientôt');
    await expectAccessible(page, 'revision after a miss');
    await press(page, 'Space');
    await expect.poll(() => fieldState(page)).toEqual({ value: 'À ce soirr', cursor: 10, focused: true });
    expect(await keyState(page, 'Backspace')).toBe('target');
    await press(page, 'Backspace');

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    // Espace, missed today, comes first; Retour arrière, revised to the end, is forgotten; é stays.
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toEqual(['Space', 'é']);
    expectCleanRun(watched);
    await watched.close();
  });

  it('lets Tab leave the field, and is skipped to the end with the keyboard alone', async () => {
    const watched = await open();
    const { page } = watched;
    await waitForStep(page, 1);
    await expect.poll(() => fieldState(page)).toMatchObject({ focused: true });
    await page.keyboard.press('Tab');
    expect((await fieldState(page)).focused).toBe(false);
    for (let step = 1; step <= 6; step += 1) {
      await waitForStep(page, step);
      // Each step gives the cursor back to its field: left on the button, the Space this lesson
      // asks for would pass the next step too.
      if (step > 1) await expect.poll(() => fieldState(page)).toMatchObject({ focused: true });
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('stays accessible at 200 % zoom (640 px wide), in Arabic, on every step', async () => {
    const watched = await open({ keyboardLayout: 'fr-azerty', language: 'ar' }, { width: 640, height: 450 });
    const { page } = watched;
    for (let step = 1; step <= 6; step += 1) {
      await waitForStep(page, step);
      await expectAccessible(page, `ar 640 px step ${step}`);
      expect(await page.locator('.te-field').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      await tabTo(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('asks which keyboard once, answered with the keyboard, then starts the lesson', async () => {
    const watched = await openPage(browser, { reducedMotion: 'reduce' });
    const { page } = watched;
    // As in Firefox, or when the browser will not tell the layout: the learner is asked.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'keyboard', { configurable: true, get: () => undefined }));
    await page.goto(`${baseUrl()}${LESSON}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Quel clavier avez-vous ?' }).isVisible(), { timeout: 5000 }).toBe(true);
    await expectAccessible(page, 'keyboard question');
    await tabTo(page, /AZERTY : le clavier français/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 1);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pas-a-pas.settings') ?? '{}').keyboardLayout);
    expect(stored).toBe('fr-azerty');
    await expect.poll(() => fieldState(page)).toMatchObject({ focused: true });
    await press(page, 'Space');
    await waitForStep(page, 2);
    expectCleanRun(watched);
    await watched.close();
  });
});
