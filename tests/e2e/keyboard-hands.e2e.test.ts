/** The AZERTY hands used by the keyboard lessons' browser tests type what a French learner types. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readAll, recordEvent, type RecordedEvent } from '../../src/keyboard';
import { launch } from './browser';
import { typeOnAzerty } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

it('types accents with the dead key, @ with Alt Gr and digits with Shift, as the reader sees them', async () => {
  const page = await browser.newPage();
  await page.setContent('<input id="field" aria-label="field">');
  await page.exposeFunction('record', (event: RecordedEvent) => events.push(event));
  const events: RecordedEvent[] = [];
  await page.evaluate((types) => {
    const field = document.getElementById('field')!;
    for (const type of types) {
      field.addEventListener(type, (event) => {
        const e = event as KeyboardEvent & InputEvent;
        // @ts-expect-error -- exposed above
        window.record({ type, code: e.code, key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, repeat: e.repeat, data: e.data, inputType: e.inputType });
      });
    }
    field.focus();
  }, ['keydown', 'keyup', 'beforeinput', 'input']);
  await typeOnAzerty(page, 'Noël fenêtre @ 06');
  await page.waitForTimeout(100);
  const typed = readAll(events.map((event) => recordEvent(event as never) ?? event), 'fr-azerty')
    .filter((fact) => fact.kind === 'char')
    .map((fact) => (fact.kind === 'char' ? fact.char : ''))
    .join('');
  expect(typed).toBe('Noël fenêtre @ 06');
  await page.close();
});
