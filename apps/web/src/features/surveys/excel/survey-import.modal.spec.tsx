import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role, SurveyImportShape } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { ImportSurveyResultsDocument } from '../graphql/surveys.operations';
import { importMock, XLSX_BYTES, XLSX_MIME } from '../survey.fixtures';
import { SurveyImportModal } from './survey-import.modal';

const FILE = new File([XLSX_BYTES], 'ket-qua-khao-sat.xlsx', { type: XLSX_MIME });

function renderImport(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const onImported = vi.fn();
  const harness = renderFast(<SurveyImportModal surveyId="s-1" onClose={onClose} onImported={onImported} />, {
    role: Role.COORDINATOR,
    mocks,
  });
  return { ...harness, onClose, onImported };
}

async function pickFile(harness: FastHarness, file: File) {
  const input =
    screen.getByTestId('survey-import-file').querySelector('input[type=file]') ??
    document.querySelector('input[type=file]');
  await harness.fast.upload(input as HTMLInputElement, file);
  await screen.findByTestId('survey-import-loaded');
}

describe('SurveyImportModal', () => {
  it('checks the file and lists the problems by line and column, with nothing to confirm', async () => {
    const harness = renderImport([
      importMock(SurveyImportShape.RESPONDENTS, true, [
        {
          code: 'surveyXlsx.answer',
          line: 7,
          column: 'D',
          message: 'Câu trả lời “6” không thuộc thang đo 1–5.',
        },
        { code: 'surveyXlsx.missingQuestion', line: null, column: null, message: 'Thiếu cột câu hỏi 2.1.' },
      ]),
    ]);
    expect(screen.getByTestId('survey-import-check')).toBeDisabled();
    await pickFile(harness, FILE);
    await harness.fast.click(screen.getByTestId('survey-import-check'));
    const table = await screen.findByTestId('survey-import-problems');
    const cells = [...table.querySelectorAll('tbody tr[data-row-key]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['7', 'D', 'Câu trả lời “6” không thuộc thang đo 1–5.'],
      ['Cả tệp', '—', 'Thiếu cột câu hỏi 2.1.'],
    ]);
    expect(screen.getByText(/Có 2 lỗi, chưa nhập được/)).toBeInTheDocument();
    expect(screen.getByTestId('survey-import-confirm')).toBeDisabled();
  });

  it('checks the counts shape, shows the summary and records the results after confirmation', async () => {
    const harness = renderImport([
      importMock(SurveyImportShape.COUNTS, true),
      importMock(SurveyImportShape.COUNTS, false),
    ]);
    await harness.fast.click(screen.getByText('Số lượt trả lời theo từng mức'));
    await pickFile(harness, FILE);
    const confirm = screen.getByTestId('survey-import-confirm');
    expect(confirm).toBeDisabled();
    await harness.fast.click(screen.getByTestId('survey-import-check'));
    expect(await screen.findByTestId('survey-import-summary')).toHaveTextContent(
      'Đọc được 1.250 dòng: 1.250 người trả lời về 2 cơ quan, đơn vị.',
    );
    await waitFor(() => expect(confirm).toBeEnabled());
    await harness.fast.click(confirm);
    await waitFor(() => expect(harness.onImported).toHaveBeenCalled());
    expect(harness.onClose).toHaveBeenCalled();
    expect(await screen.findByText('Đã ghi nhận kết quả của 2 cơ quan, đơn vị.')).toBeInTheDocument();
  });

  it('forgets a clean check when the shape changes', async () => {
    const harness = renderImport([importMock(SurveyImportShape.RESPONDENTS, true)]);
    await pickFile(harness, FILE);
    await harness.fast.click(screen.getByTestId('survey-import-check'));
    await screen.findByTestId('survey-import-summary');
    expect(screen.getByTestId('survey-import-confirm')).toBeEnabled();
    await harness.fast.click(screen.getByText('Số lượt trả lời theo từng mức'));
    expect(screen.queryByTestId('survey-import-summary')).not.toBeInTheDocument();
    expect(screen.getByTestId('survey-import-confirm')).toBeDisabled();
  });

  it('refuses a file too large for the request before sending anything', async () => {
    const request = vi.fn(() => ({ data: null }));
    const harness = renderImport([
      { request: { query: ImportSurveyResultsDocument, variables: () => true }, result: request },
    ]);
    const input =
      screen.getByTestId('survey-import-file').querySelector('input[type=file]') ??
      document.querySelector('input[type=file]');
    const big = new File([new Uint8Array(80 * 1024)], 'ket-qua-lon.xlsx', { type: XLSX_MIME });
    await harness.fast.upload(input as HTMLInputElement, big);
    expect(await screen.findByTestId('survey-import-file-error')).toHaveTextContent(
      'Tệp ket-qua-lon.xlsx có 80 KB, lớn hơn mức tối đa khoảng 74 KB',
    );
    expect(screen.getByTestId('survey-import-check')).toBeDisabled();
    expect(request).not.toHaveBeenCalled();
  });
});
