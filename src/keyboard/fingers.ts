import type { KeyCode } from './codes';

/** The ten fingers, for hints (« index gauche »); the view translates them. */
export const FINGERS = [
  'leftPinky', 'leftRing', 'leftMiddle', 'leftIndex', 'leftThumb',
  'rightThumb', 'rightIndex', 'rightMiddle', 'rightRing', 'rightPinky',
] as const;
export type Finger = (typeof FINGERS)[number];

/**
 * Touch-typing columns by physical key, so they hold for every layout. The numeric keypad is for
 * the right hand, index on 4. Keys no hint needs (Windows, Menu, Insert…) have no finger.
 */
const COLUMNS: Readonly<Record<Finger, readonly KeyCode[]>> = {
  leftPinky: ['Backquote', 'Digit1', 'Tab', 'KeyQ', 'CapsLock', 'KeyA', 'ShiftLeft', 'IntlBackslash', 'KeyZ', 'ControlLeft'],
  leftRing: ['Digit2', 'KeyW', 'KeyS', 'KeyX'],
  leftMiddle: ['Digit3', 'KeyE', 'KeyD', 'KeyC'],
  leftIndex: ['Digit4', 'Digit5', 'KeyR', 'KeyT', 'KeyF', 'KeyG', 'KeyV', 'KeyB'],
  leftThumb: ['AltLeft'],
  // Space is pressed by either thumb; hints name the right one, the usual habit.
  rightThumb: ['Space', 'AltRight', 'Numpad0'],
  rightIndex: ['Digit6', 'Digit7', 'KeyY', 'KeyU', 'KeyH', 'KeyJ', 'KeyN', 'KeyM', 'ArrowLeft', 'NumLock', 'Numpad7', 'Numpad4', 'Numpad1'],
  rightMiddle: ['Digit8', 'KeyI', 'KeyK', 'Comma', 'ArrowUp', 'ArrowDown', 'NumpadDivide', 'Numpad8', 'Numpad5', 'Numpad2', 'Delete'],
  rightRing: ['Digit9', 'KeyO', 'KeyL', 'Period', 'ArrowRight', 'NumpadMultiply', 'Numpad9', 'Numpad6', 'Numpad3', 'NumpadDecimal'],
  rightPinky: [
    'Digit0', 'Minus', 'Equal', 'Backspace', 'KeyP', 'BracketLeft', 'BracketRight', 'Enter', 'Semicolon', 'Quote',
    'Backslash', 'Slash', 'ShiftRight', 'ControlRight', 'NumpadSubtract', 'NumpadAdd', 'NumpadEnter',
  ],
};

const fingerByCode = new Map<KeyCode, Finger>(
  Object.entries(COLUMNS).flatMap(([finger, codes]) => codes.map((code) => [code, finger as Finger] as const)),
);

/** Which finger presses a key, or null for keys without a habit worth teaching. */
export function fingerFor(code: KeyCode): Finger | null {
  return fingerByCode.get(code) ?? null;
}

/** The Shift to hold for a key: the one under the other hand, so one hand never stretches for both. */
export function shiftFor(code: KeyCode): 'ShiftLeft' | 'ShiftRight' {
  return fingerFor(code)?.startsWith('left') ? 'ShiftRight' : 'ShiftLeft';
}
