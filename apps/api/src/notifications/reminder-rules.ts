import { addDays, daysBetween } from '@partrack/shared';
import { NotificationKind } from './notification-kind';

/** Reminder settings (REMINDER_DAYS_BEFORE, ESCALATE_*_AFTER_DAYS, REMINDER_LOOKBACK_DAYS). */
export interface ReminderRules {
  /** DUE_SOON fires from this many days before the deadline; 0 turns it off. */
  daysBefore: number;
  /** Days past the deadline before the agency's managers are told. */
  managerAfterDays: number;
  /** Days past the deadline before the province's coordinators are told. */
  coordinatorAfterDays: number;
  /** Deadlines older than this many days are ignored altogether (no flood from old plans). */
  lookbackDays: number;
}

export const DEFAULT_REMINDER_RULES: ReminderRules = {
  daysBefore: 3,
  managerAfterDays: 2,
  coordinatorAfterDays: 5,
  lookbackDays: 60,
};

export type ReminderStage =
  'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE' | 'ESCALATE_MANAGER' | 'ESCALATE_COORDINATOR';

/**
 * The reminders a deadline calls for on `today` (both YYYY-MM-DD, Vietnam). Every stage is a window rather
 * than a single day, so a day the scan did not run (server down) is caught up the next day; dedupe keys make
 * each stage fire once. Only DUE_TODAY is tied to its day: late, it would be wrong, and OVERDUE follows.
 *
 * - DUE_SOON:    due − daysBefore ≤ today < due
 * - DUE_TODAY:   today = due
 * - OVERDUE:     due < today
 * - ESCALATE_MANAGER:     today ≥ due + managerAfterDays
 * - ESCALATE_COORDINATOR: today ≥ due + coordinatorAfterDays
 * - nothing once today > due + lookbackDays.
 */
export function reminderStages(today: string, due: string, rules: ReminderRules): ReminderStage[] {
  const late = daysBetween(due, today);
  if (late > rules.lookbackDays) return [];
  if (late < 0) return -late <= rules.daysBefore ? ['DUE_SOON'] : [];
  if (late === 0) return ['DUE_TODAY'];
  const stages: ReminderStage[] = ['OVERDUE'];
  if (late >= rules.managerAfterDays) stages.push('ESCALATE_MANAGER');
  if (late >= rules.coordinatorAfterDays) stages.push('ESCALATE_COORDINATOR');
  return stages;
}

/** Deadlines the scan looks at on `today`: those for which reminderStages may return something. */
export function scanWindow(today: string, rules: ReminderRules): { from: string; to: string } {
  return { from: addDays(today, -rules.lookbackDays), to: addDays(today, rules.daysBefore) };
}

export type ReminderSubject = 'REPORT' | 'TASK';

export function kindOf(subject: ReminderSubject, stage: ReminderStage): NotificationKind {
  const report = subject === 'REPORT';
  switch (stage) {
    case 'DUE_SOON':
      return report ? NotificationKind.REPORT_DUE_SOON : NotificationKind.TASK_DUE_SOON;
    case 'DUE_TODAY':
      return report ? NotificationKind.REPORT_DUE_TODAY : NotificationKind.TASK_DUE_TODAY;
    case 'OVERDUE':
      return report ? NotificationKind.REPORT_OVERDUE : NotificationKind.TASK_OVERDUE;
    case 'ESCALATE_MANAGER':
    case 'ESCALATE_COORDINATOR':
      return report ? NotificationKind.REPORT_ESCALATED : NotificationKind.TASK_ESCALATED;
  }
}

/**
 * `REPORT_DUE_SOON:<id>:<due>` (escalations add `:MANAGER` or `:COORDINATOR`). The deadline is part of the
 * key, so moving a deadline starts its reminders afresh while re-running a scan repeats none.
 */
export function reminderKey(
  subject: ReminderSubject,
  stage: ReminderStage,
  entityId: string,
  due: string,
): string {
  const base = `${kindOf(subject, stage)}:${entityId}:${due}`;
  if (stage === 'ESCALATE_MANAGER') return `${base}:MANAGER`;
  if (stage === 'ESCALATE_COORDINATOR') return `${base}:COORDINATOR`;
  return base;
}

/** 2022-03-31 → 31/03/2022, as Vietnamese documents write dates. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
