/**
 * The keyboard for lessons: lessons import only src/kit, so the drawing and the keyboard domain
 * (src/keyboard) are both offered here.
 */
export { OnScreenKeyboard, type OnScreenKeyboardProps, type WrongKey } from './OnScreenKeyboard';
export { useHeardMiss, useSendAfterFrame, type FrameSender, type HeardChar } from './feedbackFirst';
export { createLive, derived, useDrawnInto, type Followed } from '../live';
export { FRENCH_KEYBOARD_WORDS, useKeyboardWords, type KeyboardWords } from './words';
export type { KeyState } from './keyStates';
export {
  howToType, howToTypeText, fingerFor, keyName, getLayout, detectLayout,
  createReader, read, readAll, recordEvent, READER_EVENT_TYPES,
  type Keystroke, type LayoutId, type TypingFact, type TypingVia, type ReaderState, type RecordedEvent, type Finger,
  type KeyCode, type TypingSystem,
} from '../../keyboard';
export { useTypingReader } from './useTypingReader';
export { NO_TYPING_HELP } from './noTypingHelp';
