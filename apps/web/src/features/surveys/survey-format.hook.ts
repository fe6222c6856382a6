import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_LEVEL_LABELS, SurveyScope, type SurveyLevel, type SurveySector } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { DEFAULT_LANGUAGE, isLanguage } from '../../app/i18n/language';

export interface SurveyFormat {
  /** Whole numbers in the user's locale ("1.234" in Vietnamese) */
  number: (value: number) => string;
  /** A satisfaction share ("90,5 %"), or a dash when there is no valid answer */
  share: (value: number | null) => string;
  /** A level's label in the user's language ("Rất hài lòng") */
  level: (level: SurveyLevel) => string;
}

/** Numbers and shares as the survey screens print them, from the app's formatters and the shared scale. */
export function useSurveyFormat(): SurveyFormat {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const share = useCallback(
    (value: number | null) => (value === null ? '—' : t('survey.percent', { value: fmt.number(value) })),
    [fmt, t],
  );
  return useMemo(
    () => ({
      number: fmt.number,
      share,
      level: (level: SurveyLevel) => SURVEY_LEVEL_LABELS[level][language],
    }),
    [fmt, share, language],
  );
}

/** "Toàn tỉnh", "Một cơ quan, đơn vị", or the sector of a SECTOR survey ("Đất đai"). */
export function useSurveyScopeLabel(): (survey: {
  scope: SurveyScope;
  sector: SurveySector | null;
}) => string {
  const { t } = useTranslation();
  return ({ scope, sector }) =>
    scope === SurveyScope.SECTOR && sector
      ? `${t('survey.scope.SECTOR')}: ${t(`survey.sector.${sector}`)}`
      : t(`survey.scope.${scope}`);
}
