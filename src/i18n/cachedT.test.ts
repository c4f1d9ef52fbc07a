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

  it('keeps a text per key and values, so each set of values gets its own text, asked once', async () => {
    const i18n = await instance();
    const t = vi.fn(i18n.t.bind(i18n)) as unknown as typeof i18n.t;
    const cached = cachedT(t);
    expect(cached('miss', { typed: 'x' })).toBe('Vous avez tapé x.');
    expect(cached('miss', { typed: 'k' })).toBe('Vous avez tapé k.');
    expect(cached('miss', { typed: 'x' })).toBe('Vous avez tapé x.');
    // Same spelling, other type: not the same call.
    expect(cached('miss', { typed: 1 })).toBe('Vous avez tapé 1.');
    expect(cached('miss', { typed: '1' })).toBe('Vous avez tapé 1.');
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('passes calls it cannot keep to i18next every time: an object among the values, or a result that is not a text', async () => {
    const i18n = await instance();
    const t = vi.fn(i18n.t.bind(i18n)) as unknown as typeof i18n.t;
    const cached = cachedT(t);
    expect(cached('miss', { typed: { toString: () => 'x' } })).toBe('Vous avez tapé x.');
    expect(cached('miss', { typed: { toString: () => 'y' } })).toBe('Vous avez tapé y.');
    const details = cached('label', { returnDetails: true }) as unknown as { res: string; usedLng: string };
    expect(details).toMatchObject({ res: 'Votre texte', usedLng: 'fr' });
    expect(cached('label', { returnDetails: true })).toEqual(details);
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('stays bounded: past its limit it drops old texts and asks for them again', async () => {
    const i18n = await instance();
    const t = vi.fn(i18n.t.bind(i18n)) as unknown as typeof i18n.t;
    const cached = cachedT(t);
    for (let n = 0; n < 1000; n += 1) expect(cached('miss', { typed: n })).toBe(`Vous avez tapé ${n}.`);
    expect(t).toHaveBeenCalledTimes(1000);
    cached('miss', { typed: 999 });
    expect(t).toHaveBeenCalledTimes(1000);
    cached('miss', { typed: 0 });
    expect(t).toHaveBeenCalledTimes(1001);
  });
});
