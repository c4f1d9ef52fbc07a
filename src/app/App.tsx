import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { NarratorContext } from '../narration/NarratorContext';
import type { Narrator } from '../narration/narrator';
import { ProgressProvider } from '../progress/ProgressContext';
import { SettingsProvider, useSettings } from '../settings/SettingsContext';
import type { KeyValueStore } from '../storage/safeStorage';
import { Layout } from './Layout';
import { CataloguePage } from './pages/CataloguePage';
import { HomePage } from './pages/HomePage';
import { LessonPage } from './pages/LessonPage';
import { SettingsPage } from './pages/SettingsPage';

export interface AppProps {
  store: KeyValueStore;
  i18n: I18n;
  narrator: Narrator;
}

/** The whole app below a router (HashRouter in the browser, MemoryRouter in tests). */
export function App({ store, i18n, narrator }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SettingsProvider store={store}>
        <ProgressProvider store={store}>
          <NarratorContext.Provider value={narrator}>
            <ApplySettings i18n={i18n} narrator={narrator} />
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<HomePage />} />
                <Route path="lecons" element={<CataloguePage />} />
                <Route path="lecons/:lessonId" element={<LessonPage />} />
                <Route path="reglages" element={<SettingsPage />} />
                <Route path="*" element={<Navigate to="/" replace />} />
              </Route>
            </Routes>
          </NarratorContext.Provider>
        </ProgressProvider>
      </SettingsProvider>
    </I18nextProvider>
  );
}

/** Settings reach the services that live outside React: the language and the voice. */
function ApplySettings({ i18n, narrator }: { i18n: I18n; narrator: Narrator }) {
  const { settings } = useSettings();
  useEffect(() => {
    if (settings.language && settings.language !== i18n.language) void i18n.changeLanguage(settings.language);
  }, [i18n, settings.language]);
  useEffect(() => {
    narrator.setOptions({ enabled: settings.narration, volume: settings.volume, speed: settings.speed });
  }, [narrator, settings.narration, settings.volume, settings.speed]);
  return null;
}
