import { AgencyKind, AgencyLevel, PlanItemKind, Role } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { Agency } from '../../src/agencies/agency.entity';
import { HISTORY_CREATE_PLAN } from '../integration/agency-history.documents';
import {
  REORG_APPLY,
  REORG_CREATE_GROUP,
  REORG_CREATE_PLAN_ITEM,
  REORG_GROUP,
  REORG_PREVIEW,
} from '../integration/agency-reorganisation.documents';
import { ReorganisationAction, ReorganisationOperationInput } from '../gql/graphql';
import { login, makeAgency, makeUser } from './fixtures';
import { agencyOf, DEPT, ok, PC, REFORM_DAY, treeOf } from './history-fixtures';
import { TestApp } from './test-app';

/** The effective date of every batch here, and the day before it (the last day of the old organisation). */
export const DAY = REFORM_DAY;
export const DAY_BEFORE = '2025-06-30';

export type Operation = ReorganisationOperationInput;

export interface ReorgProvince {
  prefix: string;
  root: Agency;
  snv: Agency;
  sgtvt: Agency;
  sxd: Agency;
  bql: Agency;
  d1: Agency;
  d1c1: Agency;
  d1c2: Agency;
  d2: Agency;
  d2c1: Agency;
  groupId: string;
  groupName: string;
  /** An officer of the transport department, which the every-action batch merges away. */
  staffName: string;
  /** The 2025 plan task led by the transport department. */
  taskLabel: string;
  /** A coordinator attached to the home-affairs department. */
  coordinator: string;
}

/**
 * A small province: root → departments (home affairs, transport, construction, project board) and two
 * districts with communes; a group with the transport department, an officer in it and a 2025 task it leads.
 */
export async function reorgProvince(t: TestApp, admin: string, prefix: string): Promise<ReorgProvince> {
  const root = await makeAgency(t, prefix, null, { name: `Tỉnh ${prefix}` });
  const dept = (code: string, name: string) => makeAgency(t, `${prefix}-${code}`, root, { name, ...DEPT });
  const snv = await dept('SNV', 'Sở Nội vụ');
  const sgtvt = await dept('SGTVT', 'Sở Giao thông vận tải');
  const sxd = await dept('SXD', 'Sở Xây dựng');
  const bql = await dept('BQL', 'Ban Quản lý dự án');
  const district = (d: number, name: string) => makeAgency(t, `${prefix}-D${d}`, root, { name, ...PC });
  const commune = (parent: Agency, c: number, name: string) =>
    makeAgency(t, `${parent.code}-C${c}`, parent, { name, ...PC, level: AgencyLevel.COMMUNE });
  const d1 = await district(1, 'Huyện Một');
  const d1c1 = await commune(d1, 1, 'Xã Một A');
  const d1c2 = await commune(d1, 2, 'Xã Một B');
  const d2 = await district(2, 'Huyện Hai');
  const d2c1 = await commune(d2, 1, 'Xã Hai A');

  const groupName = `Khối kinh tế ${prefix}`;
  const group = { code: `${prefix}-KT`, name: groupName, provinceId: root.id, memberIds: [sgtvt.id, snv.id] };
  const groupId = ok(await t.gql(REORG_CREATE_GROUP, { i: group }, { token: admin })).createAgencyGroup.id;
  const staffName = `staff@${prefix.toLowerCase()}.vn`;
  await makeUser(t, staffName, Role.AGENCY_OFFICER, sgtvt);
  const coordEmail = `coord@${prefix.toLowerCase()}.vn`;
  await makeUser(t, coordEmail, Role.COORDINATOR, snv);
  const coordinator = (await login(t, coordEmail)).accessToken;
  const plan = {
    code: `KH-${prefix}-2025`,
    title: `Kế hoạch ${prefix} 2025`,
    year: 2025,
    ownerAgencyId: root.id,
  };
  const planId = ok(await t.gql(HISTORY_CREATE_PLAN, { i: plan }, { token: admin })).createPlan.id;
  const item = {
    planId,
    code: '1',
    kind: PlanItemKind.TASK,
    title: 'Nâng cấp đường tỉnh',
    leadAgencyIds: [sgtvt.id],
  };
  ok(await t.gql(REORG_CREATE_PLAN_ITEM, { i: item }, { token: admin }));
  const taskLabel = `1 ${item.title}`;
  return {
    prefix,
    ...{ root, snv, sgtvt, sxd, bql, d1, d1c1, d1c2, d2, d2c1 },
    ...{ groupId, groupName, staffName, taskLabel, coordinator },
  };
}

/** The new department of the every-action batch. */
export const NEW_DEPT = 'Sở Xây dựng và Giao thông';

/** One batch with every action, in an order that works (sub-agencies moved before their parent ends). */
export function everyActionBatch(p: string): Operation[] {
  const A = ReorganisationAction;
  return [
    { action: A.Create, code: `${p}-SXDGT`, target: p, name: NEW_DEPT, ...DEPT },
    { action: A.Merge, code: `${p}-SGTVT`, target: `${p}-SXD` },
    { action: A.Rename, code: `${p}-SNV`, name: 'Sở Nội vụ và Lao động' },
    { action: A.Move, code: `${p}-D1-C1`, target: p },
    { action: A.Move, code: `${p}-D1-C2`, target: `${p}-D2` },
    { action: A.Abolish, code: `${p}-D1`, target: p },
    { action: A.Split, code: `${p}-BQL`, target: `${p}-SXDGT;${p}-SXD` },
  ];
}

/** A smaller batch (no agency ends) used to compare file formats. */
export function smallBatch(p: string): Operation[] {
  const A = ReorganisationAction;
  return [
    { action: A.Create, code: `${p}-SKH`, target: p, name: 'Sở Kế hoạch', ...DEPT },
    { action: A.Rename, code: `${p}-SNV`, name: 'Sở Nội vụ mới', shortName: 'SNV' },
    { action: A.Move, code: `${p}-D1-C1`, target: `${p}-D2` },
    { action: A.Move, code: `${p}-D2-C1`, target: `${p}-SKH` },
  ];
}

export function batchInput(operations: Operation[], title = 'Sắp xếp đơn vị hành chính') {
  return { title, decision: 'Nghị quyết số 1660/NQ-UBTVQH15', effectiveDate: DAY, operations };
}

export async function previewOf(t: TestApp, token: string, input: ReturnType<typeof batchInput> | object) {
  return ok(await t.gql(REORG_PREVIEW, { i: input as ReturnType<typeof batchInput> }, { token }))
    .previewReorganisation;
}

export async function applyOf(t: TestApp, token: string, operations: Operation[]) {
  return ok(await t.gql(REORG_APPLY, { i: batchInput(operations) }, { token })).applyReorganisation;
}

/** Count and checksum of every table a reorganisation writes: equal means nothing was written. */
export async function tablesState(t: TestApp): Promise<Record<string, string>> {
  const tables = ['agency', 'agency_version', 'agency_reorganisation', 'audit_entry', 'agency_group_member'];
  const state: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await t.dataSource.query<{ n: string; sum: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum FROM ${table} x`,
    );
    state[table] = `${row.n}:${row.sum}`;
  }
  return state;
}

/** The agencies of a province root: every one ever under it (today's rows, including ended ones). */
async function provinceAgencyIds(t: TestApp, rootCode: string): Promise<string[]> {
  const rows = await t.dataSource.query<{ id: string }[]>(
    `SELECT id FROM agency WHERE code = $1 OR code LIKE $2 ORDER BY code`,
    [rootCode, `${rootCode}-%`],
  );
  return rows.map((r) => r.id);
}

/**
 * Everything undo must put back, as the API and the tables show it: trees of several days, the history of
 * every agency of the province, the group's members and the agency rows' dates and successors.
 */
export async function provinceState(t: TestApp, admin: string, p: ReorgProvince) {
  const trees: Record<string, unknown> = {};
  for (const day of ['2022-06-30', DAY_BEFORE, DAY, undefined])
    trees[day ?? 'today'] = await treeOf(t, admin, p.root.id, day, true);
  const ids = await provinceAgencyIds(t, p.prefix);
  const histories = await Promise.all(ids.map(async (id) => (await agencyOf(t, admin, id)).history));
  const group = ok(await t.gql(REORG_GROUP, { id: p.groupId }, { token: admin })).agencyGroup;
  const rows = await t.dataSource.query(
    `SELECT id, code, name, short_name, kind, level, parent_id, valid_from, valid_to, successor_id
       FROM agency WHERE id = ANY($1::uuid[]) ORDER BY code`,
    [ids],
  );
  return { trees, histories, members: [...(group?.memberIds ?? [])].sort(), rows };
}

/** Operations as a CSV file with the given header names (English or Vietnamese column names). */
export function csvOf(operations: Operation[], vietnamese = false): string {
  const keys = ['action', 'code', 'target', 'name', 'shortName', 'kind', 'level'] as const;
  const vi = ['thao_tac', 'ma', 'dich', 'ten', 'ten_viet_tat', 'loai', 'cap'];
  const cell = (v: string | null | undefined) => (v == null ? '' : `"${v.replace(/"/g, '""')}"`);
  const lines = operations.map((o) => keys.map((k) => cell(o[k])).join(','));
  return [(vietnamese ? vi : keys).join(','), ...lines].join('\n');
}

export function yamlOf(operations: Operation[]): string {
  return operations
    .map((o) =>
      Object.entries(o)
        .map(([k, v], i) => `${i === 0 ? '-' : ' '} ${k}: ${JSON.stringify(v)}`)
        .join('\n'),
    )
    .join('\n');
}

/** Operations as an XLSX workbook (base64), built with exceljs as a spreadsheet user would. */
export async function xlsxOf(operations: Operation[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sap xep');
  const keys = ['action', 'code', 'target', 'name', 'shortName', 'kind', 'level'] as const;
  sheet.addRow([...keys]);
  for (const o of operations) sheet.addRow(keys.map((k) => o[k] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The versions of an agency cover all time with no gap or overlap. */
export function contiguous(history: { effectiveFrom?: string | null; effectiveTo?: string | null }[]) {
  if (!history.length || history[0].effectiveFrom !== null) return false;
  if (history[history.length - 1].effectiveTo !== null) return false;
  return history.every((v, i) => i === 0 || history[i - 1].effectiveTo === v.effectiveFrom);
}

export const ROOT_FACTS = { kind: AgencyKind.PEOPLES_COMMITTEE, level: AgencyLevel.PROVINCE };
