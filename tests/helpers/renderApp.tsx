import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { loadLessonLocale } from '../../lessons';
import { App } from '../../src/app/App';
import { initI18n } from '../../src/i18n/i18n';
import type { LanguageCode } from '../../src/i18n/languages';
import { memoryStore, type KeyValueStore } from '../../src/storage/safeStorage';
import { fakeNarrator } from './fakeNarrator';

interface RenderAppOptions {
  path?: string;
  language?: LanguageCode;
  store?: KeyValueStore;
  narrator?: ReturnType<typeof fakeNarrator>;
}

/** The whole app as a learner meets it, on a memory router, with a recording narrator. */
export async function renderApp({ path = '/', language = 'fr', store = memoryStore(), narrator = fakeNarrator() }: RenderAppOptions = {}) {
  const i18n = await initI18n(language, loadLessonLocale);
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <App store={store} i18n={i18n} narrator={narrator} />
    </MemoryRouter>,
  );
  return { ...view, user, store, narrator, i18n, screen };
}

/** A store where the learner already chose their settings (by default French, no narration), here a keyboard. */
export function storeWithSettings(settings: { keyboardLayout?: string; narration?: boolean } = {}): KeyValueStore {
  const store = memoryStore();
  store.set('pas-a-pas.settings', JSON.stringify({ version: 1, language: 'fr', textSize: 'normal', narration: false, volume: 0.9, speed: 1, ...settings }));
  return store;
}
