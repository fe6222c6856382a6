import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../testing/fast-user';
import { countMock, listMock, UNREAD } from './notification.fixtures';
import { NotificationsPage } from './notifications.page';

describe('NotificationsPage', () => {
  it('lists notifications newest first and keeps the unread-only filter in the URL', async () => {
    const { fast } = renderFast(<NotificationsPage />, {
      role: Role.AGENCY_OFFICER,
      route: '/notifications',
      mocks: [
        countMock(1),
        listMock(UNREAD, { first: 20, after: null, unreadOnly: false }),
        listMock([UNREAD[0]], { first: 20, after: null, unreadOnly: true }),
      ],
    });
    expect(await screen.findByTestId('notification-item-n-2')).toHaveAttribute('data-unread', 'true');
    expect(screen.getByTestId('notification-item-n-1')).toHaveAttribute('data-unread', 'false');
    await fast.click(screen.getByTestId('notifications-unread-only'));
    await waitFor(() => expect(screen.queryByTestId('notification-item-n-1')).not.toBeInTheDocument());
    expect(screen.getByTestId('notification-item-n-2')).toBeInTheDocument();
  });

  it('says when there is nothing unread', async () => {
    renderFast(<NotificationsPage />, {
      role: Role.AGENCY_OFFICER,
      route: '/notifications?unread=1',
      mocks: [countMock(0), listMock([], { first: 20, after: null, unreadOnly: true })],
    });
    expect(await screen.findByText('Không có thông báo chưa đọc.')).toBeInTheDocument();
    expect(screen.getByTestId('notifications-mark-all')).toBeDisabled();
  });
});
