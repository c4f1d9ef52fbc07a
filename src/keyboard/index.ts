/** The keyboard domain: pure data and logic, no React, no DOM at import time. */
export { KEY_CODES, isKeyCode, type KeyCode } from './codes';
export { KEYS, board, keyGeometry, type Cluster, type KeyGeometry } from './geometry';
export {
  LAYOUTS, getLayout, charAt, capsLockShifts, keyLegend, keyName, isDead,
  type KeyChar, type KeyLegend, type KeyMapping, type KeyName, type Layout, type LayoutId, type LegendChar, type Modifiers,
} from './layouts';
export { DEAD_ACCENTS, compose, decompose } from './compose';
export { altCodeFor } from './altCodes';
export { howToType, howToTypeText, type HowToTypeOptions, type Keystroke, type TypingSystem } from './howToType';
export { FINGERS, fingerFor, shiftFor, type Finger } from './fingers';
export { READER_EVENT_TYPES, recordEvent, type RecordedEvent } from './events';
export { ACTION_KEYS, type ActionKey, type TypingFact, type TypingVia } from './facts';
export { createReader, read, readAll, type ReaderState, type ReadResult } from './reader';
export { detectLayout, type NavigatorLike } from './detectLayout';
