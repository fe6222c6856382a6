import { assertNever } from '../auth/roles';
import { IndicatorAggregation, IndicatorUnit } from './indicator.enums';

/** One child figure (an agency's measurement, or an already rolled-up subtree). */
export interface RollupInput {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * Parent figure. `count` is the number of inputs that contributed; `numerator`/`denominator` are the sums,
 * present only for RATIO with at least one contributing input, so a parent can itself be rolled up again.
 */
export interface RollupResult {
  value: number | null;
  numerator?: number;
  denominator?: number;
  count: number;
}

function present(n: number | null | undefined): n is number {
  // NaN and ±Infinity count as missing: validation rejects them, and one must not poison a whole rollup.
  return typeof n === 'number' && Number.isFinite(n);
}

/**
 * numerator ÷ denominator, as a percentage (0–100) when the unit is PERCENT and as a plain ratio
 * otherwise; null when the denominator is 0. The one place that decides the scale, shared by rollups and
 * measurement validation so an entered value and a computed one always agree.
 */
export function ratioValue(numerator: number, denominator: number, unit: IndicatorUnit): number | null {
  if (denominator === 0) return null;
  const ratio = numerator / denominator;
  return unit === IndicatorUnit.PERCENT ? ratio * 100 : ratio;
}

function ratioOf(inputs: readonly RollupInput[], unit: IndicatorUnit): RollupResult {
  let numerator = 0;
  let denominator = 0;
  let count = 0;
  for (const input of inputs) {
    // A row without both parts cannot be weighted, and its `value` alone would re-introduce a mean of ratios.
    if (!present(input.numerator) || !present(input.denominator)) continue;
    numerator += input.numerator;
    denominator += input.denominator;
    count += 1;
  }
  if (count === 0) return { value: null, count };
  return { value: ratioValue(numerator, denominator, unit), numerator, denominator, count };
}

function valuesOf(inputs: readonly RollupInput[]): number[] {
  return inputs.flatMap((input) => (present(input.value) ? [input.value] : []));
}

function fold(values: number[], combine: (all: number[]) => number): RollupResult {
  // No contributing input gives null, not 0: "nobody reported" must not read as "reported zero".
  return { value: values.length === 0 ? null : combine(values), count: values.length };
}

const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);

/**
 * Combines child figures into the parent's figure.
 *
 * - RATIO: Σ numerators ÷ Σ denominators, scaled like {@link ratioValue} (a percentage 0–100 for PERCENT,
 *   the default unit, since every ratio indicator in the plan is a share "of dossiers", "of agencies"…).
 *   It never averages the children's percentages: a commune with 2 dossiers must not weigh as much as a
 *   city with 2,000. Inputs missing a numerator or denominator are skipped; an overall denominator of 0
 *   gives a null value (the sums are still returned).
 * - SUM, AVERAGE (unweighted mean), MIN, MAX: over the inputs' `value`, skipping missing ones.
 * - NONE: always null with count 0; such figures exist only at province level and are entered, not derived.
 */
export function aggregate(
  aggregation: IndicatorAggregation,
  inputs: readonly RollupInput[],
  unit: IndicatorUnit = IndicatorUnit.PERCENT,
): RollupResult {
  switch (aggregation) {
    case IndicatorAggregation.RATIO:
      return ratioOf(inputs, unit);
    case IndicatorAggregation.SUM:
      return fold(valuesOf(inputs), sum);
    case IndicatorAggregation.AVERAGE:
      return fold(valuesOf(inputs), (values) => sum(values) / values.length);
    case IndicatorAggregation.MIN:
      return fold(valuesOf(inputs), (values) => values.reduce((a, b) => Math.min(a, b)));
    case IndicatorAggregation.MAX:
      return fold(valuesOf(inputs), (values) => values.reduce((a, b) => Math.max(a, b)));
    case IndicatorAggregation.NONE:
      return { value: null, count: 0 };
    default:
      return assertNever(aggregation);
  }
}
