import { assertNever } from '../auth/roles';
import { isIsoDate } from '../plan/iso-date';
import { endsWithYear, periodEnd, yearFractionAtEnd } from '../period/period-calendar';
import { Period } from '../period/period.types';
import { IndicatorDirection, IndicatorFrequency, IndicatorStatus } from './indicator.enums';

export const DEFAULT_AT_RISK_TOLERANCE = 0.05;

/** Relative slack for "equal": absorbs float noise such as 0.1 + 0.2, never a real difference. */
export const STATUS_EPSILON = 1e-9;

export interface IndicatorStatusInput {
  direction: IndicatorDirection;
  /** The plan year's target; null when none is set yet. */
  target: number | null;
  /** The measurement (or rollup) for `period`: year-to-date when `cumulative`. */
  value: number | null;
  period: Period;
  /** Does not change the result (see the rule); accepted so an indicator record can be spread in. */
  frequency?: IndicatorFrequency;
  /** True when values accumulate through the year towards the target (counts of things done). */
  cumulative?: boolean;
  /** 'YYYY-MM-DD' day of evaluation; defaults to the period's last day (the status as reported). */
  asOfDate?: string;
  /** Share of the reference (≥ 0) a value may miss by and still be AT_RISK; defaults to 0.05. */
  atRiskTolerance?: number;
}

type Closeness = 'MET' | 'NEAR' | 'MISSED';

function closeness(
  direction: IndicatorDirection,
  value: number,
  reference: number,
  tolerance: number,
): Closeness {
  const epsilon = STATUS_EPSILON * Math.max(1, Math.abs(reference));
  const band = tolerance * Math.abs(reference);
  switch (direction) {
    case IndicatorDirection.AT_LEAST:
      if (value >= reference - epsilon) return 'MET';
      return value >= reference - band - epsilon ? 'NEAR' : 'MISSED';
    case IndicatorDirection.AT_MOST:
      if (value <= reference + epsilon) return 'MET';
      return value <= reference + band + epsilon ? 'NEAR' : 'MISSED';
    case IndicatorDirection.EQUAL:
      return Math.abs(value - reference) <= epsilon ? 'MET' : 'MISSED';
    default:
      return assertNever(direction);
  }
}

/**
 * Status of an indicator's value for a period against the plan year's target. The one rule for API and
 * SPA; it is a pure function of its input (no clock: pass `asOfDate`).
 *
 * 1. NO_DATA when `value` or `target` is null (or not a finite number): without both there is nothing to
 *    compare, and a missing target must not look like a failure.
 * 2. The evaluation day is `asOfDate`, or the period's last day when omitted.
 *    The value is FINAL when the period ends on 31 December (YEAR, H2 or Q4) and the evaluation day is on
 *    or after that day. Any other value is RUNNING: Q1–Q3 and H1 figures cover only part of the year, so
 *    they can never achieve an annual target, however late they are looked at.
 * 3. The reference is the target, except for a RUNNING value of a `cumulative` AT_LEAST/AT_MOST indicator:
 *    then it is the linear expectation target × (months of the year elapsed at the period's end ÷ 12),
 *    i.e. ×0.25 for Q1, ×0.5 for H1, ×0.75 for Q3, ×1 for periods ending in December.
 *    Non-cumulative targets (rates such as "≥ 85% satisfied", ranks) and EQUAL targets are never pro-rated.
 * 4. Compare with the reference (tolerance band = `atRiskTolerance` × |reference|, default 5%):
 *    - AT_LEAST: value ≥ reference → met; value ≥ reference − band → near; else missed.
 *    - AT_MOST (ranks, where lower is better): value ≤ reference → met; ≤ reference + band → near; else missed.
 *    - EQUAL (an exact count, a BOOLEAN 1/0): |value − reference| ≤ epsilon → met; else missed (no band).
 *    Every comparison allows {@link STATUS_EPSILON} relative slack, so a value exactly on a boundary
 *    counts as inside it despite float rounding.
 * 5. met → ACHIEVED when FINAL, ON_TRACK when RUNNING; near → AT_RISK; missed → OFF_TRACK.
 *
 * A target of 0 has an empty band (nothing is "5% of zero"), so AT_MOST 0 is met or missed outright.
 */
export function indicatorStatus(input: IndicatorStatusInput): IndicatorStatus {
  const { direction, target, value, period, cumulative = false } = input;
  const tolerance = input.atRiskTolerance ?? DEFAULT_AT_RISK_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`atRiskTolerance must be a finite number ≥ 0, got ${tolerance}`);
  }
  if (input.asOfDate !== undefined && !isIsoDate(input.asOfDate)) {
    throw new RangeError(`asOfDate must be a YYYY-MM-DD date, got ${input.asOfDate}`);
  }
  const end = periodEnd(period);
  if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target)) {
    return IndicatorStatus.NO_DATA;
  }

  const final = endsWithYear(period) && (input.asOfDate ?? end) >= end;
  const prorated = !final && cumulative && direction !== IndicatorDirection.EQUAL;
  const reference = prorated ? target * yearFractionAtEnd(period) : target;

  const result = closeness(direction, value, reference, tolerance);
  switch (result) {
    case 'MET':
      return final ? IndicatorStatus.ACHIEVED : IndicatorStatus.ON_TRACK;
    case 'NEAR':
      return IndicatorStatus.AT_RISK;
    case 'MISSED':
      return IndicatorStatus.OFF_TRACK;
    default:
      return assertNever(result);
  }
}
