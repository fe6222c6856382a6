import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../testing/fast-user';
import { NotificationKind } from '../../gql/graphql';
import {
  MyNotificationSettingsDocument,
  SetNotificationMutedDocument,
} from './graphql/notification.operations';
import { NotificationSettingsPage } from './notification-settings.page';

const settings = Object.values(NotificationKind).map((kind) => ({
  __typename: 'NotificationSetting',
  kind,
  muted: kind === NotificationKind.TaskDueSoon,
}));

describe('NotificationSettingsPage', () => {
  it('has a switch per kind, in Vietnamese, and mutes a kind', async () => {
    const { fast } = renderFast(<NotificationSettingsPage />, {
      role: Role.AGENCY_OFFICER,
      mocks: [
        {
          request: { query: MyNotificationSettingsDocument },
          result: { data: { myNotificationSettings: settings } },
        },
        {
          request: {
            query: SetNotificationMutedDocument,
            variables: { kind: NotificationKind.ReportDueSoon, muted: true },
          },
          result: {
            data: {
              setNotificationMuted: {
                __typename: 'NotificationSetting',
                kind: NotificationKind.ReportDueSoon,
                muted: true,
              },
            },
          },
        },
      ],
    });
    const dueSoon = await screen.findByTestId('notification-setting-REPORT_DUE_SOON');
    expect(screen.getAllByRole('switch')).toHaveLength(12);
    expect(screen.getByText('Lịch kiểm tra cải cách hành chính')).toBeInTheDocument();
    expect(screen.getByText('Kiểm tra cải cách hành chính')).toBeInTheDocument();
    expect(screen.getByText('Báo cáo sắp đến hạn')).toBeInTheDocument();
    expect(screen.getByText('Báo cáo định kỳ')).toBeInTheDocument();
    expect(dueSoon).toBeChecked();
    // A muted kind shows its switch off.
    expect(screen.getByTestId('notification-setting-TASK_DUE_SOON')).not.toBeChecked();

    await fast.click(dueSoon);
    expect(await screen.findByText('Đã tắt “Báo cáo sắp đến hạn”')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('notification-setting-REPORT_DUE_SOON')).not.toBeChecked());
  });
});
