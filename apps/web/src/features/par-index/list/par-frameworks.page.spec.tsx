import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { ParFrameworkStatus, ParTargetGroup, Role } from '@partrack/shared';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, renderWithProviders, type HarnessOptions } from '../../../testing/test-harness';
import {
  CopyParFrameworkDocument,
  CreateParFrameworkDocument,
  ParFrameworkTemplateDocument,
} from '../graphql/par-index.operations';
import {
  exportedFile,
  frameworkRow,
  frameworksMock,
  importMock,
  XLSX_BYTES,
  XLSX_MIME,
} from '../par-index.fixtures';
import { ParFrameworksPage } from './par-frameworks.page';

const ROWS = [
  frameworkRow('fw-1', {
    criteria: [
      { __typename: 'ParCriterion', id: 'c1' },
      { __typename: 'ParCriterion', id: 'c2' },
    ],
    totalPoints: 100,
  }),
  frameworkRow('fw-2', {
    targetGroup: ParTargetGroup.COMMUNE,
    name: 'Bộ tiêu chí mẫu cấp xã',
    isSample: true,
    status: ParFrameworkStatus.LOCKED,
    totalPoints: 99.5,
  }),
  frameworkRow('fw-3', { targetGroup: ParTargetGroup.PROVINCE, name: 'Bộ tiêu chí sửa đổi', revision: 2 }),
];

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

function renderList(role: Role, mocks: NonNullable<HarnessOptions['mocks']>, route = '/par-index') {
  return renderFast(
    <Routes>
      <Route
        path="/par-index"
        element={
          <>
            <ParFrameworksPage />
            <LocationProbe />
          </>
        }
      />
      <Route path="/par-index/frameworks/:id" element={<LocationProbe />} />
    </Routes>,
    { role, route, mocks },
  );
}

async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

describe('ParFrameworksPage', () => {
  it('lists the frameworks with Vietnamese group names, status, sample and revision tags', async () => {
    renderList(Role.VIEWER, [frameworksMock(ROWS)]);
    const table = await screen.findByTestId('par-frameworks-table');
    await within(table).findByTestId('par-link-fw-1');
    const [first, sample, revised] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByText('Sở, ban, ngành')).toBeInTheDocument();
    expect(within(first).getByText('Bản nháp')).toBeInTheDocument();
    expect(within(first).getByText('2')).toBeInTheDocument();
    expect(within(first).queryByTestId('par-sample')).not.toBeInTheDocument();
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/par-index/frameworks/fw-1');

    expect(within(sample).getByText('UBND cấp xã, phường')).toBeInTheDocument();
    expect(within(sample).getByTestId('par-sample')).toHaveTextContent('Mẫu');
    expect(within(sample).getByText('Đã khóa')).toBeInTheDocument();
    expect(within(sample).getByText('99,5')).toBeInTheDocument();

    expect(within(revised).getByText('Tỉnh (Chỉ số CCHC quốc gia)')).toBeInTheDocument();
    expect(within(revised).getByTestId('par-revision')).toHaveTextContent('Lần 2');
    // No raw enum codes on screen.
    expect(table).not.toHaveTextContent(/DEPARTMENT|COMMUNE|DRAFT|LOCKED/);
  });

  it('offers creating and copying only to those who manage frameworks', async () => {
    renderList(Role.VIEWER, [frameworksMock(ROWS)]);
    await screen.findByTestId('par-link-fw-1');
    expect(screen.queryByTestId('par-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-copy-fw-1')).not.toBeInTheDocument();
  });

  it('reads the filters from the URL and says when nothing matches', async () => {
    renderList(
      Role.VIEWER,
      [frameworksMock([], { year: 2024, targetGroup: ParTargetGroup.COMMUNE })],
      '/par-index?year=2024&group=COMMUNE',
    );
    expect(await screen.findByText('Không có kết quả phù hợp với điều kiện lọc')).toBeInTheDocument();
    expect(screen.getByText('UBND cấp xã, phường')).toBeInTheDocument();
  });

  it('shows the error with a retry when the list cannot be loaded', async () => {
    renderWithProviders(<ParFrameworksPage />, {
      role: Role.VIEWER,
      mocks: [
        {
          request: frameworksMock([]).request,
          result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ gặp sự cố.'),
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ gặp sự cố.');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('creates a framework with 100 points by default and opens it', async () => {
    const harness = renderList(Role.COORDINATOR, [
      frameworksMock(ROWS),
      // The creation evicts the list, which a mounted table fetches again.
      frameworksMock(ROWS),
      {
        request: {
          query: CreateParFrameworkDocument,
          variables: {
            input: {
              year: 2025,
              targetGroup: ParTargetGroup.DISTRICT,
              name: 'Bộ tiêu chí cấp huyện 2025',
              decisionNumber: null,
              totalPoints: 100,
            },
          },
        },
        result: { data: { createParFramework: frameworkRow('fw-new', { year: 2025 }) } },
      },
    ]);
    await harness.fast.click(await screen.findByTestId('par-create'));
    const year = screen.getByTestId('par-create-year');
    await harness.fast.clear(year);
    await harness.fast.type(year, '2025');
    await choose(harness, 'par-create-group', 'UBND cấp huyện');
    await harness.fast.click(screen.getByTestId('par-create-name'));
    await harness.fast.paste('Bộ tiêu chí cấp huyện 2025');
    await harness.fast.click(screen.getByTestId('par-create-submit'));
    await waitFor(
      () => expect(screen.getByTestId('location')).toHaveTextContent('/par-index/frameworks/fw-new'),
      { timeout: 5000 },
    );
  });

  it('copies a framework to the next year, moving the year in its name', async () => {
    const source = frameworkRow('fw-1', { name: 'Bộ tiêu chí năm 2024' });
    const harness = renderList(Role.COORDINATOR, [
      frameworksMock([source]),
      frameworksMock([source]),
      {
        request: {
          query: CopyParFrameworkDocument,
          variables: { input: { id: 'fw-1', year: 2025, name: 'Bộ tiêu chí năm 2025' } },
        },
        result: {
          data: { copyParFramework: frameworkRow('fw-copy', { year: 2025, name: 'Bộ tiêu chí năm 2025' }) },
        },
      },
    ]);
    await harness.fast.click(await screen.findByTestId('par-copy-fw-1'));
    expect(screen.getByTestId('par-copy-year')).toHaveValue('2025');
    expect(screen.getByTestId('par-copy-name')).toHaveValue('Bộ tiêu chí năm 2025');
    await harness.fast.click(screen.getByTestId('par-copy-submit'));
    await waitFor(
      () => expect(screen.getByTestId('location')).toHaveTextContent('/par-index/frameworks/fw-copy'),
      { timeout: 5000 },
    );
  });
});

describe('ParFrameworksPage with Excel', () => {
  let downloads: DownloadSpy;

  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  it('lets any reader download the blank template, and only coordinators import', async () => {
    const harness = renderList(Role.VIEWER, [
      frameworksMock(ROWS),
      {
        request: { query: ParFrameworkTemplateDocument },
        result: { data: { parFrameworkTemplate: exportedFile('mau-bo-tieu-chi-cchc.xlsx') } },
      },
    ]);
    await screen.findByTestId('par-link-fw-1');
    expect(screen.queryByTestId('par-import')).not.toBeInTheDocument();
    const button = screen.getByTestId('par-template');
    expect(button).toHaveTextContent('Tải mẫu Excel');
    await harness.fast.click(button);
    await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
    expect(downloads.links[0]?.download).toBe('mau-bo-tieu-chi-cchc.xlsx');
    expect(downloads.blobs[0]?.type).toBe(XLSX_MIME);
    expect(screen.queryByTestId('par-template-error')).not.toBeInTheDocument();
  });

  it('imports a framework from Excel after a clean check and opens the new draft', async () => {
    const created = frameworkRow('fw-imported', { year: 2025 });
    const harness = renderList(Role.COORDINATOR, [
      frameworksMock(ROWS),
      // The import evicts the list, which the still mounted table fetches again.
      frameworksMock(ROWS),
      importMock(2025, true),
      importMock(2025, false, [], created),
    ]);
    await harness.fast.click(await screen.findByTestId('par-import'));
    const year = await screen.findByTestId('par-import-year');
    await harness.fast.clear(year);
    await harness.fast.type(year, '2025');
    const input =
      screen.getByTestId('par-import-file').querySelector('input[type=file]') ??
      document.querySelector('input[type=file]');
    await harness.fast.upload(
      input as HTMLInputElement,
      new File([XLSX_BYTES], 'bo-tieu-chi.xlsx', { type: XLSX_MIME }),
    );
    await screen.findByTestId('par-import-loaded');
    await harness.fast.click(screen.getByTestId('par-import-check'));
    expect(await screen.findByTestId('par-import-summary')).toHaveTextContent(
      'Đọc được 7 mục, tổng 100 điểm',
    );
    await harness.fast.click(screen.getByTestId('par-import-confirm'));
    await waitFor(
      () => expect(screen.getByTestId('location')).toHaveTextContent('/par-index/frameworks/fw-imported'),
      { timeout: 5000 },
    );
  });
});
