import { memoryStore } from '../storage/safeStorage';
import { defaultSettings, settingsRecord } from './settings';

describe('settings storage', () => {
  it('falls back to the defaults on unknown values', () => {
    const store = memoryStore();
    store.set('pas-a-pas.settings', JSON.stringify({ ...defaultSettings(), language: 'klingon' }));
    expect(settingsRecord(store).read()).toEqual({ value: defaultSettings(), status: 'reset' });
  });

  it('keeps a valid choice', () => {
    const store = memoryStore();
    const settings = { ...defaultSettings(), language: 'ar' as const, textSize: 'xlarge' as const, speed: 0.8 };
    settingsRecord(store).write(settings);
    expect(settingsRecord(store).read().value).toEqual(settings);
  });
});
