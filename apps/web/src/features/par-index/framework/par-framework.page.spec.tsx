import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { ParFrameworkStatus, Role } from '@partrack/shared';
import type { ParFrameworkDetailFragment } from '../../../gql/graphql';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import {
  DeleteParCriterionDocument,
  ExportParFrameworkDocument,
  LockParFrameworkDocument,
} from '../graphql/par-index.operations';
import {
  exportedFile,
  frameworkDetail,
  frameworkMock,
  SAMPLE_CRITERIA,
  XLSX_MIME,
} from '../par-index.fixtures';
import { ParFrameworkPage } from './par-framework.page';

const PROBLEMS: ParFrameworkDetailFragment['problems'] = [
  {
    __typename: 'ParFrameworkProblem',
    code: null,
    kind: 'totalDoesNotAddUp',
    message: 'Tổng điểm tối đa các mục là 2, khác tổng điểm của bộ tiêu chí (100).',
  },
  {
    __typename: 'ParFrameworkProblem',
    code: '2',
    kind: 'leafWithoutMethod',
    message: 'Mục 2.1 chưa có cách chấm điểm.',
  },
];

function renderPage(
  role: Role,
  framework: ParFrameworkDetailFragment,
  extraMocks: NonNullable<HarnessOptions['mocks']> = [],
) {
  return renderFast(
    <Routes>
      <Route path="/par-index/frameworks/:id" element={<ParFrameworkPage />} />
    </Routes>,
    {
      role,
      route: `/par-index/frameworks/${framework.id}`,
      mocks: [frameworkMock(framework), ...extraMocks],
    },
  );
}

const rowOf = (key: string) => {
  const row = document.querySelector(`[data-testid="par-criteria"] tr[data-row-key="${key}"]`);
  if (!(row instanceof HTMLElement)) throw new Error(`no row ${key}`);
  return row;
};

describe('ParFrameworkPage', () => {
  it('shows the header with status, sample tag, total and ranking bands', async () => {
    renderPage(Role.VIEWER, frameworkDetail(SAMPLE_CRITERIA, { isSample: true, revision: 2 }));
    expect(await screen.findByTestId('par-title')).toHaveTextContent(
      'Bộ tiêu chí Chỉ số CCHC các sở, ban, ngành năm 2024',
    );
    expect(screen.getByTestId('par-status')).toHaveTextContent('Bản nháp');
    expect(screen.getByTestId('par-sample')).toHaveTextContent('Mẫu');
    expect(screen.getByTestId('par-revision')).toHaveTextContent('Lần 2');
    expect(screen.getByText('Sở, ban, ngành')).toBeInTheDocument();
    expect(screen.getByTestId('par-total')).toHaveTextContent('100');
    const bands = within(screen.getByTestId('par-bands'));
    expect(bands.getByText('A ≥ 90')).toBeInTheDocument();
    expect(bands.getByText('B ≥ 80')).toBeInTheDocument();
    expect(bands.getByText('D < 80')).toBeInTheDocument();
  });

  it('shows the items as a tree in document order, with methods, evidence and the scale in Vietnamese', async () => {
    renderPage(Role.VIEWER, frameworkDetail());
    const table = await screen.findByTestId('par-criteria');
    const keys = [...table.querySelectorAll('tbody tr[data-row-key]')].map((tr) =>
      tr.getAttribute('data-row-key'),
    );
    expect(keys).toEqual(['c-1', 'c-1.1', 'c-1.2', 'c-1.2.1', 'c-1.2.2', 'c-2', 'c-2.1']);
    expect(within(rowOf('c-1.1')).getByText('Chấm theo thang điểm')).toBeInTheDocument();
    expect(within(rowOf('c-1.1')).getByText('Cần tài liệu kiểm chứng')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('par-scale-1.1')).getByText('Hoàn thành 100%: 1 điểm'),
    ).toBeInTheDocument();
    expect(screen.getByText('Hoàn thành dưới 80%: 0,5 điểm')).toBeInTheDocument();
    expect(within(rowOf('c-1.2')).getByText('Tổng các mục con')).toBeInTheDocument();
    expect(within(rowOf('c-1.2.1')).getByText('Tính từ dữ liệu partrack')).toBeInTheDocument();
    expect(within(rowOf('c-1.2.1')).getByText('0,5')).toBeInTheDocument();
    expect(within(rowOf('c-1.2.2')).getByText('Từ kết quả khảo sát')).toBeInTheDocument();
    expect(within(rowOf('c-2.1')).getByText('Điểm thưởng')).toBeInTheDocument();
    expect(table).not.toHaveTextContent(/MANUAL|SURVEY|BONUS|SUB_CRITERION/);
    // Readers get no editing buttons.
    expect(screen.queryByTestId('par-edit-1.1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-lock')).not.toBeInTheDocument();
  });

  it('lists the problems and keeps the lock disabled while any remain', async () => {
    const harness = renderPage(Role.COORDINATOR, frameworkDetail(SAMPLE_CRITERIA, { problems: PROBLEMS }));
    const alert = await screen.findByTestId('par-problems');
    expect(alert).toHaveTextContent('Còn 2 vấn đề cần sửa trước khi khóa bộ tiêu chí:');
    expect(alert).toHaveTextContent('Tổng điểm tối đa các mục là 2, khác tổng điểm của bộ tiêu chí (100).');
    expect(alert).toHaveTextContent('Mục 2.1 chưa có cách chấm điểm.');
    expect(screen.getByTestId('par-lock')).toBeDisabled();
    await harness.fast.hover(screen.getByTestId('par-lock'));
    expect(
      await screen.findByText('Cần sửa hết các vấn đề được liệt kê trước khi khóa.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('par-balanced')).not.toBeInTheDocument();
    // Coordinators on a draft can add under areas and criteria, not under sub-criteria.
    expect(screen.getByTestId('par-add-1')).toHaveAccessibleName('Thêm tiêu chí');
    expect(screen.getByTestId('par-add-1.2')).toHaveAccessibleName('Thêm tiêu chí thành phần');
    expect(screen.queryByTestId('par-add-1.2.1')).not.toBeInTheDocument();
  });

  it('locks a framework that adds up', async () => {
    const framework = frameworkDetail();
    const harness = renderPage(Role.COORDINATOR, framework, [
      {
        request: { query: LockParFrameworkDocument, variables: { input: { id: 'fw-1', version: 1 } } },
        result: {
          data: {
            lockParFramework: {
              ...framework,
              status: ParFrameworkStatus.LOCKED,
              version: 2,
              lockedAt: '2024-03-05T02:00:00.000Z',
            },
          },
        },
      },
    ]);
    expect(await screen.findByTestId('par-balanced')).toHaveTextContent('Bộ tiêu chí đã cân đối điểm');
    await harness.fast.click(screen.getByTestId('par-lock'));
    const popup = await screen.findByRole('tooltip', { hidden: true });
    await harness.fast.click(within(popup).getByRole('button', { name: 'Khóa bộ tiêu chí' }));
    expect(await screen.findByText('Đã khóa bộ tiêu chí.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('par-status')).toHaveTextContent('Đã khóa'));
    expect(screen.getByText('05/03/2024')).toBeInTheDocument();
    expect(screen.queryByTestId('par-lock')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-edit-1.1')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-copy')).toBeInTheDocument();
  });

  it('shows why the API refused to lock', async () => {
    const harness = renderPage(Role.COORDINATOR, frameworkDetail(), [
      {
        request: { query: LockParFrameworkDocument, variables: { input: { id: 'fw-1', version: 1 } } },
        result: graphQLError('BAD_USER_INPUT', 'id: Bộ tiêu chí còn 1 vấn đề', {
          fields: [
            { field: 'id', message: 'Bộ tiêu chí còn 1 vấn đề phải sửa trước khi khóa: Mã 1 bị trùng.' },
          ],
        }),
      },
    ]);
    await harness.fast.click(await screen.findByTestId('par-lock'));
    const popup = await screen.findByRole('tooltip', { hidden: true });
    await harness.fast.click(within(popup).getByRole('button', { name: 'Khóa bộ tiêu chí' }));
    const alert = await screen.findByTestId('par-action-error');
    expect(alert).toHaveTextContent('Bộ tiêu chí còn 1 vấn đề phải sửa trước khi khóa: Mã 1 bị trùng.');
    expect(alert).not.toHaveTextContent('id:');
  });

  it('deletes an item with its children after confirming', async () => {
    const remaining = SAMPLE_CRITERIA.filter((c) => !c.id.startsWith('c-1.2'));
    const harness = renderPage(Role.COORDINATOR, frameworkDetail(), [
      {
        request: { query: DeleteParCriterionDocument, variables: { id: 'c-1.2' } },
        result: { data: { deleteParCriterion: true } },
      },
      frameworkMock(frameworkDetail(remaining)),
    ]);
    await harness.fast.click(await screen.findByTestId('par-delete-1.2'));
    const popup = await screen.findByRole('tooltip', { hidden: true });
    expect(popup).toHaveTextContent('Xóa mục và toàn bộ mục con?');
    await harness.fast.click(within(popup).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa mục 1.2.')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('tr[data-row-key="c-1.2.1"]')).toBeNull());
  });

  it('says so when the framework does not exist', async () => {
    renderFast(
      <Routes>
        <Route path="/par-index/frameworks/:id" element={<ParFrameworkPage />} />
      </Routes>,
      {
        role: Role.VIEWER,
        route: '/par-index/frameworks/missing',
        mocks: [
          {
            request: frameworkMock(frameworkDetail(SAMPLE_CRITERIA, { id: 'missing' })).request,
            result: graphQLError('NOT_FOUND', 'Không tìm thấy.'),
          },
        ],
      },
    );
    expect(
      await screen.findByText('Không tìm thấy bộ tiêu chí. Có thể bộ tiêu chí đã bị xóa.'),
    ).toBeInTheDocument();
  });
});

describe('ParFrameworkPage Excel export', () => {
  let downloads: DownloadSpy;

  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  const exportRequest = { query: ExportParFrameworkDocument, variables: { id: 'fw-1' } };

  it('lets any reader download the framework as a workbook', async () => {
    const harness = renderPage(Role.VIEWER, frameworkDetail(), [
      {
        request: exportRequest,
        result: { data: { exportParFramework: exportedFile('bo-tieu-chi-so-nganh-2024.xlsx') } },
        // Long enough to see the busy button.
        delay: 300,
      },
    ]);
    const button = await screen.findByTestId('par-export');
    expect(button).toHaveTextContent('Tải Excel');
    await harness.fast.click(button);
    expect(button).toHaveClass('ant-btn-loading');
    await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
    expect(downloads.links[0]?.download).toBe('bo-tieu-chi-so-nganh-2024.xlsx');
    expect(downloads.blobs[0]?.type).toBe(XLSX_MIME);
    await waitFor(() => expect(button).not.toHaveClass('ant-btn-loading'));
  });

  it('says why the download failed', async () => {
    const harness = renderPage(Role.VIEWER, frameworkDetail(), [
      { request: exportRequest, result: graphQLError('INTERNAL_SERVER_ERROR', 'Không tạo được tệp Excel.') },
    ]);
    await harness.fast.click(await screen.findByTestId('par-export'));
    const alert = await screen.findByTestId('par-export-error');
    expect(alert).toHaveTextContent('Không tải được tệp');
    expect(alert).toHaveTextContent('Không tạo được tệp Excel.');
    expect(downloads.links).toHaveLength(0);
  });
});
