import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import JSZip from 'jszip';
import { Agency } from '../../src/agencies/agency.entity';
import { texts } from '../../src/reports/formats/report-docx.xml.fixture';
import {
  HISTORY_AGENCY,
  HISTORY_CREATE,
  HISTORY_CREATE_PLAN,
  HISTORY_DEACTIVATE,
  HISTORY_EXPORT_REPORT,
  HISTORY_MERGE,
  HISTORY_MOVE,
  HISTORY_TREE,
  HISTORY_UPDATE,
} from '../integration/agency-history.documents';
import { login, makeAgency, makeProvince, makeUser, Province } from './fixtures';
import { TestApp } from './test-app';

/** The day every reorganisation of these tests takes effect (the 2025 reform of provinces and communes). */
export const REFORM_DAY = '2025-07-01';
/** A day of the old organisation, before REFORM_DAY. */
export const OLD_DAY = '2022-06-30';
export const DEPT = { kind: AgencyKind.DEPARTMENT, level: AgencyLevel.PROVINCE };
export const PC = { kind: AgencyKind.PEOPLES_COMMITTEE };

/** The data of a GraphQL answer; throws with its errors so that a failing setup step is visible. */
export function ok<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** agencyTree as seen by `token`. */
export async function treeOf(
  t: TestApp,
  token: string,
  rootId: string | null,
  asOf?: string,
  includeInactive = false,
) {
  return ok(await t.gql(HISTORY_TREE, { r: rootId, d: asOf, all: includeInactive }, { token })).agencyTree;
}

/** One agency with its history. */
export async function agencyOf(t: TestApp, token: string, id: string) {
  return ok(await t.gql(HISTORY_AGENCY, { id }, { token })).agency;
}

/** A rename through updateAgency (the version read first, as a client does); the raw answer. */
export async function rename(
  t: TestApp,
  token: string,
  id: string,
  name: string,
  effectiveDate?: string,
  correction = false,
) {
  const { version } = await agencyOf(t, token, id);
  return t.gql(HISTORY_UPDATE, { i: { id, version, name, effectiveDate, correction } }, { token });
}

/** The stored rows of an agency, its versions and its audit trail: what a refused change must leave as it was. */
export async function storedStateOf(t: TestApp, id: string) {
  const rows = (sql: string) => t.dataSource.query<Record<string, unknown>[]>(sql, [id]);
  return {
    agency: await rows('SELECT * FROM agency WHERE id = $1'),
    versions: await rows(
      'SELECT * FROM agency_version WHERE agency_id = $1 ORDER BY effective_from NULLS FIRST',
    ),
    audit: await rows('SELECT id FROM audit_entry WHERE entity_id = $1'),
  };
}

/** The paragraphs of an agency report's DOCX export (word/document.xml), lower-cased for comparisons. */
export async function reportDocxText(t: TestApp, token: string, reportId: string): Promise<string> {
  const file = ok(await t.gql(HISTORY_EXPORT_REPORT, { id: reportId }, { token })).exportAgencyReport;
  const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
  return texts(await zip.file('word/document.xml')!.async('string'))
    .join('\n')
    .toLowerCase();
}

/**
 * A province of 2 + districts × (1 + communes) agencies where every third commune moves under the root on
 * REFORM_DAY and is renamed on 2026-01-01 (so that trees of any day read dated versions). Returns the root id.
 */
export async function datedProvince(
  t: TestApp,
  admin: string,
  code: string,
  districts: number,
  communes: number,
): Promise<string> {
  const root = await makeAgency(t, code, null, { name: `Tỉnh ${code}` });
  await makeAgency(t, `${code}-SNV`, root, { name: 'Sở Nội vụ', ...DEPT });
  const all: Agency[] = [];
  for (let d = 1; d <= districts; d++) {
    const district = await makeAgency(t, `${code}-D${d}`, root, { name: `Huyện ${d}`, ...PC });
    for (let c = 1; c <= communes; c++) {
      const name = `Xã ${d}.${c}`;
      all.push(
        await makeAgency(t, `${code}-D${d}-C${c}`, district, { name, ...PC, level: AgencyLevel.COMMUNE }),
      );
    }
  }
  for (const commune of all.filter((_, i) => i % 3 === 0)) {
    const move = { id: commune.id, newParentId: root.id, effectiveDate: REFORM_DAY };
    ok(await t.gql(HISTORY_MOVE, { i: move }, { token: admin }));
    ok(await rename(t, admin, commune.id, `Phường ${commune.code}`, '2026-01-01'));
  }
  return root.id;
}

export interface MergedProvinces {
  /** Province A (makeProvince 'PA'), merged into B on REFORM_DAY. */
  a: Province;
  /** A's department merged into `construction` on REFORM_DAY: it ended with A's organisation. */
  transport: Agency;
  construction: Agency;
  /** A's department deactivated on REFORM_DAY: it stays under A. */
  retired: Agency;
  /** The city founded on REFORM_DAY (created by the admin) and its office. */
  b: { root: string; office: string };
  /** Coordinators attached to A's root and to B's office. */
  coordA: string;
  coordB: string;
  /** A's 2022 plan, owned by A's root. */
  planId: string;
  /** agencyTree(rootId: A, asOf: OLD_DAY) read by the admin before any change. */
  treeA2022: Awaited<ReturnType<typeof treeOf>>;
}

/** Province A with departments, a district, a commune and a 2022 plan, merged into the new city B on REFORM_DAY. */
export async function mergedProvinces(t: TestApp, admin: string): Promise<MergedProvinces> {
  const a = await makeProvince(t, 'PA');
  const transport = await makeAgency(t, 'PA-SGTVT', a.root, { name: 'Sở Giao thông vận tải', ...DEPT });
  const construction = await makeAgency(t, 'PA-SXD', a.root, { name: 'Sở Xây dựng', ...DEPT });
  const retired = await makeAgency(t, 'PA-BQL', a.root, { name: 'Ban Quản lý dự án', ...DEPT });
  await makeUser(t, 'coord@pa.vn', Role.COORDINATOR, a.root);
  const coordA = (await login(t, 'coord@pa.vn')).accessToken;
  const plan = { code: 'KH-PA-2022', title: 'Kế hoạch PA 2022', year: 2022, ownerAgencyId: a.root.id };
  const planId = ok(await t.gql(HISTORY_CREATE_PLAN, { i: plan }, { token: coordA })).createPlan.id;
  const treeA2022 = await treeOf(t, admin, a.root.id, OLD_DAY);

  const merge = (sourceIds: string[], targetId: string) =>
    t.gql(HISTORY_MERGE, { i: { sourceIds, targetId, effectiveDate: REFORM_DAY } }, { token: admin });
  ok(await merge([transport.id], construction.id));
  ok(await t.gql(HISTORY_DEACTIVATE, { i: { id: retired.id, date: REFORM_DAY } }, { token: admin }));
  const create = async (code: string, name: string, parentId: string | null) => {
    const facts = parentId ? DEPT : { ...PC, level: AgencyLevel.PROVINCE };
    const input = { code, name, parentId, validFrom: REFORM_DAY, ...facts };
    return ok(await t.gql(HISTORY_CREATE, { i: input }, { token: admin })).createAgency.id;
  };
  const root = await create('PB', 'Ủy ban nhân dân thành phố PB', null);
  const b = { root, office: await create('PB-VP', 'Văn phòng UBND thành phố PB', root) };
  ok(await merge([a.root.id], b.root));
  const office = await t.dataSource.getRepository(Agency).findOneByOrFail({ id: b.office });
  await makeUser(t, 'coord@pb.vn', Role.COORDINATOR, office);
  const coordB = (await login(t, 'coord@pb.vn')).accessToken;
  return { a, transport, construction, retired, b, coordA, coordB, planId, treeA2022 };
}
