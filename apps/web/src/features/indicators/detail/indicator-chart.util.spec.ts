import { describe, expect, it } from 'vitest';
import { chartGeometry, type ChartBox } from './indicator-chart.util';

const BOX: ChartBox = { width: 500, height: 240, padding: { top: 20, right: 20, bottom: 20, left: 80 } };

describe('chartGeometry', () => {
  it('spreads periods evenly and scales percentages from 0 (bottom) to 100 (top)', () => {
    const g = chartGeometry(
      [
        { period: '2022-Q1', value: 50, target: 90 },
        { period: '2022-Q2', value: 100, target: 90 },
        { period: '2022-Q3', value: 0, target: 90 },
      ],
      BOX,
      { percent: true },
    );
    expect(g.max).toBe(100);
    expect(g.points.map((p) => [p.x, p.y])).toEqual([
      [80, 120],
      [280, 20],
      [480, 220],
    ]);
    expect(g.valueLines).toEqual(['80,120 280,20 480,220']);
    expect(g.targetLine).toBe('80,40 280,40 480,40');
    expect(g.yTicks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    expect(g.xLabels.map((label) => label.x)).toEqual([80, 280, 480]);
  });

  it('breaks the line where nobody reported and keeps the lone points', () => {
    const g = chartGeometry(
      [
        { period: '2022-Q1', value: 10, target: null },
        { period: '2022-Q2', value: null, target: null },
        { period: '2022-Q3', value: 20, target: null },
        { period: '2022-Q4', value: 40, target: null },
      ],
      BOX,
    );
    expect(g.points.map((p) => p.period)).toEqual(['2022-Q1', '2022-Q3', '2022-Q4']);
    expect(g.valueLines).toHaveLength(1);
    expect(g.valueLines[0]?.split(' ')).toHaveLength(2);
    expect(g.targetLine).toBeNull();
  });

  it('rounds the top of a count axis above the largest value or target', () => {
    const g = chartGeometry(
      [
        { period: '2022-Q1', value: 37, target: 120 },
        { period: '2022-Q2', value: 64, target: 120 },
      ],
      BOX,
    );
    expect(g.max).toBe(150);
    expect(g.yTicks.map((tick) => tick.value)).toEqual([0, 50, 100, 150]);
    // 120 of 150 on a 200 px tall plot: 40 px below the top padding.
    expect(g.targetLine).toBe('80,60 480,60');
  });

  it('draws a single period (a yearly indicator) in the middle, its target across the box', () => {
    const g = chartGeometry([{ period: '2022', value: 3, target: 5 }], BOX);
    expect(g.points[0]?.x).toBe(280);
    expect(g.valueLines).toEqual([]);
    // Axis 0–6 (steps of 2): the target 5 sits a sixth of the 200 px plot below the top.
    expect(g.max).toBe(6);
    expect(g.targetLine).toBe('80,53.3 480,53.3');
  });

  it('copes with a series where every value is 0', () => {
    const g = chartGeometry([{ period: '2022-Q1', value: 0, target: 0 }], BOX);
    expect(g.max).toBeGreaterThan(0);
    expect(g.points[0]?.y).toBe(220);
  });
});
