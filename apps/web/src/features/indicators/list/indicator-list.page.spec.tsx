import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorAggregation, IndicatorState, IndicatorStatus, IndicatorUnit, Role } from '@partrack/shared';
import type { IndicatorsQuery } from '../../../gql/graphql';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, renderWithProviders, type HarnessOptions } from '../../../testing/test-harness';
import { IndicatorsDocument, SetIndicatorStateDocument } from '../graphql/indicator.operations';
import { indicatorFields, plansMock, valueOf } from '../indicator.fixtures';
import { IndicatorListPage } from './indicator-list.page';

type Row = IndicatorsQuery['indicators']['edges'][number]['node'];

function indicatorsMock(state: IndicatorState, rows: Row[]) {
  return {
    request: {
      query: IndicatorsDocument,
      variables: {
        filter: { planId: 'plan-2022', states: [state] },
        period: '2022-Q4',
        first: 50,
        after: null,
      },
    },
    result: {
      data: {
        indicators: {
          __typename: 'IndicatorConnection',
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'IndicatorEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

const ACTIVE_ROWS: Row[] = [
  {
    ...indicatorFields('1.1', { nameVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn' }),
    value: valueOf('ind-1.1', IndicatorStatus.ON_TRACK, 85.5, { numerator: 171, denominator: 200 }),
  },
  {
    ...indicatorFields('2.1', {
      unit: IndicatorUnit.COUNT,
      aggregation: IndicatorAggregation.SUM,
      target: 12,
    }),
    value: valueOf('ind-2.1', IndicatorStatus.NO_DATA, null, { target: 12 }),
  },
];

const DRAFT_ROW: Row = {
  ...indicatorFields('3.1', {
    state: IndicatorState.DRAFT,
    sourceText: '100% cơ quan hành chính công khai thủ tục trên cổng dịch vụ công',
    sourceLine: 42,
    draftNotes: ['Không rõ cấp báo cáo'],
    version: 1,
  }),
  value: valueOf('ind-3.1', IndicatorStatus.NO_DATA, null),
};

function renderList(role: Role, route: string, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(<IndicatorListPage />, { role, route, mocks: [plansMock, ...mocks] });
}

describe('IndicatorListPage', () => {
  it('opens on the newest active plan and its latest ended quarter, with values and status chips', async () => {
    renderList(Role.VIEWER, '/indicators', [indicatorsMock(IndicatorState.ACTIVE, ACTIVE_ROWS)]);
    const table = await screen.findByTestId('indicator-table');
    expect(await within(table).findByText('Tỷ lệ hồ sơ giải quyết đúng hạn')).toBeInTheDocument();
    expect(within(table).getByText('85,5%')).toBeInTheDocument();
    expect(within(table).getByText('171 / 200')).toBeInTheDocument();
    expect(within(table).getByText('90,0%')).toBeInTheDocument();
    const chips = within(table).getAllByTestId('indicator-status');
    expect(chips.map((chip) => chip.getAttribute('data-status'))).toEqual([
      IndicatorStatus.ON_TRACK,
      IndicatorStatus.NO_DATA,
    ]);
    expect(chips[0]).toHaveTextContent('Đúng tiến độ');
    expect(screen.getByTestId('indicator-filters')).toHaveTextContent('KH-CCHC-2022');
    expect(screen.getByTestId('indicator-filters')).toHaveTextContent('Quý IV/2022');
    expect(within(table).getByTestId('indicator-link-1.1')).toHaveAttribute('href', '/indicators/ind-1.1');
    // Viewers read; only coordinators define indicators.
    expect(screen.queryByTestId('indicator-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId('indicator-edit-1.1')).not.toBeInTheDocument();
  });

  it('shows a draft’s source sentence and extractor notes, and lets a coordinator confirm it', async () => {
    const harness = renderList(Role.COORDINATOR, '/indicators?state=DRAFT', [
      indicatorsMock(IndicatorState.DRAFT, [DRAFT_ROW]),
      {
        request: {
          query: SetIndicatorStateDocument,
          variables: { input: { id: 'ind-3.1', state: IndicatorState.ACTIVE, version: 1 } },
        },
        result: graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
          fields: [{ field: 'target', message: 'Trường này là bắt buộc.' }],
        }),
      },
    ]);
    const source = await screen.findByTestId('indicator-source-3.1');
    expect(source).toHaveTextContent('Dòng 42: “100% cơ quan hành chính công khai thủ tục');
    expect(source).toHaveTextContent('Không rõ cấp báo cáo');
    expect(screen.getByTestId('indicator-create')).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('indicator-confirm-3.1'));
    // Role queries compute accessible names across antd's whole tree, which is slow in jsdom; the popup's
    // own class is enough to find its OK button.
    const question = await screen.findByText(/^Xác nhận chỉ tiêu 3\.1\?/);
    const popup = question.closest<HTMLElement>('.ant-popover')!;
    await harness.fast.click(within(popup).getByText('Xác nhận').closest('button')!);
    expect(
      await screen.findByText(/Cần đặt chỉ tiêu \(giá trị mục tiêu\) trước khi xác nhận/),
    ).toBeInTheDocument();
  });

  it('says what to do when the plan has no active indicator', async () => {
    renderWithProviders(<IndicatorListPage />, {
      role: Role.VIEWER,
      route: '/indicators',
      mocks: [plansMock, indicatorsMock(IndicatorState.ACTIVE, [])],
    });
    expect(await screen.findByText(/Kế hoạch này chưa có chỉ tiêu nào đang áp dụng/)).toBeInTheDocument();
  });
});
