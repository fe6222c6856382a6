import { ParEvidenceRecordType } from '@partrack/shared';
import { EntityManager } from 'typeorm';
import { escapeLike } from '../common/sql/escape-like';
import { dateInVietnam } from '../common/time/vietnam-time';
import { periodLabel } from '../indicators/formats';

/** A partrack record an agency may cite as evidence, with the label it is cited under. */
export interface EvidenceRecord {
  recordType: ParEvidenceRecordType;
  recordId: string;
  label: string;
  /** When the record was last written (an update: when it was posted). */
  date: Date;
}

export interface EvidenceRecordFilter {
  recordType?: ParEvidenceRecordType | null;
  recordId?: string | null;
  search?: string | null;
  limit: number;
}

interface RecordRow {
  record_type: ParEvidenceRecordType;
  record_id: string;
  code: string;
  title: string;
  period: string | null;
  extra: string | null;
  date: Date;
}

/** The label column holds 500 characters; Postgres counts code points, as the spread does. */
const LABEL_MAX = 500;

/**
 * The records of one agency, in one statement over four domains' tables (plans, indicators, reports): the
 * picker asks for the newest of all kinds at once and citing one checks ownership and reads its label, and
 * neither may cost a statement per kind. Read-only; the owning services keep every write.
 *
 * Tasks are the plan items the agency leads or coordinates, directly or as a member of an assigned group (as
 * task updates decide who may post); their updates are those posted on such items. Each branch filters by
 * kind first so a typed search reads one table. $1 agency, $2 kind, $3 id, $4 ILIKE pattern, $5 limit.
 */
const RECORDS_SQL = `
  WITH mine AS (
    SELECT DISTINCT pia.item_id FROM plan_item_agency pia
      LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
     WHERE ($2::text IS NULL OR $2 IN ('TASK', 'TASK_UPDATE'))
       AND (pia.agency_id = $1 OR gm.agency_id = $1)
  ), records AS (
    SELECT 'TASK' AS record_type, i.id AS record_id, i.code, i.title, NULL::text AS period,
           NULL::text AS extra, i.updated_at AS date, i.code || ' ' || i.title AS haystack
      FROM plan_item i JOIN mine ON mine.item_id = i.id
    UNION ALL
    SELECT 'TASK_UPDATE', u.id, i.code, i.title, NULL, u.note, u.created_at,
           i.code || ' ' || i.title || ' ' || COALESCE(u.note, '')
      FROM task_update u JOIN mine ON mine.item_id = u.item_id JOIN plan_item i ON i.id = u.item_id
    UNION ALL
    SELECT 'AGENCY_REPORT', r.id, COALESCE(r.document_number, ''), rr.title, rr.period, NULL, r.updated_at,
           COALESCE(r.document_number, '') || ' ' || rr.title || ' ' || rr.period
      FROM agency_report r JOIN reporting_round rr ON rr.id = r.round_id
     WHERE r.agency_id = $1
    UNION ALL
    SELECT 'MEASUREMENT', m.id, ind.code, ind.name_vi, m.period, NULL, m.updated_at,
           ind.code || ' ' || ind.name_vi || ' ' || m.period
      FROM measurement m JOIN indicator ind ON ind.id = m.indicator_id
     WHERE m.agency_id = $1
  )
  SELECT record_type, record_id, code, title, period, extra, date FROM records
   WHERE ($2::text IS NULL OR record_type = $2)
     AND ($3::uuid IS NULL OR record_id = $3)
     AND ($4::text IS NULL OR haystack ILIKE $4 ESCAPE '\\')
   ORDER BY date DESC, record_id
   LIMIT $5`;

export async function findEvidenceRecords(
  em: EntityManager,
  agencyId: string,
  filter: EvidenceRecordFilter,
): Promise<EvidenceRecord[]> {
  const search = filter.search?.trim();
  const rows = await em.query<RecordRow[]>(RECORDS_SQL, [
    agencyId,
    filter.recordType ?? null,
    filter.recordId ?? null,
    search ? `%${escapeLike(search)}%` : null,
    filter.limit,
  ]);
  return rows.map((row) => ({
    recordType: row.record_type,
    recordId: row.record_id,
    label: labelOf(row),
    date: row.date,
  }));
}

/** How a record reads in the evidence list, in Vietnamese (the label is stored as cited, never re-read). */
function labelOf(row: RecordRow): string {
  const period = row.period ? periodLabel(row.period) : '';
  const label = ((): string => {
    switch (row.record_type) {
      case ParEvidenceRecordType.TASK:
        return `${row.code} ${row.title}`;
      case ParEvidenceRecordType.TASK_UPDATE:
        return `${row.code} ${row.title} — cập nhật ngày ${formatDay(row.date)}${row.extra ? `: ${row.extra}` : ''}`;
      case ParEvidenceRecordType.AGENCY_REPORT:
        return `${row.code ? `${row.code} — ` : ''}${row.title} (${period})`;
      case ParEvidenceRecordType.MEASUREMENT:
        return `${row.code} ${row.title} — ${period}`;
    }
  })();
  const flat = label.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : flat;
}

/** dd/MM/yyyy in Vietnam, as the UI shows dates. */
function formatDay(at: Date): string {
  const [y, m, d] = (dateInVietnam(at) ?? '').split('-');
  return `${d}/${m}/${y}`;
}
