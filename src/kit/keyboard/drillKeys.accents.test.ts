import { charLabel, howTo, strokesFor, whyMissed, wrongKeyOf } from './drillKeys';

describe('accents: keys in words', () => {
  it('routes ê through the dead key, ë through Maj + the dead key, and refuses Alt codes', () => {
    expect(strokesFor('ê', 'fr-azerty')?.map((stroke) => stroke.code)).toEqual(['BracketLeft', 'KeyE']);
    expect(howTo(strokesFor('ê', 'fr-azerty'), 'fr-azerty', 'ê')).toEqual({ key: 'feedback.how.dead', values: { accent: '^', key: 'E' } });
    expect(howTo(strokesFor('ë', 'fr-azerty'), 'fr-azerty', 'ë')).toEqual({
      key: 'feedback.how.deadHold',
      values: { modifier: 'Maj', accent: '¨', key: 'E' },
    });
    expect(howTo(strokesFor('ù', 'fr-azerty'), 'fr-azerty', 'ù')).toEqual({ key: 'feedback.how.press', values: { key: 'ù' } });
    // A US keyboard reaches é only with Alt + 0233: the lesson says it has no key instead.
    expect(strokesFor('é', 'us-qwerty')).toBeNull();
    expect(howTo(null, 'us-qwerty', 'é')).toEqual({ key: 'feedback.noKey', values: { char: 'é' } });
    expect(charLabel(' ', 'fr-azerty')).toBe('Espace');
  });

  it('explains the usual slips: ^ on a wrong letter, ^ alone, the digit of Verr. Maj, the accent forgotten', () => {
    expect(whyMissed('^z', 'ô', 'fr-azerty')).toEqual({ key: 'feedback.noCompose', values: { accent: '^', letter: 'z' } });
    expect(whyMissed('^', 'ê', 'fr-azerty')).toEqual({ key: 'feedback.loneAccent', values: { accent: '^' } });
    expect(whyMissed('2', 'é', 'fr-azerty')).toEqual({ key: 'feedback.capsOn' });
    expect(whyMissed('e', 'ê', 'fr-azerty')).toEqual({ key: 'feedback.noAccent' });
    expect(whyMissed('N', 'n', 'fr-azerty')).toEqual({ key: 'feedback.shiftHeld' });
    expect(whyMissed('x', 'e', 'fr-azerty')).toBeNull();
  });

  it('draws no wrong key for ^ then the space bar where ê was asked: the ^ key was the right one', () => {
    const forE = strokesFor('ê', 'fr-azerty');
    expect(wrongKeyOf('^', 'BracketLeft', forE, 'fr-azerty')).toBeNull();
    // ¨ (Maj + ^) where ê was asked: that dead key was the wrong one, and it is drawn.
    expect(wrongKeyOf('¨', 'BracketLeft', forE, 'fr-azerty')).toBe('BracketLeft');
    // ^ then z: the z went wrong.
    expect(wrongKeyOf('^z', 'KeyW', forE, 'fr-azerty')).toBe('KeyW');
    // ^ alone where a plain e was asked: the ^ key was the slip.
    expect(wrongKeyOf('^', 'BracketLeft', strokesFor('e', 'fr-azerty'), 'fr-azerty')).toBe('BracketLeft');
  });
});
