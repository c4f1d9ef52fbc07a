/**
 * majuscules in Debian Chromium against the production build, typed with real AZERTY key events
 * (tests/e2e/keyboard.ts): Maj, Verr. Maj presses, the digits trap, a weak key practised again;
 * skipped with the keyboard alone; a QWERTY keyboard, its names step typed. axe and the 44 px floor on every step.
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

const LESSON = '#/lecons/majuscules';

async function open(keyboardLayout = 'fr-azerty') {
  const watched = await openPage(browser, { reducedMotion: 'reduce' });
  await withSettings(watched.page, { keyboardLayout });
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  return watched;
}

const field = (page: Page) => page.getByRole('textbox', { name: 'Écrivez ici :' });
const feedback = (page: Page) => page.locator('.drill-feedback').innerText();

/** Each step: the runner shows it, the field has the focus, and the page passes axe. */
async function atStep(page: Page, step: number) {
  await waitForStep(page, step);
  await expect.poll(() => field(page).evaluate((element) => element === document.activeElement)).toBe(true);
  await expectAccessible(page, `majuscules step ${step}`);
}

describe('majuscules in Chromium', () => {
  it('is typed through with AZERTY keys: Maj, Verr. Maj, the trap, then a weak capital practised again', async () => {
    const watched = await open();
    const { page } = watched;
    await atStep(page, 1);
    // Maj + M on the drawing: M is on the Semicolon key of AZERTY, the Maj of the other hand held.
    expect(await keyState(page, 'Semicolon')).toBe('target');
    expect(await keyState(page, 'ShiftLeft')).toBe('hold');
    await typeOnAzerty(page, 'Mari');
    expect(await field(page).inputValue()).toBe('Mari');
    await typeOnAzerty(page, 'z');
    // The field keeps only what is right; the mistake is named, with the key expected.
    expect(await field(page).inputValue()).toBe('Mari');
    await expect.poll(() => feedback(page)).toContain('Vous avez tapé z. Il fallait e.');
    expect(await keyState(page, 'KeyW')).toBe('wrong');
    await typeOnAzerty(page, 'e');
    // Two misses on P: it becomes a weak key, named with its modifier.
    await typeOnAzerty(page, 'pp');
    await expect.poll(() => feedback(page)).toContain('Gardez la touche Maj enfoncée, puis appuyez sur P.');
    await expect.poll(() => page.locator('.osk-finger').innerText()).toContain('petit doigt droit');
    await typeOnAzerty(page, 'Paris');

    await atStep(page, 2);
    expect(await keyState(page, 'CapsLock')).toBe('target');
    await page.keyboard.press('CapsLock');

    await atStep(page, 3);
    // Headless Chromium cannot turn the lock on: the capitals are typed, and a small letter is explained.
    await typeOnAzerty(page, 'c');
    await expect.poll(() => feedback(page)).toContain('Verr. Maj est sans doute éteint');
    await typeOnAzerty(page, 'CAFMARSEILLE');

    await atStep(page, 4);
    expect(await keyState(page, 'Digit2')).toBe('target');
    expect(await keyState(page, 'CapsLock')).toBe('lock');
    await typeOnAzerty(page, '2');

    await atStep(page, 5);
    await expect.poll(() => feedback(page)).toContain('Vous avez eu 2 au lieu de é.');
    await page.keyboard.press('CapsLock');

    await atStep(page, 6);
    await typeOnAzerty(page, 'L');
    // Verr. Maj still on would give 2 for é: said so.
    await typeOnAzerty(page, '2');
    await expect.poll(() => feedback(page)).toContain('Verr. Maj est sans doute allumé');
    await typeOnAzerty(page, 'éa Martin');
    await typeOnAzerty(page, 'Nantes');

    await atStep(page, 7);
    await expect.poll(() => page.locator('.drill-word').allInnerTexts()).toEqual(['Pau']);
    await typeOnAzerty(page, 'Pau');

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expectAccessible(page, 'majuscules end screen');
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 10 essais.');
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toContain('P');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is skipped to the end with the keyboard alone: Tab leaves the field for « Passer cette étape »', async () => {
    const watched = await open();
    const { page } = watched;
    for (let step = 1; step <= 6; step += 1) {
      await waitForStep(page, step);
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('follows a QWERTY keyboard: its keys on the drawing, no trap, and a name it can type', async () => {
    const watched = await open('us-qwerty');
    const { page } = watched;
    await atStep(page, 1);
    expect(await keyState(page, 'KeyM')).toBe('target');
    expect(await page.locator('.osk-key[data-code="KeyQ"] text').first().textContent()).toBe('Q');
    // The step names the keys as this keyboard prints them.
    expect(await page.locator('.instruction-text').textContent()).toContain('gardez le doigt sur la touche Shift');
    for (let step = 1; step <= 5; step += 1) {
      if (step === 4) {
        // The trap is the French keyboard's: no key to press here, and the step says so.
        await atStep(page, 4);
        expect(await page.locator('.osk-mark[data-state="target"]').count()).toBe(0);
        expect(await page.locator('.instruction-text').textContent()).toContain("Votre clavier n'a pas ce piège.");
      }
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    // 200 % zoom on a 1280 px screen: 640 CSS px wide.
    await page.setViewportSize({ width: 640, height: 450 });
    await atStep(page, 6);
    // Léa Martin has an é, which a US keyboard has no key for: the step asks for a name it can type.
    expect(await page.locator('.instruction-text').textContent()).toContain('Louis Martin');
    await expectAccessible(page, 'majuscules QWERTY at 640 px');
    // Playwright's keyboard is a US one: each character from its own key, capitals with Shift.
    await page.keyboard.type('Louis Marti');
    expect(await field(page).inputValue()).toBe('Louis Marti');
    await page.keyboard.type('nNantes');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });
});
