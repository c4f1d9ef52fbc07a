// @vitest-environment node
import type { TypingFact } from './facts';
import { readAll } from './reader';
import { keydown, keyup, press, typed } from './sequences';

/**
 * The reader on Windows-style sequences (Chrome, Edge, Firefox on Windows: no composition). Those
 * marked « from knowledge » are written from browser-events.md, not recorded on this machine.
 */
const char = (c: string, code: string | null, via: Extract<TypingFact, { kind: 'char' }>['via'] = 'direct'): TypingFact => ({ kind: 'char', char: c, code, via });
const deadKey = (accent: string | null, code: string | null): TypingFact => ({ kind: 'deadKeyPending', accent, code });
const shift = { shiftKey: true };
const altGrAsCtrlAlt = { ctrlKey: true, altKey: true };

describe('reader, Windows style', () => {
  it('reads a plain letter from the input event, and its key from keydown', () => {
    expect(readAll([keydown('KeyQ', 'a'), ...typed('a'), keyup('KeyQ', 'a')], 'fr-azerty')).toEqual([char('a', 'KeyQ')]);
  });

  it('reads ^ then e as ê (keydown key=Dead, then keydown key=ê with input ê)', () => {
    const events = [...press('BracketLeft', 'Dead'), keydown('KeyE', 'ê'), ...typed('ê'), keyup('KeyE', 'e')];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('ê', 'KeyE', 'deadKey')]);
  });

  it('reads Maj + ^ (¨) then i as ï', () => {
    const events = [
      keydown('ShiftLeft', 'Shift', shift), ...press('BracketLeft', 'Dead', shift), keyup('ShiftLeft', 'Shift'),
      keydown('KeyI', 'ï'), ...typed('ï'), keyup('KeyI', 'i'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('¨', 'BracketLeft'), char('ï', 'KeyI', 'deadKey')]);
  });

  it('reads ^ then the space bar as ^ alone, not as a Space key', () => {
    const events = [...press('BracketLeft', 'Dead'), keydown('Space', '^'), ...typed('^'), keyup('Space', ' ')];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('^', 'BracketLeft', 'deadKey')]);
  });

  it('reads ^ then z as ^z, whether the system sends one input or two (from knowledge)', () => {
    const oneInput = [...press('BracketLeft', 'Dead'), keydown('KeyW', 'z'), ...typed('^z'), keyup('KeyW', 'z')];
    const twoInputs = [...press('BracketLeft', 'Dead'), keydown('KeyW', 'z'), ...typed('^'), ...typed('z'), keyup('KeyW', 'z')];
    const expected = [deadKey('^', 'BracketLeft'), char('^', 'BracketLeft', 'deadKey'), char('z', 'KeyW')];
    expect(readAll(oneInput, 'fr-azerty')).toEqual(expected);
    expect(readAll(twoInputs, 'fr-azerty')).toEqual(expected);
  });

  it('gives the accent as null when it does not know the layout', () => {
    expect(readAll(press('BracketLeft', 'Dead'))).toEqual([deadKey(null, 'BracketLeft')]);
  });

  it('reads Alt Gr sent as Ctrl + Alt (with the synthetic ControlLeft) as @, not as a shortcut', () => {
    const events = [
      keydown('ControlLeft', 'Control', { ctrlKey: true }), keydown('AltRight', 'AltGraph', altGrAsCtrlAlt),
      keydown('Digit0', '@', altGrAsCtrlAlt), ...typed('@'), keyup('Digit0', '@', altGrAsCtrlAlt),
      keyup('AltRight', 'AltGraph', { ctrlKey: true }), keyup('ControlLeft', 'Control'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([char('@', 'Digit0', 'altGr')]);
  });

  it('reads Alt Gr reported as the AltGraph modifier (Firefox, Linux)', () => {
    const events = [keydown('AltRight', 'AltGraph', { altGraph: true }), keydown('KeyE', '€', { altGraph: true }), ...typed('€')];
    expect(readAll(events, 'fr-azerty')).toEqual([char('€', 'KeyE', 'altGr')]);
  });

  it('reads a real Ctrl shortcut as a shortcut, never as typing', () => {
    const events = [keydown('ControlLeft', 'Control', { ctrlKey: true }), ...press('KeyC', 'c', { ctrlKey: true })];
    expect(readAll(events, 'fr-azerty')).toEqual([{ kind: 'shortcut', code: 'KeyC', key: 'c', shift: false }]);
  });

  it('follows Caps Lock on and off through getModifierState', () => {
    const events = [
      keydown('CapsLock', 'CapsLock', { capsLock: true, numLock: true }), keyup('CapsLock', 'CapsLock', { capsLock: true, numLock: true }),
      keydown('KeyQ', 'A', { capsLock: true, numLock: true }), ...typed('A'),
      keydown('CapsLock', 'CapsLock', { capsLock: false, numLock: true }),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([
      { kind: 'modifiers', capsLock: true, numLock: true },
      { kind: 'key', code: 'CapsLock', shift: false },
      char('A', 'KeyQ'),
      { kind: 'modifiers', capsLock: false, numLock: true },
      { kind: 'key', code: 'CapsLock', shift: false },
    ]);
  });

  it('sees Caps Lock go off on keyup, as macOS reports it (from knowledge)', () => {
    const events = [keydown('CapsLock', 'CapsLock', { capsLock: true }), keyup('CapsLock', 'CapsLock', { capsLock: false })];
    expect(readAll(events).filter((fact) => fact.kind === 'modifiers')).toEqual([
      { kind: 'modifiers', capsLock: true, numLock: false },
      { kind: 'modifiers', capsLock: false, numLock: false },
    ]);
  });

  it('flags autorepeat once per repeated keydown and does not count its characters', () => {
    const events = [
      keydown('KeyQ', 'a'), ...typed('a'),
      keydown('KeyQ', 'a', { repeat: true }), ...typed('a'),
      keydown('KeyQ', 'a', { repeat: true }), ...typed('a'), keyup('KeyQ', 'a'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([char('a', 'KeyQ'), { kind: 'repeat', code: 'KeyQ' }, { kind: 'repeat', code: 'KeyQ' }]);
  });

  it('reads Backspace, Delete, arrows, Tab and Enter as keys', () => {
    const events = [
      keydown('Backspace', 'Backspace'), ...typed('', 'deleteContentBackward'), keyup('Backspace', 'Backspace'),
      ...press('Delete', 'Delete'), ...press('ArrowLeft', 'ArrowLeft'), ...press('Tab', 'Tab', shift),
      keydown('Enter', 'Enter'), { type: 'beforeinput', inputType: 'insertLineBreak', data: null }, keyup('Enter', 'Enter'),
    ] as const;
    expect(readAll([...events], 'fr-azerty')).toEqual([
      { kind: 'key', code: 'Backspace', shift: false },
      { kind: 'key', code: 'Delete', shift: false },
      { kind: 'key', code: 'ArrowLeft', shift: false },
      { kind: 'key', code: 'Tab', shift: true },
      { kind: 'key', code: 'Enter', shift: false },
    ]);
  });

  it('reads Space as a key and as a typed space', () => {
    const events = [keydown('Space', ' '), ...typed(' '), keyup('Space', ' ')];
    expect(readAll(events)).toEqual([{ kind: 'key', code: 'Space', shift: false }, char(' ', 'Space')]);
  });

  it('reads a beforeinput alone (its input prevented) once, and an input alone once', () => {
    expect(readAll([keydown('KeyQ', 'a'), { type: 'beforeinput', inputType: 'insertText', data: 'a' }, keyup('KeyQ', 'a')])).toEqual([char('a', 'KeyQ')]);
    expect(readAll([keydown('KeyQ', 'a'), { type: 'input', inputType: 'insertText', data: 'a' }, keyup('KeyQ', 'a')])).toEqual([char('a', 'KeyQ')]);
  });

  it('reads keys on a target that is not a text field from keydown.key, dead keys included', () => {
    expect(readAll([...press('KeyQ', 'a')])).toEqual([char('a', 'KeyQ')]);
    const deadThenE = [...press('BracketLeft', 'Dead'), keydown('KeyE', 'ê'), keyup('KeyE', 'e')];
    expect(readAll(deadThenE, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('ê', 'KeyE', 'deadKey')]);
    const deadThenSpace = [...press('BracketLeft', 'Dead'), ...press('Space', ' ')];
    expect(readAll(deadThenSpace, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('^', 'BracketLeft', 'deadKey')]);
  });

  it('reads a Windows Alt code (Alt + 0201 → É) as one char, arriving when Alt is released (from knowledge)', () => {
    const alt = { altKey: true };
    const digits = ['0', '2', '0', '1'].flatMap((digit) => press(`Numpad${digit}`, digit, alt));
    const events = [keydown('AltLeft', 'Alt', alt), ...digits, keyup('AltLeft', 'Alt'), ...typed('É')];
    expect(readAll(events, 'fr-azerty')).toEqual([char('É', null, 'altCode')]);
  });

  it('reads keypad keys with Num Lock off as the arrows and Suppr they act as (from knowledge)', () => {
    const events = [...press('Numpad8', 'ArrowUp'), ...press('Numpad4', 'ArrowLeft'), ...press('Numpad7', 'Home'), ...press('NumpadDecimal', 'Delete')];
    expect(readAll(events, 'fr-azerty')).toEqual(['ArrowUp', 'ArrowLeft', 'Home', 'Delete'].map((code) => ({ kind: 'key', code, shift: false })));
  });

  it('keeps keypad keys with Num Lock on as digits, and with Alt held as an Alt code, not as actions', () => {
    expect(readAll([keydown('Numpad8', '8'), ...typed('8'), keyup('Numpad8', '8')], 'fr-azerty')).toEqual([char('8', 'Numpad8')]);
    const alt = { altKey: true };
    const events = [keydown('AltLeft', 'Alt', alt), ...press('Numpad2', 'ArrowDown', alt), keyup('AltLeft', 'Alt')];
    expect(readAll(events, 'fr-azerty')).toEqual([]);
  });

  it('does not credit a released key with text that comes later (paste-like insertText, dictation)', () => {
    const events = [keydown('KeyQ', 'a'), ...typed('a'), keyup('KeyQ', 'a'), ...typed('ê')];
    expect(readAll(events)).toEqual([char('a', 'KeyQ'), char('ê', null)]);
  });

  it('never types from keydown with Alt alone (a Windows menu), nor pasted text', () => {
    expect(readAll([keydown('AltLeft', 'Alt', { altKey: true }), ...press('KeyF', 'f', { altKey: true })])).toEqual([]);
    expect(readAll([...typed('collé', 'insertFromPaste')])).toEqual([]);
  });
});
