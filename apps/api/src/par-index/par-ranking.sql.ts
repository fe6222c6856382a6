/**
 * The PAR Index of every assessment of a cycle, ranked, in one statement. Parameters: $1 the cycle id, $2 a
 * target group or null for all.
 *
 * It is computeParIndex (libs/shared/src/par-index/par-index-score.ts) in SQL, in whole hundredths, so that both
 * give the same index to the hundredth (par-ranking.int-spec.ts and `npm run bench -- --only par` compare them):
 *
 * - `cycles`: the cycle and the province's cycle of the year before (for `previousIndex`), with their frameworks.
 * - `leaf`: the scored items (a method and no children), for the areas' maxima; without a survey that year
 *   (`survey_held` false), SURVEY items leave the maximum, as `surveyHeld: false` does. A framework is at most
 *   three levels deep (area, criterion, sub-criterion; the API and the import refuse deeper items), so a leaf's
 *   area is its grandparent, its parent or itself. `outside`: bonus and penalty, which add to the points but not
 *   to the maximum.
 * - `earned`: per assessment and area, the final points of its leaves (the second appraisal's, else the first's:
 *   finalPoints) in hundredths, each kept within [0, the leaf's maximum], read from `par_area_total`, which the
 *   triggers on `par_score` keep (migration ParAreaTotals; the same rule, applied when a score is written). Its
 *   SURVEY points count only in a year with surveys. An area without a row scores 0.
 * - `by_agency`: one row per agency of the cycle with its sums in both years and its areas as JSON (only areas
 *   with leaves counting to the maximum, in the framework's order). Grouping by agency gives the year before
 *   without joining the result to itself.
 * - the index is (points + bonus − penalty) ÷ maximum × 100 rounded half up, as floor((2·N·10000 + M) / 2M) on
 *   bigints (N ≥ 0 hundredths of points, M of maximum; a negative total is 0 before dividing), kept within
 *   [0, 10000] hundredths. Sums are cast back to bigint: sum(bigint) is numeric, whose division does not truncate.
 *
 * Ranks are RANK() within each target group (equal indices share a rank, the next one skips), as rankByIndex;
 * the group filter applies after the computation, so ranks do not depend on it.
 *
 * Plan (docs/performance.md, "PAR Index ranking"): ≈ 8 area rows per assessment (16,000 for 1,000 agencies over
 * two years) instead of their ≈ 240,000 scores, which made the statement CPU-bound at 180–340 ms. `earned` and
 * `by_agency` are MATERIALIZED because the planner cannot estimate rows coming out of CTEs: inlined, a misestimate
 * once made it re-run an aggregate per agency (a nested loop).
 */
export const PAR_RANKING_SQL = `
WITH cycles AS (
  SELECT c.id, c.framework_ids, c.survey_held FROM par_cycle c WHERE c.id = $1::uuid
  UNION ALL
  SELECT pc.id, pc.framework_ids, pc.survey_held
    FROM par_cycle c
    JOIN par_cycle pc ON pc.province_id = c.province_id AND pc.year = c.year - 1
   WHERE c.id = $1::uuid
),
scored AS (
  SELECT x.id, x.agency_id, x.framework_id, x.cycle_id, x.cycle_id = $1::uuid AS current
    FROM par_assessment x
   WHERE x.cycle_id IN (SELECT id FROM cycles)
),
leaf AS (
  SELECT c.framework_id, c.method IN ('BONUS', 'PENALTY') AS outside, (c.max_points * 100)::int AS max_h,
         coalesce(g.id, p.id, c.id) AS area_id
    FROM par_criterion c
    LEFT JOIN par_criterion p ON p.id = c.parent_id
    LEFT JOIN par_criterion g ON g.id = p.parent_id
   WHERE c.framework_id IN (SELECT unnest(framework_ids) FROM cycles)
     AND c.method IS NOT NULL
     AND (c.method <> 'SURVEY' OR c.framework_id IN (SELECT unnest(framework_ids) FROM cycles WHERE survey_held))
     AND NOT EXISTS (
       SELECT 1 FROM par_criterion k WHERE k.framework_id = c.framework_id AND k.parent_id = c.id
     )
),
earned AS MATERIALIZED (
  SELECT t.assessment_id, t.area_id, t.points_h + CASE WHEN y.survey_held THEN t.survey_h ELSE 0 END AS points_h,
         t.bonus_h, t.penalty_h
    FROM par_area_total t
    JOIN scored x ON x.id = t.assessment_id
    JOIN cycles y ON y.id = x.cycle_id
),
area AS (
  SELECT l.framework_id, l.area_id, a.code, a.title, a.position,
         coalesce(sum(l.max_h) FILTER (WHERE NOT l.outside), 0)::bigint AS max_h, bool_or(NOT l.outside) AS counts
    FROM leaf l JOIN par_criterion a ON a.id = l.area_id
   GROUP BY l.framework_id, l.area_id, a.code, a.title, a.position
),
by_agency AS MATERIALIZED (
  SELECT x.agency_id,
         coalesce(sum(e.points_h) FILTER (WHERE x.current), 0)::bigint AS points_h,
         coalesce(sum(e.bonus_h) FILTER (WHERE x.current), 0)::bigint AS bonus_h,
         coalesce(sum(e.penalty_h) FILTER (WHERE x.current), 0)::bigint AS penalty_h,
         coalesce(sum(m.max_h) FILTER (WHERE x.current), 0)::bigint AS max_h,
         (coalesce(sum(e.points_h) FILTER (WHERE NOT x.current), 0)
           + coalesce(sum(e.bonus_h) FILTER (WHERE NOT x.current), 0)
           - coalesce(sum(e.penalty_h) FILTER (WHERE NOT x.current), 0))::bigint AS previous_total_h,
         coalesce(sum(m.max_h) FILTER (WHERE NOT x.current), 0)::bigint AS previous_max_h,
         bool_or(NOT x.current) AS has_previous,
         json_agg(json_build_object(
           'code', m.code, 'name', m.title, 'pointsH', coalesce(e.points_h, 0), 'maxH', m.max_h,
           'indexH', CASE WHEN m.max_h > 0
             THEN least(10000, (20000 * coalesce(e.points_h, 0) + m.max_h) / (2 * m.max_h)) ELSE 0 END
         ) ORDER BY m.position, m.code) FILTER (WHERE x.current AND m.counts) AS areas
    FROM scored x
    LEFT JOIN area m ON m.framework_id = x.framework_id
    LEFT JOIN earned e ON e.assessment_id = x.id AND e.area_id = m.area_id
   GROUP BY x.agency_id
   HAVING bool_or(x.current)
),
indexed AS (
  SELECT b.*,
         CASE WHEN b.max_h > 0
           THEN least(10000, (20000 * greatest(b.points_h + b.bonus_h - b.penalty_h, 0) + b.max_h) / (2 * b.max_h))
           ELSE 0 END AS index_h,
         CASE WHEN NOT b.has_previous THEN NULL WHEN b.previous_max_h > 0
           THEN least(10000, (20000 * greatest(b.previous_total_h, 0) + b.previous_max_h) / (2 * b.previous_max_h))
           ELSE 0 END AS previous_index_h
    FROM by_agency b
)
SELECT x.id AS assessment_id, x.agency_id, ag.name AS agency_name, f.target_group::text AS target_group,
       x.status::text AS status, f.bands, t.points_h, t.bonus_h, t.penalty_h, t.max_h, t.index_h,
       rank() OVER (PARTITION BY f.target_group ORDER BY t.index_h DESC)::int AS rank,
       t.previous_index_h, coalesce(t.areas, '[]'::json) AS areas
  FROM par_assessment x
  JOIN indexed t ON t.agency_id = x.agency_id
  JOIN par_framework f ON f.id = x.framework_id
  JOIN agency ag ON ag.id = x.agency_id
 WHERE x.cycle_id = $1::uuid AND ($2::text IS NULL OR f.target_group::text = $2::text)
 ORDER BY f.target_group, rank, ag.name, x.id`;
