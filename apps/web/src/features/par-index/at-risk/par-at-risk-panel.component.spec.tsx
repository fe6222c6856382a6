import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  IndicatorUnit,
  ParEvidenceRecordType,
  ParProvisionalSource,
  ParScoringMethod,
  Role,
} from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { ParProvisionalScoreDocument } from '../graphql/par-at-risk.operations';
import {
  lostRecord,
  provisionalItem,
  provisionalMock,
  provisionalScore,
  whatIfMock,
} from './par-at-risk.fixtures';
import { ParAtRiskPanel } from './par-at-risk-panel.component';

const SLOW = { timeout: 5000 };

const TASKS = provisionalItem('1.2.1', {
  title: 'Tỷ lệ nhiệm vụ CCHC hoàn thành đúng hạn',
  points: 0.25,
  atRisk: 0.75,
  share: 50,
  due: 4,
  onTime: 2,
  records: [
    lostRecord('t-1', '3.22 Nhiệm vụ rà soát thủ tục hành chính'),
    lostRecord('t-2', '3.05 Nhiệm vụ số hoá hồ sơ', {
      dueDate: '2026-03-31',
      doneOn: '2026-04-10',
      gain: 0.25,
    }),
  ],
});
const REPORTS = provisionalItem('1.3', {
  title: 'Báo cáo CCHC đúng hạn',
  points: 0.5,
  atRisk: 0.5,
  share: 75,
  due: 4,
  onTime: 3,
  records: [
    lostRecord('r-1', 'Báo cáo CCHC quý II', {
      recordType: ParEvidenceRecordType.AGENCY_REPORT,
      dueDate: '2026-06-15',
      gain: 0.5,
    }),
  ],
});
const MANUAL = provisionalItem('1.1', {
  method: ParScoringMethod.MANUAL,
  source: ParProvisionalSource.SELF,
  due: null,
  onTime: null,
  share: null,
});

function renderPanel(mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(<ParAtRiskPanel assessmentId="as-1" />, { role: Role.AGENCY_OFFICER, mocks });
}

describe('ParAtRiskPanel', () => {
  it('shows the provisional index and every record behind the lost points, linked to its page', async () => {
    renderPanel([provisionalMock('as-1', provisionalScore([MANUAL, REPORTS, TASKS]))]);
    expect(await screen.findByTestId('par-at-risk-index', {}, SLOW)).toHaveTextContent('82,50');
    expect(screen.getByTestId('par-at-risk-points')).toHaveTextContent('1,25');
    expect(screen.getByTestId('par-at-risk-as-of')).toHaveTextContent('15/07/2026');
    // Computed items only, the larger loss first.
    expect(screen.getAllByTestId(/^par-at-risk-item-/).map((el) => el.dataset.testid)).toEqual([
      'par-at-risk-item-1.2.1',
      'par-at-risk-item-1.3',
    ]);
    const tasks = screen.getByTestId('par-at-risk-item-1.2.1');
    expect(within(tasks).getByTestId('par-at-risk-counts')).toHaveTextContent('Đúng hạn 2/4 (50%)');
    expect(within(tasks).getByTestId('par-at-risk-lost')).toHaveTextContent('Mất 0,75 điểm');
    const open = screen.getByTestId('par-lost-record-t-1');
    expect(open).toHaveTextContent('3.22 Nhiệm vụ rà soát thủ tục hành chính — quá hạn từ 30/06/2026: −0,5');
    expect(within(open).getByRole('link')).toHaveAttribute('href', '/tasks/t-1');
    expect(screen.getByTestId('par-lost-record-t-2')).toHaveTextContent(
      '3.05 Nhiệm vụ số hoá hồ sơ — hạn 31/03/2026, hoàn thành ngày 10/04/2026: −0,25',
    );
    const report = screen.getByTestId('par-lost-record-r-1');
    expect(report).toHaveTextContent('Báo cáo CCHC quý II — chưa gửi, quá hạn từ 15/06/2026: −0,5');
    expect(within(report).getByRole('link')).toHaveAttribute('href', '/reports/r-1');
    // Only a task still open can be assumed done on time.
    expect(screen.getByTestId('par-what-if-t-1')).toBeInTheDocument();
    expect(screen.queryByTestId('par-what-if-t-2')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-what-if-r-1')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-what-if-hint')).toBeInTheDocument();
  });

  it("shows an indicator's figure against its target, linked to the indicator, and one with no figure yet", async () => {
    const figure = {
      __typename: 'ParIndicatorFigure' as const,
      indicatorId: 'ind-1',
      code: 'CT-01',
      name: 'Tỷ lệ hồ sơ trực tuyến',
      unit: IndicatorUnit.PERCENT,
      period: '2026',
      value: 45,
      target: 62.5,
      expected: 62.5,
    };
    const indicator = (code: string, extra: Parameters<typeof provisionalItem>[1]) =>
      provisionalItem(code, { due: null, onTime: null, atRisk: 1, points: 0, ...extra });
    renderPanel([
      provisionalMock(
        'as-1',
        provisionalScore([
          indicator('2.1', { share: 72, indicator: figure }),
          indicator('2.2', {
            share: 0,
            indicator: { ...figure, indicatorId: 'ind-2', code: 'CT-02', value: null },
          }),
        ]),
      ),
    ]);
    const read = await screen.findByTestId('par-at-risk-item-2.1', {}, SLOW);
    expect(within(read).getByTestId('par-at-risk-indicator')).toHaveTextContent(
      'Chỉ tiêu CT-01 (Năm 2026): đạt 72% (45/62,5)',
    );
    expect(within(read).getByRole('link')).toHaveAttribute('href', '/indicators/ind-1');
    expect(within(read).queryByTestId('par-at-risk-counts')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('par-at-risk-item-2.2')).getByTestId('par-at-risk-indicator'),
    ).toHaveTextContent('Chỉ tiêu CT-02 (Năm 2026): chưa có số liệu, chỉ tiêu giao 62,5');
  });

  it('recomputes the score with the ticked tasks as doneTaskIds', async () => {
    const second = provisionalItem('2.1', {
      atRisk: 0.5,
      points: 0.5,
      records: [lostRecord('t-3', '4.01 Nhiệm vụ tuyển dụng công chức')],
    });
    const harness = renderPanel([
      provisionalMock('as-1', provisionalScore([TASKS, second])),
      whatIfMock('as-1', ['t-1'], 83),
      whatIfMock('as-1', ['t-1', 't-3'], 83.5),
    ]);
    await harness.fast.click(await screen.findByTestId('par-what-if-t-1', {}, SLOW));
    // The result box shows "computing" until the answer arrives: wait for the figure, not for the box.
    await waitFor(
      () =>
        expect(screen.getByTestId('par-what-if-result')).toHaveTextContent(
          'Nếu hoàn thành đúng hạn các nhiệm vụ đã chọn (1), điểm sẽ là 83,00 (+0,5 so với hiện tại).',
        ),
      SLOW,
    );
    await harness.fast.click(screen.getByTestId('par-what-if-t-3'));
    await waitFor(
      () =>
        expect(screen.getByTestId('par-what-if-result')).toHaveTextContent(
          'các nhiệm vụ đã chọn (2), điểm sẽ là 83,50 (+1 so với hiện tại)',
        ),
      SLOW,
    );
    await harness.fast.click(screen.getByRole('button', { name: 'Bỏ chọn tất cả' }));
    expect(screen.queryByTestId('par-what-if')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-what-if-t-1')).not.toBeChecked();
  });

  it('says when nothing is computed from records, and offers a retry on failure', async () => {
    const { unmount } = renderPanel([provisionalMock('as-1', provisionalScore([MANUAL]))]);
    expect(
      await screen.findByText(
        'Bộ tiêu chí của cơ quan không có mục nào tính tự động từ dữ liệu partrack.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    unmount();
    renderPanel([
      {
        request: { query: ParProvisionalScoreDocument, variables: { assessmentId: 'as-1', doneTaskIds: [] } },
        result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ gặp sự cố.'),
      },
    ]);
    expect(await screen.findByText('Máy chủ gặp sự cố.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
