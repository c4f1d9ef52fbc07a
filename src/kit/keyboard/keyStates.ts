import { shiftFor, type Keystroke } from '../../keyboard';

/**
 * What each key shows: the key to press, the modifier to hold (or lock), the wrong key just
 * pressed. Each has its own border and pattern, so that colour is never the only cue.
 */
export type KeyState = 'target' | 'hold' | 'lock' | 'wrong';

/** The states of the keystroke to make (the wrong key's mark is drawn apart, by the key handler). */
export type MarkState = Exclude<KeyState, 'wrong'>;

/** The marks of the keystroke to make. (The wrong key has its own mark, drawn above these.) */
export function keyStates(highlight: Keystroke | null | undefined): Map<string, MarkState> {
  const states = new Map<string, MarkState>();
  if (highlight) {
    if (highlight.shift) states.set(shiftFor(highlight.code), 'hold');
    if (highlight.altGr) states.set('AltRight', 'hold');
    if (highlight.alt) states.set('AltLeft', 'hold');
    if (highlight.capsLock) states.set('CapsLock', 'lock');
    states.set(highlight.code, 'target');
  }
  return states;
}
