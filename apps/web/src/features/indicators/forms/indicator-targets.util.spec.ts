import { describe, expect, it } from 'vitest';
import { AgencyLevel } from '@partrack/shared';
import { targetProblems, toTargetInputs, toTargetRows, type TargetRow } from './indicator-targets.util';

const row = (key: string, extra: Partial<TargetRow>): TargetRow => ({
  key,
  level: null,
  agencyId: null,
  period: null,
  value: 80,
  ...extra,
});

describe('target overrides', () => {
  it('reports a missing value, a level and an agency together, a duplicate scope and a foreign period', () => {
    const problems = targetProblems(
      [
        row('a', { level: AgencyLevel.DISTRICT }),
        row('b', { level: AgencyLevel.DISTRICT }),
        row('c', { level: AgencyLevel.COMMUNE, value: null }),
        row('d', { level: AgencyLevel.COMMUNE, agencyId: 'x' }),
        row('e', { agencyId: 'x', period: '2023-Q1' }),
        row('f', { level: AgencyLevel.DISTRICT, period: '2022-Q2' }),
      ],
      2022,
    );
    expect(Object.fromEntries(problems)).toEqual({
      b: 'duplicate',
      c: 'valueRequired',
      d: 'scopeBoth',
      e: 'periodOutsideYear',
    });
  });

  it('round-trips the API rows and leaves empty scopes out of the input', () => {
    const rows = toTargetRows([
      {
        __typename: 'IndicatorTarget',
        id: 't-1',
        indicatorId: 'i',
        level: AgencyLevel.COMMUNE,
        agencyId: null,
        period: '2022-H1',
        value: 70,
      },
    ]);
    expect(rows).toEqual([
      { key: 't-1', level: AgencyLevel.COMMUNE, agencyId: null, period: '2022-H1', value: 70 },
    ]);
    expect(toTargetInputs([...rows, row('n', { agencyId: 'snv', value: 95 })])).toEqual([
      { level: AgencyLevel.COMMUNE, period: '2022-H1', value: 70 },
      { agencyId: 'snv', value: 95 },
    ]);
  });
});
