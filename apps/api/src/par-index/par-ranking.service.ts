import { Injectable } from '@nestjs/common';
import {
  bandOf,
  fromHundredths,
  ParAssessmentStatus,
  ParBand,
  ParCycleStatus,
  ParTargetGroup,
} from '@partrack/shared';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { Actor } from '../common/context/actor';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParRankingRow } from './par-ranking.model';
import { PAR_RANKING_SQL } from './par-ranking.sql';

/** pg returns bigint sums as strings and int columns as numbers. */
type Whole = string | number;

interface RankingSqlRow {
  assessment_id: string;
  agency_id: string;
  agency_name: string;
  target_group: ParTargetGroup;
  status: ParAssessmentStatus;
  bands: ParBand[] | null;
  points_h: Whole;
  bonus_h: Whole;
  penalty_h: Whole;
  max_h: Whole;
  index_h: Whole;
  rank: number;
  previous_index_h: Whole | null;
  areas: { code: string; name: string; pointsH: number; maxH: number; indexH: number }[];
}

const points = (hundredths: Whole): number => fromHundredths(Number(hundredths));

function toRow(row: RankingSqlRow): ParRankingRow {
  const index = points(row.index_h);
  return {
    assessmentId: row.assessment_id,
    agencyId: row.agency_id,
    targetGroup: row.target_group,
    status: row.status,
    finalised: row.status === ParAssessmentStatus.FINALISED,
    rank: row.rank,
    index,
    points: points(row.points_h),
    bonus: points(row.bonus_h),
    penalty: points(row.penalty_h),
    maxPoints: points(row.max_h),
    band: bandOf(row.bands ?? [], index),
    areas: row.areas.map((a) => ({
      code: a.code,
      name: a.name,
      points: points(a.pointsH),
      maxPoints: points(a.maxH),
      index: points(a.indexH),
    })),
    previousIndex: row.previous_index_h === null ? null : points(row.previous_index_h),
  };
}

/**
 * The ranking of a cycle (xếp hạng Chỉ số CCHC): read like the cycle (in its province; elsewhere NOT_FOUND),
 * computed by one statement whatever the number of agencies (see par-ranking.sql.ts).
 */
@Injectable()
export class ParRankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
  ) {}

  /** Every assessment of the cycle (of one group when given), by group, rank, then agency name. */
  async ranking(actor: Actor, cycleId: string, group?: ParTargetGroup | null): Promise<ParRankingRow[]> {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const rows: RankingSqlRow[] = await this.dataSource.query(PAR_RANKING_SQL, [cycle.id, group ?? null]);
    return rows.map(toRow);
  }

  /**
   * Each agency's index in the province's latest PUBLISHED cycle of `year` or before (empty without one): what
   * other domains may call "the latest published PAR Index". Two statements.
   */
  async latestPublishedIndices(provinceId: string, year: number): Promise<Map<string, number>> {
    const cycle = await this.dataSource.getRepository(ParCycle).findOne({
      where: { provinceId, status: ParCycleStatus.PUBLISHED, year: LessThanOrEqual(year) },
      order: { year: 'DESC' },
    });
    if (!cycle) return new Map();
    const rows: RankingSqlRow[] = await this.dataSource.query(PAR_RANKING_SQL, [cycle.id, null]);
    return new Map(rows.map((r) => [r.agency_id, points(r.index_h)]));
  }
}
