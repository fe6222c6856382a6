import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PlanItemKind, Role } from '@partrack/shared';
import { graphql } from '../gql';
import type { RecordMeasurementInput } from '../gql/graphql';
import { makeProvince, Province, tokensByRole } from './fixtures';
import {
  activeIndicator,
  approvedFigure,
  MeasurementView,
  RECORD_MEASUREMENT,
  SUBMIT_MEASUREMENTS,
} from './indicator-fixtures';
import { GqlResponse, TestApp } from './test-app';

/** Everything a client sees, with the id (or code) it named replaced and the request id dropped. */
export function shape(res: GqlResponse, named: string): string {
  return JSON.stringify({ status: res.status, data: res.data ?? null, errors: res.errors ?? null })
    .split(named)
    .join('<named>')
    .replace(/"requestId":"[^"]*"/g, '"requestId":"-"');
}

/** Tables a refused call must leave as they were (auth bookkeeping is left out: logins write it). */
export const WATCHED = [
  'agency',
  'agency_group',
  'agency_group_member',
  'plan',
  'plan_item',
  'plan_item_agency',
  'task_update',
  'indicator',
  'indicator_target',
  'measurement',
  'measurement_revision',
  'reporting_round',
  'agency_report',
  'report_event',
  'consolidated_report',
  'report_attachment',
  'notification',
  'audit_entry',
];

/** One digest per watched table. */
export async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const parts = WATCHED.map(
    (table) =>
      `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${table}" x) AS "${table}"`,
  );
  const [row] = await t.dataSource.query<Record<string, string>[]>(`SELECT ${parts.join(', ')}`);
  return row;
}

const CREATE_PLAN = graphql(`
  mutation CreatePlanForScopeFixture($i: CreatePlanInput!) {
    createPlan(input: $i) {
      id
    }
  }
`);
const CREATE_PLAN_ITEM = graphql(`
  mutation CreatePlanItemForScopeFixture($i: CreatePlanItemInput!) {
    createPlanItem(input: $i) {
      id
    }
  }
`);
const CREATE_AGENCY_GROUP = graphql(`
  mutation CreateAgencyGroupForScopeFixture($i: CreateAgencyGroupInput!) {
    createAgencyGroup(input: $i) {
      id
      version
    }
  }
`);
const INDICATOR_VERSION = graphql(`
  query IndicatorVersionForScopeFixture($id: ID!) {
    indicator(id: $id) {
      version
    }
  }
`);
const OPEN_Q1_ROUND = graphql(`
  mutation OpenQ1RoundForScopeFixture {
    openReportingRound(input: { kind: Q1, year: 2022 }) {
      id
    }
  }
`);
const GENERATE_CONSOLIDATED = graphql(`
  mutation GenerateConsolidatedReportForScopeFixture($r: ID!) {
    generateConsolidatedReport(roundId: $r) {
      id
      version
    }
  }
`);

/** The data of a request that must succeed: typed from a document, or hand-typed for a raw string. */
export async function data<T, V extends Record<string, unknown>>(
  t: TestApp,
  document: TypedDocumentNode<T, V>,
  vars: V,
  token: string,
): Promise<T>;
export async function data<T>(
  t: TestApp,
  query: string,
  vars: Record<string, unknown>,
  token: string,
): Promise<T>;
export async function data<T>(
  t: TestApp,
  query: string | TypedDocumentNode<T, Record<string, unknown>>,
  vars: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res =
    typeof query === 'string' ? await t.gql<T>(query, vars, { token }) : await t.gql(query, vars, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

export interface ProvinceRecords {
  planId: string;
  indicatorId: string;
  indicatorVersion: number;
  itemId: string;
  group: { id: string; version: number };
}

/** Plan, ACTIVE indicator, an item and a group in province `p`, through the API as its coordinator. */
async function records(t: TestApp, p: Province, token: string, prefix: string): Promise<ProvinceRecords> {
  const { createPlan: plan } = await data(
    t,
    CREATE_PLAN,
    { i: { code: `KH-${prefix}`, title: `Kế hoạch ${prefix}`, year: 2022, ownerAgencyId: p.root.id } },
    token,
  );
  const indicatorId = await activeIndicator(t, token, plan.id, { code: `${prefix}-ONLINE` });
  const { createPlanItem: item } = await data(
    t,
    CREATE_PLAN_ITEM,
    {
      i: {
        planId: plan.id,
        kind: PlanItemKind.TASK,
        code: '1',
        title: 'Nhiệm vụ',
        leadAgencyIds: [p.district.id],
      },
    },
    token,
  );
  const { createAgencyGroup: group } = await data(
    t,
    CREATE_AGENCY_GROUP,
    { i: { code: `${prefix}-SO`, name: 'Các Sở', memberIds: [p.dept.id] } },
    token,
  );
  const { indicator } = await data(t, INDICATOR_VERSION, { id: indicatorId }, token);
  return { planId: plan.id, indicatorId, indicatorVersion: indicator.version, itemId: item.id, group };
}

export interface ScopeWorld {
  a: Province;
  b: Province;
  ta: Record<Role, string>;
  tb: Record<Role, string>;
  own: ProvinceRecords;
  /** Province B's records, which A's users cannot read. */
  theirs: ProvinceRecords & {
    draft: MeasurementView;
    submitted: MeasurementView;
    approved: MeasurementView;
    roundId: string;
    report: { id: string; version: number };
    consolidated: { id: string; version: number };
    attachmentId: string;
  };
  /** A figure of A's department: A's district officer can read it but not act on it. */
  ownDeptFigure: MeasurementView;
}

/** Two provinces, A ("SA") and B ("SB"), with users of every role and one record of every kind in each. */
export async function buildScopeWorld(t: TestApp): Promise<ScopeWorld> {
  const a = await makeProvince(t, 'SA');
  const b = await makeProvince(t, 'SB');
  const ta = await tokensByRole(t, a, 'sa');
  const tb = await tokensByRole(t, b, 'sb');
  const own = await records(t, a, ta.COORDINATOR, 'SA');
  const base = await records(t, b, tb.COORDINATOR, 'SB');

  const figure = { indicatorId: base.indicatorId, agencyId: b.district.id, numerator: 1, denominator: 2 };
  const record = async (input: RecordMeasurementInput, token: string) =>
    (await data(t, RECORD_MEASUREMENT, { i: input }, token)).recordMeasurement;
  const draft = await record({ ...figure, period: '2022-Q1' }, tb.AGENCY_OFFICER);
  const entered = await record({ ...figure, period: '2022-Q2' }, tb.AGENCY_OFFICER);
  const [submitted] = (await data(t, SUBMIT_MEASUREMENTS, { ids: [entered.id] }, tb.AGENCY_OFFICER))
    .submitMeasurements;
  const approved = await approvedFigure(
    t,
    { enter: tb.AGENCY_OFFICER, review: tb.COORDINATOR },
    { ...figure, period: '2022-Q3' },
  );
  const ownDeptFigure = await record(
    { indicatorId: own.indicatorId, agencyId: a.dept.id, period: '2022-Q1', numerator: 1, denominator: 4 },
    ta.COORDINATOR,
  );

  const { openReportingRound: round } = await data(t, OPEN_Q1_ROUND, {}, tb.COORDINATOR);
  const [report]: { id: string; version: number }[] = await t.dataSource.query(
    'SELECT id, version FROM agency_report WHERE round_id = $1 AND agency_id = $2',
    [round.id, b.district.id],
  );
  const { generateConsolidatedReport: consolidated } = await data(
    t,
    GENERATE_CONSOLIDATED,
    { r: round.id },
    tb.COORDINATOR,
  );
  // Written directly: the upload route is HTTP, and what is probed here is the GraphQL deletion.
  const [attachment]: { id: string }[] = await t.dataSource.query(
    `INSERT INTO report_attachment (report_id, filename, mime_type, size, content)
     VALUES ($1, 'a.pdf', 'application/pdf', 1, '\\x25') RETURNING id`,
    [report.id],
  );
  return {
    a,
    b,
    ta,
    tb,
    own,
    theirs: {
      ...base,
      draft,
      submitted,
      approved,
      roundId: round.id,
      report,
      consolidated,
      attachmentId: attachment.id,
    },
    ownDeptFigure,
  };
}
