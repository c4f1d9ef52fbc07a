import { shiftFor, type Keystroke } from '../../keyboard';

/**
 * What each key shows: the key to press, the modifier to hold (or lock), the wrong key just
 * pressed. Each has its own border and pattern, so that colour is never the only cue.
 */
export type KeyState = 'target' | 'hold' | 'lock' | 'wrong';

export function keyStates(highlight: Keystroke | null | undefined, wrong: string | null | undefined): Map<string, KeyState> {
  const states = new Map<string, KeyState>();
  if (highlight) {
    if (highlight.shift) states.set(shiftFor(highlight.code), 'hold');
    if (highlight.altGr) states.set('AltRight', 'hold');
    if (highlight.alt) states.set('AltLeft', 'hold');
    if (highlight.capsLock) states.set('CapsLock', 'lock');
    states.set(highlight.code, 'target');
  }
  // The wrong key wins: the learner must see what they pressed, beside what was expected.
  if (wrong) states.set(wrong, 'wrong');
  return states;
}
