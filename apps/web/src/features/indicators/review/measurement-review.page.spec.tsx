import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeasurementDecision, MeasurementStatus, Role } from '@partrack/shared';
import type { MeasurementRowFieldsFragment } from '../../../gql/graphql';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import {
  MeasurementHistoryDocument,
  MeasurementsDocument,
  ReviewMeasurementDocument,
} from '../graphql/measurement.operations';
import { measurement, measurementRow, plansMock } from '../indicator.fixtures';
import { MeasurementReviewPage } from './measurement-review.page';

function measurementsMock(status: MeasurementStatus, rows: MeasurementRowFieldsFragment[]) {
  return {
    request: {
      query: MeasurementsDocument,
      variables: { filter: { statuses: [status], planId: 'plan-2022' }, first: 50, after: null },
    },
    result: {
      data: {
        measurements: {
          __typename: 'MeasurementConnection',
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'MeasurementEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

function renderQueue(route: string, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(<MeasurementReviewPage />, {
    role: Role.COORDINATOR,
    route,
    mocks: [plansMock, ...mocks],
  });
}

describe('MeasurementReviewPage', () => {
  it('lists submitted figures of the newest active plan with their parts and note', async () => {
    renderQueue('/indicators/review', [
      measurementsMock(MeasurementStatus.SUBMITTED, [
        measurementRow('m-1', MeasurementStatus.SUBMITTED, { note: 'Số liệu từ phần mềm một cửa' }),
      ]),
    ]);
    const table = await screen.findByTestId('review-table-submitted');
    expect(await within(table).findByText('Sở Nội vụ')).toBeInTheDocument();
    expect(within(table).getByText('90,0%')).toBeInTheDocument();
    expect(within(table).getByTestId('measurement-parts')).toHaveTextContent('45 / 50');
    expect(within(table).getByText('Số liệu từ phần mềm một cửa')).toBeInTheDocument();
    expect(within(table).getByText('Quý IV/2022')).toBeInTheDocument();
    // Shown in the browser's time zone; the date is the same in Vietnam and UTC.
    expect(within(table).getByText(/^20\/12\/2022 /)).toBeInTheDocument();
  });

  it('returns a figure only with a comment', async () => {
    const harness = renderQueue('/indicators/review', [
      measurementsMock(MeasurementStatus.SUBMITTED, [measurementRow('m-1', MeasurementStatus.SUBMITTED)]),
      {
        request: {
          query: ReviewMeasurementDocument,
          variables: {
            input: {
              id: 'm-1',
              decision: MeasurementDecision.RETURN,
              version: 1,
              comment: 'Mẫu số chưa khớp sổ theo dõi',
            },
          },
        },
        result: {
          data: {
            reviewMeasurement: measurement('m-1', MeasurementStatus.RETURNED, {
              version: 2,
              reviewComment: 'Mẫu số chưa khớp sổ theo dõi',
            }),
          },
        },
      },
      // The queue is fetched again once the figure has left it.
      measurementsMock(MeasurementStatus.SUBMITTED, []),
    ]);
    await harness.fast.click(await screen.findByTestId('review-return-m-1'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Trả lại số liệu của Sở Nội vụ · 1.1');
    await harness.fast.click(within(dialog).getByTestId('reason-submit'));
    expect(await within(dialog).findByText('Nhập lý do để cơ quan biết cần sửa gì')).toBeInTheDocument();

    await harness.fast.click(within(dialog).getByTestId('reason-input'));
    await harness.fast.paste('Mẫu số chưa khớp sổ theo dõi');
    await harness.fast.click(within(dialog).getByTestId('reason-submit'));
    expect(await screen.findByText('Đã trả lại số liệu của Sở Nội vụ · 1.1.')).toBeInTheDocument();
    expect(
      await screen.findByText('Không có số liệu nào đang chờ duyệt với điều kiện đã chọn.'),
    ).toBeInTheDocument();
  });

  it('offers reopening on the approved tab and shows a figure’s history', async () => {
    const harness = renderQueue('/indicators/review?tab=approved', [
      measurementsMock(MeasurementStatus.APPROVED, [measurementRow('m-7', MeasurementStatus.APPROVED)]),
      {
        request: { query: MeasurementHistoryDocument, variables: { id: 'm-7' } },
        result: {
          data: {
            measurement: {
              __typename: 'Measurement',
              id: 'm-7',
              history: [
                {
                  __typename: 'MeasurementRevision',
                  id: 'r-2',
                  action: 'APPROVE',
                  status: MeasurementStatus.APPROVED,
                  value: 90,
                  numerator: 45,
                  denominator: 50,
                  note: null,
                  comment: null,
                  actorLabel: 'dieu.phoi@noivu.gov.vn',
                  createdAt: '2022-12-22T02:00:00.000Z',
                  measurementVersion: 3,
                },
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByTestId('review-reopen-m-7')).toHaveTextContent('Mở lại');
    expect(screen.queryByTestId('review-approve-m-7')).not.toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('review-history-m-7'));
    const history = await screen.findByTestId('measurement-history');
    await waitFor(() => expect(history).toHaveTextContent('dieu.phoi@noivu.gov.vn'));
    expect(history).toHaveTextContent('Giá trị: 90,0% (tử số / mẫu số: 45 / 50)');
  });
});
