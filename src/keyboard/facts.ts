/** What the typing reader tells a lesson, one fact at a time. */

/** Keys that act instead of typing: a lesson asks for them by name. */
export const ACTION_KEYS = [
  'Enter', 'NumpadEnter', 'Backspace', 'Delete', 'Tab', 'Space', 'Escape',
  'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown',
  'CapsLock', 'NumLock',
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

/**
 * How a character got typed: one key (with Shift or not), a dead key then a key, Alt Gr (or
 * macOS Option), an input method's composition that did not start with a dead key, or a Windows
 * Alt code (Alt + 0201 on the keypad).
 */
export type TypingVia = 'direct' | 'deadKey' | 'altGr' | 'composition' | 'altCode';

export type TypingFact =
  /** A character entered the text. `code` is the key that finished it (null if unknown). */
  | { kind: 'char'; char: string; code: string | null; via: TypingVia }
  /** An action key went down (Space too: it also gives a ' ' char, unless it finishes a dead key). */
  | { kind: 'key'; code: ActionKey; shift: boolean }
  /** A dead key went down and waits for the next key; accent is null when the layout is unknown. */
  | { kind: 'deadKeyPending'; accent: string | null; code: string | null }
  /** A key held down repeats: its repeated characters are not reported as chars. */
  | { kind: 'repeat'; code: string }
  /** Caps Lock or Num Lock changed (or was seen for the first time). */
  | { kind: 'modifiers'; capsLock: boolean; numLock: boolean }
  /** Ctrl or ⌘ with a key (Ctrl + C): a command, not typing. Alt Gr is never one. */
  | { kind: 'shortcut'; code: string; key: string; shift: boolean };
