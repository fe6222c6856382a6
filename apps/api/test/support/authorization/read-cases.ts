import { AgencyLevel } from '@partrack/shared';
import {
  freshAttachment,
  freshConsolidated,
  freshGroup,
  freshIndicator,
  freshMeasurement,
  freshReport,
  freshTask,
} from './objects';
import { sql } from './runner';
import { World } from './world';

/** Objects of province P that the read tests ask for, and one indicator of Q. */
export interface ReadObjects {
  planId: string;
  taskId: string;
  indicatorId: string;
  /** The plan of the indicator (with its figure), for templates, entry grids and scoreboards. */
  indicatorPlanId: string;
  measurementId: string;
  reportId: string;
  roundId: string;
  consolidatedId: string;
  groupId: string;
  attachmentId: string;
  qIndicatorId: string;
}

export async function buildReadObjects(w: World): Promise<ReadObjects> {
  const [task, measurement, report, group, qIndicator] = await Promise.all([
    freshTask(w, w.p.d1),
    freshMeasurement(w, w.p.d1, 'APPROVED'),
    freshReport(w, w.p.d1, 'ACCEPTED'),
    freshGroup(w, [w.p.d1, w.p.c1]),
    freshIndicator(w, w.q.d1, true),
  ]);
  const [{ indicator_id: indicatorId, plan_id: indicatorPlanId }] = (await sql(
    w,
    'SELECT m.indicator_id, i.plan_id FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE m.id = $1',
    [measurement.id],
  )) as { indicator_id: string; plan_id: string }[];
  const consolidated = await freshConsolidated(w, w.p.root, report.roundId);
  return {
    planId: task.planId,
    taskId: task.id,
    indicatorId,
    indicatorPlanId,
    measurementId: measurement.id,
    reportId: report.id,
    roundId: report.roundId,
    consolidatedId: consolidated.id,
    groupId: group.id,
    attachmentId: await freshAttachment(w, report.id),
    qIndicatorId: qIndicator.id,
  };
}

/** A query naming objects of province P by id: readable in P, NOT_FOUND from Q (as if they did not exist). */
export interface ByIdRead {
  name: string;
  query: string;
  variables: (w: World, o: ReadObjects) => Record<string, unknown>;
}

const Q1 = '2022-Q1';

export const BY_ID_READS: ByIdRead[] = [
  {
    name: 'agency',
    query: 'query($id: ID!) { agency(id: $id) { id } }',
    variables: (w) => ({ id: w.p.d1.id }),
  },
  {
    name: 'agencyGroup',
    query: 'query($id: ID!) { agencyGroup(id: $id) { id members { id } } }',
    variables: (_w, o) => ({ id: o.groupId }),
  },
  {
    name: 'agencyTree',
    query: 'query($id: ID!) { agencyTree(rootId: $id) { id } }',
    variables: (w) => ({ id: w.p.root.id }),
  },
  {
    name: 'resolveAgencyNames',
    query: 'query($id: ID!) { resolveAgencyNames(rootId: $id, text: "Sở Nội vụ") { unresolved } }',
    variables: (w) => ({ id: w.p.root.id }),
  },
  {
    name: 'plan',
    query: 'query($id: ID!) { plan(id: $id) { id } }',
    variables: (_w, o) => ({ id: o.planId }),
  },
  {
    name: 'planItem',
    query: 'query($id: ID!) { planItem(id: $id) { id } }',
    variables: (_w, o) => ({ id: o.taskId }),
  },
  {
    name: 'exportPlanXlsx',
    query: 'query($id: ID!) { exportPlanXlsx(planId: $id) { filename } }',
    variables: (_w, o) => ({ id: o.planId }),
  },
  {
    name: 'indicator',
    query: 'query($id: ID!) { indicator(id: $id) { id } }',
    variables: (_w, o) => ({ id: o.indicatorId }),
  },
  {
    name: 'measurement',
    query: 'query($id: ID!) { measurement(id: $id) { id } }',
    variables: (_w, o) => ({ id: o.measurementId }),
  },
  {
    name: 'indicatorValue',
    query:
      'query($i: ID!, $a: ID!) { indicatorValue(indicatorId: $i, agencyId: $a, period: "2022-Q1") { value } }',
    variables: (w, o) => ({ i: o.indicatorId, a: w.p.d1.id }),
  },
  {
    name: 'indicatorBreakdown',
    query:
      'query($i: ID!, $a: ID!) { indicatorBreakdown(indicatorId: $i, agencyId: $a, period: "2022-Q1") { value } }',
    variables: (w, o) => ({ i: o.indicatorId, a: w.p.d1.id }),
  },
  {
    name: 'indicatorSeries',
    query:
      'query($i: ID!, $a: ID!) { indicatorSeries(indicatorId: $i, agencyId: $a, from: "2022-Q1", to: "2022-Q2") { value } }',
    variables: (w, o) => ({ i: o.indicatorId, a: w.p.d1.id }),
  },
  {
    name: 'reportingCoverage',
    query: 'query($i: ID!) { reportingCoverage(indicatorId: $i, period: "2022-Q1") { expected } }',
    variables: (_w, o) => ({ i: o.indicatorId }),
  },
  {
    name: 'measurementEntries',
    query:
      'query($p: ID!, $a: ID!) { measurementEntries(planId: $p, agencyId: $a, period: "2022-Q1") { target } }',
    variables: (w, o) => ({ a: w.p.d1.id, p: o.indicatorPlanId }),
  },
  {
    name: 'measurementTemplate',
    query: 'query($i: MeasurementTemplateInput!) { measurementTemplate(input: $i) { filename } }',
    variables: (w, o) => ({ i: { planId: o.indicatorPlanId, period: Q1, rootAgencyId: w.p.root.id } }),
  },
  {
    name: 'indicatorScoreboard',
    query: `query($p: ID!) { indicatorScoreboard(planId: $p, level: ${AgencyLevel.DISTRICT}, period: "2022-Q1") { period } }`,
    variables: (_w, o) => ({ p: o.indicatorPlanId }),
  },
  {
    name: 'indicatorScoreboardXlsx',
    query: `query($p: ID!) { indicatorScoreboardXlsx(planId: $p, level: ${AgencyLevel.DISTRICT}, period: "2022-Q1") { filename } }`,
    variables: (_w, o) => ({ p: o.indicatorPlanId }),
  },
  {
    name: 'reportingRound',
    query: 'query($id: ID!) { reportingRound(id: $id) { id } }',
    variables: (_w, o) => ({ id: o.roundId }),
  },
  {
    name: 'agencyReport',
    query: 'query($id: ID!) { agencyReport(id: $id) { id attachments { id } } }',
    variables: (_w, o) => ({ id: o.reportId }),
  },
  {
    name: 'exportAgencyReport',
    query: 'query($id: ID!) { exportAgencyReport(id: $id, format: XLSX) { filename } }',
    variables: (_w, o) => ({ id: o.reportId }),
  },
  {
    name: 'consolidatedReport',
    query: 'query($id: ID!) { consolidatedReport(roundId: $id) { id } }',
    variables: (_w, o) => ({ id: o.roundId }),
  },
  {
    name: 'exportConsolidatedReport',
    query: 'query($id: ID!) { exportConsolidatedReport(id: $id, format: XLSX) { filename } }',
    variables: (_w, o) => ({ id: o.consolidatedId }),
  },
];

/** Lists: the reader of province Q sees none of P's objects, the reader of P sees them. */
export interface ListRead {
  name: string;
  query: string;
  /** Every id the answer lists. */
  ids: (data: Record<string, unknown>) => string[];
  /** The id of P that P's viewer must see in it. */
  expected: (w: World, o: ReadObjects) => string;
}

const edges = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);

export const LIST_READS: ListRead[] = [
  {
    name: 'agencies',
    query: '{ agencies(first: 100) { edges { node { id } } } }',
    ids: edges('agencies'),
    expected: (w) => w.p.d1.id,
  },
  {
    name: 'agencyGroups',
    query: '{ agencyGroups(first: 100) { edges { node { id } } } }',
    ids: edges('agencyGroups'),
    expected: (_w, o) => o.groupId,
  },
  {
    name: 'plans',
    query: '{ plans(first: 100) { edges { node { id } } } }',
    ids: edges('plans'),
    expected: (_w, o) => o.planId,
  },
  {
    name: 'tasks',
    query: '{ tasks(first: 100) { edges { node { id } } } }',
    ids: edges('tasks'),
    expected: (_w, o) => o.taskId,
  },
  {
    name: 'indicators',
    query: '{ indicators(first: 100) { edges { node { id } } } }',
    ids: edges('indicators'),
    expected: (_w, o) => o.indicatorId,
  },
  {
    name: 'measurements',
    query: '{ measurements(first: 100) { edges { node { id } } } }',
    ids: edges('measurements'),
    expected: (_w, o) => o.measurementId,
  },
  {
    name: 'agencyReports',
    query: '{ agencyReports(first: 100) { edges { node { id } } } }',
    ids: edges('agencyReports'),
    expected: (_w, o) => o.reportId,
  },
  {
    name: 'reportingRounds',
    query: '{ reportingRounds { id } }',
    ids: (d) => (d.reportingRounds as { id: string }[]).map((r) => r.id),
    expected: (_w, o) => o.roundId,
  },
];
