import type { PendingDeadKey } from './deadKeys';
import type { TypingFact } from './facts';
import type { LayoutId } from './layouts';

/** The last key that went down, waiting for the text it types. */
export interface PendingKey {
  code: string;
  key: string;
  altGr: boolean;
  /** Alt held without Ctrl: a Windows menu, a Windows Alt code on the keypad, or macOS Option. */
  alt: boolean;
  /** Its character may be typed from keydown.key at keyup if no input event brings it. */
  mayType: boolean;
  /** An input or a composition already brought its text. */
  typed: boolean;
  repeat: boolean;
  /** Its keyup came: text arriving now was not typed by it (Alt codes, paste, dictation). */
  released: boolean;
}

/** Everything the reader remembers between two events; a plain immutable value. */
export interface ReaderState {
  readonly layout: LayoutId | null;
  readonly pending: PendingKey | null;
  readonly dead: PendingDeadKey | null;
  readonly composing: boolean;
  readonly compositionText: string;
  /** A beforeinput was read: its input twin is skipped. */
  readonly beforeInputSeen: boolean;
  /** Safari sends the keydown after compositionend, with the composed text as its key. */
  readonly composedEcho: string | null;
  readonly altGrHeld: boolean;
  readonly capsLock: boolean | null;
  readonly numLock: boolean | null;
}

export interface ReadResult {
  state: ReaderState;
  facts: TypingFact[];
}

/** A fresh reader; with the layout it can name the accent of a dead key at keydown. */
export function createReader(layout: LayoutId | null = null): ReaderState {
  return {
    layout, pending: null, dead: null, composing: false, compositionText: '', beforeInputSeen: false,
    composedEcho: null, altGrHeld: false, capsLock: null, numLock: null,
  };
}
