/**
 * The typing reader: a pure reducer from recorded DOM events to typing facts. Which KEY comes from
 * keydown; which CHARACTER comes from beforeinput/input or compositionend, because only the
 * system knows what a dead key or Alt Gr typed. Sequences per system: browser-events.md.
 */
import { isKeyCode } from './codes';
import { charFacts, isSpacingAccent, textFromKey, type PendingDeadKey } from './deadKeys';
import type { RecordedComposition, RecordedEvent, RecordedInput, RecordedKey } from './events';
import { ACTION_KEYS, type ActionKey, type TypingFact, type TypingVia } from './facts';
import { charAt, getLayout, isDead, type LayoutId } from './layouts';
import { createReader, type PendingKey, type ReaderState, type ReadResult } from './readerState';

export { createReader, type ReaderState, type ReadResult } from './readerState';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'OS', 'Fn', 'Hyper', 'Super']);
const COMPOSITION_INPUTS = new Set(['insertCompositionText', 'deleteCompositionText', 'insertFromComposition', 'deleteByComposition']);
const isActionKey = (code: string): code is ActionKey => (ACTION_KEYS as readonly string[]).includes(code);

/**
 * The action a key stands for: by its place, or, for a keypad key with Num Lock off (8 is ↑, the
 * comma is Suppr, 7 is Début), by what it does: the browser says so in `key`. With Alt held, keypad
 * keys type an Alt code (Alt + 0201), whatever Num Lock says.
 */
function actionOf({ code, key, altKey }: RecordedKey): ActionKey | null {
  if (isActionKey(code)) return code;
  return code.startsWith('Numpad') && !altKey && isActionKey(key) ? key : null;
}
const isPrintable = (key: string) => [...key].length === 1;

export function read(state: ReaderState, event: RecordedEvent): ReadResult {
  switch (event.type) {
    case 'keydown':
      return keyDown(state, event);
    case 'keyup':
      return keyUp(state, event);
    case 'beforeinput':
    case 'input':
      return input(state, event);
    default:
      return composition(state, event);
  }
}

/** Reads a whole recorded sequence. */
export function readAll(events: readonly RecordedEvent[], layout: LayoutId | null = null): TypingFact[] {
  let state = createReader(layout);
  const facts: TypingFact[] = [];
  for (const event of events) {
    const result = read(state, event);
    state = result.state;
    facts.push(...result.facts);
  }
  return facts;
}

function lockFacts(state: ReaderState, event: RecordedKey): ReadResult {
  const capsLock = event.capsLock ?? state.capsLock;
  const numLock = event.numLock ?? state.numLock;
  if (capsLock === state.capsLock && numLock === state.numLock) return { state, facts: [] };
  return { state: { ...state, capsLock, numLock }, facts: [{ kind: 'modifiers', capsLock: capsLock ?? false, numLock: numLock ?? false }] };
}

function deadAccent(state: ReaderState, event: RecordedKey, altGr: boolean): string | null {
  if (!state.layout || !isKeyCode(event.code)) return null;
  const modifiers = { shift: !!event.shiftKey, altGr, capsLock: !!state.capsLock };
  const keyChar = charAt(getLayout(state.layout), event.code, modifiers);
  return isDead(keyChar) ? keyChar.dead : null;
}

function keyDown(before: ReaderState, event: RecordedKey): ReadResult {
  const { state: locked, facts } = lockFacts(before, event);
  const state: ReaderState = { ...locked, beforeInputSeen: false };
  if (MODIFIER_KEYS.has(event.key)) {
    const altGrHeld = state.altGrHeld || event.key === 'AltGraph' || event.code === 'AltRight';
    return { state: { ...state, altGrHeld }, facts };
  }
  const altGr = !!event.altGraph || state.altGrHeld || (!!event.ctrlKey && !!event.altKey);
  const alt = !!event.altKey && !altGr;
  const pending: PendingKey = { code: event.code, key: event.key, altGr, alt, mayType: false, typed: false, repeat: !!event.repeat, released: false };
  if (state.composedEcho !== null && event.key === state.composedEcho) {
    return { state: { ...state, composedEcho: null, pending: { ...pending, typed: true } }, facts };
  }
  const next: ReaderState = { ...state, composedEcho: null, pending };
  if (event.repeat) return { state: next, facts: [...facts, { kind: 'repeat', code: event.code }] };
  if (event.key === 'Dead') {
    if (state.dead?.fromComposition && state.dead.code === null) {
      return { state: { ...next, dead: { ...state.dead, code: event.code } }, facts };
    }
    const dead: PendingDeadKey = { accent: deadAccent(state, event, altGr), code: event.code, fromComposition: false };
    return { state: { ...next, dead }, facts: [...facts, { kind: 'deadKeyPending', accent: dead.accent, code: dead.code }] };
  }
  const action = actionOf(event);
  if (action) {
    // Space right after a dead key finishes it (^ then Space types ^): it is typing, not an action.
    const finishesDeadKey = action === 'Space' && state.dead !== null;
    const keyFacts: TypingFact[] = finishesDeadKey ? [] : [{ kind: 'key', code: action, shift: !!event.shiftKey }];
    const dead = action === 'Space' ? state.dead : null;
    return { state: { ...next, dead, pending: { ...pending, mayType: action === 'Space' } }, facts: [...facts, ...keyFacts] };
  }
  if (!isPrintable(event.key)) return { state: next, facts };
  if (!altGr && (event.ctrlKey || event.metaKey)) {
    return { state: next, facts: [...facts, { kind: 'shortcut', code: event.code, key: event.key, shift: !!event.shiftKey }] };
  }
  // Alt alone opens menus on Windows and types on macOS: trust only an input event for it.
  return { state: { ...next, pending: { ...pending, mayType: !alt && !state.composing } }, facts };
}

function keyUp(before: ReaderState, event: RecordedKey): ReadResult {
  const { state: locked, facts } = lockFacts(before, event);
  const altGrUp = event.key === 'AltGraph' || event.code === 'AltRight';
  const state: ReaderState = { ...locked, composedEcho: null, altGrHeld: altGrUp ? false : locked.altGrHeld };
  const { pending } = state;
  if (!pending || pending.code !== event.code || pending.released) return { state, facts };
  const released: PendingKey = { ...pending, released: true };
  if (!pending.mayType || pending.typed || pending.repeat || state.composing) return { state: { ...state, pending: released }, facts };
  // No input event came (the target is not a text field, or it was prevented): trust keydown.key.
  const text = textFromKey(pending.key, state.dead);
  const typed = charFacts(text, pending.code, pending.altGr ? 'altGr' : 'direct', state.dead);
  return { state: { ...state, dead: null, pending: { ...released, typed: true } }, facts: [...facts, ...typed] };
}

/** How the text of an input event was typed, judging by the last key. */
function via(pending: PendingKey | null): TypingVia {
  if (!pending) return 'direct';
  // Windows Alt codes: the character arrives when Alt is released, after the last keypad digit.
  if (pending.released) return pending.alt && pending.code.startsWith('Numpad') ? 'altCode' : 'direct';
  return pending.altGr || pending.alt ? 'altGr' : 'direct';
}

function input(state: ReaderState, event: RecordedInput): ReadResult {
  if (event.type === 'input' && state.beforeInputSeen) return { state: { ...state, beforeInputSeen: false }, facts: [] };
  const next = { ...state, beforeInputSeen: event.type === 'beforeinput' };
  // Composition steps are drafts; compositionend gives the result. Deletions come as keys.
  if (COMPOSITION_INPUTS.has(event.inputType) || event.inputType !== 'insertText' || !event.data) {
    return { state: next, facts: [] };
  }
  const { pending } = state;
  if (pending?.repeat && !pending.released) return { state: next, facts: [] };
  const facts = charFacts(event.data, pending?.released ? null : pending?.code ?? null, via(pending), state.dead);
  return { state: { ...next, dead: null, pending: pending && { ...pending, typed: true } }, facts };
}

function composition(state: ReaderState, event: RecordedComposition): ReadResult {
  if (event.type === 'compositionstart') return { state: { ...state, composing: true, compositionText: '' }, facts: [] };
  if (event.type === 'compositionupdate') {
    const next = { ...state, composing: true, compositionText: event.data };
    // A composition that opens on a lone accent is a dead key (Linux, macOS); Safari shows it before the keydown.
    if (state.dead || state.compositionText !== '' || !isSpacingAccent(event.data)) return { state: next, facts: [] };
    const dead: PendingDeadKey = { accent: event.data, code: state.pending?.key === 'Dead' ? state.pending.code : null, fromComposition: true };
    return { state: { ...next, dead }, facts: [{ kind: 'deadKeyPending', accent: dead.accent, code: dead.code }] };
  }
  const done: ReaderState = { ...state, composing: false, compositionText: '', dead: null };
  if (!event.data) return { state: done, facts: [] };
  const { pending } = state;
  // Safari ends the composition before the letter's keydown: the key is then still unknown.
  const code = pending && pending.key !== 'Dead' ? pending.code : null;
  const facts = charFacts(event.data, code, 'composition', state.dead);
  const echo = [...event.data].at(-1) ?? null;
  return { state: { ...done, composedEcho: echo, pending: pending && { ...pending, typed: true } }, facts };
}
