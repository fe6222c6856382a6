import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IndicatorAggregation, IndicatorUnit, MeasurementStatus, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { RecordMeasurementDocument, SubmitMeasurementsDocument } from '../graphql/measurement.operations';
import { entry, measurement } from '../indicator.fixtures';
import { MeasurementEntryGrid } from './measurement-entry-grid.component';

const { PERCENT, COUNT } = IndicatorUnit;
const { RATIO, SUM } = IndicatorAggregation;

const ENTRIES = [
  entry(
    '1.1',
    PERCENT,
    RATIO,
    measurement('m-1', MeasurementStatus.DRAFT, { numerator: 45, denominator: 50, value: 90, version: 4 }),
  ),
  entry('1.2', PERCENT, SUM, null),
  entry('2.1', COUNT, SUM, measurement('m-2', MeasurementStatus.APPROVED, { value: 12 }), 10),
  entry('3.1', COUNT, SUM, measurement('m-3', MeasurementStatus.SUBMITTED, { value: 4 }), 5),
  entry(
    '4.1',
    COUNT,
    SUM,
    measurement('m-4', MeasurementStatus.RETURNED, {
      value: 7,
      reviewComment: 'Số liệu chưa khớp báo cáo quý',
      version: 2,
    }),
    8,
  ),
];

function renderGrid(mocks: HarnessOptions['mocks'] = []) {
  const reload = vi.fn(() => Promise.resolve());
  const harness = renderFast(
    <MeasurementEntryGrid
      entries={ENTRIES}
      agencyId="a-1"
      period="2022-Q4"
      planYear={2022}
      reload={reload}
    />,
    { role: Role.AGENCY_OFFICER, mocks },
  );
  return { ...harness, reload };
}

/** antd may put the test id on the wrapper or on the input itself. */
function input(testId: string): HTMLInputElement {
  const element = screen.getByTestId(testId);
  return (element.tagName === 'INPUT' ? element : element.querySelector('input')) as HTMLInputElement;
}

async function typeInto(harness: FastHarness, testId: string, text: string) {
  const field = input(testId);
  await harness.fast.clear(field);
  await harness.fast.type(field, text);
}

function recordMock(input: Record<string, unknown>, result: Record<string, unknown>) {
  return { request: { query: RecordMeasurementDocument, variables: { input } }, result };
}

describe('MeasurementEntryGrid', () => {
  it('shows each indicator with its target, the computed share, statuses and the return comment', () => {
    renderGrid();
    expect(screen.getByText('1.1. Chỉ tiêu 1.1')).toBeInTheDocument();
    expect(screen.getAllByText('Chỉ tiêu: 90,0%')).toHaveLength(2);
    expect(input('entry-numerator-1.1')).toHaveValue('45');
    expect(screen.getByTestId('entry-ratio-1.1')).toHaveTextContent('= 90,0%');
    expect(within(screen.getByTestId('entry-status-1.2')).getByText('Chưa nhập')).toBeInTheDocument();
    expect(within(screen.getByTestId('entry-status-1.1')).getByText('Nháp')).toBeInTheDocument();
    expect(screen.getByTestId('entry-returned-4.1')).toHaveTextContent(
      'Bị trả lại: Số liệu chưa khớp báo cáo quý',
    );
  });

  it('keeps submitted and approved rows read-only and says why', () => {
    renderGrid();
    expect(input('entry-value-2.1')).toBeDisabled();
    expect(input('entry-value-3.1')).toBeDisabled();
    expect(screen.getByTestId('entry-note-2.1')).toBeDisabled();
    expect(input('entry-value-4.1')).toBeEnabled();
    expect(screen.getByTestId('entry-status-2.1')).toHaveTextContent(
      'Đã duyệt và khóa; cần cơ quan điều phối mở lại để sửa.',
    );
    expect(screen.getByTestId('entry-status-3.1')).toHaveTextContent(
      'Đã nộp, đang chờ duyệt: không sửa được.',
    );
  });

  it('validates inline with the shared rule and refuses to save invalid rows', async () => {
    const harness = renderGrid();
    await typeInto(harness, 'entry-value-1.2', '120');
    expect(await screen.findByTestId('entry-value-1.2-error')).toHaveTextContent(
      'Tỷ lệ phần trăm không được vượt quá 100.',
    );
    await typeInto(harness, 'entry-numerator-1.1', '60');
    expect(await screen.findByTestId('entry-numerator-1.1-error')).toHaveTextContent(
      'Tử số không được lớn hơn mẫu số.',
    );
    expect(screen.getByTestId('entry-ratio-1.1')).toHaveTextContent('= 120,0%');
    await harness.fast.click(screen.getByTestId('entry-save'));
    expect(await screen.findByTestId('entry-notice')).toHaveTextContent('Có 2 dòng chưa hợp lệ');
    expect(harness.reload).not.toHaveBeenCalled();
  });

  it('takes a decimal comma and moves to the next input on Enter', async () => {
    const harness = renderGrid();
    await typeInto(harness, 'entry-value-1.2', '85,5{Enter}');
    expect(document.activeElement).toBe(screen.getByTestId('entry-note-1.2'));
    expect(screen.queryByTestId('entry-value-1.2-error')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('entry-status-1.2')).getByText('Có thay đổi chưa lưu'),
    ).toBeInTheDocument();
  });

  it('saves changed rows with recordMeasurement, sending the version of an existing figure', async () => {
    const saved = measurement('m-1', MeasurementStatus.DRAFT, {
      numerator: 48,
      denominator: 50,
      value: 96,
      version: 5,
    });
    const created = measurement('m-9', MeasurementStatus.DRAFT, { indicatorId: 'ind-1.2', value: 85.5 });
    const harness = renderGrid([
      recordMock(
        {
          indicatorId: 'ind-1.1',
          agencyId: 'a-1',
          period: '2022-Q4',
          numerator: 48,
          denominator: 50,
          note: null,
          version: 4,
        },
        { data: { recordMeasurement: saved } },
      ),
      recordMock(
        {
          indicatorId: 'ind-1.2',
          agencyId: 'a-1',
          period: '2022-Q4',
          value: 85.5,
          note: 'Theo phần mềm một cửa',
        },
        { data: { recordMeasurement: created } },
      ),
    ]);
    await typeInto(harness, 'entry-numerator-1.1', '48');
    await typeInto(harness, 'entry-value-1.2', '85,5');
    await harness.fast.click(screen.getByTestId('entry-note-1.2'));
    await harness.fast.paste('Theo phần mềm một cửa');
    expect(screen.getByTestId('entry-submit')).toBeDisabled();
    await harness.fast.click(screen.getByTestId('entry-save'));
    expect(await screen.findByTestId('entry-notice')).toHaveTextContent('Đã lưu nháp 2 dòng.');
    expect(harness.reload).toHaveBeenCalledTimes(1);
  });

  it('shows the API field message on its row and keeps what was typed', async () => {
    const harness = renderGrid([
      recordMock(
        { indicatorId: 'ind-4.1', agencyId: 'a-1', period: '2022-Q4', value: 9, note: null, version: 2 },
        graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
          fields: [{ field: 'value', message: 'Số liệu đã được duyệt và khóa.' }],
        }),
      ),
    ]);
    await typeInto(harness, 'entry-value-4.1', '9');
    await harness.fast.click(screen.getByTestId('entry-save'));
    expect(await screen.findByTestId('entry-value-4.1-error')).toHaveTextContent(
      'Số liệu đã được duyệt và khóa.',
    );
    expect(screen.getByTestId('entry-notice')).toHaveTextContent('Đã lưu 0 dòng; 1 dòng chưa lưu được');
    expect(input('entry-value-4.1')).toHaveValue('9');
  });

  it('submits saved drafts and returned figures after a confirmation', async () => {
    const harness = renderGrid([
      {
        request: { query: SubmitMeasurementsDocument, variables: { ids: ['m-1', 'm-4'] } },
        result: {
          data: {
            submitMeasurements: [
              measurement('m-1', MeasurementStatus.SUBMITTED, { version: 5 }),
              measurement('m-4', MeasurementStatus.SUBMITTED, { version: 3 }),
            ],
          },
        },
      },
    ]);
    const submit = screen.getByTestId('entry-submit');
    expect(submit).toHaveTextContent('Nộp (2)');
    await harness.fast.click(submit);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('2 số liệu sẽ được gửi cơ quan điều phối duyệt');
    await harness.fast.click(within(dialog).getByRole('button', { name: 'Nộp' }));
    expect(await screen.findByTestId('entry-notice')).toHaveTextContent('Đã nộp 2 số liệu.');
  });
});
