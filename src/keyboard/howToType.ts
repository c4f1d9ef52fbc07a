import type { KeyCode } from './codes';
import { decompose } from './compose';
import { getLayout, isDead, type KeyChar, type Layout, type LayoutId } from './layouts';
import { altCodeFor } from './altCodes';

/** One key press, with what must be held (or locked) while pressing it. */
export interface Keystroke {
  code: KeyCode;
  shift: boolean;
  altGr: boolean;
  /** Verr. Maj must be on: Linux AZERTY types É as Verr. Maj + é. */
  capsLock?: true;
  /** Hold the left Alt: a Windows Alt code, typed digit by digit on the keypad with Verr. Num on. */
  alt?: true;
}

/**
 * Windows is the library PC. Linux differs only where Caps Lock is concerned: it capitalises é,
 * where Windows gives 2 (its Caps Lock is a shift lock on the digit row).
 */
export type TypingSystem = 'windows' | 'linux';

export interface HowToTypeOptions {
  system?: TypingSystem;
}

const LEVELS = [
  { level: 'base', shift: false, altGr: false },
  { level: 'shift', shift: true, altGr: false },
  { level: 'altGr', shift: false, altGr: true },
  { level: 'shiftAltGr', shift: true, altGr: true },
] as const;

const sameChar = (a: KeyChar | undefined, b: KeyChar) =>
  a !== undefined && (isDead(a) && isDead(b) ? a.dead === b.dead : a === b);

/**
 * The one key that types `wanted` (a character or a dead key): the main block before the keypad
 * (which needs Verr. Num), then the fewest modifiers.
 */
function findKey(layout: Layout, wanted: KeyChar): Keystroke | null {
  const entries = Object.entries(layout.chars);
  const onKeypad = ([code]: [string, unknown]) => code.startsWith('Numpad');
  for (const block of [entries.filter((entry) => !onKeypad(entry)), entries.filter(onKeypad)]) {
    for (const { level, shift, altGr } of LEVELS) {
      const found = block.find(([, mapping]) => sameChar(mapping?.[level], wanted));
      if (found) return { code: found[0] as KeyCode, shift, altGr };
    }
  }
  return null;
}

/**
 * The keys to press, in order, to type one character on a layout; null when it cannot be typed.
 * Routes, simplest first: one key; a dead key then a letter (ê = ^ then e); a dead key then the
 * space bar for a lone accent (¨); on Linux, Verr. Maj + the small letter (É); on Windows, an Alt
 * code (É = Alt + 0201), because the Windows French layout has no other way to type É or Ç.
 */
export function howToType(char: string, layoutId: LayoutId | Layout, options: HowToTypeOptions = {}): Keystroke[] | null {
  const layout = typeof layoutId === 'string' ? getLayout(layoutId) : layoutId;
  const system = options.system ?? 'windows';
  const direct = findKey(layout, char);
  if (direct) return [direct];

  const parts = decompose(char);
  if (parts) {
    const deadKey = findKey(layout, { dead: parts.accent });
    const base = findKey(layout, parts.base);
    if (deadKey && base) return [deadKey, base];
  }
  const loneAccent = findKey(layout, { dead: char });
  if (loneAccent) return [loneAccent, { code: 'Space', shift: false, altGr: false }];

  const lower = char.toLowerCase();
  if (system === 'linux' && lower !== char) {
    const small = findKey(layout, lower);
    if (small && !small.shift && !small.altGr) return [{ ...small, capsLock: true }];
  }
  const altCode = system === 'windows' ? altCodeFor(char) : null;
  if (altCode) {
    return [...altCode].map((digit) => ({ code: `Numpad${digit}` as KeyCode, shift: false, altGr: false, alt: true }));
  }
  return null;
}

/** Every character's keystrokes for a whole text, or null if one of them cannot be typed. */
export function howToTypeText(text: string, layoutId: LayoutId | Layout, options: HowToTypeOptions = {}): Keystroke[][] | null {
  const routes = [...text].map((char) => howToType(char, layoutId, options));
  return routes.every((route) => route !== null) ? (routes as Keystroke[][]) : null;
}
