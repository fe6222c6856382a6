import { describe, expect, it } from 'vitest';
import { ParTargetGroup } from '@partrack/shared';
import { publicSummary } from './public-summary.fixtures';
import {
  donePercent,
  filterAgencies,
  publicSummaryUrl,
  rankingByGroup,
  sectionOf,
} from './public-summary.util';

describe('public summary helpers', () => {
  it('builds the API and open-data addresses', () => {
    expect(publicSummaryUrl('QNA', 2022)).toBe('/public/v1/QNA/summary?year=2022');
    expect(publicSummaryUrl('QNA', 2022, 'csv')).toBe('/public/v1/QNA/summary.csv?year=2022');
    expect(publicSummaryUrl('a/b', 2022, 'json')).toBe('/public/v1/a%2Fb/summary.json?year=2022');
  });

  it('finds sections by kind and tolerates missing ones', () => {
    const summary = publicSummary();
    expect(sectionOf(summary, 'PLAN_PROGRESS')?.byAgency).toHaveLength(2);
    expect(sectionOf({ ...summary, sections: [] }, 'PAR_INDEX_RANKING')).toBeNull();
  });

  it('computes the share done in whole percent', () => {
    expect(donePercent({ total: 3, done: 2, inProgress: 1, notStarted: 0, overdue: 0 })).toBe(67);
    expect(donePercent({ total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0 })).toBe(0);
  });

  it('searches agencies without diacritics', () => {
    const rows = sectionOf(publicSummary(), 'PLAN_PROGRESS')?.byAgency ?? [];
    expect(filterAgencies(rows, 'so noi vu').map((r) => r.name)).toEqual(['Sở Nội vụ']);
    expect(filterAgencies(rows, '  ')).toHaveLength(2);
  });

  it('groups the ranking in the usual group order', () => {
    const rows = sectionOf(publicSummary(), 'PAR_INDEX_RANKING')?.rows ?? [];
    expect(rankingByGroup([...rows].reverse()).map(([group, r]) => [group, r.length])).toEqual([
      [ParTargetGroup.DEPARTMENT, 2],
      [ParTargetGroup.DISTRICT, 1],
    ]);
  });
});
