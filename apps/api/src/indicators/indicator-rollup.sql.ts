/**
 * The rollup in one statement. Parameters: $1 top agency ids, $2 hierarchy date (asOf), $3 indicator ids,
 * $4 periods, $5 measurement statuses that count.
 *
 * `closure` walks down from each top through the tree of day $2: each agency's version holding that day links
 * it to its parent (an ended agency keeps the parent it had last), except that an agency merged away on or
 * before $2 links to its successor instead, so it counts there with whatever still hangs below it. Every
 * agency has one upward link on $2, so each measurement counts at most once for a top. RATIO sums numerators
 * and denominators and divides once, never averaging percentages; NONE takes only the top's own figure
 * (province-only figures such as ranks).
 */
export const ROLLUP_SQL = `
WITH RECURSIVE links AS (
  SELECT v.agency_id AS child_id, v.parent_id AS up_id
    FROM agency_version v JOIN agency a ON a.id = v.agency_id
   WHERE v.parent_id IS NOT NULL
     AND (v.effective_from IS NULL OR v.effective_from <= $2::date) AND (v.effective_to IS NULL OR v.effective_to > $2::date)
     AND NOT (a.successor_id IS NOT NULL AND a.valid_to <= $2::date)
  UNION ALL
  SELECT a.id, a.successor_id FROM agency a WHERE a.successor_id IS NOT NULL AND a.valid_to <= $2::date
),
closure AS (
  SELECT t.id AS top, t.id AS member, 0 AS depth FROM unnest($1::uuid[]) AS t(id)
  UNION ALL
  SELECT c.top, l.child_id, c.depth + 1
    FROM links l JOIN closure c ON l.up_id = c.member
   WHERE c.depth < 32
),
members AS (
  SELECT top, member AS agency_id FROM closure
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
