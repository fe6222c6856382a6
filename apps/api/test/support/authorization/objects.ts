import { randomBytes } from 'node:crypto';
import {
  AgencyKind,
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  MeasurementDecision,
  PlanItemKind,
  ReportDecision,
  ReportRoundKind,
  Role,
} from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { IndicatorsService } from '../../../src/indicators/indicators.service';
import { MeasurementsService } from '../../../src/indicators/measurements.service';
import { PlanItemsService } from '../../../src/plans/plan-items.service';
import { PlansService } from '../../../src/plans/plans.service';
import { AgencyReportsService } from '../../../src/reports/agency-reports.service';
import { ConsolidatedReportsService } from '../../../src/reports/consolidated-reports.service';
import { ReportingRoundsService } from '../../../src/reports/reporting-rounds.service';
import { login, makeAgency } from '../fixtures';
import { insertUser, World } from './world';

/**
 * Fresh objects for one case, each belonging to the agency it is given (so a case can put the same kind of
 * object in the caller's agency, another agency, a commune below or another province). Built as the admin
 * by the services themselves (the same rules as the API, without a request each), or by SQL where there is
 * no service to make them (notifications, attachments, users with a known password hash).
 */

export interface Versioned {
  id: string;
  version: number;
}

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

const services = (w: World) => ({
  plans: w.t.app.get(PlansService),
  items: w.t.app.get(PlanItemsService),
  indicators: w.t.app.get(IndicatorsService),
  measurements: w.t.app.get(MeasurementsService),
  rounds: w.t.app.get(ReportingRoundsService),
  reports: w.t.app.get(AgencyReportsService),
  consolidated: w.t.app.get(ConsolidatedReportsService),
});

export async function freshPlan(w: World, owner: Agency): Promise<Versioned & { code: string }> {
  const code = w.code('KH');
  const plan = await services(w).plans.create(w.adminCaller, {
    code,
    title: `Kế hoạch ${code}`,
    year: 2022,
    ownerAgencyId: owner.id,
  });
  return { id: plan.id, version: plan.version, code };
}

/** A task led by `lead` in a fresh plan of its province (or in `planId`). */
export async function freshTask(
  w: World,
  lead: Agency,
  planId?: string,
): Promise<Versioned & { planId: string }> {
  const plan = planId ?? (await freshPlan(w, provinceRoot(w, lead))).id;
  const item = await services(w).items.create(w.adminCaller, {
    planId: plan,
    kind: PlanItemKind.TASK,
    code: w.code('3'),
    title: 'Nhiệm vụ',
    leadAgencyIds: [lead.id],
  });
  return { id: item.id, version: item.version, planId: plan };
}

export const INDICATOR_SPEC = {
  unit: IndicatorUnit.COUNT,
  aggregation: IndicatorAggregation.SUM,
  direction: IndicatorDirection.AT_LEAST,
  frequency: IndicatorFrequency.QUARTER,
  reportingLevels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
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
  const { indicators } = services(w);
  let indicator = await indicators.create(w.adminCaller, {
    planId: plan.id,
    code,
    nameVi: `Chỉ tiêu ${code}`,
    ...INDICATOR_SPEC,
  });
  if (active)
    indicator = await indicators.setState(w.adminCaller, {
      id: indicator.id,
      version: indicator.version,
      state: IndicatorState.ACTIVE,
    });
  return { id: indicator.id, version: indicator.version, planId: plan.id, planCode: plan.code, code };
}

/** A figure of `agency` for 2022-Q1 on a fresh indicator, brought to `status` by the admin. */
export async function freshMeasurement(
  w: World,
  agency: Agency,
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED',
): Promise<Versioned> {
  const indicator = await freshIndicator(w, agency, true);
  const { measurements } = services(w);
  let m = await measurements.record(w.adminCaller, {
    indicatorId: indicator.id,
    agencyId: agency.id,
    period: '2022-Q1',
    value: 5,
  });
  if (status !== 'DRAFT') [m] = await measurements.submit(w.adminCaller, [m.id]);
  if (status === 'APPROVED')
    m = await measurements.review(w.adminCaller, {
      id: m.id,
      version: m.version,
      decision: MeasurementDecision.APPROVE,
    });
  return { id: m.id, version: m.version };
}

/** An ad hoc round of the province of `agency` for the given levels, due far ahead. */
export async function freshRound(w: World, agency: Agency, levels: AgencyLevel[]): Promise<string> {
  const round = await services(w).rounds.open(w.adminCaller, {
    kind: ReportRoundKind.AD_HOC,
    year: 2022,
    title: `Báo cáo đột xuất ${w.code('R')}`,
    period: '2022-H1',
    dataFrom: '2021-12-15',
    dataTo: '2022-06-14',
    dueDate: '2030-06-20',
    levels,
    provinceId: provinceRoot(w, agency).id,
  });
  return round.id;
}

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
  const { reports } = services(w);
  if (status !== 'DRAFT') report = await reports.submit(w.adminCaller, report.id, report.version);
  if (status === 'ACCEPTED')
    report = await reports.review(w.adminCaller, {
      id: report.id,
      version: report.version,
      decision: ReportDecision.ACCEPT,
    });
  return { id: report.id, version: report.version, roundId };
}

/** The consolidated report of a fresh round of `root`'s province (or of `roundId`). */
export async function freshConsolidated(
  w: World,
  root: Agency,
  roundId?: string,
): Promise<Versioned & { roundId: string }> {
  const round = roundId ?? (await freshRound(w, root, [AgencyLevel.DISTRICT]));
  const report = await services(w).consolidated.generate(w.adminCaller, round, false);
  return { id: report.id, version: report.version, roundId: round };
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
