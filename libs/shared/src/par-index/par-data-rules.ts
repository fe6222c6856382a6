import { isValidPoints, roundTwo, toHundredths } from './par-points';
import { ParThreshold, pointsForFigure } from './par-scale';

/** Where a provisional item's points come from. */
export enum ParProvisionalSource {
  /** Computed now from partrack's records (DATA items with a rule) */
  COMPUTED = 'COMPUTED',
  /** The council's final points */
  APPRAISED = 'APPRAISED',
  /** The agency's own (draft or submitted) score */
  SELF = 'SELF',
  /** Last year's final points of the same item code */
  LAST_YEAR = 'LAST_YEAR',
  /** Nothing known yet: counted as 0 */
  NONE = 'NONE',
}

/** What partrack's own records a DATA item reads. */
export enum ParDataSource {
  /** Share of the agency's lead tasks of the year's plans, due by the date, done by their deadline */
  TASKS_ON_TIME = 'TASKS_ON_TIME',
  /** Share of the agency's periodic reports of the year, due by the date, sent by their deadline */
  REPORTS_ON_TIME = 'REPORTS_ON_TIME',
  /** An indicator's value for the agency against its target for the agency: the attainment percentage */
  INDICATOR_TARGET = 'INDICATOR_TARGET',
}

/**
 * How a DATA item turns records into points: the source, its parameter (for tasks an optional reform area of
 * the plans, "I" … "VII"; for an indicator the indicator's code, required: frameworks are per year while
 * indicators belong to plans, so the code names it in the plans of the framework's year), and thresholds,
 * e.g. 100 % → 1, 80 % → 0.5, below → 0.
 */
export interface ParDataRule {
  source: ParDataSource;
  areaCode?: string | null;
  indicatorCode?: string | null;
  thresholds: ParThreshold[];
}

export type ParDataRuleProblem =
  /** INDICATOR_TARGET without an indicator code */
  | { kind: 'indicatorCodeMissing' }
  /** An indicator code on another source: it would be silently ignored */
  | { kind: 'indicatorCodeNotIndicator' }
  /** A reform-area filter on another source than tasks: it would silently match nothing */
  | { kind: 'areaNotTasks' }
  | { kind: 'noThresholds' }
  | { kind: 'percentOutOfRange'; index: number }
  | { kind: 'duplicatePercent'; index: number }
  | { kind: 'invalidPoints'; index: number }
  | { kind: 'aboveMaximum'; index: number };

/**
 * A rule's own problems: its parameter fits its source (an indicator code exactly for INDICATOR_TARGET, an
 * area only for tasks), and its thresholds lie in 0–100 %, are distinct and pay valid points within the maximum.
 */
export function checkDataRule(rule: ParDataRule, maxPoints: number): ParDataRuleProblem[] {
  const problems: ParDataRuleProblem[] = [];
  const indicatorCode = rule.indicatorCode?.trim() ?? '';
  if (rule.source === ParDataSource.INDICATOR_TARGET && indicatorCode === '')
    problems.push({ kind: 'indicatorCodeMissing' });
  if (rule.source !== ParDataSource.INDICATOR_TARGET && indicatorCode !== '')
    problems.push({ kind: 'indicatorCodeNotIndicator' });
  if (rule.source !== ParDataSource.TASKS_ON_TIME && (rule.areaCode?.trim() ?? '') !== '')
    problems.push({ kind: 'areaNotTasks' });
  if (rule.thresholds.length === 0) problems.push({ kind: 'noThresholds' });
  const seen = new Set<number>();
  rule.thresholds.forEach((t, index) => {
    if (!Number.isFinite(t.atLeast) || t.atLeast < 0 || t.atLeast > 100)
      problems.push({ kind: 'percentOutOfRange', index });
    else if (seen.has(toHundredths(t.atLeast))) problems.push({ kind: 'duplicatePercent', index });
    else seen.add(toHundredths(t.atLeast));
    if (!isValidPoints(t.points)) problems.push({ kind: 'invalidPoints', index });
    else if (toHundredths(t.points) > toHundredths(maxPoints)) problems.push({ kind: 'aboveMaximum', index });
  });
  return problems;
}

/** On-time share in percent, two decimals; with nothing due yet nothing is late: 100. */
export function onTimeShare(onTime: number, total: number): number {
  if (total <= 0) return 100;
  return roundTwo((Math.min(onTime, total) / total) * 100);
}

/** The share and the points a rule gives for counts of records. */
export function dataRulePoints(rule: ParDataRule, counts: { total: number; onTime: number }) {
  const share = onTimeShare(counts.onTime, counts.total);
  return { share, points: pointsForFigure(rule.thresholds, share) };
}
