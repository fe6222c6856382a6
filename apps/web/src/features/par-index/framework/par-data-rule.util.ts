import { checkDataRule, ParDataSource } from '@partrack/shared';
import type { ParCriterionFieldsFragment, ParDataRuleInput } from '../../../gql/graphql';

export interface ThresholdValue {
  atLeast: number | null;
  points: number | null;
}

/**
 * A DATA item's rule as the editor holds it: numbers may still be empty while typed, and both parameters are
 * kept while the source changes (only the source's own is sent).
 */
export interface DataRuleValue {
  source: ParDataSource;
  areaCode: string | null;
  indicatorCode: string | null;
  thresholds: ThresholdValue[];
}

/** The API takes at most ten thresholds. */
export const MAX_THRESHOLDS = 10;

/** An indicator's code as the API takes it: capitals, digits, "-" and "_". */
const INDICATOR_CODE = /^[A-Z0-9][A-Z0-9_-]{0,63}$/;

export type DataRuleProblem =
  | { kind: 'noThresholds' | 'indicatorCodeMissing' | 'indicatorCodeInvalid' }
  | {
      kind:
        | 'percentRequired'
        | 'pointsRequired'
        | 'percentOutOfRange'
        | 'duplicatePercent'
        | 'invalidPoints'
        | 'aboveMaximum';
      index: number;
    };

export function dataRuleValueOf(rule: ParCriterionFieldsFragment['dataRule']): DataRuleValue | null {
  if (!rule) return null;
  return {
    source: rule.source,
    areaCode: rule.areaCode,
    indicatorCode: rule.indicatorCode ?? null,
    thresholds: rule.thresholds.map((t) => ({ atLeast: t.atLeast, points: t.points })),
  };
}

/** A new rule starts as "all tasks on time → the maximum", the usual first line of a provincial table. */
export function newDataRule(maxPoints: number | null): DataRuleValue {
  return {
    source: ParDataSource.TASKS_ON_TIME,
    areaCode: null,
    indicatorCode: null,
    thresholds: [{ atLeast: 100, points: maxPoints }],
  };
}

/**
 * What the API would refuse, found before sending: an indicator without a code, empty numbers, then the
 * shared `checkDataRule` (the indicator's code, 0–100, distinct percentages, valid points within the item's
 * maximum), the very check the API runs, on what would be sent.
 */
export function dataRuleProblems(value: DataRuleValue, maxPoints: number | null): DataRuleProblem[] {
  const problems: DataRuleProblem[] = [];
  const input = toDataRuleInput(value);
  if (input.indicatorCode && !INDICATOR_CODE.test(input.indicatorCode))
    problems.push({ kind: 'indicatorCodeInvalid' });
  const missing = new Set<string>();
  value.thresholds.forEach((t, index) => {
    if (t.atLeast === null) {
      problems.push({ kind: 'percentRequired', index });
      missing.add(`percent:${index}`);
    }
    if (t.points === null) {
      problems.push({ kind: 'pointsRequired', index });
      missing.add(`points:${index}`);
    }
  });
  const shared = checkDataRule(
    {
      source: input.source,
      areaCode: input.areaCode,
      indicatorCode: input.indicatorCode,
      thresholds: value.thresholds.map((t) => ({
        atLeast: t.atLeast ?? Number.NaN,
        points: t.points ?? Number.NaN,
      })),
    },
    // Without a maximum yet, points are only checked for their own form.
    maxPoints ?? Number.MAX_SAFE_INTEGER / 100,
  );
  for (const problem of shared) {
    // What is sent carries only the source's own parameter: the other parameter problems cannot arise.
    if (problem.kind === 'noThresholds' || problem.kind === 'indicatorCodeMissing') problems.push(problem);
    else if (!('index' in problem)) continue;
    else if (problem.kind === 'percentOutOfRange' || problem.kind === 'duplicatePercent') {
      if (!missing.has(`percent:${problem.index}`)) problems.push(problem);
    } else if (!missing.has(`points:${problem.index}`)) problems.push(problem);
  }
  return problems.sort((a, b) => ('index' in a ? a.index : -1) - ('index' in b ? b.index : -1));
}

/** Whether a problem concerns a threshold's percentage (else its points). */
export function isPercentProblem(problem: DataRuleProblem): boolean {
  return (
    problem.kind === 'percentRequired' ||
    problem.kind === 'percentOutOfRange' ||
    problem.kind === 'duplicatePercent'
  );
}

/** The input the mutations take: the reform-area filter only for tasks, the code (in capitals) only for an indicator. */
export function toDataRuleInput(value: DataRuleValue): ParDataRuleInput {
  return {
    source: value.source,
    areaCode: value.source === ParDataSource.TASKS_ON_TIME ? value.areaCode || null : null,
    indicatorCode:
      value.source === ParDataSource.INDICATOR_TARGET
        ? value.indicatorCode?.trim().toUpperCase() || null
        : null,
    thresholds: value.thresholds.map((t) => ({ atLeast: t.atLeast ?? 0, points: t.points ?? 0 })),
  };
}

/** Highest percentage first, the way the rule is read ("100 % → 1, 80 % → 0,5"). */
export function thresholdsHighFirst<T extends { atLeast: number }>(thresholds: readonly T[]): T[] {
  return [...thresholds].sort((a, b) => b.atLeast - a.atLeast);
}
