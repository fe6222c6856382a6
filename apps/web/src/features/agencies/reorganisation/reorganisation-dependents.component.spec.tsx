import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { ReassignUsersDocument, ReorganisationUserAgencyDocument } from './graphql/reorganisation.operations';
import { PeopleToMove } from './reorganisation-dependents.component';

const person = (id: string, label: string) => ({
  __typename: 'ReorganisationDependent' as const,
  id,
  label,
  agency: 'Xã An Phú',
  successor: 'Xã Hòa Bình',
});
const USERS = [person('u-7', 'Trần Thị Bích'), person('u-8', 'Lê Văn Cường')];

const userAgency = {
  request: { query: ReorganisationUserAgencyDocument, variables: { id: 'u-7' } },
  result: {
    data: {
      user: {
        __typename: 'User',
        id: 'u-7',
        agencyId: 'a-1',
        agency: {
          __typename: 'Agency',
          id: 'a-1',
          name: 'Xã An Phú',
          successor: { __typename: 'Agency', id: 'a-9', name: 'Xã Hòa Bình' },
        },
      },
    },
  },
};

describe('PeopleToMove', () => {
  it("lets an admin move an ended agency's people to its successor in one go", async () => {
    const reassigned = vi.fn(() => ({
      data: {
        reassignUsers: [
          { __typename: 'User', id: 'u-7', agencyId: 'a-9' },
          { __typename: 'User', id: 'u-8', agencyId: 'a-9' },
        ],
      },
    }));
    const harness = renderFast(<PeopleToMove users={USERS} applied />, {
      role: Role.ADMIN,
      mocks: [
        userAgency,
        {
          request: {
            query: ReassignUsersDocument,
            variables: { input: { fromAgencyId: 'a-1', toAgencyId: 'a-9', userIds: ['u-7', 'u-8'] } },
          },
          result: reassigned,
        },
      ],
    });
    expect(screen.getByText('Trần Thị Bích, Lê Văn Cường')).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('reorg-reassign'));
    const popup = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('.ant-popconfirm');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(
      within(popup).getByText('Chuyển 2 người dùng của Xã An Phú sang Xã Hòa Bình?'),
    ).toBeInTheDocument();
    await harness.fast.click(within(popup).getByRole('button', { name: 'Chuyển sang Xã Hòa Bình' }));

    expect(await screen.findByText('Đã chuyển 2 người dùng sang Xã Hòa Bình')).toBeInTheDocument();
    expect(reassigned).toHaveBeenCalledTimes(1);
  });

  it('shows the people but no move to those who do not manage users', () => {
    renderFast(<PeopleToMove users={USERS} applied />, { role: Role.COORDINATOR });
    expect(screen.getByText('Xã An Phú')).toBeInTheDocument();
    expect(screen.queryByTestId('reorg-reassign')).not.toBeInTheDocument();
  });
});
