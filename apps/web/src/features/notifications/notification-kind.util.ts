import { NotificationKind } from '../../gql/graphql';

export type NotificationGroup = 'REPORT' | 'TASK' | 'INSPECTION';

/** Settings are listed by what they are about, each group in the order a deadline unfolds. */
export const NOTIFICATION_GROUPS: readonly {
  group: NotificationGroup;
  kinds: readonly NotificationKind[];
}[] = [
  {
    group: 'REPORT',
    kinds: [
      NotificationKind.ReportDueSoon,
      NotificationKind.ReportDueToday,
      NotificationKind.ReportOverdue,
      NotificationKind.ReportEscalated,
      NotificationKind.ReportSubmitted,
      NotificationKind.ReportReturned,
      NotificationKind.ReportAccepted,
    ],
  },
  {
    group: 'TASK',
    kinds: [
      NotificationKind.TaskDueSoon,
      NotificationKind.TaskDueToday,
      NotificationKind.TaskOverdue,
      NotificationKind.TaskEscalated,
    ],
  },
  { group: 'INSPECTION', kinds: [NotificationKind.InspectionScheduled] },
];

/** Kinds that call for attention get a warm colour in lists. */
export const KIND_COLOR: Readonly<Record<NotificationKind, string>> = {
  [NotificationKind.ReportDueSoon]: 'gold',
  [NotificationKind.ReportDueToday]: 'orange',
  [NotificationKind.ReportOverdue]: 'red',
  [NotificationKind.ReportEscalated]: 'red',
  [NotificationKind.ReportSubmitted]: 'blue',
  [NotificationKind.ReportReturned]: 'orange',
  [NotificationKind.ReportAccepted]: 'green',
  [NotificationKind.TaskDueSoon]: 'gold',
  [NotificationKind.TaskDueToday]: 'orange',
  [NotificationKind.TaskOverdue]: 'red',
  [NotificationKind.TaskEscalated]: 'red',
  [NotificationKind.InspectionScheduled]: 'blue',
};

/**
 * A notification's link is a path in this app ("/reports/<id>"); anything else (an absolute URL, a
 * protocol-relative "//host") is not followed, so a stored link can never send the user elsewhere.
 */
export function internalPath(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}
