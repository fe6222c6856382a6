import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '@partrack/shared';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../app/i18n/language';
import { formatIndicatorValue, formatNumber, formatRatioParts } from './indicator-format.util';

export interface IndicatorFormat {
  language: Language;
  value: (value: number | null | undefined, unit: IndicatorUnit) => string;
  number: (value: number) => string;
  ratio: (numerator: number | null | undefined, denominator: number | null | undefined) => string | null;
  /** Indicator name in the reader's language; Vietnamese when no English name was given. */
  name: (indicator: { nameVi: string; nameEn: string | null }) => string;
}

export function useIndicatorFormat(): IndicatorFormat {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => {
    const texts = {
      rank: (rank: string) => t('indicator.value.rank', { rank }),
      yes: t('indicator.value.yes'),
      no: t('indicator.value.no'),
    };
    return {
      language,
      value: (value, unit) => formatIndicatorValue(value, unit, language, texts),
      number: (value) => formatNumber(value, language),
      ratio: (numerator, denominator) => formatRatioParts(numerator, denominator, language),
      name: (indicator) => (language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.nameVi),
    };
  }, [language, t]);
}
