import { PlanItemKind, ReportRoundKind, Role } from '@partrack/shared';
import { HISTORY_CREATE_PLAN, HISTORY_OPEN_ROUND } from './agency-history.documents';
import { Agency } from '../../src/agencies/agency.entity';
import { login, makeUser } from '../support/fixtures';
import { agencyOf, DEPT, ok, rename, treeOf } from '../support/history-fixtures';
import {
  applyOf,
  batchInput,
  DAY,
  DAY_BEFORE,
  everyActionBatch,
  NEW_DEPT,
  provinceState,
  ReorgProvince,
  reorgProvince,
  tablesState,
} from '../support/reorganisation-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { ReorganisationAction } from '../gql/graphql';
import {
  REORG_APPLY,
  REORG_CREATE_PLAN_ITEM,
  REORG_GROUP,
  REORG_LIST,
  REORG_PREVIEW,
  REORG_UNDO,
} from './agency-reorganisation.documents';

/**
 * Reorganisation batches (docs/reorganisation.md): a dry run that writes nothing, an all-or-nothing apply
 * audited once, and an undo that puts back exactly what was there while nothing later depends on it.
 */
describe('agency reorganisation batches', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'admin@reorg.vn', Role.ADMIN, null);
    admin = (await login(t, 'admin@reorg.vn')).accessToken;
  });
  afterAll(() => t.close());

  const preview = async (operations: ReturnType<typeof everyActionBatch>, token = admin) =>
    ok(await t.gql(REORG_PREVIEW, { i: batchInput(operations) }, { token })).previewReorganisation;
  const auditCount = async (action: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM audit_entry WHERE action = $1', [
          action,
        ])
      )[0].n,
    );

  describe('every action on one province: preview, apply, undo', () => {
    let p: ReorgProvince;
    let beforeApply: Awaited<ReturnType<typeof provinceState>>;
    let batchId: string;

    beforeAll(async () => {
      p = await reorgProvince(t, admin, 'RA');
      // What the dry run must also find, or leave out: a report still open after the day, a 2024 task.
      const round = { kind: ReportRoundKind.Q3, year: 2025 };
      ok(await t.gql(HISTORY_OPEN_ROUND, { i: round }, { token: p.coordinator }));
      const plan = { code: 'KH-RA-2024', title: 'Kế hoạch RA 2024', year: 2024, ownerAgencyId: p.root.id };
      const planId = ok(await t.gql(HISTORY_CREATE_PLAN, { i: plan }, { token: admin })).createPlan.id;
      const item = {
        planId,
        code: '1',
        kind: PlanItemKind.TASK,
        title: 'Việc 2024',
        leadAgencyIds: [p.sgtvt.id],
      };
      ok(await t.gql(REORG_CREATE_PLAN_ITEM, { i: item }, { token: admin }));
    });

    it('the dry run reports every change by name, the people, task and group of what ends, and writes nothing', async () => {
      const tables = await tablesState(t);
      const report = await preview(everyActionBatch('RA'));
      expect(report.problems).toEqual([]);
      const change = (code: string) => report.agencies.find((a) => a.code === code);
      expect(report.agencies.map((a) => a.code).sort()).toEqual(
        ['RA-BQL', 'RA-D1', 'RA-D1-C1', 'RA-D1-C2', 'RA-SGTVT', 'RA-SNV', 'RA-SXDGT'].sort(),
      );
      expect(change('RA-SXDGT')).toEqual({
        code: 'RA-SXDGT',
        nameBefore: null,
        nameAfter: NEW_DEPT,
        parentBefore: null,
        parentAfter: 'Tỉnh RA',
        created: true,
        ends: false,
        successor: null,
      });
      expect(change('RA-SGTVT')).toMatchObject({ ends: true, successor: 'Sở Xây dựng', created: false });
      expect(change('RA-SNV')).toMatchObject({
        nameBefore: 'Sở Nội vụ',
        nameAfter: 'Sở Nội vụ và Lao động',
        parentBefore: 'Tỉnh RA',
        parentAfter: 'Tỉnh RA',
        ends: false,
      });
      expect(change('RA-D1-C1')).toMatchObject({ parentBefore: 'Huyện Một', parentAfter: 'Tỉnh RA' });
      expect(change('RA-D1-C2')).toMatchObject({ parentBefore: 'Huyện Một', parentAfter: 'Huyện Hai' });
      expect(change('RA-D1')).toMatchObject({ ends: true, successor: 'Tỉnh RA' });
      expect(change('RA-BQL')).toMatchObject({ ends: true, successor: NEW_DEPT });
      const moved = { agency: 'Sở Giao thông vận tải', successor: 'Sở Xây dựng' };
      expect(report.users).toEqual([expect.objectContaining({ label: p.staffName, ...moved })]);
      expect(report.tasks).toEqual([expect.objectContaining({ label: p.taskLabel, ...moved })]);
      expect(report.taskCount).toBe(1);
      const reports = report.reports.map((r) => [r.agency, r.successor]).sort();
      expect(reports).toEqual([
        ['Ban Quản lý dự án', NEW_DEPT],
        ['Huyện Một', 'Tỉnh RA'],
        ['Sở Giao thông vận tải', 'Sở Xây dựng'],
      ]);
      expect(report.measurementCount).toBe(0);
      expect(report.groups).toEqual([{ id: p.groupId, label: p.groupName, ...moved }]);
      expect(await tablesState(t)).toEqual(tables);
    });

    it('applying changes the structure from the effective day only, hands the group over and audits once', async () => {
      beforeApply = await provinceState(t, admin, p);
      const treeBefore = await treeOf(t, admin, p.root.id, DAY_BEFORE);
      const audits = Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_entry'))[0].n);
      const applied = await applyOf(t, admin, everyActionBatch('RA'));
      batchId = applied.id;
      expect(applied).toMatchObject({ status: 'APPLIED', effectiveDate: DAY, operationCount: 7 });
      expect(applied.undoBlockedBy).toBeNull();

      expect(await treeOf(t, admin, p.root.id, DAY_BEFORE)).toEqual(treeBefore);
      const tree = await treeOf(t, admin, p.root.id, DAY);
      const node = (code: string) => tree.find((n) => n.code === code);
      const created = node('RA-SXDGT');
      expect(created).toMatchObject({ name: NEW_DEPT, parentId: p.root.id, depth: 1 });
      expect(node('RA-SNV')?.name).toBe('Sở Nội vụ và Lao động');
      expect(node('RA-D1-C1')).toMatchObject({ parentId: p.root.id, depth: 1 });
      expect(node('RA-D1-C2')).toMatchObject({ parentId: p.d2.id, depth: 2 });
      for (const ended of ['RA-D1', 'RA-SGTVT', 'RA-BQL']) expect(node(ended)).toBeUndefined();
      const group = ok(await t.gql(REORG_GROUP, { id: p.groupId }, { token: admin })).agencyGroup;
      // The successor joins; the merged member stays for the years it existed (a 2022 group task keeps its leads).
      expect([...(group?.memberIds ?? [])].sort()).toEqual([p.sgtvt.id, p.sxd.id, p.snv.id].sort());
      expect(await agencyOf(t, admin, p.bql.id)).toMatchObject({
        validTo: DAY,
        successor: { code: 'RA-SXDGT' },
      });
      expect(await agencyOf(t, admin, p.sgtvt.id)).toMatchObject({
        validTo: DAY,
        successor: { code: 'RA-SXD' },
      });

      const all = Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_entry'))[0].n);
      expect(all - audits).toBe(1);
      expect(await auditCount('agency.reorganise')).toBe(1);
      const list = ok(await t.gql(REORG_LIST, { first: 10 }, { token: admin })).agencyReorganisations;
      expect(list.find((b) => b.id === batchId)).toMatchObject({
        status: 'APPLIED',
        operationCount: 7,
        undoBlockedBy: null,
      });
      const coordinatorList = ok(await t.gql(REORG_LIST, {}, { token: p.coordinator })).agencyReorganisations;
      expect(coordinatorList.map((b) => b.id)).toContain(batchId);
    });

    it('undo puts back exactly the trees, histories, group and rows; a second undo is refused', async () => {
      const undone = ok(await t.gql(REORG_UNDO, { id: batchId }, { token: admin })).undoReorganisation;
      expect(undone.status).toBe('UNDONE');
      expect(undone.undoneAt).not.toBeNull();
      expect(await provinceState(t, admin, p)).toEqual(beforeApply);
      const created = await t.dataSource.query('SELECT id FROM agency WHERE code = $1', ['RA-SXDGT']);
      expect(created).toEqual([]);
      expect(await auditCount('agency.reorganiseUndo')).toBe(1);

      const tables = await tablesState(t);
      const again = await t.gql(REORG_UNDO, { id: batchId }, { token: admin });
      expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await tablesState(t)).toEqual(tables);
      const list = ok(await t.gql(REORG_LIST, { first: 10 }, { token: admin })).agencyReorganisations;
      expect(list.find((b) => b.id === batchId)).toMatchObject({
        status: 'UNDONE',
        undoBlockedBy: expect.any(String),
      });
      // The undone batch's codes are free again: the same batch applies a second time.
      expect((await applyOf(t, admin, everyActionBatch('RA'))).status).toBe('APPLIED');
    });
  });

  describe('undo is refused once later work depends on the batch', () => {
    const refusedUndo = async (id: string) => {
      const tables = await tablesState(t);
      const res = await t.gql(REORG_UNDO, { id }, { token: admin });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await tablesState(t)).toEqual(tables);
    };
    const blockerOf = async (id: string) =>
      ok(await t.gql(REORG_LIST, { first: 50 }, { token: admin })).agencyReorganisations.find(
        (b) => b.id === id,
      )?.undoBlockedBy;

    // A batch must not count itself as a later one (applied_at has microseconds, a JS Date milliseconds).
    it('a batch just applied can be undone (it does not block itself)', async () => {
      await reorgProvince(t, admin, 'RZ');
      const batch = await applyOf(t, admin, everyActionBatch('RZ'));
      expect(batch.undoBlockedBy).toBeNull();
      expect(await blockerOf(batch.id)).toBeNull();
      const undone = ok(await t.gql(REORG_UNDO, { id: batch.id }, { token: admin })).undoReorganisation;
      expect(undone.status).toBe('UNDONE');
    });

    // Regression (fixed): the batch's own hand-over of a group membership to an agency it created counts as later
    // work on that agency (undoBlocker scans agency_group_member), so such a batch can never be undone.
    it('a batch handing a group over to an agency it created can be undone', async () => {
      const p = await reorgProvince(t, admin, 'RY');
      const A = ReorganisationAction;
      const batch = await applyOf(t, admin, [
        { action: A.Create, code: 'RY-SXDGT', target: 'RY', name: NEW_DEPT, ...DEPT },
        { action: A.Merge, code: 'RY-SGTVT', target: 'RY-SXDGT' },
      ]);
      const group = ok(await t.gql(REORG_GROUP, { id: p.groupId }, { token: admin })).agencyGroup;
      expect(group?.memberIds).toHaveLength(3);
      expect(await blockerOf(batch.id)).toBeNull();
      expect(ok(await t.gql(REORG_UNDO, { id: batch.id }, { token: admin })).undoReorganisation.status).toBe(
        'UNDONE',
      );
    });

    it("another province's coordinator neither lists nor undoes a batch; the province's own coordinator undoes it", async () => {
      const p = await reorgProvince(t, admin, 'RW');
      const other = await reorgProvince(t, admin, 'RV');
      const batch = await applyOf(t, admin, everyActionBatch('RW'));
      const listed = async (token: string) =>
        ok(await t.gql(REORG_LIST, { first: 200 }, { token })).agencyReorganisations.map((b) => b.id);
      expect(await listed(other.coordinator)).not.toContain(batch.id);
      expect(await listed(p.coordinator)).toContain(batch.id);
      const tables = await tablesState(t);
      const refused = await t.gql(REORG_UNDO, { id: batch.id }, { token: other.coordinator });
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await tablesState(t)).toEqual(tables);
      const undone = ok(await t.gql(REORG_UNDO, { id: batch.id }, { token: p.coordinator }));
      expect(undone.undoReorganisation.status).toBe('UNDONE');
    });

    it('a later rename of a touched agency blocks undo, and undoBlockedBy says so', async () => {
      const p = await reorgProvince(t, admin, 'RB');
      const batch = await applyOf(t, admin, everyActionBatch('RB'));
      expect(await blockerOf(batch.id)).toBeNull();
      ok(await rename(t, admin, p.d2.id, 'Thị xã Hai'));
      expect(await blockerOf(batch.id)).toMatch(/agency changes: 1/);
      await refusedUndo(batch.id);
      expect((await agencyOf(t, admin, p.d2.id)).name).toBe('Thị xã Hai');
    });

    it('a user placed in an agency the batch created blocks undo', async () => {
      const p = await reorgProvince(t, admin, 'RC');
      const batch = await applyOf(t, admin, everyActionBatch('RC'));
      expect(await blockerOf(batch.id)).toBeNull();
      const created = await t.dataSource.getRepository(Agency).findOneByOrFail({ code: 'RC-SXDGT' });
      await makeUser(t, 'new@rc.vn', Role.AGENCY_OFFICER, created);
      expect(await blockerOf(batch.id)).toMatch(/app_user/);
      await refusedUndo(batch.id);
      expect((await treeOf(t, admin, p.root.id, DAY)).map((n) => n.code)).toContain('RC-SXDGT');
    });
  });

  describe('problems', () => {
    it('names the line and field of an unknown code and of a cycle; apply refuses and writes nothing', async () => {
      await reorgProvince(t, admin, 'RD');
      const A = ReorganisationAction;
      const operations = [
        { action: A.Rename, code: 'RD-SNV', name: 'Sở Nội vụ mới' },
        { action: A.Move, code: 'RD-D1-C1', target: 'RD' },
        { action: A.Rename, code: 'RD-NOPE', name: 'Không có' },
        { action: A.Move, code: 'RD-D1-C2', target: 'RD-D2' },
        { action: A.Move, code: 'RD-D2', target: 'RD-D2-C1' },
      ];
      const tables = await tablesState(t);
      const report = await preview(operations);
      expect(report.problems.map(({ line, field }) => ({ line, field }))).toEqual([
        { line: 3, field: 'code' },
        { line: 5, field: 'target' },
      ]);
      expect(report.problems[0].message).toContain('RD-NOPE');
      const applied = await t.gql(REORG_APPLY, { i: batchInput(operations) }, { token: admin });
      expect(applied.data).toBeNull();
      const error = applied.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.problems).toEqual(report.problems);
      expect(await tablesState(t)).toEqual(tables);
    });
  });
});
