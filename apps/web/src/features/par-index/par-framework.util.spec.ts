import { describe, expect, it } from 'vitest';
import { bandRanges, isPointsValue, nameForYear } from './par-framework.util';

describe('bandRanges', () => {
  it('reads each band from its floor, and the bottom band as below the one above it', () => {
    const ranges = bandRanges([
      { code: 'D', label: 'Nhóm D', minIndex: 0 },
      { code: 'A', label: 'Nhóm A', minIndex: 90 },
      { code: 'B', label: 'Nhóm B', minIndex: 80 },
    ]);
    expect(ranges.map((r) => [r.code, r.kind, r.value])).toEqual([
      ['A', 'atLeast', 90],
      ['B', 'atLeast', 80],
      ['D', 'below', 80],
    ]);
  });

  it('keeps a lone band at 0 as "at least 0"', () => {
    expect(bandRanges([{ code: 'X', label: 'Tất cả', minIndex: 0 }])[0]).toMatchObject({
      kind: 'atLeast',
      value: 0,
    });
  });
});

describe('nameForYear', () => {
  it('moves the year in the name to the year of the copy', () => {
    expect(nameForYear('Bộ tiêu chí Chỉ số CCHC năm 2024', 2024, 2025)).toBe(
      'Bộ tiêu chí Chỉ số CCHC năm 2025',
    );
    expect(nameForYear('Bộ tiêu chí sở, ngành', 2024, 2025)).toBe('Bộ tiêu chí sở, ngành');
  });
});

describe('isPointsValue', () => {
  it('accepts non-negative numbers with at most two decimals', () => {
    expect(isPointsValue(0.25)).toBe(true);
    expect(isPointsValue(20)).toBe(true);
    expect(isPointsValue(0.125)).toBe(false);
    expect(isPointsValue(-1)).toBe(false);
    expect(isPointsValue(null)).toBe(false);
  });
});
