import { NotificationKind, type NotificationFieldsFragment } from '../../gql/graphql';
import { MyNotificationsDocument, UnreadNotificationCountDocument } from './graphql/notification.operations';

export function notification(
  id: string,
  kind: NotificationKind,
  extra: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id,
    kind,
    title: 'Báo cáo bị trả lại',
    body: 'Sở Nội vụ đã trả lại báo cáo 6 tháng đầu năm 2022: Đề nghị bổ sung số liệu chỉ tiêu.',
    link: '/reports/rep-1',
    readAt: null,
    createdAt: '2022-06-17T03:00:00.000Z',
    ...extra,
  };
}

export function countMock(count: number) {
  return {
    request: { query: UnreadNotificationCountDocument },
    result: { data: { unreadNotificationCount: count } },
  };
}

export function listMock(
  items: NotificationFieldsFragment[],
  variables: { first: number; after: string | null; unreadOnly: boolean } = {
    first: 10,
    after: null,
    unreadOnly: false,
  },
) {
  return {
    request: { query: MyNotificationsDocument, variables },
    result: {
      data: {
        myNotifications: {
          __typename: 'NotificationConnection',
          totalCount: items.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: items.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

export const UNREAD = [
  notification('n-2', NotificationKind.ReportReturned),
  notification('n-1', NotificationKind.TaskOverdue, {
    title: 'Nhiệm vụ quá hạn',
    body: 'Nhiệm vụ 6.2 đã quá hạn 3 ngày.',
    link: '/tasks/item-6.2',
    readAt: '2022-06-10T03:00:00.000Z',
  }),
];
