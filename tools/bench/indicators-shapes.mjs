// What the indicator scoreboard benchmark asks for: the goal, the period, the three shapes of a scoreboard, and
// the queries it sends (the benchmark's selection with cell objects, and the SPA's own).
import { INDICATOR_LAYOUT } from './indicators-generate.mjs';

export const GOAL_MS = 300;
export const PERIOD = `${INDICATOR_LAYOUT.lastYear}-Q4`;
export const SHAPES = [
  { level: 'COMMUNE', what: 'every commune, each its own figure' },
  { level: 'DISTRICT', what: 'each district: its ≈ 47 communes' },
  { level: 'PROVINCE', what: 'the province (all 1,000 agencies) and its departments' },
];

export const SCOREBOARD_QUERY = `query BenchScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!) {
  indicatorScoreboard(planId: $planId, period: $period, level: $level) {
    rows {
      agency { id code name }
      cells { indicatorId value numerator denominator target status reportedCount }
    }
    statusCounts { status count }
  }
}`;

/** What the SPA sends (apps/web/src/features/indicators/graphql/indicator.operations.ts, IndicatorScoreboard). */
export const SPA_SCOREBOARD_QUERY = `query IndicatorScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!) {
  indicatorScoreboard(planId: $planId, period: $period, level: $level) {
    period
    level
    asOf
    indicators { id code nameVi nameEn unit }
    rows {
      agency { id code name }
      values targets statuses
    }
    statusCounts { status count }
  }
}`;

/** The same rows as IndicatorRollupService.agenciesInSubtree (subtreeCondition + validity + level, by name). */
export const TOPS_SQL = `
SELECT a.id, a.level::text AS level FROM agency a
 WHERE a.id IN (WITH RECURSIVE down AS (
                  SELECT id FROM agency WHERE id = $1
                  UNION ALL
                  SELECT child.id FROM agency child JOIN down ON child.parent_id = down.id
                ) SELECT id FROM down)
   AND a.valid_from <= $2 AND (a.valid_to IS NULL OR a.valid_to > $2) AND a.level = $3
 ORDER BY a.name, a.id`;

/** The parameters ROLLUP_SQL gets from IndicatorRollupService.rollup() for these tops: APPROVED figures only. */
export function rollupParams(topIds, ids) {
  return [topIds, ids.asOf, ids.indicatorIds, [PERIOD], ['APPROVED']];
}
