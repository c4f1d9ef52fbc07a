import { NUMPAD_CHARS } from './numpad';
import { FRENCH_KEY_NAMES } from './names-fr';
import type { Layout } from './types';

/**
 * « Français (France) » AZERTY as Windows types it (KBDFR), the layout of French library PCs.
 * Linux's `fr` layout types the same on these levels; macOS AZERTY is a different layout.
 */
export const FR_AZERTY: Layout = {
  id: 'fr-azerty',
  title: 'AZERTY (France)',
  lang: 'fr',
  hasAltGr: true,
  // Windows: Caps Lock is a shift lock everywhere but ² and <>; hence no É with Verr. Maj.
  capsLock: { kind: 'shiftLock', except: ['Backquote', 'IntlBackslash'] },
  names: FRENCH_KEY_NAMES,
  chars: {
    Backquote: { base: '²' },
    Digit1: { base: '&', shift: '1' },
    Digit2: { base: 'é', shift: '2', altGr: { dead: '~' } },
    Digit3: { base: '"', shift: '3', altGr: '#' },
    Digit4: { base: "'", shift: '4', altGr: '{' },
    Digit5: { base: '(', shift: '5', altGr: '[' },
    Digit6: { base: '-', shift: '6', altGr: '|' },
    Digit7: { base: 'è', shift: '7', altGr: { dead: '`' } },
    Digit8: { base: '_', shift: '8', altGr: '\\' },
    Digit9: { base: 'ç', shift: '9', altGr: '^' },
    Digit0: { base: 'à', shift: '0', altGr: '@' },
    Minus: { base: ')', shift: '°', altGr: ']' },
    Equal: { base: '=', shift: '+', altGr: '}' },
    KeyQ: { base: 'a', shift: 'A' }, KeyW: { base: 'z', shift: 'Z' }, KeyE: { base: 'e', shift: 'E', altGr: '€' },
    KeyR: { base: 'r', shift: 'R' }, KeyT: { base: 't', shift: 'T' }, KeyY: { base: 'y', shift: 'Y' },
    KeyU: { base: 'u', shift: 'U' }, KeyI: { base: 'i', shift: 'I' }, KeyO: { base: 'o', shift: 'O' },
    KeyP: { base: 'p', shift: 'P' },
    BracketLeft: { base: { dead: '^' }, shift: { dead: '¨' } },
    BracketRight: { base: '$', shift: '£', altGr: '¤' },
    KeyA: { base: 'q', shift: 'Q' }, KeyS: { base: 's', shift: 'S' }, KeyD: { base: 'd', shift: 'D' },
    KeyF: { base: 'f', shift: 'F' }, KeyG: { base: 'g', shift: 'G' }, KeyH: { base: 'h', shift: 'H' },
    KeyJ: { base: 'j', shift: 'J' }, KeyK: { base: 'k', shift: 'K' }, KeyL: { base: 'l', shift: 'L' },
    Semicolon: { base: 'm', shift: 'M' },
    Quote: { base: 'ù', shift: '%' },
    Backslash: { base: '*', shift: 'µ' },
    IntlBackslash: { base: '<', shift: '>' },
    KeyZ: { base: 'w', shift: 'W' }, KeyX: { base: 'x', shift: 'X' }, KeyC: { base: 'c', shift: 'C' },
    KeyV: { base: 'v', shift: 'V' }, KeyB: { base: 'b', shift: 'B' }, KeyN: { base: 'n', shift: 'N' },
    KeyM: { base: ',', shift: '?' },
    Comma: { base: ';', shift: '.' },
    Period: { base: ':', shift: '/' },
    Slash: { base: '!', shift: '§' },
    Space: { base: ' ' },
    ...NUMPAD_CHARS,
  },
};
