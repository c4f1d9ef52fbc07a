/**
 * The languages Pas à pas ships. French is the source (written FALC); a language is listed here
 * only once every lesson and the common UI are translated. `voice` is the espeak-ng voice used by
 * the narrate script (null: no open synthetic voice exists, the text ships alone and says so).
 */
export const LANGUAGE_CODES = ['fr', 'ar', 'en'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface Language {
  code: LanguageCode;
  /** The language's own name, as its speakers write it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** espeak-ng voice for generated clips. */
  voice: string | null;
  /** BCP 47 tag used to pick a device voice (speechSynthesis) when a clip is missing. */
  speechLang: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'fr', nativeName: 'Français', dir: 'ltr', voice: 'fr+f3', speechLang: 'fr-FR' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', voice: 'ar', speechLang: 'ar' },
  { code: 'en', nativeName: 'English', dir: 'ltr', voice: 'en-gb', speechLang: 'en-GB' },
];

export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export function languageOf(code: string | null | undefined): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}

export function isLanguageCode(code: unknown): code is LanguageCode {
  return (LANGUAGE_CODES as readonly unknown[]).includes(code);
}
