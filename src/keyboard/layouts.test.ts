// @vitest-environment node
import { KEY_CODES, type KeyCode } from './codes';
import { charAt, getLayout, keyLegend, keyName, LAYOUTS } from './layouts';

const azerty = getLayout('fr-azerty');
const base = (code: KeyCode) => azerty.chars[code]?.base;
const shift = (code: KeyCode) => azerty.chars[code]?.shift;
const altGr = (code: KeyCode) => azerty.chars[code]?.altGr;
const DIGITS: KeyCode[] = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0'];

describe('Windows French AZERTY', () => {
  it('types & é " \' ( - è _ ç à ) = on the top row, and digits, ° and + with Maj', () => {
    expect([...DIGITS, 'Minus', 'Equal'].map((code) => base(code as KeyCode)).join(' ')).toBe('& é " \' ( - è _ ç à ) =');
    expect([...DIGITS, 'Minus', 'Equal'].map((code) => shift(code as KeyCode)).join('')).toBe('1234567890°+');
  });

  it('has the Alt Gr characters printed on French keys', () => {
    expect(altGr('Digit0')).toBe('@');
    expect(altGr('Digit3')).toBe('#');
    expect(altGr('Digit4')).toBe('{');
    expect(altGr('Digit5')).toBe('[');
    expect(altGr('Digit6')).toBe('|');
    expect(altGr('Digit8')).toBe('\\');
    expect(altGr('Digit9')).toBe('^'); // a plain caret, not the dead key
    expect(altGr('Minus')).toBe(']');
    expect(altGr('Equal')).toBe('}');
    expect(altGr('KeyE')).toBe('€');
  });

  it('makes the accents dead keys: ^ and ¨ beside P, ~ and ` with Alt Gr', () => {
    expect(base('BracketLeft')).toEqual({ dead: '^' });
    expect(shift('BracketLeft')).toEqual({ dead: '¨' });
    expect(altGr('Digit2')).toEqual({ dead: '~' });
    expect(altGr('Digit7')).toEqual({ dead: '`' });
  });

  it('moves letters and punctuation where AZERTY has them', () => {
    expect([base('KeyQ'), base('KeyW'), base('KeyA'), base('KeyZ'), base('Semicolon')]).toEqual(['a', 'z', 'q', 'w', 'm']);
    expect([base('KeyM'), shift('KeyM')]).toEqual([',', '?']);
    expect([base('Comma'), shift('Comma')]).toEqual([';', '.']);
    expect([base('Period'), shift('Period')]).toEqual([':', '/']);
    expect([base('Slash'), shift('Slash')]).toEqual(['!', '§']);
    expect([base('Quote'), shift('Quote')]).toEqual(['ù', '%']);
    expect([base('Backslash'), shift('Backslash')]).toEqual(['*', 'µ']);
    expect([base('IntlBackslash'), shift('IntlBackslash')]).toEqual(['<', '>']);
    expect(base('Backquote')).toBe('²');
  });

  it('treats Verr. Maj as a shift lock, as Windows does: é gives 2, not É', () => {
    expect(charAt(azerty, 'Digit2', { capsLock: true })).toBe('2');
    expect(charAt(azerty, 'KeyQ', { capsLock: true })).toBe('A');
    expect(charAt(azerty, 'KeyQ', { capsLock: true, shift: true })).toBe('a');
    expect(charAt(azerty, 'Backquote', { capsLock: true })).toBe('²');
    expect(charAt(getLayout('us-qwerty'), 'Digit2', { capsLock: true })).toBe('2');
  });

  it('prints the keys as a French keyboard does', () => {
    expect(keyLegend(azerty, 'Digit2')).toEqual({
      kind: 'chars', shift: { char: '2', dead: false }, base: { char: 'é', dead: false }, altGr: { char: '~', dead: true },
    });
    expect(keyLegend(azerty, 'KeyQ')).toEqual({ kind: 'letter', letter: 'A', altGr: undefined });
    expect(keyLegend(azerty, 'KeyE')).toMatchObject({ kind: 'letter', letter: 'E', altGr: { char: '€' } });
    expect(keyLegend(azerty, 'BracketLeft')).toMatchObject({ kind: 'chars', base: { char: '^', dead: true }, shift: { char: '¨', dead: true } });
  });

  it('names the keys without characters as French keyboards print them', () => {
    const names = ['ShiftLeft', 'CapsLock', 'AltRight', 'Enter', 'Backspace', 'Delete', 'Tab', 'ControlLeft', 'NumLock'] as const;
    expect(names.map((code) => keyName(azerty, code))).toEqual(['Maj', 'Verr. Maj', 'Alt Gr', 'Entrée', 'Retour arrière', 'Suppr', 'Tab', 'Ctrl', 'Verr. Num']);
    expect(azerty.names.ShiftLeft?.symbol).toBe('⇧');
    expect(azerty.names.Backspace?.symbol).toBe('←');
    expect(keyName(azerty, 'Digit2')).toBe('é');
    expect(keyName(azerty, 'KeyQ')).toBe('A');
  });
});

describe('every layout', () => {
  it.each(Object.values(LAYOUTS))('$id maps only keys that exist, and names every key without a character', (layout) => {
    const mapped = Object.keys(layout.chars);
    expect(mapped.filter((code) => !(KEY_CODES as readonly string[]).includes(code))).toEqual([]);
    const unnamed = KEY_CODES.filter((code) => !layout.chars[code] && !layout.names[code]);
    expect(unnamed).toEqual([]);
  });

  it('US QWERTY has no Alt Gr and no dead keys', () => {
    const us = getLayout('us-qwerty');
    expect(us.hasAltGr).toBe(false);
    expect(Object.values(us.chars).every((mapping) => typeof mapping?.base === 'string' && !mapping.altGr)).toBe(true);
    expect(keyName(us, 'AltRight')).toBe('Alt');
  });
});
