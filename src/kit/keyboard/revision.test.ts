import { MAX_REVISED, revisionText, weakFromInput, withWeak } from './revision';

const digits = (key: string) => /^\d$/.test(key);

describe('the closing revision of weak keys', () => {
  it('keeps the keys remembered that the lesson practises, newest first, at most MAX_REVISED, each once', () => {
    expect(MAX_REVISED).toBe(3);
    expect(weakFromInput(['é', '7', 'Backspace', '7', '1', '2', '3'], digits)).toEqual(['7', '1', '2']);
    expect(weakFromInput(undefined, digits)).toEqual([]);
  });

  it('adds a key missed here once, never an empty one nor one the lesson does not practise, and not past the limit', () => {
    expect(withWeak(['1'], '2', digits)).toEqual(['1', '2']);
    expect(withWeak(['1'], '1', digits)).toEqual(['1']);
    expect(withWeak(['1'], 'a', digits)).toEqual(['1']);
    expect(withWeak(['1'], null, digits)).toEqual(['1']);
    expect(withWeak(['1', '2', '3'], '4', digits)).toEqual(['1', '2', '3']);
  });

  it('asks for each key twice in a row, or as many times as the lesson says', () => {
    expect(revisionText(['@', 'M'])).toBe('@@MM');
    expect(revisionText(['.', '_'], 3)).toBe('...___');
    expect(revisionText([])).toBe('');
  });
});
