import { Injectable } from '@nestjs/common';
import {
  computeParIndex,
  gainOfOneMore,
  ParDataSource,
  ParFrameworkNode,
  ParProvisionalLeaf,
  ParProvisionalSource,
  provisionalPoints,
} from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Actor } from '../common/context/actor';
import { todayInVietnam } from '../common/time/vietnam-time';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { PAR_DATA_SQL } from './par-data.sql';
import { ParIndicatorFiguresReader } from './par-indicator-figures';
import { Late, LateReport, LateTask, recordsOf } from './par-lost-records';
import { ParAtRiskRow, ParProvisionalItem, ParProvisionalScore } from './par-provisional.model';
import { leavesOf } from './par-score-items';

type Counts = { total: number; onTime: number };
type ScoreRow = {
  assessment_id: string;
  criterion_id: string;
  self_points: number | null;
  final_points: number | null;
};
type TaskCount = { agency_id: string; area_code: string | null; total: number; on_time: number };
type ReportCount = { agency_id: string; total: number; on_time: number };

/**
 * Points at risk: every agency's PAR Index as it stands today, DATA items read live from its tasks, reports
 * and indicator figures, the others from the appraisal, its own draft or last year's; with the records behind each lost
 * point and a what-if (tasks assumed done by their deadline). A few statements for a whole province.
 */
@Injectable()
export class ParProvisionalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
    private readonly assessments: ParAssessmentsService,
    private readonly indicatorFigures: ParIndicatorFiguresReader,
  ) {}

  /** One agency's provisional score with the records behind its lost points. */
  async forAssessment(
    actor: Actor,
    id: string,
    doneTaskIds: readonly string[] = [],
  ): Promise<ParProvisionalScore> {
    const assessment = await this.assessments.findOne(actor, id);
    const cycle = await this.cycles.findOne(actor, assessment.cycleId);
    const [score] = await this.compute(cycle, [assessment], { records: true, assume: doneTaskIds });
    return score;
  }

  /** Every agency of a cycle, most points at risk first. */
  async atRisk(actor: Actor, cycleId: string): Promise<ParAtRiskRow[]> {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const assessments = await this.dataSource.manager.find(ParAssessment, { where: { cycleId: cycle.id } });
    const scores = await this.compute(cycle, assessments, { records: false, assume: [] });
    return assessments
      .map((a, i) => ({
        assessmentId: a.id,
        agencyId: a.agencyId,
        index: scores[i].index,
        pointsAtRisk: scores[i].pointsAtRisk,
        lateTasks: scores[i].lateTasks,
        lateReports: scores[i].lateReports,
      }))
      .sort(
        (a, b) =>
          b.pointsAtRisk - a.pointsAtRisk || a.index - b.index || a.agencyId.localeCompare(b.agencyId),
      );
  }

  private async compute(
    cycle: ParCycle,
    assessments: ParAssessment[],
    options: { records: boolean; assume: readonly string[] },
  ): Promise<(ParProvisionalScore & { lateTasks: number; lateReports: number })[]> {
    const today = todayInVietnam();
    const asOf = `${cycle.year}-12-31` < today ? `${cycle.year}-12-31` : today;
    const ids = assessments.map((a) => a.id);
    const agencyIds = [...new Set(assessments.map((a) => a.agencyId))];
    const criteria = await this.dataSource.manager.find(ParCriterion, {
      where: { frameworkId: In(cycle.frameworkIds) },
    });
    const sources = new Set(criteria.map((c) => c.dataRule?.source).filter((s) => s !== undefined));
    const indicatorCodes = new Set(
      criteria.flatMap((c) =>
        c.dataRule?.source === ParDataSource.INDICATOR_TARGET && c.dataRule.indicatorCode
          ? [c.dataRule.indicatorCode]
          : [],
      ),
    );
    const params = [cycle.provinceId, cycle.year, asOf, agencyIds];
    const lateRead = sources.has(ParDataSource.TASKS_ON_TIME) || sources.has(ParDataSource.REPORTS_ON_TIME);
    const [scores, lastYear, taskRows, reportRows, late, figures] = await Promise.all([
      // Raw rows: building 120,000 entities for five columns cost the benchmark about a second.
      ids.length
        ? this.dataSource.query<ScoreRow[]>(
            `SELECT assessment_id, criterion_id, self_points::float8 AS self_points,
                    COALESCE(reappraised_points, appraised_points)::float8 AS final_points
               FROM par_score WHERE assessment_id = ANY($1::uuid[])`,
            [ids],
          )
        : [],
      this.lastYear(cycle, agencyIds),
      sources.has(ParDataSource.TASKS_ON_TIME)
        ? this.dataSource.query<TaskCount[]>(PAR_DATA_SQL.taskCounts, [...params, [...options.assume]])
        : [],
      sources.has(ParDataSource.REPORTS_ON_TIME)
        ? this.dataSource.query<ReportCount[]>(PAR_DATA_SQL.reportCounts, params)
        : [],
      options.records && lateRead ? this.lateRecords(params, options.assume) : { tasks: [], reports: [] },
      this.indicatorFigures.read(cycle, asOf, agencyIds, [...indicatorCodes]),
    ]);
    const scoresOf = groupBy(scores, (s) => s.assessment_id);
    const shapes = new Map(
      cycle.frameworkIds.map((id) => [id, frameworkShape(criteria.filter((c) => c.frameworkId === id))]),
    );
    const tasksByAgency = groupBy(taskRows, (r) => r.agency_id);
    const reportsByAgency = new Map(reportRows.map((r) => [r.agency_id, r]));
    return assessments.map((a) => {
      const shape = shapes.get(a.frameworkId) ?? frameworkShape([]);
      const byCriterion = new Map((scoresOf.get(a.id) ?? []).map((s) => [s.criterion_id, s]));
      const tasksOf = tasksByAgency.get(a.agencyId) ?? [];
      const reports = reportsByAgency.get(a.agencyId);
      const countsFor = (c: ParCriterion): Counts | null => {
        if (!c.dataRule || c.dataRule.source === ParDataSource.INDICATOR_TARGET) return null;
        if (c.dataRule.source === ParDataSource.REPORTS_ON_TIME)
          return { total: reports?.total ?? 0, onTime: reports?.on_time ?? 0 };
        const area = c.dataRule.areaCode ?? null;
        const rows = tasksOf.filter((r) => area === null || r.area_code === area);
        return { total: sum(rows.map((r) => r.total)), onTime: sum(rows.map((r) => r.on_time)) };
      };
      const items = shape.leaves.flatMap((c): ParProvisionalItem[] => {
        if (c.method === null) return [];
        const score = byCriterion.get(c.id);
        const counts = countsFor(c);
        const figure =
          c.dataRule?.source === ParDataSource.INDICATOR_TARGET
            ? figures.get(a.agencyId, c.dataRule.indicatorCode)
            : null;
        const leaf: ParProvisionalLeaf = {
          method: c.method,
          maxPoints: c.maxPoints,
          dataRule: c.dataRule,
          counts,
          figure,
          final: score?.final_points ?? null,
          self: score?.self_points ?? null,
          lastYear: lastYear.get(`${a.agencyId}|${c.code}`) ?? null,
        };
        const result = provisionalPoints(leaf);
        return [
          {
            criterionId: c.id,
            code: c.code,
            title: c.title,
            method: c.method,
            maxPoints: c.maxPoints,
            ...result,
            due: counts?.total ?? null,
            onTime: counts?.onTime ?? null,
            records: result.atRisk > 0 ? recordsOf(c, a.agencyId, late, gainOfOneMore(leaf)) : [],
            indicator: result.source === ParProvisionalSource.COMPUTED ? figure : null,
          },
        ];
      });
      const result = computeParIndex(shape.nodes, new Map(items.map((i) => [i.code, i.points])), {
        surveyHeld: cycle.surveyHeld,
      });
      return {
        asOf,
        index: result.index,
        points: result.points,
        maxPoints: result.maxPoints,
        pointsAtRisk: sum(items.map((i) => i.atRisk)),
        items,
        lateTasks: sum(tasksOf.map((r) => r.total - r.on_time)),
        lateReports: (reports?.total ?? 0) - (reports?.on_time ?? 0),
      };
    });
  }

  /** Last year's final points of the same agencies, by agency and item code. */
  private async lastYear(cycle: ParCycle, agencyIds: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ agency_id: string; code: string; points: string }[]>(
      `SELECT x.agency_id, c.code, COALESCE(s.reappraised_points, s.appraised_points) AS points
         FROM par_cycle pc
         JOIN par_assessment x ON x.cycle_id = pc.id
         JOIN par_score s ON s.assessment_id = x.id
         JOIN par_criterion c ON c.id = s.criterion_id
        WHERE pc.province_id = $1 AND pc.year = $2 - 1 AND x.agency_id = ANY($3::uuid[])
          AND COALESCE(s.reappraised_points, s.appraised_points) IS NOT NULL`,
      [cycle.provinceId, cycle.year, agencyIds],
    );
    return new Map(rows.map((r) => [`${r.agency_id}|${r.code}`, Number(r.points)]));
  }

  private async lateRecords(params: unknown[], assume: readonly string[]): Promise<Late> {
    const [tasks, reports] = await Promise.all([
      this.dataSource.query<LateTask[]>(PAR_DATA_SQL.lateTasks, [...params, [...assume]]),
      this.dataSource.query<LateReport[]>(PAR_DATA_SQL.lateReports, params),
    ]);
    return { tasks, reports };
  }
}

/** What every assessment of one framework shares: its leaves in code order and its nodes for the index. */
function frameworkShape(criteria: ParCriterion[]): { leaves: ParCriterion[]; nodes: ParFrameworkNode[] } {
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  return {
    leaves: leavesOf(criteria),
    nodes: criteria.map((c) => ({
      code: c.code,
      parentCode: c.parentId ? (codeOf.get(c.parentId) ?? null) : null,
      level: c.level,
      maxPoints: c.maxPoints,
      method: c.method,
    })),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => Math.round((a + b) * 100) / 100, 0);
}
