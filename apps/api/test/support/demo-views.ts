import { AgencyLevel } from '@partrack/shared';
import JSZip from 'jszip';
import { ReportsForDemoReorgQuery, TaskStatsGroupBy } from '../gql/graphql';
import { texts } from '../../src/reports/formats/report-docx.xml.fixture';
import {
  DEMO_EXPORT_REPORT,
  DEMO_INDICATOR_VALUES,
  DEMO_PLAN_TASKS,
  DEMO_REPORTS,
  DEMO_RESOLVE_NAMES,
  DEMO_SCOREBOARD,
  DEMO_TASK_STATS,
  DEMO_TREE,
} from '../integration/demo-reorganisation.documents';
import { ok } from './history-fixtures';
import { TestApp } from './test-app';

/** The demo's 2022 plan, its province root and one of its 2022 reports: what the 2022 views are read from. */
export interface DemoRefs {
  planId: string;
  rootId: string;
  reportId: string;
}

/** Three 2022 department names: two end in the 2025 demo reorganisation (merged), one continues. */
export const DEPARTMENTS_2022 = 'Sở Kế hoạch và Đầu tư, Sở Giao thông vận tải, Sở Nội vụ';

const QUARTERS = ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'];

/** Every report the caller can read, all pages. */
export async function allReports(t: TestApp, token: string) {
  const nodes: ReportsForDemoReorgQuery['agencyReports']['edges'][number]['node'][] = [];
  let after: string | null | undefined = null;
  do {
    const page: ReportsForDemoReorgQuery['agencyReports'] = ok(
      await t.gql(DEMO_REPORTS, { after }, { token }),
    ).agencyReports;
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** The paragraphs of a report's DOCX (word/document.xml), as exported. */
export async function reportDocx(t: TestApp, token: string, reportId: string): Promise<string[]> {
  const file = ok(await t.gql(DEMO_EXPORT_REPORT, { id: reportId }, { token })).exportAgencyReport;
  const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
  return [file.filename, ...texts(await zip.file('word/document.xml')!.async('string'))];
}

/**
 * "The 2022 views" of one reader, by name: what anybody looked at in 2022 must read the same after the 2025
 * reorganisation is applied and after it is undone. resolveAgencyNames leaves out `successor`, which names who
 * carries the work TODAY and so is meant to change.
 */
export async function views2022(t: TestApp, token: string, refs: DemoRefs): Promise<Record<string, unknown>> {
  const q = <T>(res: { data?: T | null; errors?: unknown }) => ok(res);
  const views: Record<string, unknown> = {};
  for (const day of ['2022-06-30', '2022-12-31'])
    views[`agencyTree asOf ${day}`] = q(await t.gql(DEMO_TREE, { d: day }, { token })).agencyTree;
  views['plan 2022 tasks'] = q(await t.gql(DEMO_PLAN_TASKS, { id: refs.planId }, { token })).plan;
  for (const by of Object.values(TaskStatsGroupBy))
    views[`taskStats by ${by}`] = q(
      await t.gql(DEMO_TASK_STATS, { id: refs.planId, by }, { token }),
    ).taskStats;
  views['indicator values of the province'] = q(
    await t.gql(DEMO_INDICATOR_VALUES, { plan: refs.planId, root: refs.rootId }, { token }),
  ).indicators.edges.map((e) => e.node);
  for (const p of QUARTERS)
    for (const level of [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT])
      views[`indicatorScoreboard ${p} ${level}`] = q(
        await t.gql(DEMO_SCOREBOARD, { plan: refs.planId, p, level }, { token }),
      ).indicatorScoreboard;
  views['agencyReports'] = await allReports(t, token);
  views['report DOCX'] = await reportDocx(t, token, refs.reportId);
  const names = q(await t.gql(DEMO_RESOLVE_NAMES, { text: DEPARTMENTS_2022, d: '2022-06-30' }, { token }));
  views['resolveAgencyNames 2022'] = {
    unresolved: names.resolveAgencyNames.unresolved,
    matches: names.resolveAgencyNames.matches.map(({ successor: _today, ...match }) => match),
  };
  return views;
}

/** Where two answers first differ ("path: before → after"), or null when equal. */
export function firstDifference(before: unknown, after: unknown, path = ''): string | null {
  if (Object.is(before, after)) return null;
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null)
    return `${path || '(root)'}: ${show(before)} → ${show(after)}`;
  if (Array.isArray(before) !== Array.isArray(after)) return `${path}: ${show(before)} → ${show(after)}`;
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const found = firstDifference(b[key], a[key], `${path}[${key}]`);
    if (found) {
      if (Array.isArray(before) && Array.isArray(after) && before.length !== after.length)
        return `${found} (length ${before.length} → ${after.length})`;
      return found;
    }
  }
  return null;
}

/** The views that differ, each with its first difference: [] when every view reads the same. */
export function differingViews(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys({ ...before, ...after })
    .map((name) => [name, firstDifference(before[name], after[name])] as const)
    .filter(([, diff]) => diff !== null)
    .map(([name, diff]) => `${name} — ${diff}`);
}

/**
 * A view with every `agency.name` left out: Agency.name is the agency's name TODAY (the cached row), so the
 * plan's assignments and the reports list rename with a 2025 RENAME; what must not change is the rest.
 */
export function withoutAgencyNames(view: unknown): unknown {
  if (Array.isArray(view)) return view.map(withoutAgencyNames);
  if (typeof view !== 'object' || view === null) return view;
  return Object.fromEntries(
    Object.entries(view).map(([key, value]) => {
      if (key === 'agency' && typeof value === 'object' && value !== null) {
        const { name: _today, ...rest } = value as Record<string, unknown>;
        return [key, rest];
      }
      return [key, withoutAgencyNames(value)];
    }),
  );
}
