import { charAt, getLayout, howToType, isDead, keyName, type KeyCode, type Keystroke, type LayoutId } from '../../keyboard';

/** A sentence of the lesson's locale, with its values: the view translates it. */
export interface Said {
  key: string;
  values?: Record<string, string>;
}

const LONE_ACCENTS = ['^', '¨', '`', '~'];

/**
 * The keys for one character on the learner's keyboard, or null when it has no key for it. A
 * Windows Alt code (Alt + 0233) is not offered: too much to ask in a first lesson.
 */
export function strokesFor(char: string | undefined, layout: LayoutId): Keystroke[] | null {
  if (char === undefined) return null;
  const strokes = howToType(char, layout);
  return strokes && !strokes.some((stroke) => stroke.alt) ? strokes : null;
}

/** With Verr. Maj on, a capital is the key alone: the drawing shows the lock, not Maj. */
export const withCapsLock = (stroke: Keystroke): Keystroke => ({ code: stroke.code, shift: false, altGr: false, capsLock: true });

/** The name a learner reads on the key: « Maj », « Verr. Maj », the letter printed on it, or the character it types. */
export function keyLabel(layoutId: LayoutId, code: KeyCode, shift = false): string {
  const layout = getLayout(layoutId);
  const mapping = layout.chars[code];
  if (layout.names[code] || !mapping) return keyName(layout, code);
  const name = keyName(layout, code);
  if (name.length === 1 && name !== name.toLowerCase()) return name;
  const typed = shift ? mapping.shift : mapping.base;
  return typeof typed === 'string' ? typed : typed?.dead ?? name;
}

/** A character as the feedback names it: the space bar by its name. */
export const charLabel = (char: string, layout: LayoutId) => (char === ' ' ? keyLabel(layout, 'Space') : char);

/** How to type it, in words: « Gardez Maj enfoncé, puis appuyez sur M. » */
export function howTo(strokes: Keystroke[] | null, layout: LayoutId, char: string): Said {
  if (!strokes) return { key: 'feedback.noKey', values: { char: charLabel(char, layout) } };
  const [first, second] = strokes;
  const modifier = first.altGr ? keyLabel(layout, 'AltRight') : keyLabel(layout, 'ShiftLeft');
  const key = keyLabel(layout, (second ?? first).code, (second ?? first).shift);
  if (second) {
    const accent = keyLabel(layout, first.code, first.shift);
    return first.shift ? { key: 'feedback.how.deadHold', values: { modifier, accent, key } } : { key: 'feedback.how.dead', values: { accent, key } };
  }
  if (first.capsLock) return { key: 'feedback.how.lock', values: { lock: keyLabel(layout, 'CapsLock'), key: keyLabel(layout, first.code) } };
  if (first.shift || first.altGr) return { key: 'feedback.how.hold', values: { modifier, key } };
  return { key: 'feedback.how.press', values: { key } };
}

/**
 * The key to draw as the wrong one after a slip: the key that typed it, except for the accent of the
 * right dead key typed alone (^ then the space bar where ê was asked). That key was right; the one
 * after it typed nothing of its own, and the sentence (feedback.loneAccent) says what happened.
 */
export function wrongKeyOf(typed: string, code: string | null, strokes: Keystroke[] | null, layout: LayoutId): string | null {
  const [dead, letter] = strokes ?? [];
  if (!letter || code !== dead.code) return code;
  const printed = charAt(getLayout(layout), dead.code, { shift: dead.shift, altGr: dead.altGr });
  return isDead(printed) && printed.dead === typed ? null : code;
}

/**
 * Why a typed text is not the expected character, when the keys tell: an accent that did not go
 * on the letter (^z), an accent alone, Verr. Maj in the wrong state, Maj held too long, the accent forgotten.
 */
export function whyMissed(typed: string, expected: string, layout: LayoutId, capsLockStep = false): Said | null {
  const chars = [...typed];
  if (chars.length > 1 && LONE_ACCENTS.includes(chars[0])) {
    return { key: 'feedback.noCompose', values: { accent: chars[0], letter: chars.slice(1).join('') } };
  }
  if (LONE_ACCENTS.includes(typed) && !LONE_ACCENTS.includes(expected)) return { key: 'feedback.loneAccent', values: { accent: typed } };
  if (capsLockStep) return typed === expected.toLowerCase() && typed !== expected ? { key: 'feedback.capsOff' } : null;
  const [stroke] = strokesFor(expected, layout) ?? [];
  const mapping = stroke && getLayout(layout).chars[stroke.code];
  // The top row gives its digit (Verr. Maj on) where the accent was expected: 2 for é.
  if (stroke && !stroke.shift && !stroke.altGr && mapping?.shift === typed && typed.toLowerCase() === typed.toUpperCase()) {
    return { key: 'feedback.capsOn' };
  }
  if (typed !== expected && typed.toLowerCase() === expected) return { key: 'feedback.shiftHeld' };
  if (typed !== expected && expected.normalize('NFD').startsWith(typed)) return { key: 'feedback.noAccent' };
  return null;
}

/** Caps Lock, pressed once to turn it off. */
export const CAPS_LOCK_STROKE: Keystroke = { code: 'CapsLock', shift: false, altGr: false };

/**
 * Caps Lock is on, and it changes what `stroke` types: on a French keyboard it turns every key's
 * level over (the top row gives 1 alone and & with Maj), on a US one the letters. The lesson then
 * asks for Caps Lock first, as the keypad step asks for Num Lock. Alt Gr's characters stay as they are.
 */
export function capsLockInTheWay(layout: LayoutId, stroke: Keystroke | null, capsLock: boolean | undefined): boolean {
  if (!capsLock || !stroke || stroke.altGr) return false;
  const keys = getLayout(layout);
  return charAt(keys, stroke.code, { shift: stroke.shift }) !== charAt(keys, stroke.code, { shift: stroke.shift, capsLock: true });
}
