import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../testing/fast-user';
import type { HarnessOptions } from '../../testing/test-harness';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
} from './graphql/notification.operations';
import { NotificationBell, UNREAD_POLL_MS } from './notification-bell.component';
import { countMock, listMock, UNREAD } from './notification.fixtures';

function Where() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

function renderBell(mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(
    <>
      <NotificationBell />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { role: Role.AGENCY_OFFICER, route: '/agencies', mocks },
  );
}

describe('NotificationBell', () => {
  it('shows the unread count on the bell', async () => {
    renderBell([countMock(3)]);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('aria-label', '3 thông báo chưa đọc'));
    expect(bell).toHaveAttribute('data-count', '3');
    expect(within(bell).getByText('3')).toBeInTheDocument();
  });

  it('asks again when the window regains focus (besides polling every minute)', async () => {
    renderBell([countMock(1), countMock(4)]);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '1'));
    expect(UNREAD_POLL_MS).toBe(60_000);
    fireEvent.focus(window);
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '4'));
  });

  it('lists the latest notifications, unread in bold, and marks them all read', async () => {
    const allRead = UNREAD.map((item) => ({ ...item, readAt: item.readAt ?? '2022-06-18T03:00:00.000Z' }));
    const { fast } = renderBell([
      countMock(1),
      listMock(UNREAD),
      {
        request: { query: MarkAllNotificationsReadDocument },
        result: { data: { markAllNotificationsRead: 1 } },
      },
      listMock(allRead),
    ]);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '1'));
    await fast.click(bell);
    const unread = await screen.findByTestId('notification-item-n-2');
    expect(unread).toHaveAttribute('data-unread', 'true');
    expect(within(unread).getByText('Báo cáo bị trả lại', { selector: 'strong' })).toBeInTheDocument();
    expect(within(unread).getByText('Báo cáo bị trả lại', { selector: '.ant-tag' })).toBeInTheDocument();
    const older = screen.getByTestId('notification-item-n-1');
    expect(older).toHaveAttribute('data-unread', 'false');
    expect(within(older).queryByText('Nhiệm vụ quá hạn', { selector: 'strong' })).not.toBeInTheDocument();

    await fast.click(screen.getByTestId('notification-mark-all'));
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '0'));
    expect(bell).toHaveAttribute('aria-label', 'Thông báo');
    await waitFor(() =>
      expect(screen.getByTestId('notification-item-n-2')).toHaveAttribute('data-unread', 'false'),
    );
    expect(screen.getByTestId('notification-mark-all')).toBeDisabled();
  });

  it('marks a notification read when opened and goes to its link', async () => {
    const { fast } = renderBell([
      countMock(1),
      listMock(UNREAD),
      {
        request: { query: MarkNotificationsReadDocument, variables: { ids: ['n-2'] } },
        result: { data: { markNotificationsRead: 1 } },
      },
    ]);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '1'));
    await fast.click(bell);
    await fast.click(await screen.findByTestId('notification-item-n-2'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/reports/rep-1'));
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '0'));
  });

  it('says so when there is nothing yet, and links to the full list and the settings', async () => {
    const { fast } = renderBell([countMock(0), listMock([])]);
    await fast.click(screen.getByTestId('notification-bell'));
    expect(await screen.findByText(/Bạn chưa có thông báo nào/)).toBeInTheDocument();
    await fast.click(screen.getByTestId('notification-settings-link'));
    expect(screen.getByTestId('location')).toHaveTextContent('/notifications/settings');
  });
});
