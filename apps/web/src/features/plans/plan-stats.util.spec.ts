import { describe, expect, it } from 'vitest';
import { agencyBars, totalsOf } from './plan-stats.util';
import { statsRow } from './plan.fixtures';

describe('lead agency bars', () => {
  it('split overdue tasks out of in progress and not started, so the segments add up', () => {
    const all = [
      statsRow('snv', 'Sở Nội vụ', { total: 10, done: 4, inProgress: 4, notStarted: 2, overdue: 3 }),
    ];
    const onTime = [statsRow('snv', 'Sở Nội vụ', { total: 7, done: 4, inProgress: 2, notStarted: 1 })];
    const [bar] = agencyBars(all, onTime);
    expect(bar).toMatchObject({ key: 'snv', done: 4, inProgress: 2, notStarted: 1, overdue: 3, total: 10 });
    expect(bar.done + bar.inProgress + bar.notStarted + bar.overdue + bar.cancelled).toBe(bar.total);
  });

  it('keep the 15 busiest agencies and add up the rest as "others"', () => {
    const all = Array.from({ length: 20 }, (_v, i) =>
      statsRow(`a${i}`, `Cơ quan ${i}`, { total: i + 1, done: i + 1 }),
    );
    const bars = agencyBars(all, []);
    expect(bars).toHaveLength(16);
    expect(bars[0]).toMatchObject({ key: 'a19', total: 20 });
    expect(bars[14]).toMatchObject({ key: 'a5', total: 6 });
    expect(bars[15]).toMatchObject({ key: null, agencies: 5, total: 1 + 2 + 3 + 4 + 5, done: 15 });
  });

  it('do not fold a single leftover agency into "others"', () => {
    const all = Array.from({ length: 16 }, (_v, i) => statsRow(`a${i}`, `Cơ quan ${i}`, { total: 1 }));
    expect(agencyBars(all, []).every((bar) => bar.key !== null)).toBe(true);
  });
});

describe('plan totals', () => {
  it('add up the areas and weight the average progress by task count', () => {
    const totals = totalsOf([
      statsRow('I', null, { total: 2, done: 1, notStarted: 1, averageProgress: 50 }),
      statsRow('II', null, { total: 6, done: 6, averageProgress: 100 }),
    ]);
    expect(totals).toMatchObject({ total: 8, done: 7, notStarted: 1, averageProgress: 87.5 });
    expect(totalsOf([]).averageProgress).toBe(0);
  });
});
