/**
 * souris-en-pratique in Debian Chromium against the production build: the whole practice desktop
 * with real mouse events (steady, then with « Mes mains tremblent »), with the keyboard alone,
 * with a finger, in Arabic; axe and the 44 px floor on every step; no error, nothing off-origin.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, launch, openPage, shakyClick, tabTo, waitForStep, withSettings, type Watched } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/souris-en-pratique';
const DOCUMENTS = '.souris-en-pratique .desktop-icon >> nth=0';
const PHOTOS = '.souris-en-pratique .desktop-icon >> nth=1';
const PHOTO = '.souris-en-pratique .photo-file';
const LETTRE = '.souris-en-pratique .file-button:has-text("Lettre.txt")';
const LIST = '.souris-en-pratique .file-scroller';
const MENU = '.souris-en-pratique [role="menu"]';
const CLOSE = '.souris-en-pratique .close-button';

/** A few words of each kind message, to know which one the learner got. */
const SAYS = {
  fr: { slow: 'Presque', faster: 'plus rapides', home: 'revenue à sa place', atLast: 'Cette fois', left: 'bouton gauche', item: 'bon choix', copied: 'copie de la lettre' },
  ar: { slow: 'قَرِيبٌ جِدًّا', faster: 'أَسْرَعَ', home: 'رَجَعَتِ الصُّورَةُ', atLast: 'هَذِهِ المَرَّةَ', left: 'الأَيْسَرَ', item: 'الاِخْتِيَارَ', copied: 'نُسْخَةٌ' },
};

const feedback = (page: Page) => page.locator('.souris-en-pratique .feedback').textContent();
const progress = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('pas-a-pas.progress') ?? '{}').lessons?.['souris-en-pratique']);

/** Two presses of the left button, `gapMs` apart, the second `dx` px to the side. */
async function twoClicks(page: Page, x: number, y: number, gapMs: number, dx = 0) {
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(gapMs);
  await page.mouse.move(x + dx, y);
  await page.mouse.down();
  await page.mouse.up();
}

/** Press on the photo, carry it in small steps, let go at (x, y). */
async function dragPhotoTo(page: Page, x: number, y: number) {
  const photo = await centreOf(page, PHOTO);
  await page.mouse.move(photo.x, photo.y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move((photo.x + x) / 2, (photo.y + y) / 2 + 20, { steps: 12 });
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

/** A right-click whose release slid `slide` px off the bottom of Lettre.txt. */
async function slidRightClick(page: Page, slide: number) {
  const lettre = await centreOf(page, LETTRE);
  await page.mouse.move(lettre.x, lettre.y, { steps: 4 });
  await page.mouse.down({ button: 'right' });
  await page.mouse.move(lettre.x, lettre.box.y + lettre.box.height + slide, { steps: 4 });
  await page.mouse.up({ button: 'right' });
}

/** The wheel over the list, a notch at a time, until Facture.pdf shows and the last step comes. */
async function wheelToFacture(page: Page) {
  const list = await centreOf(page, LIST);
  await page.mouse.move(list.x, list.y, { steps: 4 });
  for (let notch = 0; notch < 20 && (await page.locator('[role="progressbar"]').getAttribute('aria-valuenow')) === '5'; notch += 1) {
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(120);
  }
  await waitForStep(page, 6);
  expect(await page.locator('.souris-en-pratique .file-row.is-found').textContent()).toBe('Facture.pdf');
}

/** The whole lesson with the mouse at the default settings: each kind of miss once, kindly counted. */
async function completeSteadily(watched: Watched, lang: keyof typeof SAYS) {
  const { page } = watched;
  const says = SAYS[lang];
  await waitForStep(page, 1);
  await expectAccessible(page, `${lang} step 1`);
  // 1.5 s between the clicks, 10 px apart: too slow for the 1.2 s window; then a real double-click.
  const folder = await centreOf(page, DOCUMENTS);
  await twoClicks(page, folder.x, folder.y, 1500, 10);
  await expect.poll(() => feedback(page)).toContain(says.slow);
  expect(await page.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('1');
  await page.mouse.dblclick(folder.x, folder.y);

  await waitForStep(page, 2);
  await expect.poll(() => feedback(page)).toContain(says.faster);
  await expectAccessible(page, `${lang} step 2`);
  // Dropped on the empty desktop, then 40 px short of the Photos folder: the photo goes home both times.
  const home = (await centreOf(page, PHOTO)).box;
  const desktop = (await centreOf(page, '.souris-en-pratique .desktop')).box;
  await dragPhotoTo(page, desktop.x + desktop.width - 40, desktop.y + desktop.height - 40);
  await expect.poll(() => feedback(page)).toContain(says.home);
  expect((await centreOf(page, PHOTO)).box).toEqual(home);
  const photos = await centreOf(page, PHOTOS);
  await dragPhotoTo(page, photos.x, photos.box.y + photos.box.height + 40);
  expect((await centreOf(page, PHOTO)).box).toEqual(home);
  await dragPhotoTo(page, photos.x, photos.y);

  await waitForStep(page, 3);
  await expect.poll(() => feedback(page)).toContain(says.atLast);
  await expectAccessible(page, `${lang} step 3`);
  const lettre = await centreOf(page, LETTRE);
  await shakyClick(page, lettre.x, lettre.y);
  await expect.poll(() => feedback(page)).toContain(says.left);
  // A right-click released 16 px off the file: too far for a steady hand's 8 px.
  await slidRightClick(page, 16);
  expect(await page.locator(MENU).count()).toBe(0);
  await shakyClick(page, lettre.x, lettre.y, 'right');

  await waitForStep(page, 4);
  await expectAccessible(page, `${lang} step 4 (menu open)`);
  await page.locator(`${MENU} [role="menuitem"]:text-is("Renommer")`).click();
  await expect.poll(() => feedback(page)).toContain(says.item);
  expect(await page.locator(MENU).isVisible()).toBe(true);
  const copier = await centreOf(page, `${MENU} [role="menuitem"]:text-is("Copier")`);
  await shakyClick(page, copier.x, copier.y);

  await waitForStep(page, 5);
  await expectAccessible(page, `${lang} step 5`);
  expect(await feedback(page)).toContain(says.copied);
  expect(await page.locator('.souris-en-pratique .file-row:has-text("Lettre - copie.txt")').count()).toBe(1);
  await wheelToFacture(page);

  await expectAccessible(page, `${lang} step 6`);
  const close = await centreOf(page, CLOSE);
  await shakyClick(page, close.x, close.y);
  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
  await expectAccessible(page, `${lang} end screen`);
}

async function open(options: Parameters<typeof openPage>[1] = {}) {
  return openPage(browser, { reducedMotion: 'reduce', ...options });
}

describe('souris-en-pratique in Chromium', () => {
  it('is completed with the mouse; misses are explained and counted; the level is kept', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await expect.poll(() => page.getByRole('button', { name: 'Écouter encore' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/souris-en-pratique/steps.open.text.ogg'))).toBe(true);
    await completeSteadily(watched, 'fr');
    // 6 gestures done; 5 misses: too slow, dropped twice beside, a left click, « Renommer ».
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 11 essais.');
    // Opened after a miss: the double-click window stays the most generous one next time.
    await expect.poll(() => progress(page)).toMatchObject({ level: 0 });
    expectCleanRun(watched);
    await watched.close();
  });

  it('accepts the shakier gestures with « Mes mains tremblent », and narrows the window after a first-try double-click', async () => {
    const watched = await open();
    const { page } = watched;
    await withSettings(page, { shakyHands: true, narration: false });
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    // 1.5 s apart and 10 px to the side: refused above at the default settings, accepted here.
    const folder = await centreOf(page, DOCUMENTS);
    await twoClicks(page, folder.x, folder.y, 1500, 10);
    await waitForStep(page, 2);
    await expectAccessible(page, 'shaky step 2');
    const photos = await centreOf(page, PHOTOS);
    await dragPhotoTo(page, photos.x, photos.box.y + photos.box.height + 40);
    await waitForStep(page, 3);
    await slidRightClick(page, 16);
    await waitForStep(page, 4);
    const copier = await centreOf(page, `${MENU} [role="menuitem"]:text-is("Copier")`);
    await shakyClick(page, copier.x, copier.y);
    await waitForStep(page, 5);
    await wheelToFacture(page);
    const close = await centreOf(page, CLOSE);
    await shakyClick(page, close.x, close.y);
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 6 essais.');
    await expect.poll(() => progress(page)).toMatchObject({ level: 1, bestScore: 100 });
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the keyboard alone: Entrée, Maj+F10, arrows, Échap, Page suivante', async () => {
    const watched = await open({ viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await withSettings(page, { narration: false });
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Documents');
    expect(await page.locator(DOCUMENTS).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await waitForStep(page, 2);
    await expectAccessible(page, 'keyboard step 2 at 640 px');
    // Entrée picks the photo up; Entrée on « Photos » puts it down (Shift+Tab goes back to the folder).
    await tabTo(page, 'Vacances.jpg');
    await page.keyboard.press('Enter');
    expect(await page.locator(PHOTO).getAttribute('aria-pressed')).toBe('true');
    await shiftTabTo(page, 'Photos');
    await page.keyboard.press('Enter');
    await waitForStep(page, 3);
    await tabTo(page, 'Lettre.txt');
    await page.keyboard.press('Shift+F10');
    await waitForStep(page, 4);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ouvrir');
    await expectAccessible(page, 'keyboard step 4 at 640 px');
    // Échap closes the menu and gives the focus back to the file; the menu opens again.
    await page.keyboard.press('Escape');
    await waitForStep(page, 3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Lettre.txt');
    await page.keyboard.press('Shift+F10');
    await waitForStep(page, 4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForStep(page, 5);
    await shiftTabTo(page, 'Documents', 'group');
    for (let press = 0; press < 10 && (await page.locator('[role="progressbar"]').getAttribute('aria-valuenow')) === '5'; press += 1) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(150);
    }
    await waitForStep(page, 6);
    await expectAccessible(page, 'keyboard step 6 at 640 px');
    await shiftTabTo(page, 'Fermer');
    await page.keyboard.press('Enter');
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expect(await endHeading(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expectCleanRun(watched);
    await watched.close();
  });

  it('can be skipped to the end with the keyboard alone, the menu never taking the focus', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Passer cette étape');
    for (let step = 1; step <= 6; step += 1) {
      await waitForStep(page, step);
      if (step === 4) await expectAccessible(page, 'skipped to the open menu');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with a finger: double tap, finger drag, long press, tap, finger scroll', async () => {
    const watched = await open({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 900 } });
    const { page } = watched;
    await withSettings(page, { narration: false });
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => page.locator('.instruction-text').textContent()).toContain('touchez-le deux fois vite');
    await expectAccessible(page, 'touch step 1');
    // The phone's page is taller than its screen: bring each thing into view, as a finger would.
    const spot = async (selector: string) => {
      await page.locator(selector).scrollIntoViewIfNeeded();
      return centreOf(page, selector);
    };
    // Playwright only taps; Chromium's own touch input makes a finger's pointer events and scrolling.
    const cdp = await page.context().newCDPSession(page);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    const slide = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await finger('touchStart', from.x, from.y);
      for (let step = 1; step <= 12; step += 1) await finger('touchMove', from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
      await finger('touchEnd');
    };

    const folder = await spot(DOCUMENTS);
    await page.touchscreen.tap(folder.x, folder.y);
    await page.touchscreen.tap(folder.x + 6, folder.y + 4);
    await waitForStep(page, 2);
    await spot('.souris-en-pratique .desktop');
    await slide(await centreOf(page, PHOTO), await centreOf(page, PHOTOS));
    await waitForStep(page, 3);
    const lettre = await spot(LETTRE);
    await finger('touchStart', lettre.x, lettre.y);
    await page.waitForTimeout(900);
    await finger('touchEnd');
    await waitForStep(page, 4);
    await expectAccessible(page, 'touch step 4');
    const copier = await spot(`${MENU} [role="menuitem"]:text-is("Copier")`);
    await page.touchscreen.tap(copier.x, copier.y);
    await waitForStep(page, 5);
    const list = (await spot(LIST)).box;
    for (let swipe = 0; swipe < 6 && (await page.locator('[role="progressbar"]').getAttribute('aria-valuenow')) === '5'; swipe += 1) {
      await slide({ x: list.x + 60, y: list.y + list.height - 20 }, { x: list.x + 60, y: list.y + 20 });
      await page.waitForTimeout(300);
    }
    await waitForStep(page, 6);
    const close = await spot(CLOSE);
    await page.touchscreen.tap(close.x, close.y);
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the UI mirrors, the French desktop stays left to right', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => page.getByRole('button', { name: 'اِسْتَمِعْ مَرَّةً أُخْرَى' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/ar/souris-en-pratique/steps.open.text.ogg'))).toBe(true);
    const desktop = page.locator('.souris-en-pratique .desktop');
    expect(await desktop.evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['fr', 'ltr']);
    // Left to right inside the mirrored page: Documents and Photos on the left, the window on their right.
    await page.locator(DOCUMENTS).dblclick();
    await waitForStep(page, 2);
    expect((await centreOf(page, '.file-window')).x).toBeGreaterThan((await centreOf(page, PHOTOS)).x);
    const french = page.locator('.instruction-text bdi[lang="fr"]');
    expect(await french.allTextContents()).toEqual(['Vacances.jpg', 'Photos']);
    // « Recommencer », then the whole desktop with the mouse.
    await tabTo(page, 'اِبْدَأْ مِنْ جَدِيدٍ');
    await page.keyboard.press('Enter');
    await completeSteadily(watched, 'ar');
    expectCleanRun(watched);
    await watched.close();
  });
});

/** Shift+Tab until the element with this name has focus (the keyboard way back). */
async function shiftTabTo(page: Page, name: string, role: 'button' | 'group' = 'button') {
  const target = page.getByRole(role, { name, exact: true });
  for (let presses = 0; presses < 20; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`Shift+Tab never reached ${role} ${name}`);
}
