/**
 * The rollup in one statement. Parameters: $1 top agency ids, $2 hierarchy date (asOf), $3 indicator ids,
 * $4 periods, $5 measurement statuses that count.
 *
 * `closure` walks down from each top through the current parent links, leaving out agencies merged away on
 * or before asOf (they count for their successor instead); `merged` resolves each chain of merges on or before
 * asOf once, from the few merged agencies (recursing from every agency reached made the planner overestimate
 * the rows 166-fold, see docs/performance.md); `members` adds them to the agencies they were merged into. Each measurement of a member
 * counts once for its top. RATIO sums numerators and denominators and divides once, never averaging
 * percentages; NONE takes only the top's own figure (province-only figures such as ranks).
 */
export const ROLLUP_SQL = `
WITH RECURSIVE closure AS (
  SELECT t.id AS top, t.id AS member, 0 AS depth FROM unnest($1::uuid[]) AS t(id)
  UNION ALL
  SELECT c.top, a.id, c.depth + 1
    FROM agency a JOIN closure c ON a.parent_id = c.member
   WHERE c.depth < 32 AND NOT (a.successor_id IS NOT NULL AND a.valid_to <= $2::date)
),
merged AS (
  SELECT a.id AS agency_id, a.successor_id AS into_id, 1 AS hops
    FROM agency a
   WHERE a.successor_id IS NOT NULL AND a.valid_to <= $2::date
  UNION ALL
  SELECT a.id, m.into_id, m.hops + 1
    FROM agency a JOIN merged m ON a.successor_id = m.agency_id
   WHERE a.valid_to <= $2::date AND m.hops < 8
),
members AS (
  SELECT top, member AS agency_id FROM closure
  UNION ALL
  SELECT c.top, m.agency_id FROM closure c JOIN merged m ON m.into_id = c.member
),
grouped AS (
  SELECT mb.top, ms.indicator_id, ms.period,
         count(*) FILTER (WHERE ms.numerator IS NOT NULL AND ms.denominator IS NOT NULL) AS ratio_n,
         sum(ms.numerator) AS num, sum(ms.denominator) AS den,
         count(ms.value) AS value_n, sum(ms.value) AS total, avg(ms.value) AS mean,
         min(ms.value) AS low, max(ms.value) AS high,
         max(ms.value) FILTER (WHERE ms.agency_id = mb.top) AS own
    FROM members mb
    JOIN measurement ms ON ms.agency_id = mb.agency_id
   WHERE ms.indicator_id = ANY($3::uuid[]) AND ms.period = ANY($4::varchar[])
     AND ms.status::text = ANY($5::text[])
   GROUP BY mb.top, ms.indicator_id, ms.period
)
SELECT g.top AS agency_id, g.indicator_id, g.period,
       CASE i.aggregation
         WHEN 'RATIO' THEN CASE WHEN g.den > 0
           THEN g.num / g.den * CASE WHEN i.unit = 'PERCENT' THEN 100 ELSE 1 END END
         WHEN 'SUM' THEN g.total
         WHEN 'AVERAGE' THEN g.mean
         WHEN 'MIN' THEN g.low
         WHEN 'MAX' THEN g.high
         WHEN 'NONE' THEN g.own
       END AS value,
       CASE WHEN i.aggregation = 'RATIO' AND g.ratio_n > 0 THEN g.num END AS numerator,
       CASE WHEN i.aggregation = 'RATIO' AND g.ratio_n > 0 THEN g.den END AS denominator,
       CASE i.aggregation
         WHEN 'RATIO' THEN g.ratio_n
         WHEN 'NONE' THEN (g.own IS NOT NULL)::int
         ELSE g.value_n
       END::int AS reported
  FROM grouped g JOIN indicator i ON i.id = g.indicator_id`;
