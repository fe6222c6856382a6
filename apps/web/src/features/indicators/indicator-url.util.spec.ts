import { describe, expect, it } from 'vitest';
import { IndicatorState } from '@partrack/shared';
import { enumParam, idParam, indicatorPath, INDICATOR_STATES, patchParams } from './indicator-url.util';

describe('indicator URL helpers', () => {
  it('reads ids and closed lists leniently', () => {
    const params = new URLSearchParams('plan=plan-1&agency=<x>&state=DRAFT&level=CITY');
    expect(idParam(params, 'plan')).toBe('plan-1');
    expect(idParam(params, 'agency')).toBeNull();
    expect(enumParam(params, 'state', INDICATOR_STATES, IndicatorState.ACTIVE)).toBe(IndicatorState.DRAFT);
    expect(enumParam(params, 'level', ['PROVINCE'], 'PROVINCE')).toBe('PROVINCE');
  });

  it('drops empty values and defaults so links stay short', () => {
    const next = patchParams(
      new URLSearchParams('plan=p&q=old'),
      { q: '', state: 'ACTIVE', period: '2022-Q3' },
      {
        state: 'ACTIVE',
      },
    );
    expect(next.toString()).toBe('plan=p&period=2022-Q3');
  });

  it('links to an indicator for an agency and period', () => {
    expect(indicatorPath('ind-1')).toBe('/indicators/ind-1');
    expect(indicatorPath('ind-1', { agency: 'snv', period: '2022-Q4' })).toBe(
      '/indicators/ind-1?agency=snv&period=2022-Q4',
    );
  });
});
