import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { ImportMeasurementsDocument } from '../graphql/measurement.operations';
import { MeasurementImportModal } from './measurement-import.modal';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// "PK\x03\x04": the start of every .xlsx, enough for the browser side.
const FILE = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'so-lieu-quy-4.xlsx', { type: XLSX_MIME });
const BASE64 = 'UEsDBA==';

function result(dryRun: boolean, problems: { line: number; column: string | null; message: string }[]) {
  return {
    data: {
      importMeasurements: {
        __typename: 'MeasurementImportResult',
        applied: !dryRun && problems.length === 0,
        dryRun,
        period: '2022-Q4',
        created: 3,
        updated: 1,
        unchanged: 0,
        problems: problems.map((p) => ({
          __typename: 'MeasurementImportProblem',
          field: null,
          code: 'X',
          ...p,
        })),
      },
    },
  };
}

function importMock(dryRun: boolean, problems: Parameters<typeof result>[1] = []) {
  return {
    request: {
      query: ImportMeasurementsDocument,
      variables: { input: { planId: 'plan-2022', contentBase64: BASE64, dryRun } },
    },
    result: result(dryRun, problems),
  };
}

function renderImport(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onImported = vi.fn();
  const harness = renderFast(
    <MeasurementImportModal planId="plan-2022" onClose={vi.fn()} onImported={onImported} />,
    { role: Role.AGENCY_MANAGER, mocks },
  );
  return { ...harness, onImported };
}

function upload(harness: ReturnType<typeof renderImport>) {
  const input =
    screen.getByTestId('excel-file').querySelector('input[type=file]') ??
    document.querySelector('input[type=file]');
  return harness.fast.upload(input as HTMLInputElement, FILE);
}

describe('MeasurementImportModal', () => {
  it('lists the dry run’s problems by line and offers no import', async () => {
    const harness = renderImport([
      importMock(true, [{ line: 7, column: 'D', message: 'P.TK / 1.1: Tử số không được lớn hơn mẫu số.' }]),
    ]);
    await upload(harness);
    const problems = await screen.findByTestId('excel-problems');
    expect(problems).toHaveTextContent('7');
    expect(problems).toHaveTextContent('D');
    expect(problems).toHaveTextContent('Tử số không được lớn hơn mẫu số.');
    expect(screen.getByText(/Có 1 lỗi, chưa nhập được/)).toBeInTheDocument();
    expect(screen.getByTestId('excel-confirm')).toBeDisabled();
  });

  it('imports a clean file after the dry run', async () => {
    const harness = renderImport([importMock(true), importMock(false)]);
    await upload(harness);
    expect(await screen.findByTestId('excel-summary')).toHaveTextContent('Quý IV/2022');
    const confirm = screen.getByTestId('excel-confirm');
    await waitFor(() => expect(confirm).toBeEnabled());
    await harness.fast.click(confirm);
    await waitFor(() => expect(harness.onImported).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã nhập số liệu: 3 thêm mới, 1 cập nhật.')).toBeInTheDocument();
  });
});
