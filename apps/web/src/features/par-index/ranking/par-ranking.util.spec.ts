import { ParTargetGroup } from '@partrack/shared';
import { describe, expect, it } from 'vitest';
import {
  bandColorOf,
  bandLegend,
  changeOf,
  NO_BAND_COLOR,
  radarPoint,
  rankingGroupOf,
} from './par-ranking.util';

describe('par-ranking.util', () => {
  it('reads the group from the address bar, departments by default', () => {
    expect(rankingGroupOf(new URLSearchParams('group=COMMUNE'))).toBe(ParTargetGroup.COMMUNE);
    expect(rankingGroupOf(new URLSearchParams('group=nope'))).toBe(ParTargetGroup.DEPARTMENT);
    expect(rankingGroupOf(new URLSearchParams())).toBe(ParTargetGroup.DEPARTMENT);
  });

  it('computes the change in hundredths, so equal indices are no change', () => {
    expect(changeOf(85.1, 85.1)).toEqual({ trend: 'same', delta: 0 });
    expect(changeOf(92.5, 90.1)).toEqual({ trend: 'up', delta: 2.4 });
    expect(changeOf(85.2, 87)).toEqual({ trend: 'down', delta: -1.8 });
    expect(changeOf(70, null)).toEqual({ trend: 'none', delta: 0 });
  });

  it('colours bands by their floor and lists them best first', () => {
    const a = { code: 'A', label: 'Xuất sắc', minIndex: 90 };
    const d = { code: 'D', label: 'Trung bình', minIndex: 0 };
    expect(bandColorOf(a)).not.toBe(bandColorOf(d));
    expect(bandColorOf(null)).toBe(NO_BAND_COLOR);
    expect(bandLegend([{ band: d }, { band: a }, { band: null }, { band: a }])).toEqual({
      bands: [
        { code: 'A', label: 'Xuất sắc', color: bandColorOf(a) },
        { code: 'D', label: 'Trung bình', color: bandColorOf(d) },
      ],
      unbanded: true,
    });
  });

  it('places radar points clockwise from the top, clamped to 0–100', () => {
    expect(radarPoint(0, 4, 100, 200, 100)).toEqual({ x: 100, y: 0 });
    expect(radarPoint(1, 4, 50, 200, 100)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 150, 200, 100)).toEqual({ x: 100, y: 200 });
    expect(radarPoint(3, 4, -5, 200, 100)).toEqual({ x: 100, y: 100 });
  });
});
