import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about. Reminders come from the daily scan; report events from the review workflow. */
export enum NotificationKind {
  REPORT_DUE_SOON = 'REPORT_DUE_SOON',
  REPORT_DUE_TODAY = 'REPORT_DUE_TODAY',
  REPORT_OVERDUE = 'REPORT_OVERDUE',
  REPORT_ESCALATED = 'REPORT_ESCALATED',
  TASK_DUE_SOON = 'TASK_DUE_SOON',
  TASK_DUE_TODAY = 'TASK_DUE_TODAY',
  TASK_OVERDUE = 'TASK_OVERDUE',
  TASK_ESCALATED = 'TASK_ESCALATED',
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  REPORT_RETURNED = 'REPORT_RETURNED',
  REPORT_ACCEPTED = 'REPORT_ACCEPTED',
  /** An inspection of an approved plan was scheduled (or its plan approved): to the inspected agency's staff */
  INSPECTION_SCHEDULED = 'INSPECTION_SCHEDULED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

export const ALL_NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** Outbox state of an email: STORED (waiting, or kept for viewing when no SMTP server is configured), SENT, FAILED. */
export enum EmailStatus {
  STORED = 'STORED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(EmailStatus, { name: 'EmailStatus' });
