import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, localeTag } from '../../../app/i18n/language';

export interface ParIndexFormat {
  /** An index as published: always two decimals ("85,20" in Vietnamese, "85.20" in English). */
  index: (value: number) => string;
  /** Points or a change with at most two decimals, signed when asked ("+2,3", "−0,5"). */
  points: (value: number, signed?: boolean) => string;
}

/**
 * Indices are printed with two decimals, as the province's decisions print them, which the shared
 * `useFormatters().number` (default fraction digits) does not do; the locale comes from the same language.
 */
export function useParIndexFormat(): ParIndexFormat {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => {
    const tag = localeTag(language);
    const fixed = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const loose = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    return {
      index: (value) => fixed.format(value),
      points: (value, signed = false) => {
        const text = loose.format(Math.abs(value));
        if (!signed || value === 0) return value < 0 ? `−${text}` : text;
        // The typographic minus, as in the province's tables ("−0,5"), rather than a hyphen.
        return value > 0 ? `+${text}` : `−${text}`;
      },
    };
  }, [language]);
}
