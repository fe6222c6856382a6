/**
 * The five-level answer scale (thang đo 5 mức) of SIPAS-style surveys. Level 0 is kept for answers that count
 * for nothing: a blank cell, "không trả lời", or a value outside the scale. Storing them lets a report show how
 * many were left out, while the satisfaction rule ignores them.
 */
export const SURVEY_LEVEL_COUNT = 5;
export const SURVEY_NO_ANSWER = 0;

export type SurveyLevel = 1 | 2 | 3 | 4 | 5;

export const SURVEY_LEVELS: readonly SurveyLevel[] = [1, 2, 3, 4, 5];

export interface SurveyLevelLabel {
  readonly vi: string;
  readonly en: string;
}

export const SURVEY_LEVEL_LABELS: Readonly<Record<SurveyLevel, SurveyLevelLabel>> = {
  1: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
  2: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  3: { vi: 'Bình thường', en: 'Neutral' },
  4: { vi: 'Hài lòng', en: 'Satisfied' },
  5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
};

/** "Hài lòng" + "rất hài lòng": the national SIPAS rule. A survey may count only the top level, or three. */
export const DEFAULT_SATISFIED_LEVELS = 2;
export const MIN_SATISFIED_LEVELS = 1;
export const MAX_SATISFIED_LEVELS = SURVEY_LEVEL_COUNT - 1;

export function isSurveyLevel(value: unknown): value is SurveyLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SURVEY_LEVEL_COUNT;
}

export function isValidSatisfiedLevels(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_SATISFIED_LEVELS && value <= MAX_SATISFIED_LEVELS;
}

/** The lowest level that counts as satisfied when the top `satisfiedLevels` levels do (2 → level 4). */
export function lowestSatisfiedLevel(satisfiedLevels: number): SurveyLevel {
  return (SURVEY_LEVEL_COUNT - satisfiedLevels + 1) as SurveyLevel;
}
