import polyglotI18nProvider from 'ra-i18n-polyglot';
import { type I18nProvider, resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import { mergeMessages } from './define-messages';
import { en } from './en';
import { FEATURE_MESSAGES } from './feature-messages';
import { id } from './id';
import { saveUserLocale } from './user-locale';

const messages: Record<string, TranslationMessages> = {
  en: mergeMessages(en, ...FEATURE_MESSAGES.map((feature) => feature.en)) as TranslationMessages,
  id: mergeMessages(id, ...FEATURE_MESSAGES.map((feature) => feature.id)) as TranslationMessages,
};

const browserLocale = resolveBrowserLocale('en');
const initialLocale = browserLocale in messages ? browserLocale : 'en';

const polyglot = polyglotI18nProvider((locale) => messages[locale] ?? messages.en, initialLocale, [
  { locale: 'en', name: 'English' },
  { locale: 'id', name: 'Bahasa Indonesia' },
]);

// Screen readers pick their voice from the page language.
const setDocumentLanguage = (locale: string) => {
  document.documentElement.lang = locale;
};
setDocumentLanguage(initialLocale);

// A language picked in the app wins over the browser's: react-admin keeps it in its localStorage
// store for this browser, and the user's record keeps it for their next sign-in anywhere.
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    setDocumentLanguage(locale);
    void saveUserLocale(locale);
  },
};
