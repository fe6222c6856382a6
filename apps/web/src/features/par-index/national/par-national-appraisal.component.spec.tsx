import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import {
  nationalAssessment,
  nationalScore,
  plans2025Mock,
  recordMock,
  renderNational,
} from './par-national.fixtures';

const SUBMITTED = nationalAssessment({
  status: ParAssessmentStatus.SUBMITTED,
  scores: [
    nationalScore('c-1.1', { selfPoints: 1 }),
    nationalScore('c-2.1', { selfPoints: 0.5 }),
    nationalScore('c-3.1', { selfPoints: 0 }),
  ],
});

const SLOW = { timeout: 10000 };

const points = (code: string) => screen.getByTestId(`par-national-points-${code}`);

describe('ParNationalAppraisal', () => {
  it('checks each maximum, then sends every scored item at once and finalises', async () => {
    const sent = [
      { criterionId: 'c-1.1', points: 0.75, reason: 'Thiếu minh chứng' },
      { criterionId: 'c-1.2.1', points: 0.5, reason: null },
      { criterionId: 'c-1.2.2', points: 0.25, reason: null },
      { criterionId: 'c-2.1', points: 0.25, reason: null },
      { criterionId: 'c-3.1', points: 0, reason: null },
    ];
    const finalised = nationalAssessment({
      version: 4,
      status: ParAssessmentStatus.FINALISED,
      finalisedAt: '2025-06-10T03:00:00.000Z',
      scores: sent.map(({ criterionId, points: appraisedPoints, reason }) =>
        nationalScore(criterionId, { appraisedPoints, appraisalReason: reason }),
      ),
    });
    const harness = renderNational(Role.COORDINATOR, SUBMITTED, [
      recordMock({ id: 'as-p', version: 3, scores: sent }, finalised),
      plans2025Mock,
    ]);
    expect(await screen.findByTestId('par-national-table', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('par-national-self-1.1')).toHaveTextContent('1');
    expect(screen.getByTestId('par-national-self-1.2.1')).toHaveTextContent('—');

    await harness.fast.type(points('1.1'), '1,5');
    expect(screen.getByTestId('par-national-error-1.1')).toHaveTextContent('Điểm vượt quá điểm tối đa (1).');
    await harness.fast.click(screen.getByTestId('par-national-submit'));
    expect(screen.getByTestId('par-national-missing')).toHaveTextContent(
      'Còn 5 mục chưa nhập điểm hoặc điểm không hợp lệ.',
    );
    expect(screen.getByTestId('par-national-error-1.2.1')).toHaveTextContent('Chưa nhập điểm.');
    expect(screen.queryByTestId('par-national-confirm')).not.toBeInTheDocument();

    await harness.fast.clear(points('1.1'));
    await harness.fast.type(points('1.1'), '0,75');
    await harness.fast.type(points('1.2.1'), '0,5');
    await harness.fast.type(points('1.2.2'), '0,25');
    await harness.fast.type(points('2.1'), '0,25');
    await harness.fast.type(points('3.1'), '0');
    await harness.fast.click(screen.getByTestId('par-national-remark-1.1'));
    await harness.fast.paste(' Thiếu minh chứng ');
    expect(screen.queryByTestId('par-national-missing')).not.toBeInTheDocument();
    // 0,75 + 0,5 + 0,25 + bonus 0,25 − penalty 0 of a maximum of 2.
    expect(screen.getByTestId('par-national-total')).toHaveTextContent('1,75 / 2');
    expect(screen.getByTestId('par-national-index')).toHaveTextContent('87,50');
    expect(screen.getByTestId('par-national-entered')).toHaveTextContent('5/5 mục');

    await harness.fast.click(screen.getByTestId('par-national-submit'));
    await harness.fast.click(await screen.findByTestId('par-national-confirm', {}, SLOW));
    expect(
      await screen.findByText(
        'Đã ghi nhận điểm thẩm định của Bộ Nội vụ và hoàn tất bản tự đánh giá.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    // Finalised: the next step is the improvement tasks.
    expect(await screen.findByTestId('par-national-improvement', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đã hoàn tất');
  }, 60000);

  it('fills the inputs from two pasted spreadsheet columns and reports what it could not read', async () => {
    const harness = renderNational(Role.COORDINATOR, SUBMITTED);
    await harness.fast.click(await screen.findByTestId('par-national-paste-open', {}, SLOW));
    await harness.fast.click(screen.getByTestId('par-national-paste-text'));
    await harness.fast.paste('Mã\tĐiểm\n1.1\t0,5\n1.2.1\t0.25\tĐúng hạn\n9.9\t1\n2.1\tabc\n3.1\t1.000,5');
    await harness.fast.click(screen.getByTestId('par-national-paste-apply'));

    expect(screen.getByTestId('par-national-paste-filled')).toHaveTextContent('Đã điền điểm cho 3 mục.');
    const problems = screen.getAllByTestId('par-national-paste-problem').map((el) => el.textContent);
    expect(problems).toEqual([
      'Mã không có trong danh sách mục được chấm: 9.9.',
      'Không đọc được điểm ở dòng: 5.',
    ]);
    expect(points('1.1')).toHaveValue('0,5');
    expect(points('1.2.1')).toHaveValue('0,25');
    expect(screen.getByTestId('par-national-remark-1.2.1')).toHaveValue('Đúng hạn');
    expect(points('2.1')).toHaveValue('');
    // Read as 1000,5: filled, and refused against the maximum like a typed value.
    await waitFor(
      () =>
        expect(screen.getByTestId('par-national-error-3.1')).toHaveTextContent(
          'Điểm vượt quá điểm tối đa (1).',
        ),
      SLOW,
    );
  }, 60000);

  it('only shows the recorded points to users who may not enter them', async () => {
    renderNational(Role.AGENCY_OFFICER, SUBMITTED, [], '?tab=ministry');
    expect(await screen.findByTestId('par-national-ministry-notice', {}, SLOW)).toHaveTextContent(
      'Chỉ cán bộ điều phối mới nhập điểm thẩm định của Bộ Nội vụ.',
    );
    expect(screen.queryByTestId('par-national-table')).not.toBeInTheDocument();
  });
});
