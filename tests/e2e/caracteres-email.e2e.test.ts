/**
 * caracteres-email in Debian Chromium against the production build, typed key by key as a French
 * AZERTY keyboard sends it: @ as Alt Gr (Ctrl + Alt) + à, the dot with Maj (tests/e2e/keyboard.ts).
 * axe and the 44 px floor on every step; keyboard only; Arabic; a QWERTY keyboard; 200 % zoom.
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

const LESSON = '#/lecons/caracteres-email';
const feedback = (page: Page) => page.locator('.caracteres-email .typing-feedback').textContent();
const fieldValue = (page: Page) => page.locator('#typing-input').inputValue();

async function open(settings: Record<string, unknown> = {}, options: Parameters<typeof openPage>[1] = {}) {
  const watched = await openPage(browser, { reducedMotion: 'reduce', ...options });
  await withSettings(watched.page, { keyboardLayout: 'fr-azerty', ...settings });
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  await waitForStep(watched.page, 1);
  return watched;
}

describe('caracteres-email in Chromium', () => {
  it('is typed through on AZERTY: @ with Alt Gr, the dot, the dashes, two addresses, then a revision of @', async () => {
    const watched = await open();
    const { page } = watched;
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/caracteres-email/steps.at.text.ogg')), { timeout: 5000 }).toBe(true);
    await expectAccessible(page, 'step 1');
    // Alt Gr is drawn held, the à key marked.
    expect(await keyState(page, 'AltRight')).toBe('hold');
    expect(await keyState(page, 'Digit0')).toBe('target');
    // The usual slip: Maj + à gives 0. Said as such, twice: @ becomes a weak key.
    await page.locator('#typing-input').evaluate((field) => {
      (window as unknown as { typedIn: number }).typedIn = 0;
      field.addEventListener('input', () => ((window as unknown as { typedIn: number }).typedIn += 1));
    });
    await typeOnAzerty(page, '0');
    await expect.poll(() => feedback(page)).toContain('Vous avez tapé 0. Il fallait @.');
    // The browser typed nothing: no 0 put in the field and taken out again.
    expect(await page.evaluate(() => (window as unknown as { typedIn: number }).typedIn)).toBe(0);
    expect(await fieldValue(page)).toBe('');
    expect(await feedback(page)).toContain('Avec Maj, cette touche donne 0, pas @.');
    // The card under the drawing compares the two keystrokes, modifiers included.
    expect(await page.locator('.osk-compare-item[data-state="wrong"]').textContent()).toBe('✗ Maj + 0');
    expect(await page.locator('.osk-compare-item[data-state="target"]').textContent()).toBe('✓ Alt Gr + @');
    await expectAccessible(page, 'step 1 after Maj + à');
    // On a 1280×900 screen the help lines sit beside the keyboard: its bottom row, with Alt Gr, is
    // on screen without scrolling, even with the page scrolled back to its top.
    const altGrBottom = await page.locator('.osk-board [data-code="AltRight"]').evaluate((key) => key.getBoundingClientRect().bottom + window.scrollY);
    expect(altGrBottom).toBeLessThanOrEqual(900);
    await typeOnAzerty(page, '0');
    await typeOnAzerty(page, '@');
    expect(await fieldValue(page)).toBe('@');
    await typeOnAzerty(page, '@@');

    await waitForStep(page, 2);
    await expectAccessible(page, 'step 2');
    await typeOnAzerty(page, 'exemple;');
    await expect.poll(() => feedback(page)).toContain('Sans Maj, cette touche donne ;.');
    await typeOnAzerty(page, '.fr');

    await waitForStep(page, 3);
    await expectAccessible(page, 'step 3');
    await typeOnAzerty(page, 'jean6');
    await expect.poll(() => feedback(page)).toContain('Avec Maj, cette touche donne 6. Ici, n\'appuyez pas sur Maj.');
    await typeOnAzerty(page, '-luc');

    await waitForStep(page, 4);
    await expectAccessible(page, 'step 4');
    await typeOnAzerty(page, 'luc_martin');

    await waitForStep(page, 5);
    // The key that ended the last step is not typed again into the new field.
    await expect.poll(() => fieldValue(page)).toBe('');
    expect(await feedback(page)).not.toContain('Vous avez tapé');
    await expectAccessible(page, 'step 5');
    expect(await page.locator('.instruction-text').textContent()).toContain('marie point dupont arobase exemple point fr');
    await typeOnAzerty(page, 'marie.dupont@exemple.fr');

    await waitForStep(page, 6);
    await expectAccessible(page, 'step 6');
    await typeOnAzerty(page, 'jean-luc_martin@exemple.fr');

    await waitForStep(page, 7);
    await expectAccessible(page, 'step 7');
    expect(await page.locator('.caracteres-email .typing-text').textContent()).toBe('@@@');
    await typeOnAzerty(page, '@@@');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 7 essais.');
    // The weak key is kept on this device for the next lessons.
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toEqual(['@']);
    await expectAccessible(page, 'end screen');
    expectCleanRun(watched);
    await watched.close();
  });

  it('leaves the field with Tab, and every step can be skipped with the keyboard alone', async () => {
    const watched = await open();
    const { page } = watched;
    for (let step = 1; step <= 6; step += 1) {
      await waitForStep(page, step);
      await expect.poll(() => page.locator('#typing-input').evaluate((field) => field === document.activeElement)).toBe(true);
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the page mirrors, the keyboard, the field and the French words stay left to right', async () => {
    const watched = await open({ language: 'ar' });
    const { page } = watched;
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await typeOnAzerty(page, '0');
    await expect.poll(() => feedback(page)).toContain('كَتَبْتَ');
    await expectAccessible(page, 'ar step 1 after a miss');
    expect(await page.locator('.instruction-text bdi[lang="fr"]').first().textContent()).toBe('arobase');
    for (const selector of ['#typing-input', '.caracteres-email .typing-text', '.osk', '.typing-feedback kbd', '.instruction-text bdi[lang="fr"]']) {
      expect(await page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction), selector).toBe('ltr');
    }
    await typeOnAzerty(page, '@@@');
    await waitForStep(page, 2);
    await expectAccessible(page, 'ar step 2');
    expectCleanRun(watched);
    await watched.close();
  });

  it('on a QWERTY keyboard, shows @ as Shift + 2', async () => {
    const watched = await open({ keyboardLayout: 'us-qwerty' });
    const { page } = watched;
    expect(await keyState(page, 'Digit2')).toBe('target');
    expect(await keyState(page, 'ShiftRight')).toBe('hold');
    expect(await keyState(page, 'AltRight')).not.toBe('hold');
    expect(await feedback(page)).toContain('clavier QWERTY');
    // The step itself is written for this keyboard: Shift and 2, not Alt Gr and à.
    expect(await page.locator('.instruction-text').textContent()).toContain('Tenez la touche Shift, puis appuyez sur 2');
    await page.keyboard.type('@@@');
    await waitForStep(page, 2);
    expectCleanRun(watched);
    await watched.close();
  });

  it('fits a 640 px wide window (200 % zoom): no sideways scrolling, targets still 44 px', async () => {
    const watched = await open({}, { viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await expectAccessible(page, '640 px step 1');
    for (let step = 1; step <= 5; step += 1) {
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 6);
    await typeOnAzerty(page, 'jean-luc_martin@exemple');
    await expectAccessible(page, '640 px step 6');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expectCleanRun(watched);
    await watched.close();
  });
});
