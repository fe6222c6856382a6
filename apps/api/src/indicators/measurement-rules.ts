import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorState,
  MeasurementStatus,
  parsePeriod,
  periodEnd,
  ratioValue,
  validateMeasurement,
} from '@partrack/shared';
import { DomainError, FieldProblem, badField, badInput } from '../common/errors/domain-error';
import { MessageKey } from '../common/i18n/messages';
import { Indicator } from './indicator.entity';

export interface FigureInput {
  period: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export interface CheckedFigure {
  period: string;
  periodEnd: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Field problems of one figure (shared rule), translated to message keys; empty when it can be saved. */
export function figureProblems(indicator: Indicator, planYear: number, input: FigureInput): FieldProblem[] {
  return validateMeasurement({
    unit: indicator.unit,
    aggregation: indicator.aggregation,
    value: input.value,
    numerator: input.numerator,
    denominator: input.denominator,
    period: input.period,
    planYear,
    frequency: indicator.frequency,
  }).map((p) => ({
    field: p.field,
    key: `measurement.${p.code}` as MessageKey,
    params: { year: planYear, frequency: indicator.frequency, detail: p.message },
  }));
}

/** The figure as stored: for RATIO the value is derived from its parts, otherwise the parts are dropped. */
export function checkedFigure(indicator: Indicator, planYear: number, input: FigureInput): CheckedFigure {
  const problems = figureProblems(indicator, planYear, input);
  if (problems.length) throw badInput(problems);
  const period = parsePeriod(input.period)!;
  if (indicator.aggregation === IndicatorAggregation.RATIO) {
    const numerator = input.numerator!;
    const denominator = input.denominator!;
    return {
      period: input.period,
      periodEnd: periodEnd(period),
      value: ratioValue(numerator, denominator, indicator.unit),
      numerator,
      denominator,
    };
  }
  return {
    period: input.period,
    periodEnd: periodEnd(period),
    value: input.value ?? null,
    numerator: null,
    denominator: null,
  };
}

/** Why an indicator cannot take a figure from an agency of this level, or null when it can. */
export function entryRefusal(indicator: Indicator, level: AgencyLevel): DomainError | null {
  if (indicator.state !== IndicatorState.ACTIVE)
    return badField('indicatorId', 'indicator.notActive', { code: indicator.code });
  if (!indicator.reportingLevels.includes(level))
    return badField('agencyId', 'indicator.levelNotReporting', { level, code: indicator.code });
  return null;
}

/** Whether the agency may still change a figure in this status; the error names the value field. */
export function editRefusal(status: MeasurementStatus): DomainError | null {
  switch (status) {
    case MeasurementStatus.DRAFT:
    case MeasurementStatus.RETURNED:
      return null;
    case MeasurementStatus.SUBMITTED:
      return badField('value', 'measurement.awaitingReview');
    case MeasurementStatus.APPROVED:
      return badField('value', 'measurement.locked');
    default: {
      const never: never = status;
      return never;
    }
  }
}
