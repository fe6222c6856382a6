import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { AgencyLevel, IndicatorStatus, Role } from '@partrack/shared';
import type { IndicatorBreakdownQuery, IndicatorDetailQuery } from '../../../gql/graphql';
import { renderFast } from '../../../testing/fast-user';
import { PROVINCE_ROWS } from '../../agencies/agency-tree.fixtures';
import { AgencyTreeDocument } from '../../agencies/graphql/agency-tree.operations';
import {
  IndicatorBreakdownDocument,
  IndicatorDetailDocument,
  IndicatorSeriesDocument,
  ReportingCoverageDocument,
} from '../graphql/indicator.operations';
import { indicatorFields, valueOf } from '../indicator.fixtures';
import { IndicatorDetailPage } from './indicator-detail.page';

const ID = 'ind-1.1';

const detail: IndicatorDetailQuery['indicator'] = {
  ...indicatorFields('1.1', { nameVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', target: 90 }),
  createdAt: '2022-01-05T02:00:00.000Z',
  updatedAt: '2022-01-05T02:00:00.000Z',
  plan: {
    __typename: 'Plan',
    id: 'plan-2022',
    code: 'KH-CCHC-2022',
    title: 'Kế hoạch cải cách hành chính năm 2022',
    year: 2022,
    ownerAgencyId: 'qna',
    ownerAgency: { __typename: 'Agency', id: 'qna', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
  },
  targets: [
    {
      __typename: 'IndicatorTarget',
      id: 't-1',
      indicatorId: ID,
      level: AgencyLevel.DISTRICT,
      agencyId: null,
      period: null,
      value: 85,
    },
  ],
  linkedItems: [{ __typename: 'PlanItem', id: 'item-7', code: '2.3', title: 'Số hóa hồ sơ' }],
};

type Breakdown = IndicatorBreakdownQuery['indicatorBreakdown'][number];

function breakdownRow(
  id: string,
  code: string,
  name: string,
  descendants: number,
  value: number | null,
): Breakdown {
  const status = value === null ? IndicatorStatus.NO_DATA : IndicatorStatus.ON_TRACK;
  return {
    ...valueOf(ID, status, value, {
      agencyId: id,
      numerator: value,
      denominator: value === null ? null : 100,
    }),
    agency: {
      __typename: 'Agency',
      id,
      code,
      name,
      level: AgencyLevel.PROVINCE,
      descendantCount: descendants,
    },
  };
}

function mocksFor(agencyId: string, rows: Breakdown[], missing: string[]) {
  return [
    {
      request: {
        query: IndicatorSeriesDocument,
        variables: { indicatorId: ID, agencyId, from: '2022-Q1', to: '2022-Q4' },
      },
      result: {
        data: {
          indicatorSeries: ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'].map((period, index) =>
            valueOf(ID, IndicatorStatus.ON_TRACK, index === 2 ? null : 80 + index, { agencyId, period }),
          ),
        },
      },
    },
    {
      request: {
        query: IndicatorBreakdownDocument,
        variables: { indicatorId: ID, agencyId, period: '2022-Q4' },
      },
      result: { data: { indicatorBreakdown: rows } },
    },
    {
      request: {
        query: ReportingCoverageDocument,
        variables: { indicatorId: ID, period: '2022-Q4', rootAgencyId: agencyId },
      },
      result: {
        data: {
          reportingCoverage: {
            __typename: 'ReportingCoverage',
            indicatorId: ID,
            period: '2022-Q4',
            expected: 3,
            reported: 3 - missing.length,
            approved: 1,
            inProgress: 0,
            missing: missing.map((name, index) => ({
              __typename: 'Agency',
              id: `m-${index}`,
              code: `M${index}`,
              name,
            })),
          },
        },
      },
    },
  ];
}

function renderDetail() {
  return renderFast(
    <Routes>
      <Route path="/indicators/:id" element={<IndicatorDetailPage />} />
    </Routes>,
    {
      role: Role.VIEWER,
      route: `/indicators/${ID}`,
      mocks: [
        {
          request: { query: IndicatorDetailDocument, variables: { id: ID } },
          result: { data: { indicator: detail } },
        },
        {
          request: { query: AgencyTreeDocument, variables: () => true },
          result: { data: { agencyTree: PROVINCE_ROWS } },
          maxUsageCount: 10,
        },
        ...mocksFor(
          'qna',
          [
            breakdownRow('qna', 'QNA', 'Ủy ban nhân dân tỉnh Quảng Nam', 20, 86.5),
            breakdownRow('snv', 'SNV', 'Sở Nội vụ', 0, 92),
            breakdownRow('tk', 'TK', 'Thành phố Tam Kỳ', 13, null),
          ],
          ['Thành phố Tam Kỳ'],
        ),
        ...mocksFor('tk', [breakdownRow('tk', 'TK', 'Thành phố Tam Kỳ', 13, null)], ['Thành phố Tam Kỳ']),
      ],
    },
  );
}

describe('IndicatorDetailPage', () => {
  it('shows the definition, targets, linked items, the chart and the coverage', async () => {
    renderDetail();
    expect(await screen.findByTestId('indicator-title')).toHaveTextContent(
      '1.1. Tỷ lệ hồ sơ giải quyết đúng hạn',
    );
    expect(screen.getByTestId('indicator-plan-target')).toHaveTextContent('90,0%');
    expect(within(screen.getByTestId('indicator-targets')).getByText('Cấp huyện')).toBeInTheDocument();
    expect(within(screen.getByTestId('indicator-linked-items')).getByRole('link')).toHaveAttribute(
      'href',
      '/tasks/item-7',
    );
    const chart = await screen.findByTestId('indicator-chart');
    // Q3 has no figure: three points, the line broken around the gap.
    expect(within(chart).getAllByTestId('chart-point')).toHaveLength(3);
    expect(within(chart).getByTestId('chart-target')).toBeInTheDocument();
    const coverage = await screen.findByTestId('indicator-coverage');
    expect(coverage).toHaveTextContent('Chưa nộp: 1 cơ quan');
  });

  it('breaks the figure down by agency and drills into a unit with units below', async () => {
    const harness = renderDetail();
    const table = await screen.findByTestId('indicator-breakdown');
    expect(await within(table).findByText('Ủy ban nhân dân tỉnh Quảng Nam (tổng hợp)')).toBeInTheDocument();
    expect(within(table).getByText('86,5%')).toBeInTheDocument();
    expect(within(table).getByText('92 / 100')).toBeInTheDocument();
    // A department without units is plain text; a city opens its communes.
    expect(within(table).queryByTestId('breakdown-drill-SNV')).not.toBeInTheDocument();
    await harness.fast.click(within(table).getByTestId('breakdown-drill-TK'));
    await waitFor(() => expect(screen.getByText('Thành phố Tam Kỳ (tổng hợp)')).toBeInTheDocument());
    expect(screen.getByTestId('breakdown-up')).toHaveTextContent('Về Ủy ban nhân dân tỉnh Quảng Nam');
  });
});
