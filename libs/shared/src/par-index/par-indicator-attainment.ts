import { IndicatorDirection } from '../indicator/indicator.enums';
import { STATUS_EPSILON } from '../indicator/status-rule';
import { endsWithYear, periodEnd, yearFractionAtEnd } from '../period/period-calendar';
import { Period } from '../period/period.types';
import { roundTwo } from './par-points';

/** What an INDICATOR_TARGET rule reads for one agency: its value and what that value is held to. */
export interface ParIndicatorFigure {
  direction: IndicatorDirection;
  /** The agency's figure (its subtree's rollup) of the latest period that has one; null: none yet */
  value: number | null;
  /** What the value is held to (see {@link expectedTarget}); null: no target set */
  expected: number | null;
}

/**
 * What a value is judged against, as `indicatorStatus` judges it: the resolved target, except for a running
 * value of a cumulative indicator (counts that grow through the year), held to the linear expectation
 * target × months elapsed at the period's end ÷ 12. Without that, every agency would lose a cumulative
 * indicator's points until its December figure, however well on track it is.
 */
export function expectedTarget(input: {
  target: number | null;
  direction: IndicatorDirection;
  cumulative: boolean;
  period: Period;
  asOfDate: string;
}): number | null {
  const { target, period } = input;
  if (target === null || !Number.isFinite(target)) return null;
  const final = endsWithYear(period) && input.asOfDate >= periodEnd(period);
  const prorated = !final && input.cumulative && input.direction !== IndicatorDirection.EQUAL;
  return prorated ? target * yearFractionAtEnd(period) : target;
}

/**
 * The attainment percentage a rule's thresholds read, two decimals, within [0, 100]: null without a target
 * (nothing to attain: the item is not computable and falls back like the others), 0 without a figure.
 * AT_LEAST: value ÷ target (a target of 0 is met by any figure). AT_MOST (ranks, lower is better): 100 % at
 * or under the target, else target ÷ value. EQUAL (an exact count, a yes/no) is met or missed: 100 or 0.
 */
export function attainmentPercent(figure: ParIndicatorFigure): number | null {
  const { expected: target, value, direction } = figure;
  if (target === null || !Number.isFinite(target)) return null;
  if (value === null || !Number.isFinite(value)) return 0;
  // The same float slack as indicatorStatus, so a figure exactly on its target is 100 % here and met there.
  const epsilon = STATUS_EPSILON * Math.max(1, Math.abs(target));
  const clamp = (ratio: number) => roundTwo(Math.min(Math.max(ratio, 0), 1) * 100);
  switch (direction) {
    case IndicatorDirection.AT_LEAST:
      if (value >= target - epsilon) return 100;
      return target <= 0 ? 100 : clamp(value / target);
    case IndicatorDirection.AT_MOST:
      if (value <= target + epsilon) return 100;
      return clamp(target / value);
    case IndicatorDirection.EQUAL:
      return Math.abs(value - target) <= epsilon ? 100 : 0;
  }
}
