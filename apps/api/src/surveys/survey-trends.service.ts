import { Injectable } from '@nestjs/common';
import { satisfactionTarget, SurveySector, SurveyStatus, trendPoints } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Actor } from '../common/context/actor';
import { badField } from '../common/errors/domain-error';
import { SurveyTrendsFilter } from './dto/survey-trends.input';
import { SurveySectorTrend, SurveyTrendAspect, SurveyTrendPeriod, SurveyTrends } from './survey-trends.model';

/** A range longer than this is a mistake rather than a trend (and would read a province's whole history). */
const MAX_TREND_YEARS = 20;

/** The surveys in range: not DRAFT, of the caller's province ($3 null for an admin), of the sector asked. */
const SURVEYS_CTE = `s AS (
  SELECT id, period, sector, satisfied_levels FROM survey
   WHERE year BETWEEN $1 AND $2 AND status <> '${SurveyStatus.DRAFT}'
     AND ($3::uuid IS NULL OR province_id = $3) AND ($4::survey_sector IS NULL OR sector = $4)
)`;

/** Answers pooled by period, sector and aspect code; each survey counts with its own rule (top N levels). */
const COUNTS_SQL = `WITH ${SURVEYS_CTE}
SELECT s.period, s.sector, q.aspect_code, max(q.aspect_title) AS aspect_title,
       coalesce(sum(r.count) FILTER (WHERE r.level >= 1), 0)::int AS valid,
       coalesce(sum(r.count) FILTER (WHERE r.level >= 6 - s.satisfied_levels), 0)::int AS satisfied
  FROM s JOIN survey_result r ON r.survey_id = s.id AND ($5::uuid IS NULL OR r.agency_id = $5)
  JOIN survey_question q ON q.id = r.question_id
 GROUP BY s.period, s.sector, q.aspect_code`;

/** Surveys and respondents by period and sector, so a period whose surveys have no answers yet still shows. */
const RESPONDENTS_SQL = `WITH ${SURVEYS_CTE}
SELECT s.period, s.sector, count(*)::int AS surveys, coalesce(sum(p.n), 0)::int AS respondents
  FROM s LEFT JOIN LATERAL (
    SELECT sum(sr.respondents) AS n FROM survey_respondents sr
     WHERE sr.survey_id = s.id AND ($5::uuid IS NULL OR sr.agency_id = $5)) p ON true
 GROUP BY s.period, s.sector`;

interface CountRow {
  period: string;
  sector: SurveySector | null;
  aspect_code: string;
  aspect_title: string;
  valid: number;
  satisfied: number;
}

interface RespondentsRow {
  period: string;
  sector: SurveySector | null;
  surveys: number;
  respondents: number;
}

interface Pool {
  valid: number;
  satisfied: number;
  surveys: number;
  respondents: number;
  aspects: Map<string, { title: string; valid: number; satisfied: number }>;
}

const emptyPool = (): Pool => ({ valid: 0, satisfied: 0, surveys: 0, respondents: 0, aspects: new Map() });

/** Periods with their shares and changes, each aspect's change measured along its own line. */
function periodsOf(pools: Map<string, Pool>): SurveyTrendPeriod[] {
  const aspectCodes = new Set([...pools.values()].flatMap((p) => [...p.aspects.keys()]));
  const aspectPoints = new Map<string, Map<string, SurveyTrendAspect>>();
  for (const code of aspectCodes) {
    const series = new Map<string, { valid: number; satisfied: number; title: string }>();
    for (const [period, pool] of pools) {
      const a = pool.aspects.get(code);
      if (a) series.set(period, a);
    }
    const byPeriod = new Map<string, SurveyTrendAspect>();
    for (const p of trendPoints(series)) {
      const { valid, satisfied, title } = p.figures;
      byPeriod.set(p.period, {
        aspectCode: code,
        aspectTitle: title,
        valid,
        satisfied,
        share: p.share,
        change: p.change,
      });
    }
    aspectPoints.set(code, byPeriod);
  }
  const sortedCodes = [...aspectCodes].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
  return trendPoints(pools).map((p) => ({
    period: p.period,
    surveys: p.figures.surveys,
    respondents: p.figures.respondents,
    valid: p.figures.valid,
    satisfied: p.figures.satisfied,
    share: p.share,
    change: p.change,
    aspects: sortedCodes.flatMap((code) => aspectPoints.get(code)?.get(p.period) ?? []),
  }));
}

/**
 * Satisfaction by period across surveys (docs/surveys.md, "Trends"): every survey of the range that is not a
 * DRAFT, pooled per period (answers, not survey shares, so a small survey weighs less), overall, per aspect
 * code and per sector, with the change in points from the previous period. Two statements whatever the number
 * of surveys, periods or agencies (three when an agency is named: its scope check).
 */
@Injectable()
export class SurveyTrendsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
  ) {}

  async trends(actor: Actor, filter: SurveyTrendsFilter): Promise<SurveyTrends> {
    if (filter.toYear < filter.fromYear) throw badField('toYear', 'validation.invalid');
    if (filter.toYear - filter.fromYear >= MAX_TREND_YEARS) throw badField('toYear', 'validation.invalid');
    const agencyId = filter.agencyId ?? null;
    const sector = filter.sector ?? null;
    if (agencyId) await this.scope.assertCanRead(actor, agencyId);
    const params = [filter.fromYear, filter.toYear, this.scope.readRoot(actor), sector, agencyId];
    const [counts, respondents] = await Promise.all([
      this.dataSource.query<CountRow[]>(COUNTS_SQL, params),
      this.dataSource.query<RespondentsRow[]>(RESPONDENTS_SQL, params),
    ]);
    const overall = new Map<string, Pool>();
    const bySector = new Map<SurveySector, Map<string, Pool>>();
    const poolsOf = (row: { period: string; sector: SurveySector | null }): Pool[] => {
      const pools = [overall];
      if (row.sector) {
        const sectorPools = bySector.get(row.sector) ?? new Map<string, Pool>();
        bySector.set(row.sector, sectorPools);
        pools.push(sectorPools);
      }
      return pools.map((m) => {
        const pool = m.get(row.period) ?? emptyPool();
        m.set(row.period, pool);
        return pool;
      });
    };
    for (const row of respondents) {
      for (const pool of poolsOf(row)) {
        pool.surveys += row.surveys;
        pool.respondents += row.respondents;
      }
    }
    for (const row of counts) {
      for (const pool of poolsOf(row)) {
        pool.valid += row.valid;
        pool.satisfied += row.satisfied;
        const aspect = pool.aspects.get(row.aspect_code) ?? {
          title: row.aspect_title,
          valid: 0,
          satisfied: 0,
        };
        aspect.valid += row.valid;
        aspect.satisfied += row.satisfied;
        pool.aspects.set(row.aspect_code, aspect);
      }
    }
    const sectors: SurveySectorTrend[] = Object.values(SurveySector).flatMap((s) => {
      const pools = bySector.get(s);
      return pools ? [{ sector: s, target: satisfactionTarget(s), periods: periodsOf(pools) }] : [];
    });
    return {
      fromYear: filter.fromYear,
      toYear: filter.toYear,
      agencyId,
      sector,
      target: satisfactionTarget(sector),
      periods: periodsOf(overall),
      sectors,
    };
  }
}
