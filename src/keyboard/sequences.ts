import type { RecordedEvent, RecordedKey } from './events';

/**
 * Builders for recorded event sequences, for tests (ours and the lessons'): they read like the
 * tables in browser-events.md.
 */
type Mods = Omit<RecordedKey, 'type' | 'code' | 'key'>;

export const keydown = (code: string, key: string, mods: Mods = {}): RecordedEvent => ({ type: 'keydown', code, key, ...mods });
export const keyup = (code: string, key: string, mods: Mods = {}): RecordedEvent => ({ type: 'keyup', code, key, ...mods });

/** keydown then keyup of the same key. */
export const press = (code: string, key: string, mods: Mods = {}): RecordedEvent[] => [keydown(code, key, mods), keyup(code, key, mods)];

/** beforeinput then input, as Chromium and Firefox send them for typed text. */
export const typed = (data: string, inputType = 'insertText'): RecordedEvent[] => [
  { type: 'beforeinput', inputType, data },
  { type: 'input', inputType, data },
];

export const compositionStart = (): RecordedEvent => ({ type: 'compositionstart', data: '' });
export const compositionUpdate = (data: string): RecordedEvent => ({ type: 'compositionupdate', data });
export const compositionEnd = (data: string): RecordedEvent => ({ type: 'compositionend', data });
