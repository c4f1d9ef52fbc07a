import type { KeyCode } from '../codes';
import type { KeyName } from './types';

/** Keys without a character, named as US/UK PC keyboards print them. */
export const ENGLISH_KEY_NAMES: Readonly<Partial<Record<KeyCode, KeyName>>> = {
  Backspace: { name: 'Backspace', short: 'Backspace', symbol: '←' },
  Tab: { name: 'Tab', short: 'Tab', symbol: '↹' },
  Enter: { name: 'Enter', short: 'Enter', symbol: '↵' },
  CapsLock: { name: 'Caps Lock', short: 'Caps Lock', symbol: '⇪' },
  ShiftLeft: { name: 'Shift', short: 'Shift', symbol: '⇧' },
  ShiftRight: { name: 'Shift', short: 'Shift', symbol: '⇧' },
  ControlLeft: { name: 'Ctrl', short: 'Ctrl' },
  ControlRight: { name: 'Ctrl', short: 'Ctrl' },
  MetaLeft: { name: 'Windows', symbol: '⊞' },
  MetaRight: { name: 'Windows', symbol: '⊞' },
  AltLeft: { name: 'Alt', short: 'Alt' },
  AltRight: { name: 'Alt', short: 'Alt' },
  ContextMenu: { name: 'Menu', symbol: '☰' },
  Space: { name: 'Space' },
  Insert: { name: 'Insert', short: 'Ins' },
  Home: { name: 'Home', short: 'Home' },
  PageUp: { name: 'Page Up', short: 'PgUp' },
  Delete: { name: 'Delete', short: 'Del' },
  End: { name: 'End', short: 'End' },
  PageDown: { name: 'Page Down', short: 'PgDn' },
  ArrowUp: { name: 'Up arrow', symbol: '↑' },
  ArrowLeft: { name: 'Left arrow', symbol: '←' },
  ArrowDown: { name: 'Down arrow', symbol: '↓' },
  ArrowRight: { name: 'Right arrow', symbol: '→' },
  NumLock: { name: 'Num Lock', short: 'Num Lock' },
  NumpadEnter: { name: 'Enter', short: 'Enter', symbol: '↵' },
};
