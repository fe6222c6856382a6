import { Injectable } from '@nestjs/common';
import { bandOf, fromHundredths, ParAssessmentStatus, ParBand, ParTargetGroup } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { PAR_RANKING_SQL } from '../par-index/par-ranking.sql';
import type {
  AgencyLevel,
  PublicAgencyProgress,
  PublicAreaProgress,
  PublicRankingRow,
  SurveySector,
} from '@partrack/shared';
import { PUBLIC_SUMMARY_SQL } from './public-summary.sql';

export interface PublicFiguresRow {
  code: string;
  name: string;
  cycle: { id: string; name: string; publishedAt: string | null } | null;
  areas: PublicAreaProgress[];
  agencies: PublicAgencyProgress[];
  /** Null when the year has no shown survey */
  satisfaction: {
    surveys: number;
    sample: boolean;
    agencies: {
      name: string;
      valid: number;
      satisfied: number;
      respondents: number;
      sector: SurveySector | null;
    }[];
    sectors: { sector: SurveySector; valid: number; satisfied: number; respondents: number }[];
  } | null;
  /** Null without an APPROVED inspection plan of the year */
  coverage: {
    targets: Record<'PROVINCE' | 'DISTRICT' | 'COMMUNE', number>;
    levels: { level: AgencyLevel; agencies: number; inspected: number }[];
  } | null;
  years: number[];
}

/** What the first statement needs besides the province and the year. */
export interface PublicFiguresDays {
  /** Today in Vietnam, for "overdue" */
  today: string;
  /** The day the agencies to inspect are read on: the year's end, or today for the current year */
  hierarchyDay: string;
  /** The demo province's code on a demo install (its sample survey is shown there only), else null */
  demoProvince: string | null;
}

/** The columns of PAR_RANKING_SQL the public page reads (pg gives bigints as strings). */
interface RankingSqlRow {
  agency_name: string;
  target_group: ParTargetGroup;
  status: ParAssessmentStatus;
  bands: ParBand[] | null;
  index_h: string | number;
  rank: number;
}

/**
 * The two statements of a cache miss. The ranking is par-index's own statement (PAR_RANKING_SQL, read-only):
 * ParRankingService.ranking would first load the cycle by id for an actor's scope, a third statement, and the
 * public summary has already found the published cycle in its first one.
 */
@Injectable()
export class PublicSummaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async figures(
    provinceCode: string,
    year: number,
    days: PublicFiguresDays,
  ): Promise<PublicFiguresRow | null> {
    const rows: PublicFiguresRow[] = await this.dataSource.query(PUBLIC_SUMMARY_SQL, [
      provinceCode,
      year,
      days.today,
      days.demoProvince,
      days.hierarchyDay,
    ]);
    return rows[0] ?? null;
  }

  /**
   * The published ranking without the province's own assessment (the PROVINCE group goes to the Ministry and
   * is not published by the province) and, defensively, without anything not finalised.
   */
  async publishedRanking(cycleId: string): Promise<PublicRankingRow[]> {
    const rows: RankingSqlRow[] = await this.dataSource.query(PAR_RANKING_SQL, [cycleId, null]);
    return rows
      .filter((r) => r.target_group !== ParTargetGroup.PROVINCE && r.status === ParAssessmentStatus.FINALISED)
      .map((r) => {
        const index = fromHundredths(Number(r.index_h));
        return {
          group: r.target_group,
          rank: r.rank,
          agencyName: r.agency_name,
          index,
          band: bandOf(r.bands ?? [], index)?.code ?? null,
        };
      });
  }
}
