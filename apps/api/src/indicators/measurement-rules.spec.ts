import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  MeasurementStatus,
} from '@partrack/shared';
import { DomainError } from '../common/errors/domain-error';
import { Indicator } from './indicator.entity';
import { checkedFigure, editRefusal, entryRefusal, figureProblems } from './measurement-rules';

const indicator = (extra: Partial<Indicator> = {}) =>
  Object.assign(new Indicator(), {
    code: 'X',
    unit: IndicatorUnit.PERCENT,
    aggregation: IndicatorAggregation.RATIO,
    frequency: IndicatorFrequency.QUARTER,
    reportingLevels: [AgencyLevel.DISTRICT],
    state: IndicatorState.ACTIVE,
    ...extra,
  });

const fieldsOf = (error: DomainError | null) => error?.fields.map((f) => `${f.field}:${f.key}`);

describe('measurement rules', () => {
  it('derives a RATIO value from its parts and drops a typed value', () => {
    expect(checkedFigure(indicator(), 2022, { period: '2022-Q2', numerator: 1, denominator: 3 })).toEqual({
      period: '2022-Q2',
      periodEnd: '2022-06-30',
      value: (1 / 3) * 100,
      numerator: 1,
      denominator: 3,
    });
  });

  it('keeps only the value for other aggregations', () => {
    const sum = indicator({ aggregation: IndicatorAggregation.SUM, unit: IndicatorUnit.COUNT });
    expect(
      checkedFigure(sum, 2022, { period: '2022-Q1', value: 4, numerator: 1, denominator: 2 }),
    ).toMatchObject({
      value: 4,
      numerator: null,
      denominator: null,
    });
  });

  it('maps shared problems to message keys with the field', () => {
    expect(figureProblems(indicator(), 2022, { period: '2021-Q1', numerator: 3, denominator: 2 })).toEqual([
      expect.objectContaining({ field: 'numerator', key: 'measurement.NUMERATOR_OVER_DENOMINATOR' }),
      expect.objectContaining({
        field: 'period',
        key: 'measurement.PERIOD_OUTSIDE_PLAN_YEAR',
        params: expect.objectContaining({ year: 2022 }),
      }),
    ]);
    expect(() => checkedFigure(indicator(), 2022, { period: '2022-Q1' })).toThrow(DomainError);
  });

  it('refuses drafts, archived indicators and agencies of levels that do not report', () => {
    expect(fieldsOf(entryRefusal(indicator({ state: IndicatorState.DRAFT }), AgencyLevel.DISTRICT))).toEqual([
      'indicatorId:indicator.notActive',
    ]);
    expect(
      fieldsOf(entryRefusal(indicator({ state: IndicatorState.ARCHIVED }), AgencyLevel.DISTRICT)),
    ).toEqual(['indicatorId:indicator.notActive']);
    expect(fieldsOf(entryRefusal(indicator(), AgencyLevel.COMMUNE))).toEqual([
      'agencyId:indicator.levelNotReporting',
    ]);
    expect(entryRefusal(indicator(), AgencyLevel.DISTRICT)).toBeNull();
  });

  it('lets the agency edit drafts and returned figures only', () => {
    expect(editRefusal(MeasurementStatus.DRAFT)).toBeNull();
    expect(editRefusal(MeasurementStatus.RETURNED)).toBeNull();
    expect(fieldsOf(editRefusal(MeasurementStatus.SUBMITTED))).toEqual(['value:measurement.awaitingReview']);
    expect(fieldsOf(editRefusal(MeasurementStatus.APPROVED))).toEqual(['value:measurement.locked']);
  });
});
