import type { i18n as I18n } from 'i18next';
import en from '../../i18n/locales/en.json';
import vi from '../../i18n/locales/vi.json';
import { followLanguageWithDayjs } from './dayjs-locale';
import { buildI18n } from './i18n.instance';
import { readStoredLanguage, type Language } from './language';

export { currentLanguage } from './i18n.instance';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

/**
 * Every text of both languages, loaded at once: for tests and tools. The app itself starts with the first
 * screen's texts only and fetches the rest with the signed-in screens (app-i18n.ts).
 */
export function createI18n(initial: Language = readStoredLanguage()): I18n {
  const instance = buildI18n(initial, resources);
  followLanguageWithDayjs(instance);
  return instance;
}
