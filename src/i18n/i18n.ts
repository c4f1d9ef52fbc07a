import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageOf, SOURCE_LANGUAGE, type LanguageCode } from './languages';

type Resources = Record<string, unknown>;
/** Loads a namespace other than `common` (a lesson's texts), given by the app from the lesson registry. */
export type NamespaceLoader = (ns: string, lang: string) => Promise<Resources>;

const commonLocales = import.meta.glob<Resources>('./locales/*.json', { import: 'default' });

function lazyBackend(loadNamespace: NamespaceLoader): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(lang, ns, callback) {
      const load =
        ns === 'common'
          ? commonLocales[`./locales/${lang}.json`]?.() ?? Promise.reject(new Error(`No common texts for ${lang}`))
          : loadNamespace(ns, lang);
      load.then((resources) => callback(null, resources), (error: Error) => callback(error, false));
    },
  };
}

/** `<html lang dir>` follow the language, so screen readers, fonts and the whole layout flip with it. */
function syncDocument(lang: string) {
  const language = languageOf(lang);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

export async function initI18n(language: LanguageCode, loadNamespace: NamespaceLoader): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocument);
  await instance
    .use(lazyBackend(loadNamespace))
    .use(initReactI18next)
    .init({
      lng: language,
      // A text missing in a translation is shown in French rather than as a raw key.
      fallbackLng: SOURCE_LANGUAGE,
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      react: { useSuspense: false },
    });
  syncDocument(language);
  return instance;
}
