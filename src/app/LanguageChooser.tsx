import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useSettings } from '../settings/SettingsContext';

/** Each language by its own name, in its own script and direction, as big buttons. */
export function LanguageChooser({ headingLevel: Heading = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const { t, i18n } = useTranslation();
  const { updateSettings } = useSettings();
  return (
    <section className="language-chooser" aria-labelledby="language-heading">
      <Heading id="language-heading">{t('home.chooseLanguage')}</Heading>
      <ul className="choice-grid">
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="big-button choice"
              lang={language.code}
              dir={language.dir}
              aria-pressed={i18n.language === language.code}
              onClick={() => updateSettings({ language: language.code })}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
