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
import { todayInVietnam } from '../agencies/agency-dates';
import { IndicatorRollupService, cellKey } from '../indicators/indicator-rollup.service';
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

/** Drafts the data sections of a report from tasks, indicators and contributions; the same code freezes them. */
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
    const today = todayInVietnam();
    const asOf = round.dataTo < today ? round.dataTo : today;
    const root = scope.kind === 'AGENCY' ? scope.agency : scope.root;
    const tasks = await this.tasks(em, scope, round);
    const [indicators, contributions] = await Promise.all([
      this.indicators(em, round, root, asOf),
      scope.kind === 'AGENCY' ? this.contributions(em, scope.agency.id, round) : Promise.resolve([]),
    ]);
    return {
      generatedAt: new Date().toISOString(),
      period: round.period,
      asOf,
      areas: groupByArea(tasks, asOf),
      indicators,
      contributions,
    };
  }

  /** Tasks and projects of the province's active plans of the year (originals, not derived copies). */
  private tasks(em: EntityManager, scope: ReportScope, round: ReportingRound): Promise<TaskRow[]> {
    const lead = `AND EXISTS (SELECT 1 FROM plan_item_agency pia LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
                   WHERE pia.item_id = i.id AND pia.role = 'LEAD' AND (pia.agency_id = $3 OR gm.agency_id = $3))`;
    return em.query<TaskRow[]>(
      `SELECT i.id, i.code, i.title, i.area_code, i.status, i.progress,
              to_char(i.due_date, 'YYYY-MM-DD') AS due_date, to_char(i.completed_on, 'YYYY-MM-DD') AS completed_on
         FROM plan_item i JOIN plan p ON p.id = i.plan_id
        WHERE p.year = $1 AND p.status = '${PlanStatus.ACTIVE}' AND p.parent_plan_id IS NULL AND p.owner_agency_id = $2
          AND i.kind IN ('${PlanItemKind.TASK}', '${PlanItemKind.PROJECT}') ${scope.kind === 'AGENCY' ? lead : ''}
        ORDER BY i.sort_order`,
      scope.kind === 'AGENCY'
        ? [round.year, round.provinceId, scope.agency.id]
        : [round.year, round.provinceId],
    );
  }

  private async indicators(
    em: EntityManager,
    round: ReportingRound,
    agency: Agency,
    asOf: string,
  ): Promise<ReportIndicatorLine[]> {
    const reported = parsePeriod(round.period);
    if (!reported) return [];
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
      {
        indicators: wanted.map((w) => w.indicator),
        periods,
        agencies: [agency],
        asOf,
        includeUnapproved: true,
      },
      em,
    );
    return wanted.map(({ indicator, period }) => {
      const cell = cells.get(cellKey(indicator.id, agency.id, period))!;
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.nameVi,
        unit: indicator.unit,
        period,
        value: cell.value,
        numerator: cell.numerator,
        denominator: cell.denominator,
        target: cell.target,
        status: cell.status,
        reportedCount: cell.reportedCount,
      };
    });
  }

  /** Notes the agency posted as a coordinating agency during the data window. */
  private async contributions(
    em: EntityManager,
    agencyId: string,
    round: ReportingRound,
  ): Promise<ReportContribution[]> {
    const rows = await em.query<{ item_id: string; code: string; title: string; notes: string[] }[]>(
      `SELECT i.id AS item_id, i.code, i.title, array_agg(u.note ORDER BY u.created_at) AS notes
         FROM task_update u JOIN plan_item i ON i.id = u.item_id JOIN plan p ON p.id = i.plan_id
        WHERE u.agency_id = $1 AND u.role = 'COORDINATOR' AND u.note IS NOT NULL AND p.year = $2
          AND (u.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $3 AND $4
        GROUP BY i.id, i.code, i.title, i.sort_order ORDER BY i.sort_order`,
      [agencyId, round.year, round.dataFrom, round.dataTo],
    );
    return rows.map((r) => ({ itemId: r.item_id, code: r.code, title: r.title, notes: r.notes }));
  }
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
