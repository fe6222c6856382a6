import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import en from '../../i18n/locales/en.json';
import vi from '../../i18n/locales/vi.json';
import { DEFAULT_LANGUAGE, isLanguage, readStoredLanguage, storeLanguage, type Language } from './language';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

function applySideEffects(language: Language): void {
  dayjs.locale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Both languages are bundled: together they are a few KB gzip, far less than the latency of fetching one lazily
 * on the login screen.
 */
export function createI18n(initial: Language = readStoredLanguage()): I18n {
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
