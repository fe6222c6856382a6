import { useQuery } from '@apollo/client/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderWithProviders } from '../../../testing/test-harness';
import { MeDocument } from '../../auth/graphql/auth.operations';
import { EndedAgencyBanner } from '../../layout/ended-agency-banner.component';

// The banner lives in the layout; its spec sits with the reorganisation screen that produces ended agencies.
function me(agency: { active: boolean; validTo: string | null; successor: string | null }) {
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u-1',
          email: 'can.bo@noivu.gov.vn',
          fullName: 'Nguyễn Văn An',
          role: Role.AGENCY_OFFICER,
          agencyId: 'a-1',
          agency: {
            __typename: 'Agency',
            id: 'a-1',
            name: 'Xã An Phú',
            active: agency.active,
            validTo: agency.validTo,
            successor: agency.successor ? { __typename: 'Agency', id: 'a-9', name: agency.successor } : null,
          },
        },
      },
    },
  };
}

/** Reads the same `me`: once it shows the agency, the banner has had its answer too. */
function Probe() {
  const { data } = useQuery(MeDocument);
  return <span>{data?.me.agency?.name ?? '…'}</span>;
}

describe('EndedAgencyBanner', () => {
  it('warns a user whose agency has ended, naming the date and the successor', async () => {
    renderWithProviders(
      <>
        <EndedAgencyBanner />
        <Probe />
      </>,
      {
        role: Role.AGENCY_OFFICER,
        mocks: [me({ active: false, validTo: '2025-07-01', successor: 'Xã Hòa Bình' })],
      },
    );
    expect(await screen.findByTestId('ended-agency-banner')).toHaveTextContent(
      'Cơ quan của bạn đã ngừng hoạt động từ 01/07/2025; công việc chuyển sang Xã Hòa Bình. ' +
        'Bạn chỉ xem được dữ liệu cho đến khi được chuyển sang cơ quan mới.',
    );
  });

  it('stays hidden while the agency is active', async () => {
    renderWithProviders(
      <>
        <EndedAgencyBanner />
        <Probe />
      </>,
      { role: Role.AGENCY_OFFICER, mocks: [me({ active: true, validTo: '2025-07-01', successor: null })] },
    );
    expect(await screen.findByText('Xã An Phú')).toBeInTheDocument();
    expect(screen.queryByTestId('ended-agency-banner')).not.toBeInTheDocument();
  });
});
