import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import type { FastHarness } from '../../../testing/fast-user';
import {
  ImportParNationalPointsDocument,
  ParNationalTemplateDocument,
} from '../graphql/par-national.operations';
import { exportedFile, XLSX_BASE64, XLSX_BYTES, XLSX_MIME } from '../par-index.fixtures';
import type { NationalImportResult } from './par-national-import-result.component';
import { nationalAssessment, nationalScore, plans2025Mock, renderNational } from './par-national.fixtures';

const SLOW = { timeout: 10000 };
const FILE = new File([XLSX_BYTES], 'diem-bo-noi-vu.xlsx', { type: XLSX_MIME });

const SUBMITTED = nationalAssessment({
  status: ParAssessmentStatus.SUBMITTED,
  scores: [nationalScore('c-1.1', { selfPoints: 1 }), nationalScore('c-2.1', { selfPoints: 0.5 })],
});

const POINTS: [string, string, number, number | null, number, string | null][] = [
  ['c-1.1', '1.1', 1, 1, 0.75, 'Thiếu minh chứng'],
  ['c-1.2.1', '1.2.1', 0.5, null, 0.5, null],
  ['c-1.2.2', '1.2.2', 0.5, null, 0.25, null],
  ['c-2.1', '2.1', 0.5, 0.5, 0.25, null],
  ['c-3.1', '3.1', 1, null, 0, null],
];

function importMock(dryRun: boolean, outcome: Partial<NationalImportResult>) {
  const result: NationalImportResult = {
    __typename: 'ParNationalImportResult',
    dryRun,
    applied: false,
    rows: [],
    problems: [],
    assessment: null,
    ...outcome,
  };
  return {
    request: {
      query: ImportParNationalPointsDocument,
      variables: { input: { assessmentId: 'as-p', version: 3, fileBase64: XLSX_BASE64, dryRun } },
    },
    result: { data: { importParNationalPoints: result } },
  };
}

const ROWS: NationalImportResult['rows'] = POINTS.map(
  ([, code, maxPoints, selfPoints, points, reason], i) => ({
    __typename: 'ParNationalImportRow',
    line: 5 + i,
    code,
    title: `Mục ${code}`,
    maxPoints,
    selfPoints,
    points,
    reason,
  }),
);

/** Opens the import from the Ministry tab and picks the file, as the file dialog would. */
async function openAndPick(harness: FastHarness) {
  await harness.fast.click(await screen.findByTestId('par-national-import-open', {}, SLOW));
  const dragger = await screen.findByTestId('par-national-import-file');
  const input = dragger.querySelector('input[type=file]') ?? document.querySelector('input[type=file]');
  await harness.fast.upload(input as HTMLInputElement, FILE);
  expect(await screen.findByTestId('par-national-import-loaded')).toHaveTextContent('diem-bo-noi-vu.xlsx');
}

describe('ParNationalImportModal', () => {
  let downloads: DownloadSpy;
  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  it('downloads the template beside the paste box', async () => {
    const harness = renderNational(Role.COORDINATOR, SUBMITTED, [
      {
        request: { query: ParNationalTemplateDocument, variables: { assessmentId: 'as-p' } },
        result: {
          data: { parNationalTemplate: exportedFile('chi-so-cchc-2024-diem-bo-noi-vu-tham-dinh.xlsx') },
        },
      },
    ]);
    const button = await screen.findByTestId('par-national-template', {}, SLOW);
    expect(button).toHaveTextContent('Tải mẫu Excel');
    expect(screen.getByTestId('par-national-paste-open')).toBeInTheDocument();
    await harness.fast.click(button);
    await waitFor(() => expect(downloads.links).toHaveLength(1), SLOW);
    expect(downloads.links[0]?.download).toBe('chi-so-cchc-2024-diem-bo-noi-vu-tham-dinh.xlsx');
  }, 60000);

  it('lists the problems of a check by line and column, and offers nothing to record', async () => {
    const harness = renderNational(Role.COORDINATOR, SUBMITTED, [
      importMock(true, {
        problems: [
          {
            __typename: 'ParNationalImportProblem',
            line: 5,
            column: 'E',
            code: 'parNational.aboveMaximum',
            message: 'Điểm 1.5 của mục 1.1 vượt điểm tối đa 1.',
          },
          {
            __typename: 'ParNationalImportProblem',
            line: null,
            column: null,
            code: 'parNational.missingItem',
            message: 'Tệp không có dòng nào của mục 3.1: mọi mục được chấm đều cần điểm thẩm định.',
          },
        ],
      }),
    ]);
    await openAndPick(harness);
    expect(screen.getByTestId('par-national-import-confirm')).toBeDisabled();
    await harness.fast.click(screen.getByTestId('par-national-import-check'));
    const table = await screen.findByTestId('par-national-import-problems', {}, SLOW);
    const cells = [...table.querySelectorAll('tbody tr[data-row-key]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['5', 'E', 'Điểm 1.5 của mục 1.1 vượt điểm tối đa 1.'],
      ['Cả tệp', '—', 'Tệp không có dòng nào của mục 3.1: mọi mục được chấm đều cần điểm thẩm định.'],
    ]);
    expect(screen.getByText(/Có 2 lỗi, chưa nhập được/)).toBeInTheDocument();
    expect(screen.getByTestId('par-national-import-confirm')).toBeDisabled();
  }, 60000);

  it('previews the points of a clean check, then records them and finalises', async () => {
    const finalised = nationalAssessment({
      version: 4,
      status: ParAssessmentStatus.FINALISED,
      finalisedAt: '2025-06-10T03:00:00.000Z',
      scores: POINTS.map(([criterionId, , , , appraisedPoints, appraisalReason]) =>
        nationalScore(criterionId, { appraisedPoints, appraisalReason }),
      ),
    });
    const harness = renderNational(Role.COORDINATOR, SUBMITTED, [
      importMock(true, { rows: ROWS }),
      importMock(false, { rows: ROWS, applied: true, assessment: finalised }),
      plans2025Mock,
    ]);
    await openAndPick(harness);
    await harness.fast.click(screen.getByTestId('par-national-import-check'));
    // 0,75 + 0,5 + 0,25 + bonus 0,25 − penalty 0 of a maximum of 2, as the page's own preview counts.
    expect(await screen.findByTestId('par-national-import-summary', {}, SLOW)).toHaveTextContent(
      'Đọc được điểm của 5 mục: tổng 1,75 / 2 điểm, chỉ số tạm tính 87,50.',
    );
    expect(screen.getByTestId('par-national-import-points-1.1')).toHaveTextContent('0,75');
    expect(screen.getByTestId('par-national-import-rows')).toHaveTextContent('Thiếu minh chứng');
    const confirm = screen.getByTestId('par-national-import-confirm');
    await waitFor(() => expect(confirm).toBeEnabled());
    await harness.fast.click(confirm);
    expect(
      await screen.findByText(
        'Đã nhập điểm thẩm định của Bộ Nội vụ từ tệp Excel và hoàn tất bản tự đánh giá.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('par-national-improvement', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đã hoàn tất');
  }, 60000);

  it('is not offered to those who may not record the points', async () => {
    renderNational(Role.AGENCY_OFFICER, SUBMITTED, [], '?tab=ministry');
    expect(await screen.findByTestId('par-national-ministry-notice', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByTestId('par-national-import-open')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-national-template')).not.toBeInTheDocument();
  });
});
