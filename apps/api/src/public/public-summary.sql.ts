import { subtreeSql } from '../agencies/agency-tree.repository';

/**
 * The public summary's own figures in one statement (docs/public.md). Parameters: $1 the province's code (its
 * root agency), $2 the year, $3 today in Vietnam (YYYY-MM-DD, for "overdue").
 *
 * - `province`: the root agency with that code; no row, and the service answers NOT_FOUND.
 * - `task`: tasks and projects of the province's plans of the year that are issued (`ACTIVE` or `CLOSED`, never
 *   `DRAFT`), without the copies in derived agency plans (`source_item_id`), which point at an original counted
 *   once, and without cancelled ones. Each gets one public state: DONE; OVERDUE (past its due date and not done,
 *   the rule of libs/shared plan-item-status and TasksService's `overdue`); IN_PROGRESS; NOT_STARTED.
 * - `areas`: every reform area (I–VII) with its counts, zeros included, so the chart always has seven bars;
 *   tasks without an area in one more row (code null) when there are any.
 * - `agencies`: counts by lead agency, direct or through a group ("Các Sở, ban, ngành"), as taskStats groups
 *   LEAD_AGENCY; names only.
 * - `cycle`: the province's PAR Index cycle of the year only once it is PUBLISHED (the ranking is a second
 *   statement, PAR_RANKING_SQL, run only when there is one).
 * - `years`: the years that have an issued plan or a published cycle, for the page's year switch.
 *
 * Only counts, names of agencies and reform areas leave this statement: no titles, notes, evidence or people.
 */
export const PUBLIC_SUMMARY_SQL = `
WITH province AS (
  SELECT a.id, a.code, a.name FROM agency a WHERE a.code = $1 AND a.parent_id IS NULL
),
scope AS MATERIALIZED (
  SELECT sub.id FROM province p CROSS JOIN LATERAL ${subtreeSql('p.id')} AS sub
),
issued AS MATERIALIZED (
  SELECT pl.id, pl.year FROM plan pl
   WHERE pl.status IN ('ACTIVE', 'CLOSED') AND pl.owner_agency_id IN (SELECT id FROM scope)
),
task AS MATERIALIZED (
  SELECT i.id, i.area_code,
         CASE WHEN i.status = 'DONE' THEN 'DONE'
              WHEN i.due_date < $3::date THEN 'OVERDUE'
              WHEN i.status = 'IN_PROGRESS' THEN 'IN_PROGRESS'
              ELSE 'NOT_STARTED' END AS state
    FROM plan_item i
   WHERE i.plan_id IN (SELECT id FROM issued WHERE year = $2)
     AND i.kind IN ('TASK', 'PROJECT') AND i.source_item_id IS NULL AND i.status <> 'CANCELLED'
),
by_area AS (
  SELECT ra.code, ra.name_vi, ra.name_en, ra.sort_order, count(t.id)::int AS total,
         count(t.id) FILTER (WHERE t.state = 'DONE')::int AS done,
         count(t.id) FILTER (WHERE t.state = 'IN_PROGRESS')::int AS in_progress,
         count(t.id) FILTER (WHERE t.state = 'NOT_STARTED')::int AS not_started,
         count(t.id) FILTER (WHERE t.state = 'OVERDUE')::int AS overdue
    FROM reform_area ra LEFT JOIN task t ON t.area_code = ra.code
   GROUP BY ra.code, ra.name_vi, ra.name_en, ra.sort_order
  UNION ALL
  SELECT NULL, NULL, NULL, 99, count(*)::int,
         count(*) FILTER (WHERE t.state = 'DONE')::int,
         count(*) FILTER (WHERE t.state = 'IN_PROGRESS')::int,
         count(*) FILTER (WHERE t.state = 'NOT_STARTED')::int,
         count(*) FILTER (WHERE t.state = 'OVERDUE')::int
    FROM task t WHERE t.area_code IS NULL OR t.area_code NOT IN (SELECT code FROM reform_area)
  HAVING count(*) > 0
),
lead AS (
  SELECT DISTINCT t.id, t.state, coalesce(pia.agency_id, gm.agency_id) AS agency_id
    FROM task t
    JOIN plan_item_agency pia ON pia.item_id = t.id AND pia.role = 'LEAD'
    LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
),
by_agency AS (
  SELECT ag.name, count(*)::int AS total,
         count(*) FILTER (WHERE l.state = 'DONE')::int AS done,
         count(*) FILTER (WHERE l.state = 'IN_PROGRESS')::int AS in_progress,
         count(*) FILTER (WHERE l.state = 'NOT_STARTED')::int AS not_started,
         count(*) FILTER (WHERE l.state = 'OVERDUE')::int AS overdue
    FROM lead l JOIN agency ag ON ag.id = l.agency_id
   GROUP BY ag.id, ag.name
)
SELECT p.code, p.name,
       (SELECT json_build_object('id', c.id, 'name', c.name, 'publishedAt', c.published_at)
          FROM par_cycle c WHERE c.province_id = p.id AND c.year = $2 AND c.status = 'PUBLISHED') AS cycle,
       (SELECT coalesce(json_agg(json_build_object(
           'code', b.code, 'nameVi', b.name_vi, 'nameEn', b.name_en, 'total', b.total, 'done', b.done,
           'inProgress', b.in_progress, 'notStarted', b.not_started, 'overdue', b.overdue
         ) ORDER BY b.sort_order, b.code), '[]'::json) FROM by_area b) AS areas,
       (SELECT coalesce(json_agg(json_build_object(
           'name', b.name, 'total', b.total, 'done', b.done, 'inProgress', b.in_progress,
           'notStarted', b.not_started, 'overdue', b.overdue
         ) ORDER BY b.name), '[]'::json) FROM by_agency b) AS agencies,
       (SELECT coalesce(array_agg(y.year ORDER BY y.year DESC), '{}')
          FROM (SELECT year FROM issued UNION
                SELECT c.year FROM par_cycle c WHERE c.province_id = p.id AND c.status = 'PUBLISHED') y) AS years
  FROM province p`;
