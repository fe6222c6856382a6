import { randomBytes } from 'node:crypto';
import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { login, makeAgency } from '../fixtures';
import { insertUser, World } from './world';

/**
 * Fresh objects for one case, each belonging to the agency it is given (so a case can put the same kind of
 * object in the caller's agency, another agency, a commune below or another province). Built as the admin
 * through the API, or by SQL where the API has no way to make them (notifications, attachments).
 */

export interface Versioned {
  id: string;
  version: number;
}

const ROUND = `mutation($i: OpenReportingRoundInput!) { openReportingRound(input: $i) { id } }`;

/** The root of the province an agency of the world belongs to. */
export function provinceRoot(w: World, agency: Agency): Agency {
  return Object.values(w.q).some((a) => a.id === agency.id) ? w.q.root : w.p.root;
}

export function freshAgency(w: World, parent: Agency, level = AgencyLevel.COMMUNE): Promise<Agency> {
  const code = w.code('AG');
  return makeAgency(w.t, code, parent, { name: `Cơ quan ${code}`, kind: AgencyKind.OTHER, level });
}

export async function freshUser(w: World, agency: Agency | null, role = Role.AGENCY_OFFICER, active = true) {
  const email = `${w.code('user').toLowerCase()}@authz.test`;
  return { id: await insertUser(w, email, role, agency?.id ?? null, active), email };
}

/** A user of `role` with a session of its own, for calls that end the caller's sessions. */
export async function freshSession(w: World, role: Role, agency: Agency | null) {
  const user = await freshUser(w, role === Role.ADMIN ? null : agency, role);
  return { ...user, token: (await login(w.t, user.email)).accessToken };
}

export async function freshApiKey(w: World, agency: Agency): Promise<string> {
  const rows: { id: string }[] = await w.t.dataSource.query(
    `INSERT INTO api_key (name, prefix, key_hash, role, agency_id) VALUES ($1, 'ptk_fixture', $2, 'VIEWER', $3)
     RETURNING id`,
    [w.code('key'), randomBytes(32).toString('hex'), agency.id],
  );
  return rows[0].id;
}

/** A group of `members`, created by the coordinator of their province so it belongs to that province. */
export async function freshGroup(w: World, members: Agency[]): Promise<Versioned> {
  const coordinator = provinceRoot(w, members[0]) === w.q.root ? w.token.qCoordinator : w.token.coordinator;
  const code = w.code('GRP');
  const data = await w.ok<{ createAgencyGroup: Versioned }>(
    `mutation($i: CreateAgencyGroupInput!) { createAgencyGroup(input: $i) { id version } }`,
    { i: { code, name: `Nhóm ${code}`, memberIds: members.map((m) => m.id) } },
    coordinator,
  );
  return data.createAgencyGroup;
}

export async function freshPlan(w: World, owner: Agency): Promise<Versioned & { code: string }> {
  const code = w.code('KH');
  const data = await w.ok<{ createPlan: Versioned & { code: string } }>(
    `mutation($i: CreatePlanInput!) { createPlan(input: $i) { id version code } }`,
    { i: { code, title: `Kế hoạch ${code}`, year: 2022, ownerAgencyId: owner.id } },
  );
  return data.createPlan;
}

/** A task led by `lead` in a fresh plan of its province (or in `planId`). */
export async function freshTask(
  w: World,
  lead: Agency,
  planId?: string,
): Promise<Versioned & { planId: string }> {
  const plan = planId ?? (await freshPlan(w, provinceRoot(w, lead))).id;
  const data = await w.ok<{ createPlanItem: Versioned }>(
    `mutation($i: CreatePlanItemInput!) { createPlanItem(input: $i) { id version } }`,
    { i: { planId: plan, kind: 'TASK', code: w.code('3'), title: 'Nhiệm vụ', leadAgencyIds: [lead.id] } },
  );
  return { ...data.createPlanItem, planId: plan };
}

export const INDICATOR_SPEC = {
  unit: 'COUNT',
  aggregation: 'SUM',
  direction: 'AT_LEAST',
  frequency: 'QUARTER',
  reportingLevels: ['PROVINCE', 'DISTRICT', 'COMMUNE'],
  target: 10,
};

/** An indicator (DRAFT, or confirmed) in a fresh plan owned by `owner`'s province root. */
export async function freshIndicator(
  w: World,
  owner: Agency,
  active: boolean,
): Promise<Versioned & { planId: string; planCode: string; code: string }> {
  const plan = await freshPlan(w, provinceRoot(w, owner));
  const code = w.code('CT');
  const created = await w.ok<{ createIndicator: Versioned }>(
    `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id version } }`,
    { i: { planId: plan.id, code, nameVi: `Chỉ tiêu ${code}`, ...INDICATOR_SPEC } },
  );
  const indicator = { ...created.createIndicator, planId: plan.id, planCode: plan.code, code };
  if (!active) return indicator;
  const confirmed = await w.ok<{ setIndicatorState: Versioned }>(
    `mutation($i: SetIndicatorStateInput!) { setIndicatorState(input: $i) { id version } }`,
    { i: { id: indicator.id, version: indicator.version, state: 'ACTIVE' } },
  );
  return { ...indicator, version: confirmed.setIndicatorState.version };
}

const FIGURE = 'id version status';

/** A figure of `agency` for 2022-Q1 on a fresh indicator, brought to `status` by the admin. */
export async function freshMeasurement(
  w: World,
  agency: Agency,
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED',
): Promise<Versioned> {
  const indicator = await freshIndicator(w, agency, true);
  let m = (
    await w.ok<{ recordMeasurement: Versioned }>(
      `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { ${FIGURE} } }`,
      { i: { indicatorId: indicator.id, agencyId: agency.id, period: '2022-Q1', value: 5 } },
    )
  ).recordMeasurement;
  if (status === 'DRAFT') return m;
  m = (
    await w.ok<{ submitMeasurements: Versioned[] }>(
      `mutation($ids: [ID!]!) { submitMeasurements(ids: $ids) { ${FIGURE} } }`,
      { ids: [m.id] },
    )
  ).submitMeasurements[0];
  if (status === 'SUBMITTED') return m;
  return (
    await w.ok<{ reviewMeasurement: Versioned }>(
      `mutation($i: ReviewMeasurementInput!) { reviewMeasurement(input: $i) { ${FIGURE} } }`,
      { i: { id: m.id, version: m.version, decision: 'APPROVE' } },
    )
  ).reviewMeasurement;
}

/** An ad hoc round of the province of `agency` for the given levels, due far ahead. */
export async function freshRound(w: World, agency: Agency, levels: AgencyLevel[]): Promise<string> {
  const title = `Báo cáo đột xuất ${w.code('R')}`;
  const data = await w.ok<{ openReportingRound: { id: string } }>(ROUND, {
    i: {
      kind: 'AD_HOC',
      year: 2022,
      title,
      period: '2022-H1',
      dataFrom: '2021-12-15',
      dataTo: '2022-06-14',
      dueDate: '2030-06-20',
      levels,
      provinceId: provinceRoot(w, agency).id,
    },
  });
  return data.openReportingRound.id;
}

const REPORT = 'id version status';

/** The report of `agency` in a fresh round, brought to `status` by the admin. */
export async function freshReport(
  w: World,
  agency: Agency,
  status: 'DRAFT' | 'SUBMITTED' | 'ACCEPTED',
): Promise<Versioned & { roundId: string }> {
  const roundId = await freshRound(w, agency, [agency.level]);
  const rows: Versioned[] = await w.t.dataSource.query(
    'SELECT id, version FROM agency_report WHERE round_id = $1 AND agency_id = $2',
    [roundId, agency.id],
  );
  if (!rows[0]) throw new Error(`no report of ${agency.code} in the fresh round`);
  let report = rows[0];
  if (status !== 'DRAFT') {
    report = (
      await w.ok<{ submitAgencyReport: Versioned }>(
        `mutation($id: ID!, $v: Int!) { submitAgencyReport(id: $id, version: $v) { ${REPORT} } }`,
        { id: report.id, v: report.version },
      )
    ).submitAgencyReport;
  }
  if (status === 'ACCEPTED') {
    report = (
      await w.ok<{ reviewAgencyReport: Versioned }>(
        `mutation($i: ReviewAgencyReportInput!) { reviewAgencyReport(input: $i) { ${REPORT} } }`,
        { i: { id: report.id, version: report.version, decision: 'ACCEPT' } },
      )
    ).reviewAgencyReport;
  }
  return { ...report, roundId };
}

/** The consolidated report of a fresh round of `root`'s province. */
export async function freshConsolidated(w: World, root: Agency): Promise<Versioned & { roundId: string }> {
  const roundId = await freshRound(w, root, [AgencyLevel.DISTRICT]);
  const data = await w.ok<{ generateConsolidatedReport: Versioned }>(
    `mutation($r: ID!) { generateConsolidatedReport(roundId: $r) { id version } }`,
    { r: roundId },
  );
  return { ...data.generateConsolidatedReport, roundId };
}

export async function freshAttachment(w: World, reportId: string): Promise<string> {
  const rows: { id: string }[] = await w.t.dataSource.query(
    `INSERT INTO report_attachment (report_id, filename, mime_type, size, content, uploaded_by)
     VALUES ($1, 'bien-ban.txt', 'text/plain', 3, '\\x616263'::bytea, 'fixture') RETURNING id`,
    [reportId],
  );
  return rows[0].id;
}

export async function freshNotification(w: World, userId: string): Promise<string> {
  const rows: { id: string }[] = await w.t.dataSource.query(
    `INSERT INTO notification (user_id, kind, title, body, dedupe_key)
     VALUES ($1, 'REPORT_SUBMITTED', 'Báo cáo đã nộp', 'Nội dung', $2) RETURNING id`,
    [userId, w.code('n')],
  );
  return rows[0].id;
}
