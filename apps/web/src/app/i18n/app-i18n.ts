import type { i18n as I18n } from 'i18next';
import core from 'virtual:partrack-core-translations';
import { buildI18n } from './i18n.instance';
import { readStoredLanguage, SUPPORTED_LANGUAGES } from './language';

let appInstance: I18n | undefined;
let loading: Promise<void> | undefined;

/**
 * The app's i18next instance, with the texts of the first screen (CORE_NAMESPACES) in both languages: the
 * login page must not download every screen's texts (~25 KB brotli), but must switch language at once.
 */
export function createAppI18n(): I18n {
  appInstance = buildI18n(readStoredLanguage(), {
    vi: { translation: core.vi },
    en: { translation: core.en },
  });
  return appInstance;
}

/**
 * Adds the texts of every screen, both languages (one fetch each, once), and makes dayjs (dates) follow the
 * language. The signed-in shell route waits for it, in parallel with the layout's and the page's code, so no
 * screen renders before its texts.
 */
export function loadAllTranslations(): Promise<void> {
  loading ??= Promise.all([
    import('./dayjs-locale').then(({ followLanguageWithDayjs }) => {
      if (appInstance) followLanguageWithDayjs(appInstance);
    }),
    ...SUPPORTED_LANGUAGES.map(async (language) => {
      const module: { default: Record<string, unknown> } =
        language === 'vi'
          ? await import('../../i18n/locales/vi.json')
          : await import('../../i18n/locales/en.json');
      appInstance?.addResourceBundle(language, 'translation', module.default, true, false);
    }),
  ]).then(
    () => undefined,
    (error: unknown) => {
      // A failed fetch (deployment in between, network) may be retried by the next navigation.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
