import { randomUUID } from 'node:crypto';
import { Agency } from '../../src/agencies/agency.entity';
import { AgencyTreeRepository, provinceRootSql, subtreeSql } from '../../src/agencies/agency-tree.repository';
import { makeAgency } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';

type Codes = 'P' | 'D1' | 'C1' | 'C2' | 'OLD' | 'ORPH' | 'NEW' | 'Q' | 'QD';

/**
 * The hierarchy queries against real Postgres, on dated agencies:
 *
 *   P  ─┬─ D1 ──┬─ C1
 *       │       └─ C2     ended 2023-01-01
 *       ├─ OLD ─── ORPH   OLD ended 2022-01-01, ORPH still valid
 *       └─ NEW            valid from 2025-01-01
 *   Q  ─── QD
 */
describe('AgencyTreeRepository (agency hierarchy queries)', () => {
  let t: TestApp;
  let tree: AgencyTreeRepository;
  let id: Record<Codes, string>;
  const codeOf = (ids: Iterable<string>) =>
    [...ids].map((x) => Object.entries(id).find(([, v]) => v === x)?.[0] ?? x);
  const sorted = (codes: string[]) => [...codes].sort();

  beforeAll(async () => {
    t = await createTestApp();
    tree = t.app.get(AgencyTreeRepository);
    const make = (code: string, parent: Agency | null, extra: Partial<Agency> = {}) =>
      makeAgency(t, `TREE-${code}`, parent, { name: code, ...extra });
    const p = await make('P', null);
    const d1 = await make('D1', p);
    const c1 = await make('C1', d1);
    const c2 = await make('C2', d1, { validTo: '2023-01-01' });
    const old = await make('OLD', p, { validTo: '2022-01-01' });
    const orph = await make('ORPH', old);
    const fresh = await make('NEW', p, { validFrom: '2025-01-01' });
    const q = await make('Q', null);
    const qd = await make('QD', q);
    id = {
      P: p.id,
      D1: d1.id,
      C1: c1.id,
      C2: c2.id,
      OLD: old.id,
      ORPH: orph.id,
      NEW: fresh.id,
      Q: q.id,
      QD: qd.id,
    };
  });
  afterAll(() => t.close());

  it('lists ancestors nearest first, the agency itself included, and nothing for an unknown id', async () => {
    expect(codeOf(await tree.ancestorIds(id.C1))).toEqual(['C1', 'D1', 'P']);
    expect(codeOf(await tree.ancestorIds(id.ORPH))).toEqual(['ORPH', 'OLD', 'P']);
    expect(await tree.ancestorIds(randomUUID())).toEqual([]);
  });

  it('lists the ancestors of many agencies root first, without the agency itself', async () => {
    const ancestors = await tree.ancestorIdsOfEach([id.C1, id.QD, id.P, randomUUID()]);
    expect(new Map([...ancestors].map(([k, v]) => [codeOf([k])[0], codeOf(v)]))).toEqual(
      new Map([
        ['C1', ['P', 'D1']],
        ['QD', ['Q']],
      ]),
    );
  });

  it('tells whether an agency lies in a subtree: the root itself counts, ended agencies too', async () => {
    expect(await tree.isWithin(id.C1, id.P)).toBe(true);
    expect(await tree.isWithin(id.C1, id.D1)).toBe(true);
    expect(await tree.isWithin(id.P, id.P)).toBe(true);
    expect(await tree.isWithin(id.ORPH, id.OLD)).toBe(true);
    expect(await tree.isWithin(id.D1, id.C1)).toBe(false);
    expect(await tree.isWithin(id.C1, id.Q)).toBe(false);
    expect(await tree.isWithin(randomUUID(), id.P)).toBe(false);
  });

  it("finds each agency's province root, a root being its own", async () => {
    const roots = await tree.provinceRoots([id.C1, id.ORPH, id.NEW, id.QD, id.P, randomUUID()]);
    expect(new Map([...roots].map(([k, v]) => [codeOf([k])[0], codeOf([v])[0]]))).toEqual(
      new Map([
        ['C1', 'P'],
        ['ORPH', 'P'],
        ['NEW', 'P'],
        ['QD', 'Q'],
        ['P', 'P'],
      ]),
    );
    expect(await statementsDuring(t, () => tree.provinceRoots([]))).toEqual([]);
  });

  it('renders the province root as a scalar subquery on a column of the enclosing query', async () => {
    const rows = await t.dataSource.query<{ code: string; root: string | null }[]>(
      `SELECT x.code, ${provinceRootSql('x.id')} AS root FROM agency x WHERE x.code = ANY($1) ORDER BY x.code`,
      [['TREE-C2', 'TREE-ORPH', 'TREE-QD']],
    );
    expect(rows).toEqual([
      { code: 'TREE-C2', root: id.P },
      { code: 'TREE-ORPH', root: id.P },
      { code: 'TREE-QD', root: id.Q },
    ]);
  });

  it('lists a subtree with ended and future agencies, or only those valid on a day', async () => {
    expect(sorted(codeOf(await tree.subtreeIds(id.P)))).toEqual(
      sorted(['P', 'D1', 'C1', 'C2', 'OLD', 'ORPH', 'NEW']),
    );
    expect(sorted(codeOf(await tree.subtreeIds(id.D1)))).toEqual(['C1', 'C2', 'D1']);
    // ORPH is still valid under its ended parent: it exists on the day, so it is listed.
    expect(sorted(codeOf(await tree.subtreeIds(id.P, { validOn: '2024-06-01' })))).toEqual(
      sorted(['P', 'D1', 'C1', 'ORPH']),
    );
    expect(sorted(codeOf(await tree.subtreeIds(id.P, { validOn: '2022-01-01' })))).toEqual(
      sorted(['P', 'D1', 'C1', 'C2', 'ORPH']),
    );
    expect(sorted(codeOf(await tree.subtreeIds(id.P, { validOn: '2021-12-31' })))).toEqual(
      sorted(['P', 'D1', 'C1', 'C2', 'OLD', 'ORPH']),
    );
    expect(await tree.subtreeIds(randomUUID())).toEqual([]);
  });

  it('embeds the subtree, as of a day, in a QueryBuilder with named parameters', async () => {
    const agencies = await t.dataSource
      .getRepository(Agency)
      .createQueryBuilder('a')
      .where(`a.id IN ${subtreeSql(':root', { validOn: ':day' })}`, { root: id.P, day: '2026-01-01' })
      .getMany();
    expect(sorted(codeOf(agencies.map((a) => a.id)))).toEqual(sorted(['P', 'D1', 'C1', 'ORPH', 'NEW']));
  });

  it('counts descendants, ended ones included', async () => {
    const counts = await tree.descendantCounts([id.P, id.D1, id.C1, randomUUID()]);
    expect(new Map([...counts].map(([k, v]) => [codeOf([k])[0], v]))).toEqual(
      new Map([
        ['P', 6],
        ['D1', 2],
        ['C1', 0],
      ]),
    );
  });

  it('walks depth-first by name and prunes at an agency not valid on the day, unless asked not to', async () => {
    const walk = async (root: string | null, asOf: string, includeInactive: boolean) =>
      (await tree.depthFirst(root, asOf, includeInactive))
        .filter((r) => r.code.startsWith('TREE-'))
        .map((r) => `${r.depth}:${r.name}:${r.child_count}`);
    // ORPH is valid but hangs under OLD, which ended: the tree hides both.
    expect(await walk(id.P, '2024-06-01', false)).toEqual(['0:P:1', '1:D1:1', '2:C1:0']);
    expect(await walk(id.P, '2021-06-01', false)).toEqual([
      '0:P:2',
      '1:D1:2',
      '2:C1:0',
      '2:C2:0',
      '1:OLD:1',
      '2:ORPH:0',
    ]);
    expect(await walk(id.P, '2024-06-01', true)).toEqual([
      '0:P:3',
      '1:D1:2',
      '2:C1:0',
      '2:C2:0',
      '1:NEW:0',
      '1:OLD:1',
      '2:ORPH:0',
    ]);
    expect(await walk(null, '2024-06-01', false)).toEqual(['0:P:1', '1:D1:1', '2:C1:0', '0:Q:1', '1:QD:0']);
  });

  it('sends one statement per call, inside the transaction it is given', async () => {
    for (const call of [
      () => tree.ancestorIds(id.C1),
      () => tree.isWithin(id.C1, id.P),
      () => tree.ancestorIdsOfEach([id.C1, id.QD]),
      () => tree.provinceRoots([id.C1, id.QD]),
      () => tree.subtreeIds(id.P, { validOn: '2024-06-01' }),
      () => tree.descendantCounts([id.P]),
      () => tree.depthFirst(id.P, '2024-06-01', false),
    ]) {
      expect(await statementsDuring(t, call)).toHaveLength(1);
    }
    // An agency inserted but not committed is visible only to its own transaction.
    await t.dataSource
      .transaction(async (em) => {
        const added = await em.getRepository(Agency).save(
          em.getRepository(Agency).create({
            code: 'TREE-TX',
            name: 'TX',
            kind: (await em.findOneByOrFail(Agency, { id: id.C1 })).kind,
            level: (await em.findOneByOrFail(Agency, { id: id.C1 })).level,
            parentId: id.C1,
            validFrom: '2020-01-01',
          }),
        );
        expect(await tree.isWithin(added.id, id.P, em)).toBe(true);
        expect(codeOf(await tree.ancestorIds(added.id, em))).toEqual([added.id, 'C1', 'D1', 'P']);
        expect((await tree.provinceRoots([added.id], em)).get(added.id)).toBe(id.P);
        expect(await tree.subtreeIds(id.C1, {}, em)).toContain(added.id);
        expect(await tree.isWithin(added.id, id.P)).toBe(false);
        throw new Error('rollback');
      })
      .catch((error: Error) => expect(error.message).toBe('rollback'));
  });
});
