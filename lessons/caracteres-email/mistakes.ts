import { getLayout, type Keystroke, type LayoutId } from '../../src/kit/keyboard';

export type SameKeyMistake = 'shiftNotAltGr' | 'needAltGr' | 'needShift' | 'noShift';

/**
 * The right key with the wrong modifier, the commonest slip here: Maj + à gives 0, not @; the
 * 6 key with Maj gives 6, not -. Null when another key was pressed (or the key is unknown).
 */
export function sameKeyMistake(layoutId: LayoutId, expected: Keystroke, typed: string, code: string | null): SameKeyMistake | null {
  if (code !== expected.code) return null;
  const mapping = getLayout(layoutId).chars[expected.code];
  const withShift = mapping?.shift === typed;
  if (expected.altGr) return withShift ? 'shiftNotAltGr' : 'needAltGr';
  if (expected.shift) return withShift ? null : 'needShift';
  return withShift ? 'noShift' : null;
}
