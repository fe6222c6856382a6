import { daysBetween } from './iso-date';
import { PlanItemStatus } from './plan.enums';

/** The stored fields the derived ones come from; dates are 'YYYY-MM-DD'. */
export interface PlanItemProgress {
  status: PlanItemStatus;
  dueDate: string | null;
  completedOn: string | null;
}

function isClosed(status: PlanItemStatus): boolean {
  return status === PlanItemStatus.DONE || status === PlanItemStatus.CANCELLED;
}

/**
 * Past its due date and still open. An item due today is not overdue until tomorrow. `today` is passed in
 * so callers decide the calendar (the province's local date) and tests need no clock.
 */
export function isOverdue(item: PlanItemProgress, today: string): boolean {
  return !isClosed(item.status) && item.dueDate !== null && daysBetween(item.dueDate, today) > 0;
}

/** Done, but completed after the due date. */
export function isDoneLate(item: PlanItemProgress): boolean {
  return (
    item.status === PlanItemStatus.DONE &&
    item.dueDate !== null &&
    item.completedOn !== null &&
    daysBetween(item.dueDate, item.completedOn) > 0
  );
}

/**
 * Days past due: for a done item, completion minus due date; for an open overdue item, today minus due
 * date; otherwise (on time, cancelled, no due date) 0.
 */
export function daysLate(item: PlanItemProgress, today: string): number {
  if (item.dueDate === null) return 0;
  if (item.status === PlanItemStatus.DONE) {
    return item.completedOn === null ? 0 : Math.max(0, daysBetween(item.dueDate, item.completedOn));
  }
  return isOverdue(item, today) ? daysBetween(item.dueDate, today) : 0;
}
