import dayjs from 'dayjs';
import { localeTag, type Language } from '../i18n/language';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
/** Wire format of the LocalDate scalar. */
export const LOCAL_DATE_FORMAT = 'YYYY-MM-DD';

export interface Formatters {
  date: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
  number: (value: number) => string;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

function numberFormat(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(language));
    numberFormats.set(language, format);
  }
  return format;
}

/** Dates are DD/MM/YYYY in both languages: the province's documents use it and mixed formats confuse readers. */
export function createFormatters(language: Language): Formatters {
  const format = (value: string | null | undefined, pattern: string): string => {
    if (!value) return '—';
    const parsed = dayjs(value);
    return parsed.isValid() ? parsed.format(pattern) : value;
  };
  return {
    date: (value) => format(value, DATE_FORMAT),
    dateTime: (value) => format(value, DATE_TIME_FORMAT),
    number: (value) => numberFormat(language).format(value),
  };
}
