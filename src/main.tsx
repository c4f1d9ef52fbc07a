import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { loadLessonLocale } from '../lessons';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { createHowlerNarrator } from './narration/narrator';
import { settingsRecord } from './settings/settings';
import { browserStore } from './storage/safeStorage';
import './app/app.css';

const store = browserStore();
const i18n = await initI18n(settingsRecord(store).read().value.language ?? 'fr', loadLessonLocale);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Hash routing: works from any static server and any sub-path, with no server rewrites. */}
    <HashRouter>
      <App store={store} i18n={i18n} narrator={createHowlerNarrator()} />
    </HashRouter>
  </StrictMode>,
);
