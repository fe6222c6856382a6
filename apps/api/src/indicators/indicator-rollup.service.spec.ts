import { IndicatorStatus } from '@partrack/shared';
import { RollupCells } from './indicator-rollup.service';
import { IndicatorValue } from './indicator-value.model';

const cell = (
  indicatorId: string,
  agencyId: string,
  period: string,
  value: number | null,
): IndicatorValue => ({
  indicatorId,
  agencyId,
  period,
  asOf: '2022-12-31',
  value,
  numerator: null,
  denominator: null,
  reportedCount: value === null ? 0 : 1,
  target: null,
  targetSource: null,
  status: IndicatorStatus.NO_DATA,
});

describe('RollupCells', () => {
  it('finds each cell by indicator, agency and period, whatever the order they were added in', () => {
    const cells = new RollupCells();
    cells.set(cell('i1', 'a1', '2022-Q1', 1));
    cells.set(cell('i1', 'a2', '2022-Q1', 2));
    cells.set(cell('i2', 'a1', '2022-Q1', 3));
    cells.set(cell('i1', 'a1', '2022-Q2', 4));
    expect(cells.get('i1', 'a1', '2022-Q1').value).toBe(1);
    expect(cells.get('i1', 'a2', '2022-Q1').value).toBe(2);
    expect(cells.get('i2', 'a1', '2022-Q1').value).toBe(3);
    expect(cells.get('i1', 'a1', '2022-Q2').value).toBe(4);
  });

  it('refuses a cell that was never asked for rather than answering undefined', () => {
    const cells = new RollupCells();
    cells.set(cell('i1', 'a1', '2022-Q1', 1));
    expect(() => cells.get('i1', 'a2', '2022-Q1')).toThrow('No rollup cell for i1 / a2 / 2022-Q1');
    expect(() => cells.get('i9', 'a1', '2022-Q1')).toThrow();
    expect(() => cells.get('i1', 'a1', '2022-Q3')).toThrow();
  });
});
