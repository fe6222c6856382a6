import { Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { login, makeAgency, makeUser } from '../support/fixtures';
import { HISTORY_MOVE } from './agency-history.documents';
import { agencyOf, DEPT, ok, PC, treeOf } from '../support/history-fixtures';
import { applyOf, batchInput, contiguous, DAY } from '../support/reorganisation-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { ReorganisationAction } from '../gql/graphql';
import { REORG_APPLY, REORG_LIST, REORG_UNDO } from './agency-reorganisation.documents';

const N = 20;

/** Batches applied at the same time: each is all-or-nothing, and together they leave a consistent history. */
describe('agency reorganisation: concurrent and successive batches', () => {
  let t: TestApp;
  let admin: string;
  let root: Agency;
  let departments: Agency[];

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'admin@reorg-concurrency.vn', Role.ADMIN, null);
    admin = (await login(t, 'admin@reorg-concurrency.vn')).accessToken;
    root = await makeAgency(t, 'RH', null, { name: 'Tỉnh RH' });
    departments = [];
    for (let i = 1; i <= N; i++)
      departments.push(await makeAgency(t, `RH-S${i}`, root, { name: `Sở ${i}`, ...DEPT }));
  });
  afterAll(() => t.close());

  const applyAll = (batches: ReturnType<typeof batchInput>[]) =>
    Promise.all(batches.map((i) => t.gql(REORG_APPLY, { i }, { token: admin })));
  const batchAudits = async () =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_entry WHERE action = 'agency.reorganise'`,
        )
      )[0].n,
    );

  it(`${N} parallel batches renaming different agencies all apply`, async () => {
    const audits = await batchAudits();
    const results = await applyAll(
      departments.map((d, i) =>
        batchInput(
          [{ action: ReorganisationAction.Rename, code: d.code, name: `Sở mới ${i + 1}` }],
          `Đổi tên ${i}`,
        ),
      ),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data?.applyReorganisation.id));
    expect(ids.size).toBe(N);
    expect((await batchAudits()) - audits).toBe(N);
    const list =
      (await t.gql(REORG_LIST, { first: 200 }, { token: admin })).data?.agencyReorganisations ?? [];
    expect(list.filter((b) => ids.has(b.id))).toHaveLength(N);
    for (const [i, d] of departments.entries()) {
      const { name, history } = await agencyOf(t, admin, d.id);
      expect(name).toBe(`Sở mới ${i + 1}`);
      expect(history.map((v) => [v.effectiveFrom, v.effectiveTo, v.name])).toEqual([
        [null, DAY, `Sở ${i + 1}`],
        [DAY, null, `Sở mới ${i + 1}`],
      ]);
    }
  });

  it(`${N} parallel batches moving the same agency leave one contiguous history`, async () => {
    const commune = await makeAgency(t, 'RH-C', departments[0], { name: 'Xã RH', ...PC });
    const results = await applyAll(
      departments.map((d, i) =>
        batchInput(
          [{ action: ReorganisationAction.Move, code: commune.code, target: d.code }],
          `Chuyển ${i}`,
        ),
      ),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const { parentId, history } = await agencyOf(t, admin, commune.id);
    expect(contiguous(history)).toBe(true);
    // All on one day: the first version until DAY, then one version from DAY (changed in place by each batch).
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ effectiveFrom: null, effectiveTo: DAY, parentId: departments[0].id });
    expect(history[1]).toMatchObject({ effectiveFrom: DAY, effectiveTo: null, parentId });
    const [{ n }] = await t.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM agency_version WHERE agency_id = $1',
      [commune.id],
    );
    expect(Number(n)).toBe(2);
  });
  it('successive batches on the same agencies undo in reverse order, each back to the state before it', async () => {
    const k1 = await makeAgency(t, 'RH-K1', root, { name: 'Khối 1', ...DEPT });
    const k2 = await makeAgency(t, 'RH-K2', root, { name: 'Khối 2', ...DEPT });
    const x = await makeAgency(t, 'RH-K1-X', k1, { name: 'Tổ X', ...DEPT });
    const state = async () => ({
      tree: await treeOf(t, admin, root.id, DAY, true),
      histories: await Promise.all([k1, k2, x].map(async (a) => (await agencyOf(t, admin, a.id)).history)),
    });
    const A = ReorganisationAction;
    const original = await state();
    const first = await applyOf(t, admin, [
      { action: A.Move, code: 'RH-K1-X', target: 'RH-K2' },
      { action: A.Rename, code: 'RH-K2', name: 'Khối 2 mới' },
    ]);
    const afterFirst = await state();
    const second = await applyOf(t, admin, [
      { action: A.Create, code: 'RH-K3', target: 'RH', name: 'Khối 3', ...DEPT },
      { action: A.Move, code: 'RH-K1-X', target: 'RH' },
      { action: A.Merge, code: 'RH-K1', target: 'RH-K2' },
    ]);
    const blocked = await t.gql(REORG_UNDO, { id: first.id }, { token: admin });
    expect(blocked.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(blocked.errors?.[0].message).toContain('a later reorganisation');
    expect(ok(await t.gql(REORG_UNDO, { id: second.id }, { token: admin })).undoReorganisation.status).toBe(
      'UNDONE',
    );
    expect(await state()).toEqual(afterFirst);
    expect(ok(await t.gql(REORG_UNDO, { id: first.id }, { token: admin })).undoReorganisation.status).toBe(
      'UNDONE',
    );
    expect(await state()).toEqual(original);
  });
  // Regression: undo once deleted the created agencies before today's parent_id of the agencies moved
  // under them was restored, and failed on the agency.parent_id foreign key although undoBlockedBy said null.
  it('a batch that moved an agency under an agency it created can be undone', async () => {
    const k4 = await makeAgency(t, 'RH-K4', root, { name: 'Khối 4', ...DEPT });
    const y = await makeAgency(t, 'RH-K4-Y', k4, { name: 'Tổ Y', ...DEPT });
    const before = (await agencyOf(t, admin, y.id)).history;
    const A = ReorganisationAction;
    const batch = await applyOf(t, admin, [
      { action: A.Create, code: 'RH-K5', target: 'RH', name: 'Khối 5', ...DEPT },
      { action: A.Move, code: 'RH-K4-Y', target: 'RH-K5' },
    ]);
    expect(batch.undoBlockedBy).toBeNull();
    const undone = await t.gql(REORG_UNDO, { id: batch.id }, { token: admin });
    expect(undone.errors).toBeUndefined();
    expect((await agencyOf(t, admin, y.id)).history).toEqual(before);
  });
  it('an agency moved later under one the batch created blocks its undo', async () => {
    // Under S4, which the batch does not name: only the check of what hangs under created agencies sees it.
    const outsider = await makeAgency(t, 'RH-S4-T', departments[3], { name: 'Tổ T', ...DEPT });
    const A = ReorganisationAction;
    const batch = await applyOf(t, admin, [
      { action: A.Create, code: 'RH-K6', target: 'RH-S5', name: 'Khối 6', ...DEPT },
    ]);
    const [k6] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM agency WHERE code = 'RH-K6'`);
    const move = { id: outsider.id, newParentId: k6.id, effectiveDate: '2026-01-01' };
    ok(await t.gql(HISTORY_MOVE, { i: move }, { token: admin }));
    const listed = ok(await t.gql(REORG_LIST, { first: 200 }, { token: admin })).agencyReorganisations;
    expect(listed.find((b) => b.id === batch.id)?.undoBlockedBy).toBe('agencies placed under new ones');
    const res = await t.gql(REORG_UNDO, { id: batch.id }, { token: admin });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await agencyOf(t, admin, outsider.id)).parentId).toBe(k6.id);
  });

  it('an undo racing a later batch on the same agency: one order or the other, never a mixed history', async () => {
    const z = await makeAgency(t, 'RH-Z', root, { name: 'Tổ Z', ...DEPT });
    const A = ReorganisationAction;
    const first = await applyOf(t, admin, [{ action: A.Rename, code: 'RH-Z', name: 'Tổ Z một' }]);
    const [undo, second] = await Promise.all([
      t.gql(REORG_UNDO, { id: first.id }, { token: admin }),
      t.gql(
        REORG_APPLY,
        { i: batchInput([{ action: A.Move, code: 'RH-Z', target: 'RH-S3' }]) },
        { token: admin },
      ),
    ]);
    expect(second.errors).toBeUndefined();
    const { name, history } = await agencyOf(t, admin, z.id);
    expect(contiguous(history)).toBe(true);
    if (undo.errors) {
      // The batch came first: the undo sees a later reorganisation and leaves everything as it was.
      expect(undo.errors[0].extensions?.code).toBe('CONFLICT');
      expect(name).toBe('Tổ Z một');
    } else {
      expect(undo.data?.undoReorganisation.status).toBe('UNDONE');
      expect(name).toBe('Tổ Z');
    }
    expect(history[history.length - 1]).toMatchObject({
      effectiveFrom: DAY,
      parentId: departments[2].id,
      name,
    });
  });
});
