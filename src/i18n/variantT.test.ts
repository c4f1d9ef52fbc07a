import { createInstance } from 'i18next';
import { variantT } from './variantT';

async function tFor(lng: string) {
  const i18n = createInstance();
  await i18n.init({
    lng,
    fallbackLng: 'fr',
    resources: {
      fr: {
        lesson: {
          erase: 'Effacez avec <fr>Retour arrière</fr>.',
          erase_qwerty: 'Effacez avec <fr>Backspace</fr>.',
          extra_one: '{{count}} chiffre en trop : <fr>Retour arrière</fr>.',
          extra_other: '{{count}} chiffres en trop : <fr>Retour arrière</fr>.',
          extra_qwerty_one: '{{count}} chiffre en trop : <fr>Backspace</fr>.',
          extra_qwerty_other: '{{count}} chiffres en trop : <fr>Backspace</fr>.',
          tap: 'Cliquez.',
          tap_touch: 'Touchez.',
          only: 'Sans variante.',
        },
      },
      en: { lesson: { erase: 'Erase with <fr>Retour arrière</fr>.', only: 'No variant.' } },
    },
  });
  return i18n.getFixedT(lng, 'lesson');
}

describe('variantT', () => {
  it('gives the variant when there is one, the text itself otherwise', async () => {
    const t = variantT(await tFor('fr'), 'qwerty');
    expect(t('erase')).toBe('Effacez avec <fr>Backspace</fr>.');
    expect(t('only')).toBe('Sans variante.');
  });

  it('keeps the plural forms of a variant', async () => {
    const t = variantT(await tFor('fr'), 'qwerty');
    expect(t('extra', { count: 1 })).toBe('1 chiffre en trop : <fr>Backspace</fr>.');
    expect(t('extra', { count: 3 })).toBe('3 chiffres en trop : <fr>Backspace</fr>.');
  });

  it('leaves a call that names its own context alone', async () => {
    const t = variantT(await tFor('fr'), 'qwerty');
    expect(t('tap', { context: 'touch' })).toBe('Touchez.');
  });

  it('never takes a variant from another language over the learner’s own text', async () => {
    const t = variantT(await tFor('en'), 'qwerty');
    // English has no variant here: its own text, not the French variant.
    expect(t('erase')).toBe('Erase with <fr>Retour arrière</fr>.');
  });
});
