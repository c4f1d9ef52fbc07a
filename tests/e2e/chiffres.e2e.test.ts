/**
 * chiffres in Debian Chromium against the production build, typed key by key as a French AZERTY
 * keyboard sends it (tests/e2e/keyboard.ts); the keypad's keys through CDP with their own codes.
 * axe and the 44 px floor on every step; keyboard only; Arabic; a QWERTY keyboard; 200 % zoom.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, endHeading, expectAccessible, expectCleanRun, keyLegends, keyState, launch, openPage, tabTo, waitForStep, withSettings } from './browser';
import { typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/chiffres';
const feedback = (page: Page) => page.locator('.chiffres .typing-feedback').textContent();
const fieldValue = (page: Page) => page.locator('#typing-input').inputValue();

/** Keypad keys with Verr. Num on, as Windows sends them: the keypad's own code, a digit typed. */
async function onKeypad(page: Page, digits: string) {
  const session = await page.context().newCDPSession(page);
  for (const digit of digits) {
    const key = { key: digit, code: `Numpad${digit}`, location: 3, windowsVirtualKeyCode: 96 + Number(digit) };
    await session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: digit, unmodifiedText: digit });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  }
  await session.detach();
}

/** Retour arrière, `times` times. */
async function erase(page: Page, times: number) {
  for (let press = 0; press < times; press += 1) await page.keyboard.press('Backspace');
}

/** Types digits into the tax number, checks with Entrée, and waits for what the check says. */
async function typeAndCheck(page: Page, digits: string, says: string) {
  await typeOnAzerty(page, digits);
  await page.keyboard.press('Enter');
  await expect.poll(() => feedback(page)).toContain(says);
}

async function open(settings: Record<string, unknown> = {}, options: Parameters<typeof openPage>[1] = {}) {
  const watched = await openPage(browser, { reducedMotion: 'reduce', ...options });
  await withSettings(watched.page, { keyboardLayout: 'fr-azerty', ...settings });
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  await waitForStep(watched.page, 1);
  return watched;
}

describe('chiffres in Chromium', () => {
  it('is typed through on AZERTY: Maj for the top row, the keypad, a phone number, a date, a tax number checked, a revision', async () => {
    const watched = await open();
    const { page } = watched;
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/chiffres/steps.topRow.text.ogg')), { timeout: 5000 }).toBe(true);
    await expectAccessible(page, 'step 1');
    // The field has the focus: the learner types at once. The 1 key without Maj gives &.
    await typeOnAzerty(page, '&');
    await expect.poll(() => feedback(page)).toContain('Vous avez tapé &. Il fallait 1.');
    expect(await feedback(page)).toContain('Tenez Maj, puis appuyez sur 1.');
    expect(await keyState(page, 'Digit1')).toBe('wrong');
    expect(await keyState(page, 'ShiftRight')).toBe('hold');
    expect(await fieldValue(page)).toBe('');
    await expectAccessible(page, 'step 1 after a miss');
    // A second miss on 1: the finger is named, and 1 will be revised at the end.
    await typeOnAzerty(page, '&');
    await expect.poll(() => page.locator('.osk-finger').textContent()).toContain('petit doigt gauche');
    await typeOnAzerty(page, '12');
    expect(await fieldValue(page)).toBe('12');
    await typeOnAzerty(page, '3');

    await waitForStep(page, 2);
    await expect.poll(() => page.locator('#typing-input').evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await page.locator('.osk-key[data-code="Numpad7"]').count()).toBe(1);
    // The keypad's legends (« Verr. Num » over two lines, « Entrée ») fit their keys too.
    // The drawing is wider with the keypad: every key's name is still printed at 9 px at least.
    const legends = await keyLegends(page);
    expect(legends.outside).toEqual([]);
    expect(Object.entries(legends.named).filter(([, size]) => size < 9)).toEqual([]);
    // Verr. Num off: the keypad's 1 is End, and the lesson says so and shows the key to press.
    await page.keyboard.press('Numpad1');
    await expect.poll(() => feedback(page)).toContain('Verr. Num est éteint');
    expect(await keyState(page, 'NumLock')).toBe('target');
    // Its lamp, now shown on the key, does not touch « Verr. ».
    const [lamp, name] = await Promise.all(['.osk-key-lamp[data-code="NumLock"]', '.osk-key[data-code="NumLock"] .osk-name'].map((selector) => page.locator(selector).boundingBox()));
    expect(lamp!.y + lamp!.height < name!.y || lamp!.x > name!.x + name!.width, `lamp ${JSON.stringify(lamp)}, name ${JSON.stringify(name)}`).toBe(true);
    await expectAccessible(page, 'step 2, Verr. Num off');
    await onKeypad(page, '75019');

    await waitForStep(page, 3);
    // The key that ended the last step is not typed again into the new field.
    await expect.poll(() => fieldValue(page)).toBe('');
    expect(await feedback(page)).not.toContain('Vous avez tapé');
    await expectAccessible(page, 'step 3');
    await typeOnAzerty(page, '06 12 34 56 78');

    await waitForStep(page, 4);
    await expectAccessible(page, 'step 4');
    // The slash is Maj + the colon key; without Maj it types a colon.
    await typeOnAzerty(page, '14:');
    await expect.poll(() => feedback(page)).toContain('Vous avez tapé :. Il fallait /.');
    expect(await keyState(page, 'Period')).toBe('wrong');
    await typeOnAzerty(page, '/07/2025');

    await waitForStep(page, 5);
    await expectAccessible(page, 'step 5');
    await typeAndCheck(page, '12345678901', 'Il manque 2 chiffres.');
    expect(await page.locator('.tax-count').textContent()).toBe('11 chiffres tapés sur 13');
    await typeAndCheck(page, '2345', 'Il y a 2 chiffres en trop.');
    expect(await page.locator('.tax-box[data-extra]').count()).toBe(2);
    await expectAccessible(page, 'step 5 after a check');
    // While the digits in excess are erased, the check still says how many are left.
    await erase(page, 1);
    await expect.poll(() => feedback(page)).toContain('Il y a 1 chiffre en trop.');
    await erase(page, 1);
    expect(await fieldValue(page)).toBe('1234567890123');
    // A wrong 7th digit: its box is marked, and the help stays until it is erased.
    await erase(page, 7);
    await typeAndCheck(page, '9890123', "Le chiffre numéro 7 n'est pas le bon");
    expect(await page.locator('.tax-box[data-wrong]').textContent()).toBe('9');
    await expectAccessible(page, 'step 5, a wrong digit');
    await erase(page, 1);
    await expect.poll(() => feedback(page)).toContain("Le chiffre numéro 7 n'est pas le bon");
    expect(await keyState(page, 'Backspace')).toBe('target');
    await erase(page, 6);
    await expect.poll(() => page.locator('.tax-box[data-wrong]').count()).toBe(0);
    await expect.poll(() => feedback(page)).not.toContain('pas le bon');
    await typeOnAzerty(page, '7890123');
    expect(await fieldValue(page)).toBe('1234567890123');
    await page.keyboard.press('Enter');

    await waitForStep(page, 6);
    await expectAccessible(page, 'step 6');
    expect(await page.locator('.chiffres .typing-text').textContent()).toBe('11');
    await typeOnAzerty(page, '11');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 6 essais.');
    await expectAccessible(page, 'end screen');
    expectCleanRun(watched);
    await watched.close();
  });

  it('leaves the field with Tab, and every step can be skipped with the keyboard alone', async () => {
    const watched = await open();
    const { page } = watched;
    for (let step = 1; step <= 5; step += 1) {
      await waitForStep(page, step);
      // Each step puts the cursor back in the field; Tab leaves it for the runner's buttons.
      await expect.poll(() => page.locator('#typing-input').evaluate((field) => field === document.activeElement)).toBe(true);
      await tabTo(page, 'Passer cette étape');
      expect(await page.getByRole('button', { name: 'Passer cette étape' }).evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
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
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/ar/chiffres/steps.topRow.text.ogg')), { timeout: 5000 }).toBe(true);
    await typeOnAzerty(page, '&');
    await expect.poll(() => feedback(page)).toContain('كَتَبْتَ');
    await expectAccessible(page, 'ar step 1 after a miss');
    expect(await page.locator('.instruction-text bdi[lang="fr"]').first().textContent()).toBe('Maj');
    for (const selector of ['#typing-input', '.chiffres .typing-text', '.osk', '.typing-feedback kbd']) {
      expect(await page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction), selector).toBe('ltr');
    }
    await typeOnAzerty(page, '123');
    await waitForStep(page, 2);
    await tabTo(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ');
    await page.keyboard.press('Enter');
    await waitForStep(page, 3);
    await expectAccessible(page, 'ar step 3');
    expectCleanRun(watched);
    await watched.close();
  });

  it('on a QWERTY keyboard, shows the digits without Maj and says the keyboard is QWERTY', async () => {
    const watched = await open({ keyboardLayout: 'us-qwerty' });
    const { page } = watched;
    expect(await keyState(page, 'Digit1')).toBe('target');
    expect(await keyState(page, 'ShiftLeft')).not.toBe('hold');
    expect(await keyState(page, 'ShiftRight')).not.toBe('hold');
    expect(await feedback(page)).toContain('clavier QWERTY');
    // The step itself is written for this keyboard: no Maj for the digits.
    expect(await page.locator('.instruction-text').textContent()).toContain('appuyez simplement sur le chiffre, sans Shift');
    await page.keyboard.type('123');
    await waitForStep(page, 2);
    for (let step = 2; step <= 4; step += 1) {
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 5);
    expect(await page.locator('.instruction-text').textContent()).toContain('Puis appuyez sur Enter pour vérifier.');
    // The help under the field names this keyboard's keys too.
    await page.locator('#typing-input').focus();
    await page.keyboard.type('12345678901234');
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback(page)).toContain('Il y a 1 chiffre en trop. Effacez-le avec Backspace.');
    expect(await feedback(page)).not.toContain('Retour arrière');
    expectCleanRun(watched);
    await watched.close();
  });

  it('fits a 640 px wide window (200 % zoom): no sideways scrolling, targets still 44 px', async () => {
    const watched = await open({}, { viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await typeOnAzerty(page, '&');
    await expectAccessible(page, '640 px step 1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    for (let step = 1; step <= 4; step += 1) {
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 5);
    await typeOnAzerty(page, '1234567890123456');
    await expectAccessible(page, '640 px step 5');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expectCleanRun(watched);
    await watched.close();
  });
});
