import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../testing/fast-user';
import { EmailStatus } from '../../gql/graphql';
import { EmailOutboxDocument } from './graphql/notification.operations';
import { EmailOutboxPage } from './email-outbox.page';

const email = {
  __typename: 'EmailMessage',
  id: 'mail-1',
  to: 'officer@demo.partrack.vn',
  subject: '[partrack] Báo cáo bị trả lại',
  text: 'Kính gửi Cán bộ Sở TT&TT,\nSở Nội vụ đã trả lại báo cáo.',
  status: EmailStatus.Stored,
  attempts: 0,
  error: null,
  createdAt: '2022-06-17T03:00:00.000Z',
  sentAt: null,
};

describe('EmailOutboxPage', () => {
  it('lists the stored emails and opens one to its text', async () => {
    const { fast } = renderFast(<EmailOutboxPage />, {
      role: Role.ADMIN,
      route: '/admin/emails?status=STORED',
      mocks: [
        {
          request: {
            query: EmailOutboxDocument,
            variables: { first: 50, after: null, status: EmailStatus.Stored },
          },
          result: {
            data: {
              emailOutbox: {
                __typename: 'EmailMessageConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [{ __typename: 'EmailMessageEdge', cursor: 'mail-1', node: email }],
              },
            },
          },
        },
      ],
    });
    expect(screen.getByText(/email được lưu lại/)).toBeInTheDocument();
    const row = (await screen.findByText('[partrack] Báo cáo bị trả lại')).closest('tr')!;
    expect(within(row).getByText('officer@demo.partrack.vn')).toBeInTheDocument();
    expect(within(row).getByText('Đã lưu, chờ gửi')).toBeInTheDocument();
    await fast.click(within(row).getByRole('button'));
    expect(await screen.findByTestId('email-text')).toHaveTextContent('Sở Nội vụ đã trả lại báo cáo.');
  });
});
