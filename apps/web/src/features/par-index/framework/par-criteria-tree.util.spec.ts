import { describe, expect, it } from 'vitest';
import { ParCriterionLevel } from '@partrack/shared';
import { criterion, SAMPLE_CRITERIA } from '../par-index.fixtures';
import { buildCriteriaTree, childLevelOf, flattenCriteriaTree } from './par-criteria-tree.util';

const { AREA, CRITERION, SUB_CRITERION } = ParCriterionLevel;
const codes = (rows: ReturnType<typeof buildCriteriaTree>['rows']) =>
  flattenCriteriaTree(rows).map((row) => `${'-'.repeat(row.depth)}${row.criterion.code}`);

describe('buildCriteriaTree', () => {
  it('nests the flat depth-first list under each parent, keeping its order', () => {
    const tree = buildCriteriaTree(SAMPLE_CRITERIA);
    expect(tree.rows.map((row) => row.criterion.code)).toEqual(['1', '2']);
    expect(codes(tree.rows)).toEqual(['1', '-1.1', '-1.2', '--1.2.1', '--1.2.2', '2', '-2.1']);
    expect(tree.branchKeys).toEqual(['c-1', 'c-1.2', 'c-2']);
  });

  it('leaves children off the leaves, so only branches can be expanded', () => {
    const [area] = buildCriteriaTree(SAMPLE_CRITERIA).rows;
    expect(area?.children?.map((row) => [row.criterion.code, row.children === undefined])).toEqual([
      ['1.1', true],
      ['1.2', false],
    ]);
  });

  it('keeps the order of the list even when a child comes before a later sibling of its parent', () => {
    const tree = buildCriteriaTree([
      criterion('a', 'I', AREA, null),
      criterion('b', 'II', AREA, null),
      criterion('a1', 'I.1', CRITERION, 'a'),
      criterion('b1', 'II.1', CRITERION, 'b'),
      criterion('a2', 'I.2', CRITERION, 'a'),
    ]);
    expect(codes(tree.rows)).toEqual(['I', '-I.1', '-I.2', 'II', '-II.1']);
  });

  it('shows an item whose parent is missing as a root rather than dropping it', () => {
    const tree = buildCriteriaTree([
      criterion('a', '1', AREA, null),
      criterion('x', '9.1', CRITERION, 'gone'),
      criterion('self', '8', AREA, 'self'),
    ]);
    expect(codes(tree.rows)).toEqual(['1', '9.1', '8']);
    expect(tree.branchKeys).toEqual([]);
  });

  it('returns an empty tree for a framework without items', () => {
    expect(buildCriteriaTree([])).toEqual({ rows: [], branchKeys: [] });
  });
});

describe('childLevelOf', () => {
  it('goes area → criterion → sub-criterion, and no further', () => {
    expect(childLevelOf(AREA)).toBe(CRITERION);
    expect(childLevelOf(CRITERION)).toBe(SUB_CRITERION);
    expect(childLevelOf(SUB_CRITERION)).toBeNull();
  });
});
