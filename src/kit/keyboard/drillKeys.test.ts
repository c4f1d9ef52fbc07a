import { charLabel, howTo, strokesFor, whyMissed, withCapsLock } from './drillKeys';

describe('majuscules: keys in words', () => {
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
    expect(whyMissed('^z', 'ô', 'fr-azerty', false)).toEqual({ key: 'feedback.noCompose', values: { accent: '^', letter: 'z' } });
    expect(whyMissed('^', 'ê', 'fr-azerty', false)).toEqual({ key: 'feedback.loneAccent', values: { accent: '^' } });
    expect(whyMissed('2', 'é', 'fr-azerty', false)).toEqual({ key: 'feedback.capsOn' });
    expect(whyMissed('e', 'ê', 'fr-azerty', false)).toEqual({ key: 'feedback.noAccent' });
    expect(whyMissed('N', 'n', 'fr-azerty', false)).toEqual({ key: 'feedback.shiftHeld' });
    expect(whyMissed('x', 'e', 'fr-azerty', false)).toBeNull();
  });
});

describe('majuscules: capitals', () => {
  it('names Maj for a capital, and Verr. Maj in the capitals step', () => {
    expect(howTo(strokesFor('M', 'fr-azerty'), 'fr-azerty', 'M')).toEqual({ key: 'feedback.how.hold', values: { modifier: 'Maj', key: 'M' } });
    expect(howTo(strokesFor('M', 'us-qwerty'), 'us-qwerty', 'M')).toEqual({ key: 'feedback.how.hold', values: { modifier: 'Shift', key: 'M' } });
    expect(howTo([withCapsLock(strokesFor('C', 'fr-azerty')![0])], 'fr-azerty', 'C')).toEqual({
      key: 'feedback.how.lock',
      values: { lock: 'Verr. Maj', key: 'C' },
    });
    expect(whyMissed('c', 'C', 'fr-azerty', true)).toEqual({ key: 'feedback.capsOff' });
    expect(whyMissed('x', 'C', 'fr-azerty', true)).toBeNull();
  });
});
