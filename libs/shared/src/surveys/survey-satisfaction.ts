import { SURVEY_LEVEL_COUNT, SURVEY_NO_ANSWER, isSurveyLevel, lowestSatisfiedLevel } from './survey-scale';

/**
 * Answers counted by level: index 0 = no answer or invalid, 1..5 = the scale. Both XLSX shapes and the online
 * form end as counts, so every rule below works on counts and never needs the respondents.
 */
export type SurveyCounts = readonly number[];

export function emptyCounts(): number[] {
  return new Array<number>(SURVEY_LEVEL_COUNT + 1).fill(0);
}

export function addCounts(a: SurveyCounts, b: SurveyCounts): number[] {
  const sum = emptyCounts();
  for (let level = 0; level <= SURVEY_LEVEL_COUNT; level++) sum[level] = (a[level] ?? 0) + (b[level] ?? 0);
  return sum;
}

export function sumCounts(all: readonly SurveyCounts[]): number[] {
  return all.reduce<number[]>((total, counts) => addCounts(total, counts), emptyCounts());
}

/** The level an answer counts at: its own level when it is one of 1..5, otherwise "no answer". */
export function answerLevel(answer: unknown): number {
  return isSurveyLevel(answer) ? answer : SURVEY_NO_ANSWER;
}

/** Counts of one question's answers given respondent by respondent (null or anything off the scale = no answer). */
export function countAnswers(answers: readonly unknown[]): number[] {
  const counts = emptyCounts();
  for (const answer of answers) counts[answerLevel(answer)] += 1;
  return counts;
}

export interface Satisfaction {
  /** Answers on the scale (levels 1..5) */
  readonly valid: number;
  /** Valid answers at one of the top `satisfiedLevels` levels */
  readonly satisfied: number;
  /** Blank or invalid answers, left out of the share */
  readonly noAnswer: number;
  /** satisfied ÷ valid × 100, two decimals (half away from zero); null when nobody answered */
  readonly share: number | null;
}

/**
 * The satisfaction rule: the share of valid answers at one of the top `satisfiedLevels` levels. Computed on
 * whole numbers so that 1 of 8 is exactly 12.5 and rounds like a spreadsheet's ROUND(x; 2).
 */
export function satisfaction(counts: SurveyCounts, satisfiedLevels: number): Satisfaction {
  const lowest = lowestSatisfiedLevel(satisfiedLevels);
  let valid = 0;
  let satisfied = 0;
  for (let level = 1; level <= SURVEY_LEVEL_COUNT; level++) {
    const n = counts[level] ?? 0;
    valid += n;
    if (level >= lowest) satisfied += n;
  }
  const share = valid === 0 ? null : Math.round((satisfied * 10000) / valid) / 100;
  return { valid, satisfied, noAnswer: counts[SURVEY_NO_ANSWER] ?? 0, share };
}
