/**
 * glisser-deposer in Debian Chromium against the production build: real mouse drags at the
 * default settings and with « Mes mains tremblent », a finger, the keyboard alone, Arabic; axe
 * and the 44 px floor on every step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, centreOf, endHeading, expectAccessible, expectCleanRun, launch, openPage, tabTo, waitForStep, withSettings } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const LESSON = '#/lecons/glisser-deposer';
const ITEM = '.glisser-deposer .glisser-item';
const zone = (name: string) => `.glisser-deposer [data-zone="${name}"]`;
const feedback = (page: Page) => page.locator('.glisser-deposer .feedback').textContent();
const rightZone = async (page: Page) => ((await page.locator(ITEM).getAttribute('data-kind')) === 'photo' ? 'album' : 'folder');

type Spot = { x: number; y: number };

/** The centre of a thing or a place, the practice area scrolled into view first (small screens). */
async function at(page: Page, selector: string) {
  await page.locator('.glisser-deposer .practice-area').scrollIntoViewIfNeeded();
  return centreOf(page, selector);
}

/**
 * Press, carry, let go, with real mouse events. A shaky hand wobbles on the way and goes slowly.
 * The button can be kept down (`release: false`) to look at the screen in the middle of a drag.
 */
async function carry(page: Page, from: Spot, to: Spot, { shaky = false, release = true } = {}) {
  await page.mouse.move(from.x, from.y, { steps: 4 });
  await page.mouse.down();
  const steps = shaky ? 24 : 10;
  for (let step = 1; step <= steps; step += 1) {
    const wobble = shaky && step < steps ? (step % 2 === 0 ? 9 : -9) : 0;
    await page.mouse.move(from.x + ((to.x - from.x) * step) / steps + wobble, from.y + ((to.y - from.y) * step) / steps - wobble);
    if (shaky) await page.waitForTimeout(20);
  }
  if (release) await page.mouse.up();
}

/** A spot `gap` px outside the place, on the side the thing comes from: a release a little short. */
async function shortOf(page: Page, name: string, gap: number): Promise<Spot> {
  const place = await at(page, zone(name));
  const item = await at(page, ITEM);
  const x = item.x < place.x ? place.box.x - gap : place.box.x + place.box.width + gap;
  return { x, y: place.y };
}

async function open(options: Parameters<typeof openPage>[1] = {}) {
  return openPage(browser, { reducedMotion: 'reduce', ...options });
}

/** Steps 3 and 4 with the mouse, checking that things get smaller but never under 44 px. */
async function sortAndBin(page: Page, lang: string, { shaky = false } = {}) {
  await waitForStep(page, 3);
  await expectAccessible(page, `${lang} step 3`);
  const widths: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    const place = await rightZone(page);
    widths.push((await at(page, zone(place))).box.width);
    const to = shaky ? await shortOf(page, place, 40) : await at(page, zone(place));
    await carry(page, await at(page, ITEM), to, { shaky });
  }
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(44);
  expect(widths.at(-1)).toBeLessThan(widths[0]);

  await waitForStep(page, 4);
  await expectAccessible(page, `${lang} step 4`);
  await carry(page, await at(page, ITEM), shaky ? await shortOf(page, 'bin', 40) : await at(page, zone('bin')), { shaky });
  await expect.poll(() => endHeading(page).isVisible()).toBe(true);
  await expectAccessible(page, `${lang} end screen`);
}

describe('glisser-deposer in Chromium', () => {
  it('is completed with the mouse: a click, a drop a little short and a wrong place all come back kindly', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expectAccessible(page, 'fr step 1');
    await expect.poll(() => watched.requested.some((url) => url.endsWith('audio/fr/glisser-deposer/steps.hold.text.ogg'))).toBe(true);

    // A click is not a drag: the step waits, and says why.
    const home = await at(page, ITEM);
    await page.mouse.click(home.x, home.y);
    await expect.poll(() => feedback(page)).toContain('lâché le bouton trop tôt');
    await waitForStep(page, 1);

    // Held and moved: the next step comes while the button is still down; the album reacts.
    const album = await at(page, zone('album'));
    await carry(page, home, album, { release: false });
    await waitForStep(page, 2);
    await expect.poll(() => page.locator(zone('album')).getAttribute('class')).toContain('is-over');
    // Let go 40 px short of the album: too far for steady hands, so the photo glides back home.
    const short = await shortOf(page, 'album', 40);
    await page.mouse.move(short.x, short.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => feedback(page)).toContain('La photo est revenue à sa place.');
    await expect.poll(async () => (await at(page, ITEM)).box).toEqual(home.box);
    await expectAccessible(page, 'fr step 2');
    await carry(page, home, album);

    // A photo put in the mail folder comes back too.
    await waitForStep(page, 3);
    expect(await page.locator(ITEM).getAttribute('data-kind')).toBe('photo');
    await carry(page, await at(page, ITEM), await at(page, zone('folder')));
    await expect.poll(() => feedback(page)).toContain("Cette photo va dans l'album Photos.");
    await carry(page, await at(page, ITEM), await at(page, zone('album')));
    await expect.poll(() => feedback(page)).toContain('les choses deviennent plus petites');
    await carry(page, await at(page, ITEM), await at(page, zone(await rightZone(page))));
    // The two things already put away are still there, drawn in their places.
    expect(await page.locator(`${zone('album')} .glisser-contents svg`).count()).toBe(2);
    expect(await page.locator(`${zone('folder')} .glisser-contents svg`).count()).toBe(1);
    for (let round = 2; round < 6; round += 1) {
      await carry(page, await at(page, ITEM), await at(page, zone(await rightZone(page))));
    }
    await waitForStep(page, 4);
    await expectAccessible(page, 'fr step 4');
    await carry(page, await at(page, ITEM), await at(page, zone('bin')));
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    // 8 drops that landed, and 3 tries that came back (the click, the short drop, the wrong place).
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 11 essais.');
    await expectAccessible(page, 'fr end screen');
    expectCleanRun(watched);
    await watched.close();
  });

  it('with « Mes mains tremblent »: a trembling press stays a press, wobbly drops a little short still land', async () => {
    const watched = await open();
    const { page } = watched;
    await withSettings(page, { shakyHands: true });
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expectAccessible(page, 'shaky step 1');

    // A press that trembles by 15 px: steady hands would have started a drag, shaky ones have not.
    const home = await at(page, ITEM);
    await page.mouse.move(home.x, home.y);
    await page.mouse.down();
    await page.mouse.move(home.x + 15, home.y - 6);
    await page.mouse.move(home.x - 8, home.y + 12);
    await page.mouse.up();
    await expect.poll(() => feedback(page)).toContain('trop tôt');
    await waitForStep(page, 1);

    await carry(page, home, await at(page, zone('album')), { shaky: true, release: false });
    await waitForStep(page, 2);
    await expectAccessible(page, 'shaky step 2');
    // Let go 40 px short of the album: within the widened margin, it lands.
    const short = await shortOf(page, 'album', 40);
    await page.mouse.move(short.x, short.y, { steps: 8 });
    await page.mouse.up();
    await sortAndBin(page, 'shaky', { shaky: true });
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez fait 9 essais.');
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with a finger on a touch screen, with the « touchez » wording', async () => {
    const watched = await open({ hasTouch: true, viewport: { width: 640, height: 900 } });
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expect.poll(() => page.locator('.instruction-text').textContent()).toContain('Posez le doigt sur la photo');
    await expectAccessible(page, 'touch step 1');
    // Playwright only taps; Chromium's own touch input makes the pointer events of a finger drag.
    const touch = await page.context().newCDPSession(page);
    const drag = async (from: Spot, to: Spot) => {
      const point = (x: number, y: number) => ({ touchPoints: [{ x, y, id: 1 }] });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', ...point(from.x, from.y) });
      for (let step = 1; step <= 10; step += 1) {
        const at = point(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at });
      }
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await drag(await at(page, ITEM), await at(page, zone('album')));
    await waitForStep(page, 3);
    for (let round = 0; round < 6; round += 1) await drag(await at(page, ITEM), await at(page, zone(await rightZone(page))));
    await waitForStep(page, 4);
    await drag(await at(page, ITEM), await at(page, zone('bin')));
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    expectCleanRun(watched);
    await watched.close();
  });

  it('is completed with the keyboard alone: Entrée takes, Tab or arrows go, Entrée puts down, Échap cancels', async () => {
    const watched = await open();
    const { page } = watched;
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await tabTo(page, 'Vacances.jpg');
    expect(await page.locator(ITEM).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await waitForStep(page, 2);
    await expect.poll(() => feedback(page)).toContain('Vous tenez le fichier Vacances.jpg.');
    await expectAccessible(page, 'keyboard, photo taken');
    await page.keyboard.press('Escape');
    await expect.poll(() => feedback(page)).toBe('Le fichier Vacances.jpg est revenu à sa place.');
    expect(await page.locator(ITEM).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(zone('album')).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await waitForStep(page, 3);
    for (let round = 0; round < 6; round += 1) {
      // The next thing has the focus already: no hunting for it.
      expect(await page.locator(ITEM).evaluate((element) => element === document.activeElement)).toBe(true);
      const place = await rightZone(page);
      await page.keyboard.press('Enter');
      await tabTo(page, place === 'album' ? 'Photos' : 'Courrier');
      await page.keyboard.press('Enter');
    }
    await waitForStep(page, 4);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Corbeille');
    await expectAccessible(page, 'keyboard step 4, draft taken');
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
    for (let step = 1; step <= 4; step += 1) {
      await waitForStep(page, step);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => endHeading(page).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.end-screen').textContent()).toContain('Vous avez passé les exercices');
    expectCleanRun(watched);
    await watched.close();
  });

  it('works in Arabic: the desktop mirrors, French names stay left to right', async () => {
    const watched = await open({ viewport: { width: 640, height: 450 } });
    const { page } = watched;
    await withSettings(page, { language: 'ar' });
    await page.goto(`${baseUrl()}${LESSON}`);
    await waitForStep(page, 1);
    await expectAccessible(page, 'ar step 1');
    const photo = await at(page, ITEM);
    const album = await at(page, zone('album'));
    // The thing starts on the reading side (the right), its place is towards the end (the left).
    expect(photo.x).toBeGreaterThan(album.x);
    const name = page.locator(`${ITEM} [lang="fr"]`);
    expect(await name.textContent()).toBe('Vacances.jpg');
    expect(await name.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await carry(page, await at(page, ITEM), await at(page, zone('album')));
    await sortAndBin(page, 'ar');
    expectCleanRun(watched);
    await watched.close();
  });
});
