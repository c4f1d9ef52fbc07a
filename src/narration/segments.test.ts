import { frenchWords, plainText, splitSegments } from './segments';

describe('splitSegments', () => {
  it('keeps a sentence without French words whole, in its language', () => {
    expect(splitSegments('Move the mouse.', 'en')).toEqual([{ lang: 'en', text: 'Move the mouse.' }]);
  });

  it('gives the French words to the French voice, inside the other language', () => {
    expect(splitSegments('انقر على زر <fr>Terminer</fr> الآن.', 'ar')).toEqual([
      { lang: 'ar', text: 'انقر على زر' },
      { lang: 'fr', text: 'Terminer' },
      { lang: 'ar', text: 'الآن.' },
    ]);
  });

  it('handles markers at the edges and several markers', () => {
    expect(splitSegments('<fr>Valider</fr> or <fr>Annuler</fr>', 'en')).toEqual([
      { lang: 'fr', text: 'Valider' },
      { lang: 'en', text: 'or' },
      { lang: 'fr', text: 'Annuler' },
    ]);
  });

  it('merges a French marker into a French sentence instead of cutting it', () => {
    expect(splitSegments('Cliquez sur <fr>Terminer</fr>.', 'fr')).toEqual([{ lang: 'fr', text: 'Cliquez sur Terminer.' }]);
  });

  it('drops empty pieces and folds white space', () => {
    expect(splitSegments('  <fr> numéro   fiscal </fr>  ', 'en')).toEqual([{ lang: 'fr', text: 'numéro fiscal' }]);
  });
});

describe('plainText and frenchWords', () => {
  it('strips the markers and lists the marked words', () => {
    const text = 'Click <fr>Valider</fr>, then <fr>Mes attestations</fr>.';
    expect(plainText(text)).toBe('Click Valider, then Mes attestations.');
    expect(frenchWords(text)).toEqual(['Valider', 'Mes attestations']);
  });
});
