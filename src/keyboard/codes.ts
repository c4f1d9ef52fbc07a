/**
 * Every physical key Pas à pas draws or reads, named by `KeyboardEvent.code`: the code names the
 * key's place on the board, whatever the layout prints on it (KeyQ is « A » on AZERTY).
 * The function row is left out on purpose: no lesson asks for it.
 */
export const KEY_CODES = [
  // Main block, row by row, left to right.
  'Backquote', 'Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0', 'Minus', 'Equal', 'Backspace',
  'Tab', 'KeyQ', 'KeyW', 'KeyE', 'KeyR', 'KeyT', 'KeyY', 'KeyU', 'KeyI', 'KeyO', 'KeyP', 'BracketLeft', 'BracketRight', 'Enter',
  'CapsLock', 'KeyA', 'KeyS', 'KeyD', 'KeyF', 'KeyG', 'KeyH', 'KeyJ', 'KeyK', 'KeyL', 'Semicolon', 'Quote', 'Backslash',
  'ShiftLeft', 'IntlBackslash', 'KeyZ', 'KeyX', 'KeyC', 'KeyV', 'KeyB', 'KeyN', 'KeyM', 'Comma', 'Period', 'Slash', 'ShiftRight',
  'ControlLeft', 'MetaLeft', 'AltLeft', 'Space', 'AltRight', 'MetaRight', 'ContextMenu', 'ControlRight',
  // Editing keys above the arrows.
  'Insert', 'Home', 'PageUp', 'Delete', 'End', 'PageDown',
  'ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight',
  // Numeric keypad.
  'NumLock', 'NumpadDivide', 'NumpadMultiply', 'NumpadSubtract',
  'Numpad7', 'Numpad8', 'Numpad9', 'NumpadAdd',
  'Numpad4', 'Numpad5', 'Numpad6',
  'Numpad1', 'Numpad2', 'Numpad3', 'NumpadEnter',
  'Numpad0', 'NumpadDecimal',
] as const;

export type KeyCode = (typeof KEY_CODES)[number];

const known: ReadonlySet<string> = new Set(KEY_CODES);

/** Narrows a code read from an event (any string) to a key we know. */
export function isKeyCode(code: string): code is KeyCode {
  return known.has(code);
}
