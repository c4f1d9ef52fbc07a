/**
 * remplir-un-formulaire in Debian Chromium against the production build: filled in with real
 * AZERTY keys and the mouse (also with « Mes mains tremblent »), with the keyboard alone, skipped
 * with the keyboard alone, in Arabic and at 200 % zoom; axe and the 44 px floor on every step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, keyState, launch, openPage, shakyClick, stepNow, storedProgress, tabTo, waitForStep, withSettings, type Watched } from './browser';
import { typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/remplir-un-formulaire';
/** The form's steps; a 12th, the revision, comes only when there are weak keys to practise. */
const STEPS = 11;

async function open(settings: Record<string, unknown> = {}, options: Parameters<typeof openPage>[1] = {}, weakKeys?: string[]) {
  const watched = await openPage(browser, { reducedMotion: 'reduce', ...options });
  await withSettings(watched.page, { keyboardLayout: 'fr-azerty', ...settings });
  if (weakKeys) {
    // Keys missed in earlier lessons, as the progress keeps them.
    const progress = JSON.stringify({ version: 1, lessons: {}, inProgress: null, weakKeys });
    await watched.page.addInitScript((value) => window.localStorage.setItem('pas-a-pas.progress', value), progress);
  }
  await watched.page.goto(`${baseUrl()}${LESSON}`);
  await waitForStep(watched.page, 1);
  return watched;
}

/**
 * « Passer cette étape » with the keyboard alone, step after step, up to the end screen, running
 * `check` on each step first. Each step puts the cursor in its field, so the way to the button goes
 * through the form: Tab into « Nom » and from « Nom » to « Prénom » are steps 1 and 3's very
 * skills, which may be done on the way.
 */
type StepCheck = (step: number, skipped: boolean) => Promise<void>;

async function skipToTheEnd(page: Page, skipLabel: string, check: StepCheck = async () => undefined) {
  await skipUpTo(page, skipLabel, STEPS, check);
  await page.keyboard.press('Enter');
  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
}

/** The same, up to step `last` (shown, not skipped), the focus left on the button. */
async function skipUpTo(page: Page, skipLabel: string, last: number, check: StepCheck = async () => undefined) {
  let step = 1;
  await check(step, false);
  for (;;) {
    await tabTo(page, skipLabel);
    const now = Number(await stepNow(page));
    if (now !== step) {
      // Done on the way: checked as any other step, then on to the button again.
      step = now;
      await check(step, false);
      continue;
    }
    if (step >= last) return;
    await page.keyboard.press('Enter');
    await expect.poll(() => stepNow(page)).not.toBe(String(step));
    step = Number(await stepNow(page));
    await check(step, true);
  }
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const value = (page: Page, id: string) => page.locator(`#${id}`).inputValue();

/** Where to click to put the cursor just after the wrong « d » of « Clermond »: measured in the field's own font. */
async function spotAfterTypo(page: Page) {
  return page.locator('#formulaire-ville').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const box = input.getBoundingClientRect();
    const start = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    return { x: start + context.measureText('Clermond').width, y: box.top + box.height / 2 };
  });
}

/** The whole form with real keys and a real mouse; `shaky` plays the slower, less steady hand. */
async function fillInWithMouseAndKeys(watched: Watched, shaky: boolean) {
  const { page } = watched;
  const click = async (selector: string) => {
    await page.locator(selector).scrollIntoViewIfNeeded();
    const { x, y } = await centreOf(page, selector);
    if (shaky) await shakyClick(page, x, y);
    else await page.mouse.click(x, y);
  };
  await expectAccessible(page, 'step 1');
  await click('#formulaire-nom');
  await waitForStep(page, 2);
  await expectAccessible(page, 'step 2');

  // A slip, kindly explained with both keys, then corrected with Retour arrière.
  await typeOnAzerty(page, 'DUPo');
  await expect.poll(() => page.locator('.formulaire .feedback').textContent()).toContain('Il fallait O');
  expect(await page.locator('.osk-compare').isVisible()).toBe(true);
  await expectAccessible(page, 'step 2 with a slip');
  await page.keyboard.press('Backspace');
  await typeOnAzerty(page, 'ONT');
  await waitForStep(page, 3);
  await expectAccessible(page, 'step 3');
  await page.keyboard.press('Tab');
  await waitForStep(page, 4);
  expect(await focusedId(page)).toBe('formulaire-prenom');
  await expectAccessible(page, 'step 4');
  await typeOnAzerty(page, 'Marie');
  await waitForStep(page, 5);
  await expectAccessible(page, 'step 5');
  await page.keyboard.press('Shift+Tab');
  await waitForStep(page, 6);
  expect(await focusedId(page)).toBe('formulaire-nom');
  await expectAccessible(page, 'step 6');

  // The cursor, put with one click just after the « d ».
  await page.locator('#formulaire-ville').scrollIntoViewIfNeeded();
  const spot = await spotAfterTypo(page);
  if (shaky) await shakyClick(page, spot.x + 1, spot.y);
  else await page.mouse.click(spot.x + 1, spot.y);
  await waitForStep(page, 7);
  await expectAccessible(page, 'step 7');
  await page.keyboard.press('Backspace');
  await typeOnAzerty(page, 't');
  await waitForStep(page, 8);
  expect(await value(page, 'formulaire-ville')).toBe('Clermont-Ferrand');
  await expectAccessible(page, 'step 8');

  await page.locator('.fiche-number').scrollIntoViewIfNeeded();
  const number = await centreOf(page, '.fiche-number');
  if (shaky) {
    // Two presses 1.4 s apart and 14 px away: only the widened double-click accepts them.
    await shakyClick(page, number.x, number.y);
    await page.waitForTimeout(1400);
    await shakyClick(page, number.x + 14, number.y);
  } else {
    await page.mouse.dblclick(number.x, number.y);
  }
  await waitForStep(page, 9);
  await expectAccessible(page, 'step 9');
  await page.keyboard.press('Control+C');
  await waitForStep(page, 10);
  await expectAccessible(page, 'step 10');
  await click('#formulaire-telephone');
  await page.keyboard.press('Control+V');
  await waitForStep(page, 11);
  expect(await value(page, 'formulaire-telephone')).toBe('0612345678');
  await expectAccessible(page, 'step 11');
  await click('.formulaire-submit');
  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
  await expectAccessible(page, 'end screen');
}

describe('remplir-un-formulaire in Chromium', () => {
  it('is filled in with real AZERTY keys and the mouse; nothing typed is kept', async () => {
    const watched = await open();
    await fillInWithMouseAndKeys(watched, false);
    // 11 steps and one slip; the fictional person never reaches storage.
    await expect.poll(() => watched.page.locator('.end-screen').textContent()).toContain('Vous avez fait 12 essais.');
    const stored = await watched.page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const typed of ['DUPONT', 'Marie', 'Clermont', '0612345678']) expect(stored).not.toContain(typed);
    expectCleanRun(watched);
    await watched.close();
  });

  it('with « Mes mains tremblent »: shaky clicks and a slow, unsteady double-click still work', async () => {
    const watched = await open({ shakyHands: true });
    await fillInWithMouseAndKeys(watched, true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('without « Mes mains tremblent », the same slow double-click is two clicks', async () => {
    const watched = await open();
    const { page } = watched;
    for (let step = 1; step < 8; step += 1) {
      await page.getByRole('button', { name: 'Passer cette étape' }).click();
      await waitForStep(page, step + 1);
    }
    const number = await centreOf(page, '.fiche-number');
    await shakyClick(page, number.x, number.y);
    await page.waitForTimeout(1400);
    await shakyClick(page, number.x + 14, number.y);
    await page.waitForTimeout(300);
    expect(await stepNow(page)).toBe('8');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is filled in with the keyboard alone: Tab, Maj+Tab, arrows, Maj+arrows, Ctrl+C, Ctrl+V, Entrée', async () => {
    const watched = await open();
    const { page } = watched;
    for (let presses = 0; (await focusedId(page)) !== 'formulaire-nom'; presses += 1) {
      expect(presses, 'Tab reaches the « Nom » box').toBeLessThan(20);
      await page.keyboard.press('Tab');
    }
    await waitForStep(page, 2);
    expect(await page.locator('#formulaire-nom').evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await typeOnAzerty(page, 'DUPONT');
    await page.keyboard.press('Tab');
    await typeOnAzerty(page, 'Marie');
    await waitForStep(page, 5);
    await page.keyboard.press('Shift+Tab');
    await waitForStep(page, 6);
    // Two Tabs to « Ville » (all its text gets selected), End, then eight steps left: just after the « d ».
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('formulaire-ville');
    await page.keyboard.press('End');
    for (let press = 0; press < 8; press += 1) await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 7);
    await page.keyboard.press('Backspace');
    await typeOnAzerty(page, 't');
    // The number on the fiche gets the cursor at its start: Maj + right arrow selects it.
    await waitForStep(page, 8);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('fiche-number');
    for (let press = 0; press < 10; press += 1) await page.keyboard.press('Shift+ArrowRight');
    await waitForStep(page, 9);
    await page.keyboard.press('Control+C');
    await waitForStep(page, 10);
    // From the fiche, Tab goes through the form's boxes: the fourth is « Téléphone ».
    for (let press = 0; press < 4; press += 1) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('formulaire-telephone');
    await page.keyboard.press('Control+V');
    await waitForStep(page, 11);
    await page.keyboard.press('Enter');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expect(await endHeading(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 11 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('can be skipped to the end with the keyboard alone, each step putting the cursor where its sentence says', async () => {
    const watched = await open();
    const { page } = watched;
    // « Le curseur est dans la case Prénom » (step 4): so it is, even after « Passer cette étape ».
    const cursorIn: Record<number, string> = { 2: 'formulaire-nom', 3: 'formulaire-nom', 4: 'formulaire-prenom', 5: 'formulaire-prenom', 7: 'formulaire-ville' };
    await skipToTheEnd(page, 'Passer cette étape', async (step, skipped) => {
      if (skipped && cursorIn[step]) await expect.poll(() => focusedId(page), { message: `step ${step}` }).toBe(cursorIn[step]);
    });
    // Steps 1 and 3 were done on the way (Tab into « Nom », then from « Nom » to « Prénom »); the others were skipped.
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 2 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('practises the weak keys of earlier lessons at the end, with real keys, and then forgets them', async () => {
    // « é » is left to the lesson « accents »: this lesson revises what every keyboard has a key for.
    const watched = await open({}, {}, ['é', '@', 'M']);
    const { page } = watched;
    await skipUpTo(page, 'Passer cette étape', STEPS);
    // The revision comes only sometimes: the counter does not promise it beforehand.
    expect(await page.locator('.step-count').textContent()).toBe(`Étape ${STEPS} sur ${STEPS}`);
    await page.keyboard.press('Enter');
    await waitForStep(page, STEPS + 1);
    expect(await page.locator('.step-count').textContent()).toBe(`Étape ${STEPS + 1} sur ${STEPS + 1}`);
    await expect.poll(() => page.locator('.typing-text').textContent()).toBe('@@MM');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('typing-input');
    // @ is Alt Gr + à on AZERTY: both keys drawn.
    expect(await keyState(page, 'Digit0')).toBe('target');
    expect(await keyState(page, 'AltRight')).toBe('hold');
    await expectAccessible(page, 'step 12, the revision');

    // « a » instead of « @ »: nothing is written, both keys are shown, in words too.
    await typeOnAzerty(page, 'a');
    await expect.poll(() => page.locator('.typing-feedback').textContent()).toContain('Vous avez tapé a. Il fallait @.');
    expect(await keyState(page, 'KeyQ')).toBe('wrong');
    expect(await page.locator('#typing-input').inputValue()).toBe('');
    await expectAccessible(page, 'the revision after a slip');

    await typeOnAzerty(page, '@@MM');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    // Typed through: @ and M are forgotten; é waits for « accents ».
    await expect.poll(async () => (await storedProgress(page)).weakKeys).toEqual(['é']);
    expectCleanRun(watched);
    await watched.close();
  });

  it('on a QWERTY keyboard: the drawing and the help name that keyboard’s keys', async () => {
    const watched = await open({ keyboardLayout: 'us-qwerty' });
    const { page } = watched;
    await page.locator('#formulaire-nom').click();
    await waitForStep(page, 2);
    // Playwright's own keyboard is a US one: what a QWERTY learner sends.
    await page.keyboard.type('DUPONt');
    await expect.poll(() => page.locator('.formulaire .feedback').textContent()).toContain('Shift + T');
    expect(await page.locator('.osk').getAttribute('aria-label')).toContain('Shift + T');
    await expectAccessible(page, 'QWERTY slip');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('T');
    await waitForStep(page, 3);
    expectCleanRun(watched);
    await watched.close();
  });

  it('in Arabic: the page mirrors, the form and the fiche stay French and left to right; every step is accessible', async () => {
    const watched = await open({ language: 'ar' });
    const { page } = watched;
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.formulaire-form').evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['fr', 'ltr']);
    expect(await page.locator('.formulaire-fiche dl').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.formulaire-banner bdi[lang="fr"]').textContent()).toBe('EXERCICE');
    await skipToTheEnd(page, 'تَخَطَّ هَذِهِ الخُطْوَةَ', (step) => expectAccessible(page, `ar step ${step}`));
    expectCleanRun(watched);
    await watched.close();
  });

  it('at 200 % zoom (640 px wide): nothing spills sideways, every step stays accessible', async () => {
    const watched = await open({}, { viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await skipToTheEnd(page, 'Passer cette étape', async (step) => {
      await expectAccessible(page, `640 px step ${step}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    });
    expectCleanRun(watched);
    await watched.close();
  });
});
