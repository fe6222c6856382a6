import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { ImportParFrameworkDocument } from '../graphql/par-index.operations';
import { frameworkRow, importMock, XLSX_BYTES, XLSX_MIME } from '../par-index.fixtures';
import { MAX_PAR_XLSX_BYTES, ParFrameworkImportModal } from './par-framework-import.modal';

const FILE = new File([XLSX_BYTES], 'bo-tieu-chi-2025.xlsx', { type: XLSX_MIME });

function renderImport(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onImported = vi.fn<(id: string) => void>();
  const harness = renderFast(
    <ParFrameworkImportModal year={2025} onClose={vi.fn()} onImported={onImported} />,
    { role: Role.COORDINATOR, mocks },
  );
  return { ...harness, onImported };
}

/** Picks a file in the modal's dragger, as the file dialog would. */
async function pickFile(harness: FastHarness, file: File) {
  const input =
    screen.getByTestId('par-import-file').querySelector('input[type=file]') ??
    document.querySelector('input[type=file]');
  await harness.fast.upload(input as HTMLInputElement, file);
}

describe('ParFrameworkImportModal', () => {
  it('checks the file for the chosen year and lists the problems by sheet, line and column', async () => {
    const harness = renderImport([
      importMock(2025, true, [
        { sheet: 'Bộ tiêu chí', line: 12, column: 'C', message: 'Điểm tối đa phải là số không âm.' },
        { sheet: '', line: null, column: null, message: 'Tổng điểm các lĩnh vực là 98, khác 100.' },
      ]),
    ]);
    expect(screen.getByTestId('par-import-year')).toHaveValue('2025');
    // Nothing to check before a file is chosen.
    expect(screen.getByTestId('par-import-check')).toBeDisabled();
    await pickFile(harness, FILE);
    expect(await screen.findByTestId('par-import-loaded')).toHaveTextContent('bo-tieu-chi-2025.xlsx');
    await harness.fast.click(screen.getByTestId('par-import-check'));

    const table = await screen.findByTestId('par-import-problems');
    const cells = [...table.querySelectorAll('tbody tr[data-row-key]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['Bộ tiêu chí', '12', 'C', 'Điểm tối đa phải là số không âm.'],
      ['Cả tệp', '—', '—', 'Tổng điểm các lĩnh vực là 98, khác 100.'],
    ]);
    expect(screen.getByText(/Có 2 lỗi, chưa nhập được/)).toBeInTheDocument();
    expect(screen.getByTestId('par-import-confirm')).toBeDisabled();
    expect(screen.queryByTestId('par-import-summary')).not.toBeInTheDocument();
  });

  it('imports a file whose check is clean and hands over the new framework', async () => {
    const created = frameworkRow('fw-new', { year: 2025, name: 'Bộ tiêu chí cấp xã năm 2025' });
    const harness = renderImport([importMock(2025, true), importMock(2025, false, [], created)]);
    const confirm = screen.getByTestId('par-import-confirm');
    expect(confirm).toBeDisabled();
    await pickFile(harness, FILE);
    await screen.findByTestId('par-import-loaded');
    await harness.fast.click(screen.getByTestId('par-import-check'));

    expect(await screen.findByTestId('par-import-summary')).toHaveTextContent(
      'Đọc được 7 mục, tổng 100 điểm',
    );
    await waitFor(() => expect(confirm).toBeEnabled());
    await harness.fast.click(confirm);
    await waitFor(() => expect(harness.onImported).toHaveBeenCalledWith('fw-new'));
    expect(await screen.findByText('Đã nhập bộ tiêu chí “Bộ tiêu chí cấp xã năm 2025”.')).toBeInTheDocument();
  });

  it('forgets a clean check when the year changes', async () => {
    const harness = renderImport([importMock(2025, true)]);
    await pickFile(harness, FILE);
    await screen.findByTestId('par-import-loaded');
    await harness.fast.click(screen.getByTestId('par-import-check'));
    await screen.findByTestId('par-import-summary');
    const year = screen.getByTestId('par-import-year');
    await harness.fast.clear(year);
    await harness.fast.type(year, '2026');
    expect(screen.queryByTestId('par-import-summary')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-import-confirm')).toBeDisabled();
    expect(screen.getByTestId('par-import-check')).toBeEnabled();
  });

  it('refuses a file too large for the request before sending anything', async () => {
    const request = vi.fn(() => ({ data: null }));
    const harness = renderImport([
      { request: { query: ImportParFrameworkDocument, variables: () => true }, result: request },
    ]);
    const big = new File([new Uint8Array(80 * 1024)], 'bo-tieu-chi-lon.xlsx', { type: XLSX_MIME });
    expect(big.size).toBeGreaterThan(MAX_PAR_XLSX_BYTES);
    await pickFile(harness, big);
    const alert = await screen.findByTestId('par-import-file-error');
    expect(alert).toHaveTextContent(
      'Tệp bo-tieu-chi-lon.xlsx có 80 KB, lớn hơn mức tối đa khoảng 74 KB có thể gửi qua giao diện.',
    );
    expect(screen.queryByTestId('par-import-loaded')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-import-check')).toBeDisabled();
    expect(screen.getByTestId('par-import-confirm')).toBeDisabled();
    expect(request).not.toHaveBeenCalled();
  });
});
