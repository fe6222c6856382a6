import 'i18next';
import type vi from '../../i18n/locales/vi.json';

// Typed keys turn a typo in t('...') into a compile error instead of a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
