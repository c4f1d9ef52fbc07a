import type { KeyCode } from '../codes';
import type { KeyMapping } from './types';

/** The numeric keypad with Num Lock on; it types the same on every layout we draw. */
export const NUMPAD_CHARS: Readonly<Partial<Record<KeyCode, KeyMapping>>> = {
  Numpad0: { base: '0' }, Numpad1: { base: '1' }, Numpad2: { base: '2' }, Numpad3: { base: '3' }, Numpad4: { base: '4' },
  Numpad5: { base: '5' }, Numpad6: { base: '6' }, Numpad7: { base: '7' }, Numpad8: { base: '8' }, Numpad9: { base: '9' },
  NumpadDecimal: { base: '.' },
  NumpadAdd: { base: '+' },
  NumpadSubtract: { base: '-' },
  NumpadMultiply: { base: '*' },
  NumpadDivide: { base: '/' },
};
