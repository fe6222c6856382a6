import { comparePeriods } from '../period/period-calendar';
import { parsePeriod } from '../period/period-format';
import { SurveySector } from './survey.enums';

/** The plan's Part I target: at least 85 % of people satisfied with administrative agencies. */
export const SATISFACTION_TARGET = 85;
/** …and at least 80 % in land, construction, investment, public health and public education. */
export const SATISFACTION_TARGET_LOWER = 80;

/** The five sectors the plan holds to the lower target. */
export const LOWER_TARGET_SECTORS: readonly SurveySector[] = [
  SurveySector.LAND,
  SurveySector.CONSTRUCTION,
  SurveySector.INVESTMENT,
  SurveySector.HEALTH,
  SurveySector.EDUCATION,
];

/** The satisfaction target (whole percent) of a sector; 85 % without a sector or for OTHER. */
export function satisfactionTarget(sector: SurveySector | null | undefined): number {
  return sector && LOWER_TARGET_SECTORS.includes(sector) ? SATISFACTION_TARGET_LOWER : SATISFACTION_TARGET;
}

/**
 * satisfied ÷ valid × 100 with the rule of `satisfaction` (two decimals, on whole numbers), for figures already
 * pooled as totals (several agencies, surveys or aspects); null when nobody gave a valid answer.
 */
export function shareOf(satisfied: number, valid: number): number | null {
  return valid === 0 ? null : Math.round((satisfied * 10000) / valid) / 100;
}

/** Change in percentage points from `before` to `after`, two decimals; null when either is missing. */
export function pointsChange(after: number | null, before: number | null): number | null {
  if (after === null || before === null) return null;
  return Math.round((after - before) * 100) / 100;
}

/** Orders survey periods as the period calendar does (by start, then shorter first); unknown text last. */
export function compareSurveyPeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  return comparePeriods(pa, pb);
}

export interface TrendCounts {
  readonly valid: number;
  readonly satisfied: number;
}

export interface TrendPoint<T extends TrendCounts = TrendCounts> {
  readonly period: string;
  readonly figures: T;
  readonly share: number | null;
  /** Points gained (+) or lost (−) since the previous period that has a share; null for the first */
  readonly change: number | null;
}

/**
 * One point per period in calendar order, each with its pooled share and the change in points from the
 * previous period that had one (a period nobody answered in neither breaks nor restarts the line).
 */
export function trendPoints<T extends TrendCounts>(byPeriod: ReadonlyMap<string, T>): TrendPoint<T>[] {
  let previous: number | null = null;
  return [...byPeriod.keys()].sort(compareSurveyPeriods).map((period) => {
    const figures = byPeriod.get(period) as T;
    const share = shareOf(figures.satisfied, figures.valid);
    const change = pointsChange(share, previous);
    if (share !== null) previous = share;
    return { period, figures, share, change };
  });
}
