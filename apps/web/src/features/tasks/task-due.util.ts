import { daysBetween, isIsoDate, PlanItemStatus } from '@partrack/shared';

/** What the API derives per item; the badge only reads it, so client and server never disagree. */
export interface DueFacts {
  status: PlanItemStatus;
  dueDate: string | null;
  overdue: boolean;
  doneLate: boolean;
  daysLate: number;
}

export type DueBadge =
  | { kind: 'overdue'; days: number }
  | { kind: 'doneLate'; days: number }
  | { kind: 'dueToday' }
  | { kind: 'dueSoon'; days: number };

/** Open tasks due within this many days get a warning. */
export const DUE_SOON_DAYS = 7;

function isOpen(status: PlanItemStatus): boolean {
  return status === PlanItemStatus.NOT_STARTED || status === PlanItemStatus.IN_PROGRESS;
}

/**
 * Red "overdue N days" for open tasks past their date, orange "done N days late" for late completions, and a
 * warning when an open task is due today or within a week. Cancelled tasks and tasks without a date get none.
 */
export function dueBadge(item: DueFacts, today: string): DueBadge | null {
  if (item.overdue) return { kind: 'overdue', days: Math.max(1, item.daysLate) };
  if (item.doneLate) return { kind: 'doneLate', days: Math.max(1, item.daysLate) };
  if (!isOpen(item.status) || !item.dueDate || !isIsoDate(item.dueDate) || !isIsoDate(today)) return null;
  const left = daysBetween(today, item.dueDate);
  if (left === 0) return { kind: 'dueToday' };
  if (left > 0 && left <= DUE_SOON_DAYS) return { kind: 'dueSoon', days: left };
  return null;
}
