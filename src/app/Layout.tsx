import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import { useProgress } from '../progress/ProgressContext';

export function Layout() {
  const { t } = useTranslation();
  const inLesson = useMatch('/lecons/:lessonId') !== null;
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="brand" translate="no" lang="fr">
          Pas à pas
        </p>
        {/* In a lesson the only way out is the runner's « Quitter »: nobody gets lost by a stray click. */}
        {!inLesson && (
          <nav aria-label={t('nav.label')}>
            <ul className="main-nav">
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/lecons" end>
                  {t('nav.catalogue')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/reglages">{t('nav.settings')}</NavLink>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNotices />
        <Outlet />
      </main>
    </>
  );
}

/** Hash routing owns the fragment, so the skip link moves focus itself. */
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function StorageNotices() {
  const { t } = useTranslation();
  const { wasReset, persistent } = useProgress();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || (!wasReset && persistent)) return null;
  return (
    <div className="notice" role="status">
      {wasReset && <p>{t('notice.progressReset')}</p>}
      {!persistent && <p>{t('notice.storageOff')}</p>}
      <button type="button" className="big-button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
