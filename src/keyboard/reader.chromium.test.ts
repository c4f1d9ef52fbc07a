// @vitest-environment node
import type { RecordedEvent } from './events';
import type { TypingFact } from './facts';
import recording from './fixtures/chromium-linux.json';
import { readAll } from './reader';

/**
 * The reader on sequences recorded from Chromium on Linux under Playwright
 * (fixtures/record-chromium.mjs). Playwright types on a US layout: dead keys and Alt Gr can only
 * be sent through CDP, as the scenario names say.
 */
const scenarios = recording.scenarios as Record<string, { events: RecordedEvent[]; value: string }>;
const locks: TypingFact = { kind: 'modifiers', capsLock: false, numLock: false };
const char = (c: string, code: string | null, via: Extract<TypingFact, { kind: 'char' }>['via'] = 'direct'): TypingFact => ({ kind: 'char', char: c, code, via });
const key = (code: Extract<TypingFact, { kind: 'key' }>['code']): TypingFact => ({ kind: 'key', code, shift: false });

const expected: Record<string, TypingFact[]> = {
  "keyboard.type('ê')": [char('ê', null)],
  "keyboard.press('Shift+Digit5')": [locks, char('%', 'Digit5')],
  // Playwright's AltGraph has no code and changes nothing on a US layout; the reader still saw Alt Gr held.
  "keyboard.down('AltGraph'), press('Digit0'), up('AltGraph')": [locks, char('0', 'Digit0', 'altGr')],
  "keyboard.down('KeyA') three times, up('KeyA')": [locks, char('a', 'KeyA'), { kind: 'repeat', code: 'KeyA' }, { kind: 'repeat', code: 'KeyA' }],
  // Playwright's Caps Lock does not change getModifierState: only the key presses are seen.
  "keyboard.press('CapsLock'), press('KeyA')": [locks, key('CapsLock'), char('a', 'KeyA'), key('CapsLock')],
  "type('ab'), press Backspace, ArrowLeft, Delete": [locks, char('a', 'KeyA'), char('b', 'KeyB'), key('Backspace'), key('ArrowLeft'), key('Delete')],
  "keyboard.press('Enter'), press('Space')": [locks, key('Enter'), key('Space'), char(' ', 'Space')],
  "CDP: keyDown key=Dead code=BracketLeft, keyUp, keyDown key=ê code=KeyE text=ê, keyUp (what Windows sends)": [
    locks, { kind: 'deadKeyPending', accent: '^', code: 'BracketLeft' }, char('ê', 'KeyE', 'deadKey'),
  ],
  "CDP: Input.imeSetComposition('^'), Input.insertText('ê') (a dead key as an input method)": [
    { kind: 'deadKeyPending', accent: '^', code: null }, char('ê', null, 'deadKey'),
  ],
  // Chromium on Linux inserts nothing for Ctrl + Alt: the reader types the @ from keydown.key.
  "CDP: ControlLeft, AltRight (key=AltGraph), Digit0 key=@ text=@ with modifiers Ctrl+Alt (what Windows sends for Alt Gr)": [
    locks, char('@', 'Digit0', 'altGr'),
  ],
};

describe('reader on real Chromium sequences', () => {
  it('has an expectation for every recorded scenario', () => {
    expect(Object.keys(scenarios).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s', (name) => {
    expect(readAll(scenarios[name].events, 'fr-azerty')).toEqual(expected[name]);
  });
});
