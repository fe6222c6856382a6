import { Injectable } from '@nestjs/common';
import {
  frequencyKind,
  IndicatorState,
  isDoneLate,
  isOverdue,
  parsePeriod,
  Period,
  periodEnd,
  periodsOf,
  PlanItemKind,
  PlanItemStatus,
  PlanStatus,
  REFORM_AREAS,
  formatPeriod,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { todayInVietnam, VIETNAM_TIME_ZONE } from '../common/time/vietnam-time';
import { IndicatorRollupService } from '../indicators/indicator-rollup.service';
import { Indicator } from '../indicators/indicator.entity';
import {
  ReportAreaData,
  ReportContribution,
  ReportData,
  ReportIndicatorLine,
  ReportTaskLine,
} from './report-content.model';
import { ReportingRound } from './reporting-round.entity';

interface TaskRow {
  id: string;
  code: string;
  title: string;
  area_code: string | null;
  status: PlanItemStatus;
  progress: number;
  due_date: string | null;
  completed_on: string | null;
}

/** Whose data a report shows: one agency's (tasks it leads), or the whole province's plan. */
export type ReportScope = { kind: 'AGENCY'; agency: Agency } | { kind: 'PROVINCE'; root: Agency };

/** The latest period of `kind` that ends within the reported period (H1 → Q2 for a quarterly indicator). */
export function measuredPeriod(reported: Period, kind: Period['kind']): string | null {
  const end = periodEnd(reported);
  const candidates = periodsOf(reported.year, kind).filter((p) => periodEnd(p) <= end);
  return candidates.length ? formatPeriod(candidates[candidates.length - 1]) : null;
}

/** One row per (owner, task): the owner is the lead agency, or the province for the whole plan. */
type OwnedTask = TaskRow & { owner: string };

const TASKS_SQL = (byLead: boolean) => `
  SELECT DISTINCT ${byLead ? 'COALESCE(pia.agency_id, gm.agency_id)' : '$2::uuid'} AS owner,
         i.id, i.code, i.title, i.area_code, i.status, i.progress, i.sort_order,
         to_char(i.due_date, 'YYYY-MM-DD') AS due_date, to_char(i.completed_on, 'YYYY-MM-DD') AS completed_on
    FROM plan_item i JOIN plan p ON p.id = i.plan_id
    ${
      byLead
        ? `JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
    LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id`
        : ''
    }
   WHERE p.year = $1 AND p.status = '${PlanStatus.ACTIVE}' AND p.parent_plan_id IS NULL AND p.owner_agency_id = $2
     AND i.kind IN ('${PlanItemKind.TASK}', '${PlanItemKind.PROJECT}')
     ${byLead ? 'AND COALESCE(pia.agency_id, gm.agency_id) = ANY($3::uuid[])' : ''}
   ORDER BY i.sort_order`;

/**
 * Drafts the data sections of reports from tasks, indicators and contributions; the same code freezes them.
 * Works on many agencies at once (a constant number of statements), so a round's dashboard or its snapshots
 * cost the same for 5 agencies as for 300.
 */
@Injectable()
export class ReportDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: IndicatorRollupService,
  ) {}

  async compute(
    scope: ReportScope,
    round: ReportingRound,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ReportData> {
    if (scope.kind === 'AGENCY')
      return (await this.computeMany([scope.agency], round, em)).get(scope.agency.id)!;
    const asOf = asOfFor(round);
    const tasks = await em.query<OwnedTask[]>(TASKS_SQL(false), [round.year, round.provinceId]);
    const indicators = await this.indicators(em, round, [scope.root], asOf);
    return this.assemble(round, asOf, tasks, indicators.get(scope.root.id) ?? [], []);
  }

  /** The data of each agency's own report, by agency id. */
  async computeMany(
    agencies: Agency[],
    round: ReportingRound,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ReportData>> {
    const asOf = asOfFor(round);
    const ids = agencies.map((a) => a.id);
    const tasks = await em.query<OwnedTask[]>(TASKS_SQL(true), [round.year, round.provinceId, ids]);
    const indicators = await this.indicators(em, round, agencies, asOf);
    const contributions = await this.contributions(em, ids, round);
    return new Map(
      agencies.map((a) => [
        a.id,
        this.assemble(
          round,
          asOf,
          tasks.filter((row) => row.owner === a.id),
          indicators.get(a.id) ?? [],
          contributions.filter((c) => c.agencyId === a.id).map(({ agencyId: _, ...c }) => c),
        ),
      ]),
    );
  }

  private assemble(
    round: ReportingRound,
    asOf: string,
    tasks: TaskRow[],
    indicators: ReportIndicatorLine[],
    contributions: ReportContribution[],
  ): ReportData {
    return {
      generatedAt: new Date().toISOString(),
      period: round.period,
      asOf,
      areas: groupByArea(tasks, asOf),
      indicators,
      contributions,
    };
  }

  private async indicators(
    em: EntityManager,
    round: ReportingRound,
    agencies: Agency[],
    asOf: string,
  ): Promise<Map<string, ReportIndicatorLine[]>> {
    const reported = parsePeriod(round.period);
    if (!reported) return new Map();
    const indicators = await em
      .getRepository(Indicator)
      .createQueryBuilder('i')
      .innerJoin('plan', 'p', 'p.id = i.plan_id')
      .where('p.year = :year AND p.owner_agency_id = :province AND p.status = :active AND i.state = :state', {
        year: round.year,
        province: round.provinceId,
        active: PlanStatus.ACTIVE,
        state: IndicatorState.ACTIVE,
      })
      .orderBy('i.sort_order')
      .getMany();
    const wanted = indicators
      .map((i) => ({ indicator: i, period: measuredPeriod(reported, frequencyKind(i.frequency)) }))
      .filter((x): x is { indicator: Indicator; period: string } => x.period !== null);
    const periods = [...new Set(wanted.map((w) => w.period))];
    const cells = await this.rollups.rollup(
      { indicators: wanted.map((w) => w.indicator), periods, agencies, asOf, includeUnapproved: true },
      em,
    );
    const line = (
      agency: Agency,
      { indicator, period }: { indicator: Indicator; period: string },
    ): ReportIndicatorLine => {
      const cell = cells.get(indicator.id, agency.id, period);
      const { value, numerator, denominator, target, status, reportedCount } = cell;
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.nameVi,
        unit: indicator.unit,
        period,
        value,
        numerator,
        denominator,
        target,
        status,
        reportedCount,
      };
    };
    // An agency's report shows the indicators its level reports; the province's shows them all.
    return new Map(
      agencies.map((a) => [
        a.id,
        wanted
          .filter((w) => a.id === round.provinceId || w.indicator.reportingLevels.includes(a.level))
          .map((w) => line(a, w)),
      ]),
    );
  }

  /** Notes the agencies posted as coordinating agencies during the data window. */
  private async contributions(
    em: EntityManager,
    agencyIds: string[],
    round: ReportingRound,
  ): Promise<(ReportContribution & { agencyId: string })[]> {
    const rows = await em.query<
      { agency_id: string; item_id: string; code: string; title: string; notes: string[] }[]
    >(
      `SELECT u.agency_id, i.id AS item_id, i.code, i.title, array_agg(u.note ORDER BY u.created_at) AS notes
         FROM task_update u JOIN plan_item i ON i.id = u.item_id JOIN plan p ON p.id = i.plan_id
        WHERE u.agency_id = ANY($1::uuid[]) AND u.role = 'COORDINATOR' AND u.note IS NOT NULL AND p.year = $2
          AND (u.created_at AT TIME ZONE $5)::date BETWEEN $3 AND $4
        GROUP BY u.agency_id, i.id, i.code, i.title, i.sort_order ORDER BY i.sort_order`,
      [agencyIds, round.year, round.dataFrom, round.dataTo, VIETNAM_TIME_ZONE],
    );
    return rows.map((r) => ({
      agencyId: r.agency_id,
      itemId: r.item_id,
      code: r.code,
      title: r.title,
      notes: r.notes,
    }));
  }
}

/** Overdue flags and the hierarchy refer to the data cut-off day, or today while the window is open. */
function asOfFor(round: ReportingRound): string {
  const today = todayInVietnam();
  return round.dataTo < today ? round.dataTo : today;
}

function taskLine(row: TaskRow, asOf: string): ReportTaskLine {
  const progress = { status: row.status, dueDate: row.due_date, completedOn: row.completed_on };
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    progress: row.progress,
    dueDate: row.due_date,
    completedOn: row.completed_on,
    overdue: isOverdue(progress, asOf),
  };
}

/** Counts and lists per reform area, in the areas' order, then tasks without an area. */
export function groupByArea(rows: TaskRow[], asOf: string): ReportAreaData[] {
  const areas = [
    ...REFORM_AREAS.map((a) => ({ code: a.code, name: a.nameVi })),
    { code: null, name: 'Chưa xác định lĩnh vực' },
  ];
  return areas
    .map(({ code, name }) => {
      const lines = rows.filter((r) => (r.area_code ?? null) === code).map((r) => taskLine(r, asOf));
      const count = (status: PlanItemStatus) => lines.filter((l) => l.status === status).length;
      return {
        areaCode: code,
        areaName: name,
        total: lines.length,
        done: count(PlanItemStatus.DONE),
        doneLate: lines.filter((l) => isDoneLate(l)).length,
        inProgress: count(PlanItemStatus.IN_PROGRESS),
        notStarted: count(PlanItemStatus.NOT_STARTED),
        overdue: lines.filter((l) => l.overdue).length,
        cancelled: count(PlanItemStatus.CANCELLED),
        tasks: lines,
      };
    })
    .filter((a) => a.total > 0 || a.areaCode !== null);
}
