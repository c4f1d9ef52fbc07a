// @vitest-environment node
import { compose } from './compose';
import { howToType, howToTypeText, type Keystroke, type TypingSystem } from './howToType';
import { charAt, getLayout, isDead, type LayoutId } from './layouts';

const cp1252 = new TextDecoder('windows-1252');

/** Plays keystrokes on a simulated Windows (or Linux) keyboard: what would appear on screen. */
function typeOut(strokes: readonly Keystroke[], layoutId: LayoutId, system: TypingSystem = 'windows'): string {
  const layout = getLayout(layoutId);
  let text = '';
  let dead: string | null = null;
  let altDigits = '';
  for (const stroke of strokes) {
    if (stroke.alt) {
      altDigits += String(charAt(layout, stroke.code, {}));
      continue;
    }
    const keyChar = stroke.capsLock && system === 'linux'
      ? String(charAt(layout, stroke.code, {})).toUpperCase()
      : charAt(layout, stroke.code, { shift: stroke.shift, altGr: stroke.altGr, capsLock: stroke.capsLock });
    if (keyChar === undefined) throw new Error(`${stroke.code} types nothing`);
    if (isDead(keyChar)) {
      text += dead ? dead + keyChar.dead : '';
      dead = dead ? null : keyChar.dead;
      continue;
    }
    text += dead ? compose(dead, keyChar) : keyChar;
    dead = null;
  }
  return text + (altDigits ? cp1252.decode(Uint8Array.of(Number(altDigits))) : '');
}

const LESSON_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'éèàùçâêîôûëïüÉ@.-_\',;:!?€ ',
];
const WORDS = ['fenêtre', 'août', 'Noël', 'Élodie', '06 12 34 56 78', 'marie.dupont@exemple.fr'];
const stroke = (code: Keystroke['code'], mods: Partial<Keystroke> = {}): Keystroke => ({ code, shift: false, altGr: false, ...mods });

describe('howToType on Windows French AZERTY', () => {
  it.each(LESSON_CHARS)('types %j', (char) => {
    const strokes = howToType(char, 'fr-azerty');
    expect(strokes).not.toBeNull();
    expect(typeOut(strokes!, 'fr-azerty')).toBe(char);
  });

  it.each(WORDS)('types « %s »', (word) => {
    const routes = howToTypeText(word, 'fr-azerty');
    expect(routes).not.toBeNull();
    expect(routes!.map((strokes) => typeOut(strokes, 'fr-azerty')).join('')).toBe(word);
  });

  it('uses the right keys and modifiers', () => {
    expect(howToType('a', 'fr-azerty')).toEqual([stroke('KeyQ')]);
    expect(howToType('m', 'fr-azerty')).toEqual([stroke('Semicolon')]);
    expect(howToType('5', 'fr-azerty')).toEqual([stroke('Digit5', { shift: true })]);
    expect(howToType('@', 'fr-azerty')).toEqual([stroke('Digit0', { altGr: true })]);
    expect(howToType('€', 'fr-azerty')).toEqual([stroke('KeyE', { altGr: true })]);
    expect(howToType('.', 'fr-azerty')).toEqual([stroke('Comma', { shift: true })]);
    expect(howToType('ê', 'fr-azerty')).toEqual([stroke('BracketLeft'), stroke('KeyE')]);
    expect(howToType('Ê', 'fr-azerty')).toEqual([stroke('BracketLeft'), stroke('KeyE', { shift: true })]);
    expect(howToType('ë', 'fr-azerty')).toEqual([stroke('BracketLeft', { shift: true }), stroke('KeyE')]);
    expect(howToType('^', 'fr-azerty')).toEqual([stroke('Digit9', { altGr: true })]);
    expect(howToType('¨', 'fr-azerty')).toEqual([stroke('BracketLeft', { shift: true }), stroke('Space')]);
    expect(howToType('È', 'fr-azerty')).toEqual([stroke('Digit7', { altGr: true }), stroke('KeyE', { shift: true })]);
  });

  it('types É with an Alt code on Windows, where Verr. Maj + é gives 2', () => {
    const alt = (digit: string) => stroke(`Numpad${digit}` as Keystroke['code'], { alt: true });
    expect(howToType('É', 'fr-azerty')).toEqual(['0', '2', '0', '1'].map(alt));
  });

  it('types É with Verr. Maj + é on Linux', () => {
    expect(howToType('É', 'fr-azerty', { system: 'linux' })).toEqual([stroke('Digit2', { capsLock: true })]);
    expect(typeOut(howToType('É', 'fr-azerty', { system: 'linux' })!, 'fr-azerty', 'linux')).toBe('É');
  });

  it('gives null for what cannot be typed at all', () => {
    expect(howToType('😀', 'fr-azerty')).toBeNull();
    expect(howToType('ŷ', 'fr-azerty', { system: 'linux' })).toBeNull();
    expect(howToTypeText('a😀', 'fr-azerty')).toBeNull();
  });
});

describe('howToType on US QWERTY', () => {
  it.each([...'azAZ09@.-_\',;:!? ', 'marie.dupont@exemple.fr'])('types %j', (text) => {
    const routes = howToTypeText(text, 'us-qwerty');
    expect(routes!.map((strokes) => typeOut(strokes, 'us-qwerty')).join('')).toBe(text);
  });

  it('puts @ on Shift + 2 and types French letters with an Alt code', () => {
    expect(howToType('@', 'us-qwerty')).toEqual([stroke('Digit2', { shift: true })]);
    expect(howToType('a', 'us-qwerty')).toEqual([stroke('KeyA')]);
    expect(typeOut(howToType('é', 'us-qwerty')!, 'us-qwerty')).toBe('é');
  });
});
