// @vitest-environment node
import { compose, decompose } from './compose';

describe('dead-key composition (Windows French)', () => {
  it.each([
    ['^', 'a', 'â'], ['^', 'e', 'ê'], ['^', 'i', 'î'], ['^', 'o', 'ô'], ['^', 'u', 'û'],
    ['^', 'A', 'Â'], ['^', 'E', 'Ê'], ['^', 'I', 'Î'], ['^', 'O', 'Ô'], ['^', 'U', 'Û'],
    ['¨', 'e', 'ë'], ['¨', 'i', 'ï'], ['¨', 'u', 'ü'], ['¨', 'o', 'ö'], ['¨', 'a', 'ä'], ['¨', 'y', 'ÿ'],
    ['¨', 'E', 'Ë'], ['¨', 'I', 'Ï'], ['¨', 'U', 'Ü'], ['¨', 'O', 'Ö'], ['¨', 'A', 'Ä'],
    ['`', 'e', 'è'], ['`', 'E', 'È'], ['`', 'A', 'À'], ['~', 'n', 'ñ'], ['~', 'O', 'Õ'],
  ])('%s then %s gives %s', (accent, next, composed) => {
    expect(compose(accent, next)).toBe(composed);
    expect(decompose(composed)).toEqual({ accent, base: next });
  });

  it('types the accent alone when the dead key is followed by the space bar', () => {
    expect(['^', '¨', '`', '~'].map((accent) => compose(accent, ' '))).toEqual(['^', '¨', '`', '~']);
  });

  it('types both characters when the next key does not compose', () => {
    expect(compose('^', 'z')).toBe('^z');
    expect(compose('¨', 'n')).toBe('¨n');
    expect(compose('^', '^')).toBe('^^');
  });

  it('knows letters that need no dead key', () => {
    expect(decompose('é')).toBeNull();
    expect(decompose('a')).toBeNull();
  });
});
