/**
 * lettres-et-mots in Debian Chromium against the production build: letters and words typed as on a
 * French AZERTY keyboard, a letter missed twice revised at the end, a first name (with ô, the dead
 * key) that is never stored, the lesson skipped with the keyboard alone, Arabic, and QWERTY.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, drawnOverKey, endHeading, expectAccessible, expectCleanRun, keyLegends, keyState, launch, openPage, storedProgress, tabTo, waitForStep, withSettings } from './browser';
import { holdOnAzerty, typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/lettres-et-mots';
const field = (page: Page) => page.locator('.lettres-et-mots input');
const fieldValue = (page: Page) => field(page).inputValue();
const feedback = (page: Page) => page.locator('.lm-feedback').textContent();
const stored = (page: Page) => page.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key)).join('\n'));

async function open(settings: Record<string, unknown> = {}, viewport = { width: 1280, height: 900 }) {
  const watched = await openPage(browser, { reducedMotion: 'reduce', viewport });
  await withSettings(watched.page, { keyboardLayout: 'fr-azerty', ...settings });
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  return watched;
}

describe('lettres-et-mots in Chromium', () => {
  it('is typed through on AZERTY: misses shown on the drawing, the missed letter revised, the name kept nowhere', async () => {
    const watched = await open();
    const { page } = watched;
    await waitForStep(page, 1);
    await expect.poll(() => field(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await keyState(page, 'KeyQ')).toBe('target');
    await expectAccessible(page, 'step 1');

    // q where a is wanted: on AZERTY the q is where an English keyboard has its A.
    await typeOnAzerty(page, 'q');
    await expect.poll(() => feedback(page)).toContain('Vous avez tapé q. Il fallait a');
    expect(await keyState(page, 'KeyA')).toBe('wrong');
    expect(await drawnOverKey(page, '.osk-mark[data-state="wrong"]', 'KeyA')).toBe(true);
    expect(await keyState(page, 'KeyQ')).toBe('target');
    expect(await fieldValue(page)).toBe('');
    await expectAccessible(page, 'step 1 after a miss');
    // A key held down is drawn down; a tap stays drawn a moment, and lifts when the next key goes down.
    const drawnDown = (code: string) => drawnOverKey(page, '.osk-press[data-pressed]', code);
    await page.keyboard.down('ShiftLeft');
    await expect.poll(() => drawnDown('ShiftLeft')).toBe(true);
    await page.keyboard.up('ShiftLeft');
    await page.keyboard.down('ControlLeft');
    await expect.poll(() => drawnDown('ControlLeft')).toBe(true);
    expect(await drawnDown('ShiftLeft')).toBe(false);
    await page.keyboard.up('ControlLeft');
    await expect.poll(() => drawnDown('ControlLeft')).toBe(false);
    // The a held down long enough to repeat (aaaa on a computer) counts once, and the note says why.
    await holdOnAzerty(page, 'a', 4);
    await expect.poll(() => page.locator('.lm-focus-note .field-note-text').textContent()).toContain('Votre doigt est resté sur A.');
    expect(await fieldValue(page)).toBe('a');
    expect(await keyState(page, 'KeyQ')).toBe('idle');
    await expectAccessible(page, 'step 1 with a key held');
    // z missed twice: the finger is named, and z comes back in the revision.
    await typeOnAzerty(page, 'ss');
    await expect.poll(() => page.locator('.osk-finger').textContent()).toContain('annulaire gauche');
    expect(await page.locator('.lm-focus-note .field-note-text').textContent()).toContain('Le curseur est dans le cadre');
    await typeOnAzerty(page, 'zqwm');

    await waitForStep(page, 2);
    await expectAccessible(page, 'step 2');
    await typeOnAzerty(page, 'pain');
    await expect.poll(() => feedback(page)).toContain('Bravo, vous avez tapé pain !');
    await typeOnAzerty(page, 'merci');
    // The lesson puts the space between words itself: letters only here.
    await expect.poll(() => fieldValue(page)).toBe('pain merci ');
    await typeOnAzerty(page, 'bonjour');

    await waitForStep(page, 3);
    await expectAccessible(page, 'step 3');
    const name = page.getByLabel('Votre prénom');
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    // The last letter of « bonjour » ended the step: it must not land in the name field too.
    expect(await name.inputValue()).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback(page)).toContain('Tapez votre prénom');
    // ô through the dead key ^ then o, as on a Windows AZERTY keyboard.
    await typeOnAzerty(page, 'Jérôme');
    expect(await name.inputValue()).toBe('Jérôme');
    expect(await stored(page)).not.toContain('Jér');
    await page.keyboard.press('Enter');

    await waitForStep(page, 4);
    expect(await page.locator('.lm-prompt-text').textContent()).toBe('zz');
    await expectAccessible(page, 'step 4');
    await typeOnAzerty(page, 'zz');

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expectAccessible(page, 'end screen');
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toContain('z');
    expect(await stored(page)).not.toContain('Jér');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is skipped to the end with the keyboard alone', async () => {
    const watched = await open();
    const { page } = watched;
    await waitForStep(page, 1);
    for (let step = 1; step <= 4; step += 1) {
      await waitForStep(page, step);
      // The cursor is back in the step's field, as in every drill.
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.lettres-et-mots input') ?? false)).toBe(true);
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('keeps the French letters and the field left to right in the Arabic page, at 200 % zoom too', async () => {
    const watched = await open({ language: 'ar' }, { width: 640, height: 450 });
    const { page } = watched;
    await waitForStep(page, 1);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    for (const selector of ['.lettres-et-mots input', '.lm-prompt-text', '.osk']) {
      expect(await page.locator(selector).evaluate((element) => getComputedStyle(element).direction), selector).toBe('ltr');
    }
    await expectAccessible(page, 'ar 640 px step 1');
    await typeOnAzerty(page, 'a');
    await expect.poll(() => fieldValue(page)).toBe('a');
    for (let step = 2; step <= 4; step += 1) {
      await tabTo(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ');
      await page.keyboard.press('Enter');
      await waitForStep(page, step);
      await expectAccessible(page, `ar 640 px step ${step}`);
    }
    expectCleanRun(watched);
    await watched.close();
  });

  it('prints every key of both keyboards inside its key, the named keys large enough to read', async () => {
    for (const [keyboardLayout, width, holdKey] of [['fr-azerty', 1280, 'Maj'], ['us-qwerty', 1280, 'Shift'], ['fr-azerty', 640, 'Maj']] as const) {
      const watched = await open({ keyboardLayout }, { width, height: 900 });
      await waitForStep(watched.page, 1);
      const { outside, named } = await keyLegends(watched.page);
      expect(outside, `${keyboardLayout} at ${width} px`).toEqual([]);
      // The keys a lesson asks to hold were printed at 8 px at 1280; the letters are 16.
      if (width === 1280) expect(named[holdKey], `${keyboardLayout} « ${holdKey} »`).toBeGreaterThanOrEqual(12);
      for (const [name, size] of Object.entries(named)) expect(size, `${keyboardLayout} at ${width} px « ${name} »`).toBeGreaterThanOrEqual(width === 1280 ? 9 : 6);
      await watched.close();
    }
  });

  it('shows the keys of an English keyboard to a learner who has one', async () => {
    const watched = await open({ keyboardLayout: 'us-qwerty' });
    const { page } = watched;
    await waitForStep(page, 1);
    expect(await keyState(page, 'KeyA')).toBe('target');
    expect(await page.locator('.lm-layout-note').textContent()).toContain('clavier anglais');
    await page.keyboard.press('KeyA');
    await expect.poll(() => fieldValue(page)).toBe('a');
    expect(await keyState(page, 'KeyZ')).toBe('target');
    expectCleanRun(watched);
    await watched.close();
  });
});
