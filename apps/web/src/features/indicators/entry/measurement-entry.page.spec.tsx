import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndicatorAggregation, IndicatorUnit, MeasurementStatus, Role } from '@partrack/shared';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { MeasurementEntriesDocument, MeasurementTemplateDocument } from '../graphql/measurement.operations';
import { entry, measurement, plansMock } from '../indicator.fixtures';
import { MeasurementEntryPage } from './measurement-entry.page';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function entriesMock(period: string, rows: ReturnType<typeof entry>[]) {
  return {
    // The officer's own agency (a-1 in the test session).
    request: {
      query: MeasurementEntriesDocument,
      variables: { planId: 'plan-2022', agencyId: 'a-1', period },
    },
    result: { data: { measurementEntries: rows } },
  };
}

function renderEntry(route: string, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(<MeasurementEntryPage />, {
    role: Role.AGENCY_OFFICER,
    route,
    mocks: [plansMock, ...mocks],
  });
}

describe('MeasurementEntryPage', () => {
  let downloads: DownloadSpy;
  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  it('opens the grid of the user’s agency for the newest active plan and its latest ended quarter', async () => {
    renderEntry('/indicators/entry', [
      entriesMock('2022-Q4', [
        entry(
          '1.1',
          IndicatorUnit.PERCENT,
          IndicatorAggregation.RATIO,
          measurement('m-1', MeasurementStatus.DRAFT, {
            numerator: 45,
            denominator: 50,
            value: 90,
          }),
        ),
      ]),
    ]);
    expect(await screen.findByTestId('entry-grid')).toHaveTextContent('1.1. Chỉ tiêu 1.1');
    // Agency staff enter for their own agency only: no agency picker.
    expect(screen.queryByTestId('entry-agency')).not.toBeInTheDocument();
  });

  it('explains an empty grid and downloads the Excel template for the period', async () => {
    const harness = renderEntry('/indicators/entry?period=2022-H2', [
      entriesMock('2022-H2', []),
      {
        request: {
          query: MeasurementTemplateDocument,
          variables: { input: { planId: 'plan-2022', period: '2022-H2', rootAgencyId: 'a-1' } },
        },
        result: {
          data: {
            measurementTemplate: {
              __typename: 'ExportedFile',
              filename: 'KH-CCHC-2022-so-lieu-2022-H2.xlsx',
              mimeType: XLSX_MIME,
              contentBase64: 'UEsDBA==',
            },
          },
        },
      },
    ]);
    expect(
      await screen.findByText(/Không có chỉ tiêu nào cần nhập cho 6 tháng cuối năm 2022/),
    ).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('entry-template'));
    await waitFor(() => expect(downloads.links).toHaveLength(1));
    expect(downloads.links[0]?.download).toBe('KH-CCHC-2022-so-lieu-2022-H2.xlsx');
  });
});
