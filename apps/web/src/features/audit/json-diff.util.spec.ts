import { describe, expect, it } from 'vitest';
import { diffJson, formatJsonValue } from './json-diff.util';

describe('diffJson', () => {
  it('reports added, removed, changed and unchanged paths of nested objects', () => {
    const rows = diffJson(
      { name: 'Sở Nội vụ', aliases: ['SNV'], parent: { id: 'p', code: 'UBND' }, shortName: 'SNV' },
      { name: 'Sở Nội vụ tỉnh', aliases: ['SNV', 'Nội vụ'], parent: { id: 'p', code: 'UBND' }, version: 2 },
    );
    expect(rows.map((r) => [r.path, r.kind])).toEqual([
      ['aliases', 'changed'],
      ['name', 'changed'],
      ['parent.code', 'unchanged'],
      ['parent.id', 'unchanged'],
      ['shortName', 'removed'],
      ['version', 'added'],
    ]);
  });

  it('treats a create (before = null) as all-added and a delete as all-removed', () => {
    expect(diffJson(null, { code: 'A' })).toEqual([
      { path: 'code', kind: 'added', before: undefined, after: 'A' },
    ]);
    expect(diffJson({ code: 'A' }, null).map((r) => r.kind)).toEqual(['removed']);
  });

  it('formats values for display', () => {
    expect(formatJsonValue('văn bản')).toBe('văn bản');
    expect(formatJsonValue(['a', 1])).toBe('["a",1]');
    expect(formatJsonValue(null)).toBe('null');
    expect(formatJsonValue(undefined)).toBe('');
  });
});
