import type { CDPSession, Page } from 'playwright-core';
import { charAt, compose, getLayout, howToType, isDead, isKeyCode, type Keystroke } from '../../src/keyboard';

/**
 * A French AZERTY learner's hands for browser tests. Playwright types as a US keyboard and knows
 * no dead keys, so keys go through CDP `Input.dispatchKeyEvent` exactly as Windows sends them
 * (src/keyboard/browser-events.md): ^ is a `Dead` keydown, then the letter arrives as `ê`; Alt Gr
 * is Ctrl + Alt with the typed character as the key. Chromium on Linux gives no `input` event for
 * Ctrl + Alt: the typing reader then takes the character from the keydown, as it does on Windows.
 */
const ALT = 1;
const CTRL = 2;
const SHIFT = 8;
const layout = getLayout('fr-azerty');

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * Presses one keystroke (with its modifiers); `pendingAccent` is a dead key waiting for it. Held
 * down, the key repeats `repeats` more times before it is released, as Windows sends it (`repeat`).
 */
async function stroke(page: Page, keystroke: Keystroke, pendingAccent: string | null, repeats = 0): Promise<string | null> {
  const session = await cdp(page);
  const send = (params: Parameters<CDPSession['send']>[1] & { type: 'keyDown' | 'rawKeyDown' | 'keyUp' }) => session.send('Input.dispatchKeyEvent', params as never);
  if (!isKeyCode(keystroke.code)) throw new Error(`unknown key ${keystroke.code}`);
  const produced = charAt(layout, keystroke.code, { shift: keystroke.shift, altGr: keystroke.altGr });
  const modifiers = (keystroke.shift ? SHIFT : 0) | (keystroke.altGr ? CTRL | ALT : 0);
  if (keystroke.shift) await send({ type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', modifiers: SHIFT, windowsVirtualKeyCode: 16 });
  if (keystroke.altGr) {
    await send({ type: 'rawKeyDown', key: 'Control', code: 'ControlLeft', modifiers: CTRL, windowsVirtualKeyCode: 17 });
    await send({ type: 'rawKeyDown', key: 'AltGraph', code: 'AltRight', modifiers: CTRL | ALT, windowsVirtualKeyCode: 18 });
  }
  let waiting: string | null = null;
  if (produced === undefined) throw new Error(`${keystroke.code} types nothing`);
  if (isDead(produced)) {
    await send({ type: 'rawKeyDown', key: 'Dead', code: keystroke.code, modifiers });
    await send({ type: 'keyUp', key: 'Dead', code: keystroke.code, modifiers });
    waiting = produced.dead;
  } else {
    const text = pendingAccent ? compose(pendingAccent, produced) : produced;
    await send({ type: 'keyDown', key: text, code: keystroke.code, text, unmodifiedText: text, modifiers });
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      await send({ type: 'keyDown', key: produced, code: keystroke.code, text: produced, unmodifiedText: produced, modifiers, autoRepeat: true });
    }
    await send({ type: 'keyUp', key: produced, code: keystroke.code, modifiers });
  }
  if (keystroke.altGr) {
    await send({ type: 'keyUp', key: 'AltGraph', code: 'AltRight', modifiers: CTRL, windowsVirtualKeyCode: 18 });
    await send({ type: 'keyUp', key: 'Control', code: 'ControlLeft', modifiers: 0, windowsVirtualKeyCode: 17 });
  }
  if (keystroke.shift) await send({ type: 'keyUp', key: 'Shift', code: 'ShiftLeft', modifiers: 0, windowsVirtualKeyCode: 16 });
  return waiting;
}

/** Types text on a French AZERTY keyboard, key by key: « fenêtre » presses ^ then e; « @ » is Alt Gr + à. */
export async function typeOnAzerty(page: Page, text: string) {
  for (const char of text) {
    const strokes = howToType(char, layout);
    if (!strokes) throw new Error(`« ${char} » cannot be typed on AZERTY`);
    let pending: string | null = null;
    for (const keystroke of strokes) pending = await stroke(page, keystroke, pending);
  }
}

/** Holds down the key of one character (a, or Maj + 1) on AZERTY long enough for it to repeat `repeats` times. */
export async function holdOnAzerty(page: Page, char: string, repeats: number) {
  const strokes = howToType(char, layout);
  if (strokes?.length !== 1) throw new Error(`« ${char} » is not one keystroke on AZERTY`);
  await stroke(page, strokes[0], null, repeats);
}
