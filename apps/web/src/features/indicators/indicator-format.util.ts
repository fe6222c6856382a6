import { IndicatorUnit } from '@partrack/shared';
import { localeTag, type Language } from '../../app/i18n/language';

/** Words the formatter needs in the reader's language ("hạng 3", "Có"/"Không"). */
export interface ValueTexts {
  rank: (rank: string) => string;
  yes: string;
  no: string;
}

const formats = new Map<string, Intl.NumberFormat>();

function format(language: Language, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${language}:${minDigits}:${maxDigits}`;
  let result = formats.get(key);
  if (!result) {
    result = new Intl.NumberFormat(localeTag(language), {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    formats.set(key, result);
  }
  return result;
}

/** A plain number in the reader's locale (1.234,5 in Vietnamese), at most `maxDigits` decimals. */
export function formatNumber(value: number, language: Language, maxDigits = 2): string {
  return format(language, 0, maxDigits).format(value);
}

/**
 * A figure as people read it for its unit: percentages with one decimal ("85,5%"), counts as whole
 * numbers, ranks as "hạng 3", yes/no for BOOLEAN 1/0 (a rolled-up BOOLEAN can be a count, shown as a number),
 * scores with up to two decimals. Null means nobody reported: a dash, never 0.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: IndicatorUnit,
  language: Language,
  texts: ValueTexts,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case IndicatorUnit.PERCENT:
      return `${format(language, 1, 1).format(value)}%`;
    case IndicatorUnit.COUNT:
      return format(language, 0, 0).format(value);
    case IndicatorUnit.RANK:
      return texts.rank(format(language, 0, 0).format(value));
    case IndicatorUnit.BOOLEAN:
      if (value === 1) return texts.yes;
      if (value === 0) return texts.no;
      return formatNumber(value, language);
    case IndicatorUnit.SCORE:
      return formatNumber(value, language);
  }
}

/** "12 / 15" for the parts of a RATIO figure; null when either part is missing. */
export function formatRatioParts(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  language: Language,
): string | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined)
    return null;
  return `${formatNumber(numerator, language)} / ${formatNumber(denominator, language)}`;
}
