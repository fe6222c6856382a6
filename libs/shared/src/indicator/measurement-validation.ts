import { assertNever } from '../auth/roles';
import { isWithinYear } from '../period/period-calendar';
import { PERIOD_FORMAT_HINT, formatPeriod, parsePeriod } from '../period/period-format';
import { PeriodKind } from '../period/period.types';
import { IndicatorAggregation, IndicatorFrequency, IndicatorUnit } from './indicator.enums';
import { ratioValue } from './rollup';

export type MeasurementField = 'value' | 'numerator' | 'denominator' | 'period';

export enum MeasurementProblemCode {
  REQUIRED = 'REQUIRED',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  NEGATIVE = 'NEGATIVE',
  PERCENT_OVER_100 = 'PERCENT_OVER_100',
  NOT_INTEGER = 'NOT_INTEGER',
  NOT_BOOLEAN = 'NOT_BOOLEAN',
  RANK_BELOW_ONE = 'RANK_BELOW_ONE',
  DENOMINATOR_ZERO = 'DENOMINATOR_ZERO',
  NUMERATOR_OVER_DENOMINATOR = 'NUMERATOR_OVER_DENOMINATOR',
  VALUE_DISAGREES_WITH_RATIO = 'VALUE_DISAGREES_WITH_RATIO',
  PERIOD_MALFORMED = 'PERIOD_MALFORMED',
  PERIOD_OUTSIDE_PLAN_YEAR = 'PERIOD_OUTSIDE_PLAN_YEAR',
  PERIOD_KIND_MISMATCH = 'PERIOD_KIND_MISMATCH',
}

export interface MeasurementProblem {
  field: MeasurementField;
  code: MeasurementProblemCode;
  message: string;
}

export interface MeasurementInput {
  unit: IndicatorUnit;
  aggregation: IndicatorAggregation;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** Text form, e.g. '2022-Q1' (see `parsePeriod`). */
  period: string;
  planYear: number;
  /** When given, the period must be of this kind (a quarterly indicator takes quarters only). */
  frequency?: IndicatorFrequency;
}

/**
 * How far an entered RATIO value may sit from numerator ÷ denominator: half a unit of the first decimal,
 * so a percentage rounded to one decimal (2/3 → 66.7) still agrees but a typo does not.
 */
export const RATIO_VALUE_TOLERANCE = { percent: 0.05, ratio: 0.0005 } as const;

const KIND_LABELS: Record<PeriodKind, string> = { QUARTER: 'quarter', HALF_YEAR: 'half year', YEAR: 'year' };

type Report = (field: MeasurementField, code: MeasurementProblemCode, message: string) => void;

/** Checks shared by every number; false when the number is unusable for any further check. */
function checkNumber(field: MeasurementField, n: number, report: Report): boolean {
  if (!Number.isFinite(n)) {
    report(field, MeasurementProblemCode.NOT_A_NUMBER, `The ${field} must be a finite number.`);
    return false;
  }
  return true;
}

function checkNonNegative(field: MeasurementField, n: number, report: Report): boolean {
  if (n >= 0) return true;
  report(field, MeasurementProblemCode.NEGATIVE, `The ${field} must not be negative (got ${n}).`);
  return false;
}

function checkValueForUnit(unit: IndicatorUnit, value: number, report: Report): void {
  switch (unit) {
    case IndicatorUnit.BOOLEAN:
      // One specific message instead of "negative" plus "not 0/1" for -1.
      if (value !== 0 && value !== 1) {
        report('value', MeasurementProblemCode.NOT_BOOLEAN, `A yes/no value must be 1 or 0 (got ${value}).`);
      }
      return;
    case IndicatorUnit.RANK:
      if (!Number.isInteger(value)) {
        report('value', MeasurementProblemCode.NOT_INTEGER, `A rank must be a whole number (got ${value}).`);
      }
      if (value < 1) {
        report('value', MeasurementProblemCode.RANK_BELOW_ONE, `A rank starts at 1 (got ${value}).`);
      }
      return;
    case IndicatorUnit.PERCENT:
      // Every percentage indicator in the plan is a share of a whole, so more than 100 is a typo.
      if (checkNonNegative('value', value, report) && value > 100) {
        report(
          'value',
          MeasurementProblemCode.PERCENT_OVER_100,
          `A percentage cannot exceed 100 (got ${value}).`,
        );
      }
      return;
    case IndicatorUnit.COUNT:
      if (checkNonNegative('value', value, report) && !Number.isInteger(value)) {
        report('value', MeasurementProblemCode.NOT_INTEGER, `A count must be a whole number (got ${value}).`);
      }
      return;
    case IndicatorUnit.SCORE:
      checkNonNegative('value', value, report);
      return;
    default:
      assertNever(unit);
  }
}

function checkRatio(input: MeasurementInput, report: Report): void {
  const { numerator, denominator, value, unit } = input;
  if (numerator === null || numerator === undefined) {
    report('numerator', MeasurementProblemCode.REQUIRED, 'A ratio indicator needs a numerator.');
  }
  if (denominator === null || denominator === undefined) {
    report('denominator', MeasurementProblemCode.REQUIRED, 'A ratio indicator needs a denominator.');
  }
  const numeratorOk = typeof numerator === 'number' && checkNumber('numerator', numerator, report);
  const denominatorOk = typeof denominator === 'number' && checkNumber('denominator', denominator, report);
  const usableNumerator = numeratorOk && checkNonNegative('numerator', numerator, report);
  const usableDenominator = denominatorOk && checkNonNegative('denominator', denominator, report);
  if (!usableNumerator || !usableDenominator) return;
  if (denominator === 0) {
    report('denominator', MeasurementProblemCode.DENOMINATOR_ZERO, 'The denominator must be greater than 0.');
    return;
  }
  if (numerator > denominator) {
    report(
      'numerator',
      MeasurementProblemCode.NUMERATOR_OVER_DENOMINATOR,
      `The numerator (${numerator}) cannot exceed the denominator (${denominator}): a ratio counts part of a whole.`,
    );
    return;
  }
  const expected = ratioValue(numerator, denominator, unit);
  const tolerance =
    unit === IndicatorUnit.PERCENT ? RATIO_VALUE_TOLERANCE.percent : RATIO_VALUE_TOLERANCE.ratio;
  if (typeof value === 'number' && Number.isFinite(value) && expected !== null) {
    if (Math.abs(value - expected) > tolerance) {
      report(
        'value',
        MeasurementProblemCode.VALUE_DISAGREES_WITH_RATIO,
        `The value ${value} disagrees with ${numerator} ÷ ${denominator} = ${Number(expected.toFixed(4))}.`,
      );
    }
  }
}

function checkPeriod(input: MeasurementInput, report: Report): void {
  const period = parsePeriod(input.period);
  if (period === null) {
    report(
      'period',
      MeasurementProblemCode.PERIOD_MALFORMED,
      `"${input.period}" is not a period: use ${PERIOD_FORMAT_HINT}.`,
    );
    return;
  }
  if (!isWithinYear(period, input.planYear)) {
    report(
      'period',
      MeasurementProblemCode.PERIOD_OUTSIDE_PLAN_YEAR,
      `The period ${formatPeriod(period)} is outside the plan year ${input.planYear}.`,
    );
  }
  // IndicatorFrequency values are period kinds, so the enum widens to PeriodKind without a mapping.
  const expected: PeriodKind | undefined = input.frequency;
  if (expected !== undefined && period.kind !== expected) {
    report(
      'period',
      MeasurementProblemCode.PERIOD_KIND_MISMATCH,
      `The indicator is measured by ${KIND_LABELS[expected]}, so ${formatPeriod(period)} is not one of its periods.`,
    );
  }
}

/**
 * Problems with one measurement as entered, each naming its field; empty when it can be saved.
 *
 * - value: required unless the aggregation is RATIO (where it is derived); finite; not negative; a PERCENT
 *   at most 100; a COUNT and a RANK whole; a RANK at least 1; a BOOLEAN exactly 0 or 1.
 * - RATIO: numerator and denominator required, finite, not negative; denominator > 0; numerator ≤
 *   denominator; a value, when given, within {@link RATIO_VALUE_TOLERANCE} of numerator ÷ denominator
 *   (as a percentage for PERCENT, see `ratioValue`). Other aggregations ignore numerator and denominator.
 * - period: well-formed, inside `planYear`, and of the indicator's `frequency` when that is given.
 */
export function validateMeasurement(input: MeasurementInput): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  const report: Report = (field, code, message) => problems.push({ field, code, message });
  const { value } = input;

  if (value === null || value === undefined) {
    if (input.aggregation !== IndicatorAggregation.RATIO) {
      report('value', MeasurementProblemCode.REQUIRED, 'A value is required.');
    }
  } else if (checkNumber('value', value, report)) {
    checkValueForUnit(input.unit, value, report);
  }
  if (input.aggregation === IndicatorAggregation.RATIO) checkRatio(input, report);
  checkPeriod(input, report);
  return problems;
}
