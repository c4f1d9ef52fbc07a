import i18next from 'i18next';
import { cachedT } from './cachedT';

async function instance() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: { fr: { translation: { label: 'Votre texte', miss: 'Vous avez tapé {{typed}}.' } } },
  });
  return i18n;
}

describe('cachedT', () => {
  it('gives the same texts as t, asking i18next once per plain key', async () => {
    const i18n = await instance();
    const t = vi.fn(i18n.t.bind(i18n)) as unknown as typeof i18n.t;
    const cached = cachedT(t);
    expect(cached('label')).toBe('Votre texte');
    expect(cached('label')).toBe('Votre texte');
    expect(t).toHaveBeenCalledTimes(1);
  });

  it('passes calls with values to i18next every time, so each one gets its own values', async () => {
    const i18n = await instance();
    const t = vi.fn(i18n.t.bind(i18n)) as unknown as typeof i18n.t;
    const cached = cachedT(t);
    expect(cached('miss', { typed: 'x' })).toBe('Vous avez tapé x.');
    expect(cached('miss', { typed: 'k' })).toBe('Vous avez tapé k.');
    expect(t).toHaveBeenCalledTimes(2);
  });
});
