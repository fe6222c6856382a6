import { subtreeSql } from '../agencies/agency-tree.repository';

/**
 * The public summary's own figures in one statement (docs/public.md). Parameters: $1 the province's code (its
 * root agency), $2 the year, $3 today in Vietnam (YYYY-MM-DD, for "overdue"), $4 the demo province's code or
 * null, $5 the day the agencies to inspect are read on (YYYY-MM-DD).
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
 * - `satisfaction`: the year's CLOSED surveys (never DRAFT or OPEN ones), plus the demo's sample survey only when
 *   $4 names this province (the demo province of a demo install; null otherwise): answers pooled per agency
 *   and, for SECTOR surveys, per sector, with the respondents; each survey counts with its own rule (top N).
 * - `coverage`: the year's inspection plan only once it is APPROVED: the agencies to inspect (the PAR Index's
 *   groups without the province, valid on $5 = the year's end or today) and those with an inspection DONE, per
 *   level, with the plan's target per level — the rule of InspectionPlansService.coverage. Read from `scope`
 *   (the whole subtree, ended agencies included) filtered by validity on $5: the set subtreeSql's `validOn`
 *   gives, without walking the tree a second time.
 * - `years`: the years that have an issued plan, a published cycle, a shown survey or an approved inspection
 *   plan, for the page's year switch.
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
),
shown_survey AS MATERIALIZED (
  SELECT s.id, s.year, s.sector, s.satisfied_levels, s.is_sample FROM survey s
   WHERE s.province_id = (SELECT id FROM province)
     AND ((s.status = 'CLOSED' AND NOT s.is_sample)
          OR (s.is_sample AND s.status <> 'DRAFT' AND (SELECT code FROM province) = $4))
),
answer AS MATERIALIZED (
  SELECT s.id AS survey_id, r.agency_id, s.sector,
         coalesce(sum(r.count) FILTER (WHERE r.level >= 1), 0)::int AS valid,
         coalesce(sum(r.count) FILTER (WHERE r.level >= 6 - s.satisfied_levels), 0)::int AS satisfied,
         (SELECT sr.respondents FROM survey_respondents sr
           WHERE sr.survey_id = s.id AND sr.agency_id = r.agency_id) AS respondents
    FROM shown_survey s JOIN survey_result r ON r.survey_id = s.id
   WHERE s.year = $2
   GROUP BY s.id, r.agency_id, s.sector
),
sat_agency AS (
  SELECT ag.name, sum(a.valid)::int AS valid, sum(a.satisfied)::int AS satisfied,
         coalesce(sum(a.respondents), 0)::int AS respondents,
         CASE WHEN bool_and(a.sector IS NOT NULL) AND count(DISTINCT a.sector) = 1
              THEN min(a.sector::text) END AS sector
    FROM answer a JOIN agency ag ON ag.id = a.agency_id
   GROUP BY ag.id, ag.name
),
sat_sector AS (
  SELECT a.sector, sum(a.valid)::int AS valid, sum(a.satisfied)::int AS satisfied,
         coalesce(sum(a.respondents), 0)::int AS respondents
    FROM answer a WHERE a.sector IS NOT NULL GROUP BY a.sector
),
approved_plan AS MATERIALIZED (
  SELECT ip.id, ip.coverage_province, ip.coverage_district, ip.coverage_commune
    FROM inspection_plan ip
   WHERE ip.province_id = (SELECT id FROM province) AND ip.year = $2 AND ip.status = 'APPROVED'
),
to_inspect AS MATERIALIZED (
  SELECT ag.id, ag.level FROM scope JOIN agency ag ON ag.id = scope.id
   WHERE EXISTS (SELECT 1 FROM approved_plan) AND ag.parent_id IS NOT NULL
     AND ag.valid_from <= $5::date AND (ag.valid_to IS NULL OR ag.valid_to > $5::date)
     AND ((ag.level = 'PROVINCE' AND ag.kind IN ('DEPARTMENT', 'SECTOR_BRANCH'))
          OR (ag.kind = 'PEOPLES_COMMITTEE' AND ag.level IN ('DISTRICT', 'COMMUNE')))
),
coverage AS (
  SELECT t.level::text AS level, count(*)::int AS agencies,
         count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM inspection i JOIN approved_plan ap ON ap.id = i.plan_id
            WHERE i.agency_id = t.id AND i.status = 'DONE'))::int AS inspected
    FROM to_inspect t GROUP BY t.level
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
       (SELECT json_build_object(
           'surveys', count(*), 'sample', coalesce(bool_or(s.is_sample), false),
           'agencies', (SELECT coalesce(json_agg(json_build_object(
               'name', b.name, 'valid', b.valid, 'satisfied', b.satisfied, 'respondents', b.respondents,
               'sector', b.sector) ORDER BY b.name), '[]'::json) FROM sat_agency b),
           'sectors', (SELECT coalesce(json_agg(json_build_object(
               'sector', b.sector, 'valid', b.valid, 'satisfied', b.satisfied, 'respondents', b.respondents)
             ORDER BY b.sector), '[]'::json) FROM sat_sector b))
          FROM shown_survey s WHERE s.year = $2) AS satisfaction,
       (SELECT json_build_object(
           'targets', json_build_object('PROVINCE', ap.coverage_province, 'DISTRICT', ap.coverage_district,
                                        'COMMUNE', ap.coverage_commune),
           'levels', (SELECT coalesce(json_agg(json_build_object(
               'level', c.level, 'agencies', c.agencies, 'inspected', c.inspected)), '[]'::json) FROM coverage c))
          FROM approved_plan ap) AS coverage,
       (SELECT coalesce(array_agg(y.year ORDER BY y.year DESC), '{}')
          FROM (SELECT year FROM issued UNION
                SELECT c.year FROM par_cycle c WHERE c.province_id = p.id AND c.status = 'PUBLISHED' UNION
                SELECT s.year FROM shown_survey s UNION
                SELECT ip.year FROM inspection_plan ip
                 WHERE ip.province_id = p.id AND ip.status = 'APPROVED') y) AS years
  FROM province p`;
