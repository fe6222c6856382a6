import { describe, expect, it } from 'vitest';
import { PROVINCE_ROWS } from './agency-tree.fixtures';
import { buildAgencyForest, filterAgencyForest, flattenForest } from './agency-tree.util';

const names = (nodes: ReturnType<typeof flattenForest>) => nodes.map((node) => node.row.name);

describe('buildAgencyForest', () => {
  it('nests depth-first rows under their parents', () => {
    const forest = buildAgencyForest(PROVINCE_ROWS);
    expect(forest.roots).toHaveLength(1);
    expect(forest.roots[0].children.map((c) => c.row.code)).toEqual(['SNV', 'SYT', 'H-DV']);
    expect(forest.branchIds.sort()).toEqual(['nv', 'p', 'yt']);
  });

  it('treats a row whose parent is out of scope as a root', () => {
    const forest = buildAgencyForest(PROVINCE_ROWS.slice(3));
    expect(forest.roots.map((r) => r.row.code)).toEqual(['SYT', 'H-DV']);
  });
});

describe('filterAgencyForest', () => {
  const { roots } = buildAgencyForest(PROVINCE_ROWS);

  it('matches without diacritics and keeps the path to the match', () => {
    const result = filterAgencyForest(roots, 'so noi vu');
    expect([...result.matchedIds]).toEqual(['nv']);
    expect(result.expandIds).toEqual(['p']);
    expect(names(flattenForest(result.roots))).toEqual([
      'Ủy ban nhân dân tỉnh Hà Giang',
      'Sở Nội vụ',
      'Ban Thi đua - Khen thưởng',
    ]);
  });

  it('folds đ/Đ and ignores case and extra spaces', () => {
    expect([...filterAgencyForest(roots, '  DONG   van ').matchedIds]).toEqual(['dn']);
    expect([...filterAgencyForest(roots, 'Đồng Văn').matchedIds]).toEqual(['dn']);
  });

  it('matches codes and short names', () => {
    expect([...filterAgencyForest(roots, 'syt-bv').matchedIds]).toEqual(['bv']);
    expect([...filterAgencyForest(roots, 'snv').matchedIds].sort()).toEqual(['bth', 'nv']);
  });

  it('matches aliases', () => {
    expect([...filterAgencyForest(roots, 'so nv').matchedIds]).toEqual(['nv']);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(filterAgencyForest(roots, '   ').roots).toHaveLength(1);
    expect(filterAgencyForest(roots, 'công an').roots).toHaveLength(0);
  });
});
