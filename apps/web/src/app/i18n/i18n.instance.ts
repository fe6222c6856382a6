import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, storeLanguage, type Language } from './language';

// dayjs follows the language too, but only where dates are shown (dayjs-locale.ts): not on the login page.
function applySideEffects(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** An i18next instance on the given resources; no locale file is imported here, so callers choose. */
export function buildI18n(initial: Language, resources: Resource): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  applySideEffects(initial);
  instance.on('languageChanged', (lng) => {
    if (!isLanguage(lng)) return;
    storeLanguage(lng);
    applySideEffects(lng);
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
