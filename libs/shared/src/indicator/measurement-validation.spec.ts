import { IndicatorAggregation, IndicatorFrequency, IndicatorUnit } from './indicator.enums';
import {
  MeasurementInput,
  MeasurementProblemCode as Code,
  validateMeasurement,
} from './measurement-validation';

const { PERCENT, COUNT, SCORE, RANK, BOOLEAN } = IndicatorUnit;
const { RATIO, SUM, NONE, AVERAGE } = IndicatorAggregation;

function problems(input: Partial<MeasurementInput>): [string, Code][] {
  const full: MeasurementInput = {
    unit: COUNT,
    aggregation: SUM,
    period: '2022-Q1',
    planYear: 2022,
    ...input,
  };
  return validateMeasurement(full).map((p) => [p.field, p.code]);
}

describe('validateMeasurement: valid measurements', () => {
  it.each<Partial<MeasurementInput>>([
    { unit: COUNT, aggregation: SUM, value: 12 },
    { unit: COUNT, aggregation: SUM, value: 0 },
    { unit: PERCENT, aggregation: AVERAGE, value: 100 },
    { unit: SCORE, aggregation: AVERAGE, value: 87.5 },
    { unit: RANK, aggregation: NONE, value: 1, period: '2022' },
    { unit: BOOLEAN, aggregation: SUM, value: 1, period: '2022-H2' },
    { unit: BOOLEAN, aggregation: SUM, value: 0 },
    { unit: PERCENT, aggregation: RATIO, numerator: 2, denominator: 3 },
    { unit: PERCENT, aggregation: RATIO, numerator: 2, denominator: 3, value: 66.67 },
    { unit: PERCENT, aggregation: RATIO, numerator: 2, denominator: 3, value: 66.7 },
    { unit: PERCENT, aggregation: RATIO, numerator: 0, denominator: 5, value: 0 },
    { unit: PERCENT, aggregation: RATIO, numerator: 5, denominator: 5, value: 100 },
    { unit: SCORE, aggregation: RATIO, numerator: 1, denominator: 4, value: 0.25 },
    { unit: COUNT, aggregation: SUM, value: 3, numerator: null, denominator: null },
  ])('accepts %j', (input) => {
    expect(problems(input)).toEqual([]);
  });
});

describe('validateMeasurement: value', () => {
  it.each<[Partial<MeasurementInput>, [string, Code][]]>([
    [{ value: null }, [['value', Code.REQUIRED]]],
    [{ unit: RANK, aggregation: NONE }, [['value', Code.REQUIRED]]],
    [{ value: Number.NaN }, [['value', Code.NOT_A_NUMBER]]],
    [{ value: Infinity }, [['value', Code.NOT_A_NUMBER]]],
    [{ value: -1 }, [['value', Code.NEGATIVE]]],
    [{ unit: SCORE, value: -0.5 }, [['value', Code.NEGATIVE]]],
    [{ unit: PERCENT, value: -3 }, [['value', Code.NEGATIVE]]],
    [{ unit: PERCENT, value: 100.01 }, [['value', Code.PERCENT_OVER_100]]],
    [{ value: 2.5 }, [['value', Code.NOT_INTEGER]]],
    [{ unit: RANK, value: 0 }, [['value', Code.RANK_BELOW_ONE]]],
    [{ unit: RANK, value: 12.5 }, [['value', Code.NOT_INTEGER]]],
    [{ unit: BOOLEAN, value: 2 }, [['value', Code.NOT_BOOLEAN]]],
    [{ unit: BOOLEAN, value: -1 }, [['value', Code.NOT_BOOLEAN]]],
    [{ unit: BOOLEAN, value: 0.5 }, [['value', Code.NOT_BOOLEAN]]],
  ])('%j → %j', (input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it('explains the problem with the value it saw', () => {
    const [problem] = validateMeasurement({
      unit: PERCENT,
      aggregation: AVERAGE,
      value: 120,
      period: '2022-Q1',
      planYear: 2022,
    });
    expect(problem).toEqual({
      field: 'value',
      code: Code.PERCENT_OVER_100,
      message: 'A percentage cannot exceed 100 (got 120).',
    });
  });
});

describe('validateMeasurement: RATIO', () => {
  const ratio = { unit: PERCENT, aggregation: RATIO };

  it('needs both numerator and denominator, and derives the value', () => {
    expect(problems({ ...ratio })).toEqual([
      ['numerator', Code.REQUIRED],
      ['denominator', Code.REQUIRED],
    ]);
    expect(problems({ ...ratio, value: 50, numerator: 1 })).toEqual([['denominator', Code.REQUIRED]]);
  });

  it.each<[Partial<MeasurementInput>, [string, Code][]]>([
    [{ numerator: 0, denominator: 0 }, [['denominator', Code.DENOMINATOR_ZERO]]],
    [{ numerator: 6, denominator: 5 }, [['numerator', Code.NUMERATOR_OVER_DENOMINATOR]]],
    [{ numerator: -1, denominator: 5 }, [['numerator', Code.NEGATIVE]]],
    [{ numerator: 1, denominator: -5 }, [['denominator', Code.NEGATIVE]]],
    [{ numerator: Number.NaN, denominator: 5 }, [['numerator', Code.NOT_A_NUMBER]]],
    [{ numerator: 2, denominator: 3, value: 66.6 }, [['value', Code.VALUE_DISAGREES_WITH_RATIO]]],
    [{ numerator: 2, denominator: 3, value: 0.6667 }, [['value', Code.VALUE_DISAGREES_WITH_RATIO]]],
    [
      { numerator: 6, denominator: 5, value: 120 },
      [
        ['value', Code.PERCENT_OVER_100],
        ['numerator', Code.NUMERATOR_OVER_DENOMINATOR],
      ],
    ],
  ])('%j → %j', (input, expected) => {
    expect(problems({ ...ratio, ...input })).toEqual(expected);
  });

  it('checks agreement on the plain-ratio scale for units other than PERCENT', () => {
    expect(problems({ unit: SCORE, aggregation: RATIO, numerator: 1, denominator: 4, value: 25 })).toEqual([
      ['value', Code.VALUE_DISAGREES_WITH_RATIO],
    ]);
  });

  it('says what the ratio should be', () => {
    const [problem] = validateMeasurement({
      ...ratio,
      numerator: 1,
      denominator: 3,
      value: 30,
      period: '2022-Q1',
      planYear: 2022,
    });
    expect(problem.message).toBe('The value 30 disagrees with 1 ÷ 3 = 33.3333.');
  });

  it('ignores numerator and denominator for other aggregations', () => {
    expect(problems({ value: 3, numerator: 9, denominator: 0 })).toEqual([]);
  });
});

describe('validateMeasurement: period', () => {
  it.each<[Partial<MeasurementInput>, [string, Code][]]>([
    [{ value: 1, period: '2022-Q5' }, [['period', Code.PERIOD_MALFORMED]]],
    [{ value: 1, period: 'Quý I/2022' }, [['period', Code.PERIOD_MALFORMED]]],
    [{ value: 1, period: '' }, [['period', Code.PERIOD_MALFORMED]]],
    [{ value: 1, period: '2021-Q4' }, [['period', Code.PERIOD_OUTSIDE_PLAN_YEAR]]],
    [{ value: 1, period: '2023' }, [['period', Code.PERIOD_OUTSIDE_PLAN_YEAR]]],
    [
      { value: 1, period: '2022-H1', frequency: IndicatorFrequency.QUARTER },
      [['period', Code.PERIOD_KIND_MISMATCH]],
    ],
    [{ value: 1, period: '2022', frequency: IndicatorFrequency.YEAR }, []],
  ])('%j → %j', (input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it('names the accepted forms and the plan year', () => {
    const [malformed] = validateMeasurement({
      unit: COUNT,
      aggregation: SUM,
      value: 1,
      period: '2022Q1',
      planYear: 2022,
    });
    expect(malformed.message).toContain('2022-Q1');
    const [outside] = validateMeasurement({
      unit: COUNT,
      aggregation: SUM,
      value: 1,
      period: '2021-H2',
      planYear: 2022,
    });
    expect(outside.message).toBe('The period 2021-H2 is outside the plan year 2022.');
  });

  it('reports every field at once', () => {
    expect(
      problems({ unit: PERCENT, aggregation: RATIO, numerator: 3, denominator: 0, period: 'x' }),
    ).toEqual([
      ['denominator', Code.DENOMINATOR_ZERO],
      ['period', Code.PERIOD_MALFORMED],
    ]);
  });
});
