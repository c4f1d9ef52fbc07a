/**
 * accents in Debian Chromium against the production build, typed with real AZERTY key events:
 * é è ç à ù with their keys, ê with ^ then e, ë with Maj + ^ then e, « ^z », a weak accent
 * practised again; a remembered one revised, then forgotten; skipped with the keyboard alone; in
 * Arabic. axe and the 44 px floor on every step.
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

const LESSON = '#/lecons/accents';

async function open(keyboardLayout = 'fr-azerty', { weakKeys }: { weakKeys?: string[] } = {}) {
  const watched = await openPage(browser, { reducedMotion: 'reduce' });
  await withSettings(watched.page, { keyboardLayout });
  if (weakKeys) {
    // Keys missed twice in earlier lessons, as this device remembers them.
    const progress = JSON.stringify({ version: 1, lessons: {}, inProgress: null, weakKeys });
    await watched.page.addInitScript((value) => window.localStorage.setItem('pas-a-pas.progress', value), progress);
  }
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  return watched;
}

const field = (page: Page) => page.locator('input.typing-input');
const feedback = (page: Page) => page.locator('.drill-feedback').innerText();

/**
 * The ^ key alone, as Windows sends it (a `Dead` keydown), then optionally the next key with the
 * text Windows types for it: typeOnAzerty types whole characters, these show the steps between.
 */
async function deadKey(page: Page, shift = false) {
  const session = await page.context().newCDPSession(page);
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Dead', code: 'BracketLeft', modifiers: shift ? 8 : 0 });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'BracketLeft', modifiers: shift ? 8 : 0 });
  return {
    letter: async (code: string, key: string, text: string) => {
      await session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: text, code, text, unmodifiedText: text });
      await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code });
      await session.detach();
    },
  };
}

async function atStep(page: Page, step: number, where = 'accents') {
  await waitForStep(page, step);
  await expect.poll(() => field(page).evaluate((element) => element === document.activeElement)).toBe(true);
  await expectAccessible(page, `${where} step ${step}`);
}

describe('accents in Chromium', () => {
  it('is typed through with AZERTY keys: é with its key, ê with ^ then e, ë with Maj + ^ then e', async () => {
    const watched = await open();
    const { page } = watched;
    await atStep(page, 1);
    expect(await keyState(page, 'Digit2')).toBe('target');
    await typeOnAzerty(page, 'é');
    await field(page).evaluate((input) => {
      (window as unknown as { typedIn: number }).typedIn = 0;
      input.addEventListener('input', () => ((window as unknown as { typedIn: number }).typedIn += 1));
    });
    // Maj (or Verr. Maj) on the è key gives 7: the trap is named.
    await typeOnAzerty(page, '7');
    await expect.poll(() => feedback(page)).toContain('Verr. Maj est sans doute allumé');
    // The browser typed nothing: no 7 put in the field and taken out again.
    expect(await page.evaluate(() => (window as unknown as { typedIn: number }).typedIn)).toBe(0);
    expect(await keyState(page, 'Digit7')).toBe('wrong');
    await typeOnAzerty(page, 'èçàù');

    await atStep(page, 2);
    expect(await keyState(page, 'BracketLeft')).toBe('target');
    // ^ then the space bar: the accent alone. The ^ key was the right one: drawn as the key to press
    // again, never as the wrong one (it used to read « ✗ ^ ✓ ^ »).
    await (await deadKey(page)).letter('Space', ' ', '^');
    await expect.poll(() => feedback(page)).toContain("L'accent ^ s'est écrit tout seul.");
    expect(await keyState(page, 'BracketLeft')).toBe('target');
    expect(await page.locator('.osk-compare').count()).toBe(0);
    const circumflex = await deadKey(page);
    // Nothing appears yet: the accent waits, and the drawing moves on to the letter.
    await expect.poll(() => feedback(page)).toContain("L'accent ^ attend la lettre.");
    expect(await field(page).inputValue()).toBe('');
    expect(await keyState(page, 'KeyE')).toBe('target');
    await circumflex.letter('KeyE', 'e', 'ê');
    await expect.poll(() => page.locator('.drill-word[data-state="done"]').count()).toBe(1);
    // ^ then z: Windows types « ^z »; one slip, explained.
    await (await deadKey(page)).letter('KeyW', 'z', '^z');
    await expect.poll(() => feedback(page)).toContain("L'accent ^ ne va pas sur z.");
    await typeOnAzerty(page, 'ôîû');

    await atStep(page, 3);
    expect(await keyState(page, 'BracketLeft')).toBe('target');
    // ^ is under the right hand: the Maj of the left hand is held.
    expect(await keyState(page, 'ShiftLeft')).toBe('hold');
    await (await deadKey(page, true)).letter('KeyE', 'e', 'ë');
    await typeOnAzerty(page, 'ï');

    await atStep(page, 4);
    await typeOnAzerty(page, 'fenêtreélèvehôpitalNoëlao');
    // û forgotten twice: a weak key, practised at the end.
    await typeOnAzerty(page, 'uu');
    await expect.poll(() => feedback(page)).toContain("Il manque l'accent.");
    await typeOnAzerty(page, 'ût');

    await atStep(page, 5);
    await expect.poll(() => page.locator('.drill-word').allInnerTexts()).toEqual(['sûr']);
    await typeOnAzerty(page, 'sûr');

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expectAccessible(page, 'accents end screen');
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 17 essais.');
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toContain('û');
    expectCleanRun(watched);
    await watched.close();
  });

  it('forgets a remembered accent once its revision is typed to the end, and keeps a key it does not practise', async () => {
    const watched = await open('fr-azerty', { weakKeys: ['ô', 'Z'] });
    const { page } = watched;
    for (let step = 1; step <= 4; step += 1) {
      await waitForStep(page, step);
      await page.getByRole('button', { name: 'Passer cette étape', exact: true }).click();
    }
    await atStep(page, 5);
    // Only ô: Z is a capital, for another lesson.
    await expect.poll(() => page.locator('.drill-word').allInnerTexts()).toEqual(['hôtel']);
    await typeOnAzerty(page, 'hôtel');

    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toEqual(['Z']);
    expectCleanRun(watched);
    await watched.close();
  });

  it('is skipped to the end with the keyboard alone', async () => {
    const watched = await open();
    const { page } = watched;
    for (let step = 1; step <= 4; step += 1) {
      await waitForStep(page, step);
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('says kindly when a QWERTY keyboard has no key for the accent', async () => {
    const watched = await open('us-qwerty');
    const { page } = watched;
    await atStep(page, 1);
    await expect.poll(() => feedback(page)).toContain("Votre clavier n'a pas de touche pour é.");
    // The step says so itself, rather than point at keys this keyboard does not have.
    expect(await page.locator('.instruction-text').textContent()).toContain("Votre clavier n'a pas ces touches.");
    // Letters typed instead are no slip: é does not become a weak key, to be asked again in a revision.
    await page.keyboard.type('ee');
    await expect.poll(() => field(page).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await feedback(page)).not.toContain('Vous avez tapé');
    for (let step = 1; step <= 4; step += 1) {
      await tabTo(page, 'Passer cette étape');
      await page.keyboard.press('Enter');
      if (step < 4) await atStep(page, step + 1);
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expect((await storedProgress(page)).weakKeys ?? []).not.toContain('é');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the page mirrors, the French drill and the field stay left to right', async () => {
    const watched = await openPage(browser, { reducedMotion: 'reduce' });
    const { page } = watched;
    await withSettings(page, { keyboardLayout: 'fr-azerty' });
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // In the app, without a reload (the stored settings would be written again).
    await page.evaluate((hash) => (window.location.hash = hash), LESSON);
    await atStep(page, 1, 'ar accents');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.drill-word span[lang="fr"]').first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    // The letters to type run in their order from the left, as on the French screen.
    const lefts = await page.locator('.drill-word').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    expect(await field(page).evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['fr', 'ltr']);
    expect(await page.locator('.osk').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    const french = page.locator('.instruction-text bdi[lang="fr"]');
    expect(await french.first().textContent()).toBe('é');
    expect(await french.first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/ar/accents/steps.direct.text.ogg')), { timeout: 10_000 }).toBe(true);

    await typeOnAzerty(page, 'éèçàù');
    await atStep(page, 2, 'ar accents');
    await typeOnAzerty(page, 'o');
    // The mistake is told in Arabic, the French characters inside it left to right.
    await expect.poll(() => feedback(page)).toContain('كَتَبْتَ');
    expect(await page.locator('.drill-feedback bdi[lang="fr"]').first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await expectAccessible(page, 'ar accents step 2 after a miss');
    // 200 % zoom on a 1280 px screen: 640 CSS px wide.
    await page.setViewportSize({ width: 640, height: 450 });
    await expectAccessible(page, 'ar accents step 2 at 640 px');
    for (let step = 2; step <= 4; step += 1) {
      await tabTo(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });
});
