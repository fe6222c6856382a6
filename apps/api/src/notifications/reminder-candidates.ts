import type { TaskDue } from '../plans/tasks.service';
import type { ReportDue } from '../reports/agency-reports.service';
import { taskLabel } from './notification-texts';
import { ReminderSubject } from './reminder-rules';

export interface Lead {
  agencyId: string;
  agencyName: string;
}

/** Something with a deadline that may need reminders: an agency report or a plan item. */
export interface Candidate {
  subject: ReminderSubject;
  entityType: 'AgencyReport' | 'PlanItem';
  id: string;
  /** How the notification names it: the round's title, or the task's code and title. */
  label: string;
  due: string;
  link: string;
  /** Agencies whose staff are reminded: the reporting agency, or the task's lead agencies. */
  leads: Lead[];
}

/** Agency reports still being written whose own due date lies in the window (AgencyReportsService.dueBetween). */
export function reportCandidates(reports: ReportDue[]): Candidate[] {
  return reports.map((r) => ({
    subject: 'REPORT',
    entityType: 'AgencyReport',
    id: r.id,
    label: r.roundTitle,
    due: r.dueDate,
    link: `/reports/${r.id}`,
    leads: [{ agencyId: r.agencyId, agencyName: r.agencyName }],
  }));
}

/** Open tasks due in the window with their lead agencies (TasksService.dueBetween). */
export function taskCandidates(tasks: TaskDue[]): Candidate[] {
  return tasks.map((t) => ({
    subject: 'TASK',
    entityType: 'PlanItem',
    id: t.id,
    label: taskLabel(t.code, t.title),
    due: t.dueDate,
    link: `/tasks/${t.id}`,
    leads: t.leads.map((l) => ({ agencyId: l.agencyId, agencyName: l.agencyName })),
  }));
}
