import { AgencyKind, AgencyLevel } from '../agency/agency.enums';
import { AgencyCandidate, AgencyNameIndex, resolveAgencyNames } from './agency-name-resolver';
import { loadAgencyRows, loadCandidates, loadGroupRows } from './quang-nam-catalogue.test-helper';

const { agencies, groups } = loadCandidates();

describe('Quảng Nam reference catalogue (apps/api/src/seed/data)', () => {
  const rows = loadAgencyRows();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const count = (predicate: (r: (typeof rows)[number]) => boolean): number => rows.filter(predicate).length;

  it('has unique, stable upper-case codes', () => {
    expect(byCode.size).toBe(rows.length);
    for (const row of rows) expect(row.code).toMatch(/^QNA(-[A-Z0-9]+)*$/);
  });

  it('has one root, the province People’s Committee, and a known parent for every other row', () => {
    expect(rows.filter((r) => r.parentCode === null).map((r) => r.code)).toEqual(['QNA']);
    for (const row of rows) if (row.parentCode !== null) expect(byCode.has(row.parentCode)).toBe(true);
  });

  it('uses ISO dates (kind and level are checked against the shared enums on load)', () => {
    for (const row of rows) expect(row.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds the 19 specialised agencies plus the economic-zone board, 18 districts and 6–10 communes', () => {
    expect(count((r) => r.kind === AgencyKind.DEPARTMENT && r.parentCode === 'QNA')).toBe(20);
    const districts = rows.filter((r) => r.level === AgencyLevel.DISTRICT);
    expect(districts).toHaveLength(18);
    for (const d of districts)
      expect(d).toMatchObject({ kind: AgencyKind.PEOPLES_COMMITTEE, parentCode: 'QNA' });
    const communes = rows.filter((r) => r.level === AgencyLevel.COMMUNE);
    expect(communes.length).toBeGreaterThanOrEqual(6);
    expect(communes.length).toBeLessThanOrEqual(10);
    for (const c of communes) expect(byCode.get(c.parentCode ?? '')?.level).toBe(AgencyLevel.DISTRICT);
  });

  it('has groups whose members all exist', () => {
    for (const group of loadGroupRows()) {
      expect(group.members.length).toBeGreaterThan(0);
      for (const member of group.members) expect(byCode.has(member)).toBe(true);
    }
  });
});

describe('catalogue conflicts', () => {
  const agency = (code: string, name: string, aliases: string[] = []): AgencyCandidate => ({
    id: code,
    code,
    name,
    aliases,
  });

  it('refuses a key two bodies share instead of picking one', () => {
    const conflicting = new AgencyNameIndex([
      agency('A', 'Sở Nội vụ', ['SNV']),
      agency('B', 'Sở Ngoại vụ', ['SNV']),
    ]);
    expect(conflicting.ambiguousKeys).toEqual(['snv']);
    expect(conflicting.resolve('SNV')).toEqual({ matches: [], unresolved: ['SNV'] });
    expect(conflicting.resolve('Sở Nội vụ').matches.map((m) => m.code)).toEqual(['A']);
  });

  it('drops a derived key two bodies share but keeps their full names', () => {
    const places = new AgencyNameIndex([
      agency('H', 'Ủy ban nhân dân huyện An Sơn'),
      agency('P', 'Ủy ban nhân dân phường An Sơn'),
    ]);
    expect(places.resolve('An Sơn').unresolved).toEqual(['An Sơn']);
    expect(places.resolve('UBND phường An Sơn').matches.map((m) => m.code)).toEqual(['P']);
  });

  it('prefers a written alias over a key derived from another body', () => {
    const both = new AgencyNameIndex([
      agency('T', 'Sở Tư pháp'),
      agency('X', 'Trung tâm Trợ giúp pháp lý', ['Tư pháp']),
    ]);
    expect(both.resolve('Tư pháp').matches.map((m) => [m.code, m.confidence])).toEqual([['X', 1]]);
  });
});

describe('resolveAgencyNames', () => {
  it('is a one-off AgencyNameIndex.resolve', () => {
    const text = 'Sở Nội vụ và các Sở, ban, ngành liên quan';
    expect(resolveAgencyNames(text, agencies, groups)).toEqual(
      new AgencyNameIndex(agencies, groups).resolve(text),
    );
  });

  it('works without groups', () => {
    expect(resolveAgencyNames('Các Sở, ban, ngành; Sở Y tế', agencies)).toMatchObject({
      matches: [{ code: 'QNA-SYT' }],
      unresolved: ['Các Sở, ban, ngành'],
    });
  });
});
