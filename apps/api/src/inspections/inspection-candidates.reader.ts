import { Injectable } from '@nestjs/common';
import { InspectionCandidate, InspectionStatus, parTargetGroupOf, ParTargetGroup } from '@partrack/shared';
import { EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { todayInVietnam } from '../common/time/vietnam-time';
import { ParRankingService } from '../par-index/par-ranking.service';
import { TasksService } from '../plans/tasks.service';

/** State administrative agencies the province inspects: the same groups the PAR Index scores, minus itself. */
const INSPECTED_GROUPS = new Set([
  ParTargetGroup.DEPARTMENT,
  ParTargetGroup.DISTRICT,
  ParTargetGroup.COMMUNE,
]);

export function isInspectable(agency: Agency): boolean {
  const group = parTargetGroupOf(agency);
  return group !== null && INSPECTED_GROUPS.has(group);
}

/**
 * What the sampling reads, in a fixed number of statements whatever the number of agencies: the agencies (2),
 * their last inspections (1), the latest published PAR Index (2, through the PAR Index's service) and their
 * overdue tasks (1, through the plans' service).
 */
@Injectable()
export class InspectionCandidatesReader {
  constructor(
    private readonly tree: AgencyTreeRepository,
    private readonly ranking: ParRankingService,
    private readonly tasks: TasksService,
  ) {}

  /** The agencies to inspect in `year`, as the hierarchy stood at its end (or today, for the current year). */
  async agencies(em: EntityManager, provinceId: string, year: number): Promise<Agency[]> {
    const today = todayInVietnam();
    const yearEnd = `${year}-12-31`;
    const ids = await this.tree.subtreeIds(provinceId, { validOn: yearEnd < today ? yearEnd : today }, em);
    const agencies = ids.length ? await em.find(Agency, { where: { id: In(ids) } }) : [];
    return agencies.filter(isInspectable);
  }

  async candidates(
    em: EntityManager,
    provinceId: string,
    year: number,
    agencies: readonly Agency[],
  ): Promise<InspectionCandidate[]> {
    const ids = agencies.map((a) => a.id);
    const last = await em.query<{ agency_id: string; year: number }[]>(
      `SELECT i.agency_id, max(p.year)::int AS year
         FROM inspection i JOIN inspection_plan p ON p.id = i.plan_id
        WHERE p.province_id = $1 AND p.year < $2 AND i.status = $3 AND i.agency_id = ANY($4::uuid[])
        GROUP BY 1`,
      [provinceId, year, InspectionStatus.DONE, ids],
    );
    const lastYear = new Map(last.map((r) => [r.agency_id, r.year]));
    const indices = await this.ranking.latestPublishedIndices(provinceId, year);
    const overdue = await this.tasks.overdueLeadCounts(ids, todayInVietnam());
    return agencies.map((a) => ({
      id: a.id,
      name: a.name,
      level: a.level,
      lastInspectedYear: lastYear.get(a.id) ?? null,
      parIndex: indices.get(a.id) ?? null,
      overdueTasks: overdue.get(a.id) ?? 0,
    }));
  }
}
