/** Every page in Chromium: axe and 44 px at 100 % and 200 % zoom, storage failures, sub-paths. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PAGES = [
  { name: 'home', hash: '#/', ready: 'Bienvenue !' },
  { name: 'catalogue', hash: '#/lecons', ready: 'Les leçons' },
  { name: 'settings', hash: '#/reglages', ready: 'Réglages' },
];

describe.each([
  { zoom: '100 %', viewport: { width: 1280, height: 900 } },
  // 200 % zoom on a 1280 px wide screen leaves 640 CSS px.
  { zoom: '200 %', viewport: { width: 640, height: 450 } },
])('pages at $zoom', ({ zoom, viewport }) => {
  it.each(PAGES)('$name has no axe violation, 44 px targets and no horizontal scroll', async ({ name, hash, ready }) => {
    const watched = await openPage(browser, { viewport });
    const { page } = watched;
    await page.goto(`${baseUrl()}${hash}`);
    await page.getByRole('heading', { level: 1, name: ready }).waitFor();
    await expectAccessible(page, `${name} at ${zoom}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(watched.errors).toEqual([]);
    expect(watched.foreign).toEqual([]);
    await watched.close();
  });

  it('the lesson has no axe violation and 44 px targets', async () => {
    const watched = await openPage(browser, { viewport });
    const { page } = watched;
    await page.goto(`${baseUrl()}#/lecons/premiers-clics`);
    await page.locator('.move-pad').waitFor();
    await expectAccessible(page, `lesson at ${zoom}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole('button', { name: 'Quitter' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, `quit dialog at ${zoom}`);
    await watched.close();
  });
});

describe('stored data', () => {
  it('corrupt progress in storage leads to a notice, not a blank page', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await page.addInitScript(() => window.localStorage.setItem('pas-a-pas.progress', '{"version":1,"lessons":{"premiers-clics":{"completions":"'));
    await page.goto(baseUrl());
    await page.getByText("Vos progrès n'ont pas pu être lus.", { exact: false }).waitFor();
    await expectAccessible(page, 'home with notice');
    await page.getByRole('link', { name: 'Commencer' }).click();
    await page.locator('.move-pad').waitFor();
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('the chosen language and text size persist across a reload', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${baseUrl()}#/reglages`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: 'Very large' }).check();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.textSize])).toEqual(['en', 'xlarge']);
    await expectAccessible(page, 'settings, very large text, English');
    await watched.close();
  });
});

describe('delivery', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // A plain static server that knows nothing of the app, serving dist/ under a sub-path.
    server = createServer(async (request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!path.startsWith('/une/bibliotheque/')) return void response.writeHead(404).end();
      const file = normalize(join('dist', path.slice('/une/bibliotheque/'.length) || 'index.html'));
      try {
        const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ogg': 'audio/ogg', '.svg': 'image/svg+xml', '.json': 'application/json' };
        response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/une/bibliotheque/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs from any static server and sub-path, with no server configuration', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${url}#/lecons/premiers-clics`);
    await page.locator('.move-pad').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Écouter encore' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => watched.requested.some((request) => request.startsWith(`${url}audio/fr/premiers-clics/`))).toBe(true);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
