import { subtreeSql } from '../agencies/agency-tree.repository';

/**
 * The records DATA items read, for many agencies in one statement each. Tasks: the lead tasks and projects
 * of the province's plans of the year (ACTIVE or CLOSED; items of derived agency plans mirror an original and
 * are left out; cancelled ones do not count), due by the date, led directly or as a member of a lead group.
 * On time: DONE by the deadline (a DONE without a completion date counts as on time), or named in the
 * what-if list. Reports: the agency's reports of the province's rounds of the year due by the date; on time:
 * sent and not late. Indicators: named by code in the province's plans of the year; their figures and targets
 * are the indicators' own rollup (IndicatorRollupService), for every agency at once.
 *
 * Parameters: $1 province root, $2 year, $3 as-of date, $4 agency ids, $5 task ids assumed done on time;
 * for `indicators` $1 province root, $2 year, $3 indicator codes.
 */
const LEAD_TASKS = `lead AS (
  SELECT DISTINCT i.id, i.code, i.title, i.area_code, i.due_date, i.status, i.completed_on,
         COALESCE(pia.agency_id, gm.agency_id) AS agency_id,
         (i.status = 'DONE' AND (i.completed_on IS NULL OR i.completed_on <= i.due_date))
           OR i.id = ANY($5::uuid[]) AS on_time
    FROM plan_item i
    JOIN plan p ON p.id = i.plan_id AND p.year = $2 AND p.status IN ('ACTIVE', 'CLOSED')
    JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
    LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
   WHERE i.kind IN ('TASK', 'PROJECT') AND i.source_item_id IS NULL AND i.status <> 'CANCELLED'
     AND i.due_date <= $3::date
     AND p.owner_agency_id IN ${subtreeSql('$1')}
)`;

const ROUND_REPORTS = `rep AS (
  SELECT r.id, r.agency_id, r.due_date, r.submitted_at, rr.title,
         (r.submitted_at IS NOT NULL AND NOT r.late) AS on_time
    FROM agency_report r
    JOIN reporting_round rr ON rr.id = r.round_id AND rr.year = $2 AND rr.province_id = $1
   WHERE r.due_date <= $3::date
)`;

export const PAR_DATA_SQL = {
  /** Per agency and reform area: lead tasks due, and how many on time. */
  taskCounts: `WITH ${LEAD_TASKS}
SELECT agency_id, area_code, count(*)::int AS total, count(*) FILTER (WHERE on_time)::int AS on_time
  FROM lead WHERE agency_id = ANY($4::uuid[])
 GROUP BY agency_id, area_code`,
  /** Per agency: reports due, and how many sent on time. */
  reportCounts: `WITH ${ROUND_REPORTS}
SELECT agency_id, count(*)::int AS total, count(*) FILTER (WHERE on_time)::int AS on_time
  FROM rep WHERE agency_id = ANY($4::uuid[])
 GROUP BY agency_id`,
  /** The tasks behind lost points: due and not done on time, oldest deadline first. */
  lateTasks: `WITH ${LEAD_TASKS}
SELECT agency_id, id, code, title, area_code, due_date::text AS due_date, status, completed_on::text AS completed_on
  FROM lead WHERE agency_id = ANY($4::uuid[]) AND NOT on_time
 ORDER BY due_date, code, id
 LIMIT 2000`,
  /** The reports behind lost points: due and not sent on time. */
  lateReports: `WITH ${ROUND_REPORTS}
SELECT agency_id, id, title, due_date::text AS due_date, submitted_at
  FROM rep WHERE agency_id = ANY($4::uuid[]) AND NOT on_time
 ORDER BY due_date, title, id
 LIMIT 2000`,
  /**
   * The indicators INDICATOR_TARGET rules name, one per code, in the province's plans of the year (ACTIVE or
   * CLOSED, as for tasks; DRAFT indicators take no figures): should two plans hold a code, the province's own
   * plan wins, then an original plan over one derived from it, then the older.
   */
  indicators: `SELECT DISTINCT ON (i.code) i.id, i.plan_id, i.code, i.name_vi, i.unit, i.direction, i.aggregation,
       i.frequency, i.cumulative, i.target
  FROM indicator i
  JOIN plan p ON p.id = i.plan_id AND p.year = $2 AND p.status IN ('ACTIVE', 'CLOSED')
 WHERE i.code = ANY($3::varchar[]) AND i.state <> 'DRAFT'
   AND p.owner_agency_id IN ${subtreeSql('$1')}
 ORDER BY i.code, p.owner_agency_id = $1 DESC, p.parent_plan_id IS NULL DESC, p.created_at, i.id`,
} as const;
