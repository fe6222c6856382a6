/** Lifecycle of a whole plan: drafted (imported, being reviewed), in force, or closed at year end. */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/**
 * Levels of the plan tree as the appendices number them: 1.x expected result, 2.x activity, 3.x task;
 * projects (đề án) come from their own appendix and hang under no result.
 */
export enum PlanItemKind {
  RESULT = 'RESULT',
  ACTIVITY = 'ACTIVITY',
  TASK = 'TASK',
  PROJECT = 'PROJECT',
}

/** Stored progress of an item; "overdue" and "late" are derived, never stored (see plan-item-status). */
export enum PlanItemStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Kind of deliverable named in the "Sản phẩm" column. */
export enum ProductType {
  DECISION = 'DECISION',
  PLAN = 'PLAN',
  REPORT = 'REPORT',
  GUIDANCE = 'GUIDANCE',
  OFFICIAL_LETTER = 'OFFICIAL_LETTER',
  DATABASE = 'DATABASE',
  DIGITAL_DATA = 'DIGITAL_DATA',
  MEDIA = 'MEDIA',
  OTHER = 'OTHER',
}
