import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import type { i18n as I18n } from 'i18next';
import { currentLanguage } from './i18n.instance';
import { isLanguage } from './language';

/** Dates formatted by dayjs (and antd's pickers) in the interface's language, now and after each switch. */
export function followLanguageWithDayjs(instance: I18n): void {
  dayjs.locale(currentLanguage(instance));
  instance.on('languageChanged', (lng) => {
    if (isLanguage(lng)) dayjs.locale(lng);
  });
}
