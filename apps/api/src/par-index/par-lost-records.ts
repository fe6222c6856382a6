import { ParDataSource, ParEvidenceRecordType } from '@partrack/shared';
import { dateInVietnam } from '../common/time/vietnam-time';
import { ParCriterion } from './par-criterion.entity';
import { ParLostRecord } from './par-provisional.model';

/** The tasks and reports behind lost points, for every agency of a cycle (PAR_DATA_SQL.lateTasks, lateReports). */
export type Late = { tasks: LateTask[]; reports: LateReport[] };
export interface LateTask {
  agency_id: string;
  id: string;
  code: string;
  title: string;
  area_code: string | null;
  due_date: string;
  completed_on: string | null;
}
export interface LateReport {
  agency_id: string;
  id: string;
  title: string;
  due_date: string;
  submitted_at: Date | null;
}

/**
 * The records behind one item's lost points for one agency: its late tasks (of the rule's area) or reports.
 * An indicator's item has none: its figure (ParProvisionalItem.indicator) says what it lost.
 */
export function recordsOf(c: ParCriterion, agencyId: string, late: Late, gain: number): ParLostRecord[] {
  if (c.dataRule?.source === ParDataSource.INDICATOR_TARGET) return [];
  if (c.dataRule?.source === ParDataSource.REPORTS_ON_TIME)
    return late.reports
      .filter((r) => r.agency_id === agencyId)
      .map((r) => ({
        recordType: ParEvidenceRecordType.AGENCY_REPORT,
        recordId: r.id,
        label: r.title,
        dueDate: r.due_date,
        doneOn: r.submitted_at ? dateInVietnam(r.submitted_at) : null,
        gain,
      }));
  const area = c.dataRule?.areaCode ?? null;
  return late.tasks
    .filter((t) => t.agency_id === agencyId && (area === null || t.area_code === area))
    .map((t) => ({
      recordType: ParEvidenceRecordType.TASK,
      recordId: t.id,
      label: `${t.code} ${t.title}`,
      dueDate: t.due_date,
      doneOn: t.completed_on,
      gain,
    }));
}
