import { ReportRoundKind, Role } from '@partrack/shared';
import {
  HISTORY_CREATE_PLAN,
  HISTORY_INDICATOR_VALUE,
  HISTORY_MOVE,
  HISTORY_OPEN_ROUND,
  HISTORY_PLAN,
  HISTORY_REPORTS,
  HISTORY_RESOLVE_NAMES,
  HISTORY_SUBMIT_REPORT,
  HISTORY_UPDATE,
} from './agency-history.documents';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import {
  agencyOf,
  datedProvince,
  DEPT,
  MergedProvinces,
  mergedProvinces,
  OLD_DAY,
  REFORM_DAY,
  rename as renameAs,
  reportDocxText,
  storedStateOf,
  treeOf,
} from '../support/history-fixtures';
import { activeIndicator, approvedFigure } from '../support/indicator-fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * What issue 14 said broke when agencies were reorganised on 1 July 2025: a move, a rename or a merge
 * rewrote the past (2022 trees, figures and documents). Here every change is dated and the past stays put.
 */
describe('dated agency reorganisations (issue 14)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'admin@history.vn', Role.ADMIN, null);
    admin = (await login(t, 'admin@history.vn')).accessToken;
  });
  afterAll(() => t.close());

  const rename = (id: string, name: string, effectiveDate?: string, correction = false) =>
    renameAs(t, admin, id, name, effectiveDate, correction);

  describe('moves, renames and corrections in one province', () => {
    let p: Province;
    let coordinator: string;

    beforeAll(async () => {
      p = await makeProvince(t, 'MV');
      await makeUser(t, 'coord@mv.vn', Role.COORDINATOR, p.dept);
      coordinator = (await login(t, 'coord@mv.vn')).accessToken;
    });

    it('a dated move changes the tree from its day only; the district keeps its 2022 figure', async () => {
      const plan = await t.gql(
        HISTORY_CREATE_PLAN,
        { i: { code: 'KH-MV-2022', title: 'Kế hoạch MV 2022', year: 2022, ownerAgencyId: p.root.id } },
        { token: coordinator },
      );
      const ratio = await activeIndicator(t, coordinator, plan.data!.createPlan.id, { code: 'MV-ONLINE' });
      const tokens = { enter: coordinator, review: coordinator };
      for (const [agencyId, numerator, denominator] of [
        [p.commune.id, 3, 4],
        [p.district.id, 1, 6],
      ] as const)
        await approvedFigure(t, tokens, {
          indicatorId: ratio,
          agencyId,
          period: '2022-Q1',
          numerator,
          denominator,
        });
      const districtFigure = async () => {
        const res = await t.gql(
          HISTORY_INDICATOR_VALUE,
          { ind: ratio, a: p.district.id, p: '2022-Q1' },
          { token: coordinator },
        );
        if (!res.data) throw new Error(JSON.stringify(res.errors));
        return res.data.indicatorValue;
      };
      const tree2022 = await treeOf(t, coordinator, p.root.id, OLD_DAY);
      expect(tree2022.find((n) => n.id === p.commune.id)).toMatchObject({
        parentId: p.district.id,
        depth: 2,
      });
      const figure2022 = await districtFigure();
      expect(figure2022).toMatchObject({ numerator: 4, denominator: 10, reportedCount: 2 });

      const moved = await t.gql(
        HISTORY_MOVE,
        { i: { id: p.commune.id, newParentId: p.root.id, effectiveDate: REFORM_DAY } },
        { token: coordinator },
      );
      expect(moved.errors).toBeUndefined();
      expect(moved.data?.moveAgency.parentId).toBe(p.root.id);
      expect(await treeOf(t, coordinator, p.root.id, OLD_DAY)).toEqual(tree2022);
      const tree2025 = await treeOf(t, coordinator, p.root.id, REFORM_DAY);
      expect(tree2025.find((n) => n.id === p.commune.id)).toMatchObject({ parentId: p.root.id, depth: 1 });
      expect(tree2025.find((n) => n.id === p.district.id)).toMatchObject({ depth: 1 });
      expect(await districtFigure()).toEqual(figure2022);
      expect((await agencyOf(t, coordinator, p.commune.id)).history).toEqual([
        expect.objectContaining({ effectiveFrom: null, effectiveTo: REFORM_DAY, parentId: p.district.id }),
        expect.objectContaining({ effectiveFrom: REFORM_DAY, effectiveTo: null, parentId: p.root.id }),
      ]);
    });

    it('a dated rename: old name in 2022 trees and in a report submitted in 2022, new name today', async () => {
      const old = 'Sở Giao thông vận tải';
      const fresh = 'Sở Xây dựng';
      const dept = await makeAgency(t, 'MV-SGTVT', p.root, { name: old, ...DEPT });
      const renamed = await rename(dept.id, fresh, REFORM_DAY);
      expect(renamed.data?.updateAgency.name).toBe(fresh);
      const nameIn = async (asOf?: string) =>
        (await treeOf(t, coordinator, p.root.id, asOf)).find((n) => n.id === dept.id)?.name;
      expect(await nameIn(OLD_DAY)).toBe(old);
      expect(await nameIn()).toBe(fresh);
      expect((await agencyOf(t, coordinator, dept.id)).history).toEqual([
        expect.objectContaining({ effectiveFrom: null, effectiveTo: REFORM_DAY, name: old }),
        expect.objectContaining({ effectiveFrom: REFORM_DAY, effectiveTo: null, name: fresh }),
      ]);

      const round = await t.gql(
        HISTORY_OPEN_ROUND,
        { i: { kind: ReportRoundKind.H1, year: 2022 } },
        { token: coordinator },
      );
      if (!round.data) throw new Error(JSON.stringify(round.errors));
      const reports = await t.gql(
        HISTORY_REPORTS,
        { f: { roundId: round.data.openReportingRound.id, agencyId: dept.id } },
        { token: coordinator },
      );
      const [report] = reports.data!.agencyReports.edges.map((e) => e.node);
      // Not submitted: the document's date is the round's due date (June 2022).
      expect(await reportDocxText(t, admin, report.id)).toContain(old.toLowerCase());
      const submitted = await t.gql(
        HISTORY_SUBMIT_REPORT,
        { id: report.id, v: report.version },
        { token: admin },
      );
      expect(submitted.data?.submitAgencyReport.status).toBe('SUBMITTED');
      // Submitted today: a document of today names today's agency.
      expect(await reportDocxText(t, admin, report.id)).toContain(fresh.toLowerCase());
      // The same report as if submitted on 15 June 2022 (the clock cannot be set back through the API).
      await t.dataSource.query(
        `UPDATE agency_report SET submitted_at = '2022-06-15T03:00:00Z' WHERE id = $1`,
        [report.id],
      );
      const text2022 = await reportDocxText(t, admin, report.id);
      expect(text2022).toContain(old.toLowerCase());
      expect(text2022).not.toContain(fresh.toLowerCase());
    });

    it('a correction fixes the version of today in place: no new version', async () => {
      const dept = await makeAgency(t, 'MV-STC', p.root, { name: 'Sở Tài chính', ...DEPT });
      expect((await rename(dept.id, 'Sở Tài chinh và Đầu tư', REFORM_DAY)).errors).toBeUndefined();
      const fixed = await rename(dept.id, 'Sở Tài chính và Đầu tư', undefined, true);
      expect(fixed.data?.updateAgency.name).toBe('Sở Tài chính và Đầu tư');
      expect((await agencyOf(t, coordinator, dept.id)).history).toEqual([
        expect.objectContaining({ effectiveFrom: null, effectiveTo: REFORM_DAY, name: 'Sở Tài chính' }),
        expect.objectContaining({
          effectiveFrom: REFORM_DAY,
          effectiveTo: null,
          name: 'Sở Tài chính và Đầu tư',
        }),
      ]);
    });

    it('refuses a change dated before the latest one (effectiveDate) and writes nothing', async () => {
      const dept = await makeAgency(t, 'MV-SYT', p.root, { name: 'Sở Y tế', ...DEPT });
      expect((await rename(dept.id, 'Sở Y tế và Dân số', REFORM_DAY)).errors).toBeUndefined();
      const before = await storedStateOf(t, dept.id);
      const { version } = await agencyOf(t, admin, dept.id);
      const renamed = await t.gql(
        HISTORY_UPDATE,
        { i: { id: dept.id, version, name: 'Sở Y tế cũ', effectiveDate: '2024-01-01' } },
        { token: admin },
      );
      const moved = await t.gql(
        HISTORY_MOVE,
        { i: { id: dept.id, newParentId: p.district.id, effectiveDate: '2024-01-01' } },
        { token: admin },
      );
      for (const refused of [renamed, moved])
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'effectiveDate' })],
        });
      expect(await storedStateOf(t, dept.id)).toEqual(before);
    });
  });

  describe('a province merged into a city founded on 1 July 2025', () => {
    let m: MergedProvinces;
    beforeAll(async () => {
      m = await mergedProvinces(t, admin);
    });

    it('keeps A’s 2022 tree and plan for both coordinators; A’s units are under B today', async () => {
      const { a, b, transport, construction, retired, coordA, coordB, planId, treeA2022 } = m;
      expect(treeA2022.map((n) => n.id)).toEqual(
        expect.arrayContaining([a.dept.id, a.commune.id, transport.id]),
      );
      expect(await treeOf(t, admin, a.root.id, OLD_DAY)).toEqual(treeA2022);
      expect(await treeOf(t, coordB, a.root.id, OLD_DAY)).toEqual(treeA2022);
      for (const token of [coordA, coordB]) {
        const plan = await t.gql(HISTORY_PLAN, { id: planId }, { token });
        expect(plan.data?.plan).toMatchObject({ id: planId, ownerAgencyId: a.root.id });
      }
      const today = (await treeOf(t, coordB, null)).map((n) => n.id);
      expect(today).toEqual(
        expect.arrayContaining([b.root, b.office, a.dept.id, a.district.id, construction.id]),
      );
      expect(today).not.toContain(a.root.id);
      expect(today).not.toContain(transport.id);
      expect(today).not.toContain(retired.id);
      for (const unit of [a.dept, a.district, construction])
        expect((await agencyOf(t, coordB, unit.id)).parentId).toBe(b.root);
      expect((await agencyOf(t, coordB, a.commune.id)).parentId).toBe(a.district.id);
    });

    it('lets B’s coordinator read, not write, what ended with A (FORBIDDEN), and write what moved to B', async () => {
      const { a, retired, transport, coordB } = m;
      for (const ended of [a.root.id, retired.id, transport.id]) {
        const read = await agencyOf(t, coordB, ended);
        expect(read.validTo).toBe(REFORM_DAY);
        const write = await t.gql(
          HISTORY_UPDATE,
          { i: { id: ended, version: read.version, name: 'Đổi tên trái phép' } },
          { token: coordB },
        );
        expect([ended, write.errors?.[0].extensions?.code]).toEqual([ended, 'FORBIDDEN']);
      }
      const district = await agencyOf(t, coordB, a.district.id);
      const write = await t.gql(
        HISTORY_UPDATE,
        { i: { id: a.district.id, version: district.version, aliases: ['Huyện Một PB'] } },
        { token: coordB },
      );
      expect(write.errors).toBeUndefined();
    });

    it('refuses reporting rounds due on days the province does not exist (provinceId)', async () => {
      const { a, b } = m;
      const open = (provinceId: string, year: number) =>
        t.gql(HISTORY_OPEN_ROUND, { i: { kind: ReportRoundKind.H1, year, provinceId } }, { token: admin });
      for (const [provinceId, year] of [
        [b.root, 2025],
        [a.root.id, 2026],
      ] as const) {
        const refused = await open(provinceId, year);
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'provinceId' })],
        });
        const rounds = 'SELECT id FROM reporting_round WHERE province_id = $1 AND year = $2';
        expect(await t.dataSource.query(rounds, [provinceId, year])).toEqual([]);
      }
      expect((await open(b.root, 2026)).errors).toBeUndefined();
    });

    it('resolves a 2022 name to the 2022 agency with the successor carrying its work today', async () => {
      const { transport, construction, coordB } = m;
      const res = await t.gql(
        HISTORY_RESOLVE_NAMES,
        { text: 'Sở Giao thông vận tải', d: OLD_DAY },
        { token: coordB },
      );
      expect(res.data?.resolveAgencyNames.matches).toEqual([
        expect.objectContaining({
          agency: expect.objectContaining({ id: transport.id, name: 'Sở Giao thông vận tải' }),
          successor: { id: construction.id, code: 'PA-SXD' },
        }),
      ]);
      const today = await t.gql(HISTORY_RESOLVE_NAMES, { text: 'Sở Giao thông vận tải' }, { token: coordB });
      // Today no agency bears that name: the 2022 one has ended and is not matched.
      expect(today.errors).toBeUndefined();
      expect(today.data!.resolveAgencyNames.matches.map((match) => match.agency?.id)).not.toContain(
        transport.id,
      );
    });
  });

  it('answers agencyTree asOf with a number of SQL statements that does not grow with the tree', async () => {
    const small = await datedProvince(t, admin, 'QS', 1, 1);
    const large = await datedProvince(t, admin, 'QL', 4, 6);
    const count = async (rootId: string, asOf: string, size: number) =>
      (
        await statementsDuring(t, async () => {
          expect(await treeOf(t, admin, rootId, asOf)).toHaveLength(size);
        })
      ).length;
    for (const day of [OLD_DAY, REFORM_DAY])
      expect(await count(large, day, 30)).toBe(await count(small, day, 4));
  });
});
