import { describe, expect, it } from 'vitest';
import { agencyVersion } from './agency-detail.fixtures';
import { lastDayOf, newestFirst, versionOn } from './agency-history.util';

const OLD = agencyVersion('nv', null, '2025-07-01', { name: 'Sở Nội vụ tỉnh Hà Giang', parentId: 'hg' });
const MID = agencyVersion('nv', '2025-07-01', '2026-01-01', { name: 'Sở Nội vụ', parentId: 'tq' });
const NEW = agencyVersion('nv', '2026-01-01', null, { name: 'Sở Nội vụ (mới)', parentId: 'tq' });

describe('agency history', () => {
  it('orders versions newest first, "since always" last', () => {
    expect(newestFirst([OLD, NEW, MID])).toEqual([NEW, MID, OLD]);
  });

  it('finds the version of a day, effectiveTo being the first day that no longer holds', () => {
    expect(versionOn([OLD, MID, NEW], '2025-06-30')).toBe(OLD);
    expect(versionOn([OLD, MID, NEW], '2025-07-01')).toBe(MID);
    expect(versionOn([OLD, MID, NEW], '2030-01-01')).toBe(NEW);
    expect(versionOn([OLD, MID, NEW], null)).toBe(OLD);
  });

  it('gives the last day a version holds, cut short by the end of the agency', () => {
    expect(lastDayOf(OLD, null)).toBe('2025-06-30');
    expect(lastDayOf(NEW, null)).toBeNull();
    expect(lastDayOf(NEW, '2026-03-01')).toBe('2026-02-28');
    expect(lastDayOf(MID, '2026-03-01')).toBe('2025-12-31');
  });
});
