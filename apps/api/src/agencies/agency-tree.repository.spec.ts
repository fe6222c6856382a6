import {
  ancestorsSql,
  factsOnCondition,
  provinceRootSql,
  SqlRef,
  subtreeCondition,
  subtreeSql,
} from './agency-tree.repository';

describe('agency tree SQL fragments', () => {
  it('take placeholders and qualified columns of the enclosing query', () => {
    expect(subtreeSql(':root')).toContain('WHERE node.id = :root');
    expect(subtreeSql('$2', { validOn: '$3' })).toContain('link.effective_to > $3');
    expect(subtreeSql('$2', { validOn: '$3' })).toContain('node.valid_to > $3');
    expect(ancestorsSql('u.agency_id')).toContain('WHERE node.id = u.agency_id');
    expect(subtreeCondition('owner', 'filterRoot')).toMatch(
      /^owner\.id IN \(WITH RECURSIVE down\(id\) AS \(/,
    );
    expect(subtreeCondition('owner', 'filterRoot')).toContain('= :filterRoot');
  });

  // Pasted inside the fragment's subquery, these would bind to the fragment's own rows, not the caller's.
  it.each([
    'agency_id',
    'node.id',
    'up.parent_id',
    'down.id',
    'chain.id',
    'link.parent_id',
    'edge.up_id',
    'step.id',
    '1; DROP TABLE agency; --',
    ':a b',
  ])('refuse %s', (ref) => {
    expect(() => provinceRootSql(ref as SqlRef)).toThrow(/not a placeholder or a qualified column/);
    expect(() => subtreeSql(':root', { validOn: ref as SqlRef })).toThrow(/not a placeholder/);
    expect(() => factsOnCondition('v', ref as SqlRef)).toThrow(/not a placeholder/);
  });
});
