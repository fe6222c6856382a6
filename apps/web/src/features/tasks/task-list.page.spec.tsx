import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { PlanItemStatus, Role } from '@partrack/shared';
import { SortDirection, TaskOrderField, type TaskFilter } from '../../gql/graphql';
import { PROVINCE_ROWS } from '../agencies/agency-tree.fixtures';
import { AgencyTreeDocument } from '../agencies/graphql/agency-tree.operations';
import { PlanOptionsDocument } from '../plans/graphql/plan.operations';
import { blobBytes, spyOnDownloads, type DownloadSpy } from '../../testing/download-spy';
import { graphQLError } from '../../testing/test-harness';
import { ExportTasksXlsxDocument, TasksDocument } from './graphql/task.operations';
import { TaskListPage } from './task-list.page';
import { renderFast, type FastHarness } from '../../testing/fast-user';
import { taskRow } from './task.fixtures';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

const planOptions = {
  request: { query: PlanOptionsDocument, variables: { filter: null } },
  result: {
    data: {
      plans: {
        __typename: 'PlanConnection',
        edges: [
          {
            __typename: 'PlanEdge',
            node: {
              __typename: 'Plan',
              id: 'plan-1',
              code: 'KH-CCHC-2022',
              title: 'Kế hoạch CCHC năm 2022',
              year: 2022,
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

const agencyTree = {
  request: { query: AgencyTreeDocument, variables: () => true },
  result: { data: { agencyTree: PROVINCE_ROWS } },
  maxUsageCount: 20,
};

function tasksMock(
  filter: TaskFilter,
  field: TaskOrderField,
  direction: SortDirection,
  code: string,
  totalCount = 1,
) {
  return {
    request: {
      query: TasksDocument,
      variables: { filter, orderBy: { field, direction }, first: 20, after: null },
    },
    result: {
      data: {
        tasks: {
          __typename: 'PlanItemConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [{ __typename: 'PlanItemEdge', cursor: 'c1', node: taskRow({ id: `t-${code}`, code }) }],
        },
      },
    },
  };
}

/** antd renders options in a popup; pick the one with this label. */
async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(label);
  const option = options.find((element) => element.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

describe('TaskListPage', () => {
  it('reads its filters from the URL and writes every change back to it', async () => {
    const harness = renderFast(
      <>
        <TaskListPage />
        <LocationProbe />
      </>,
      {
        role: Role.VIEWER,
        route: '/tasks?plan=plan-1&area=IV&status=IN_PROGRESS&q=%C4%91%C3%A0o+t%E1%BA%A1o&sort=-due',
        mocks: [
          planOptions,
          agencyTree,
          tasksMock(
            { planId: 'plan-1', areaCode: 'IV', statuses: [PlanItemStatus.IN_PROGRESS], search: 'đào tạo' },
            TaskOrderField.DueDate,
            SortDirection.Desc,
            '3.16',
          ),
          tasksMock(
            {
              planId: 'plan-1',
              areaCode: 'IV',
              statuses: [PlanItemStatus.IN_PROGRESS],
              overdue: true,
              search: 'đào tạo',
            },
            TaskOrderField.DueDate,
            SortDirection.Desc,
            '3.17',
          ),
          tasksMock({ planId: 'plan-1' }, TaskOrderField.DueDate, SortDirection.Desc, '3.18'),
        ],
      },
    );

    // The URL's filters are applied to the query and shown in the controls.
    expect(await screen.findByTestId('task-link-3.16')).toHaveAttribute('href', '/tasks/t-3.16');
    const filters = screen.getByTestId('task-filters');
    expect(within(filters).getByText('IV. Cải cách chế độ công vụ')).toBeInTheDocument();
    expect(within(screen.getByTestId('task-filter-status')).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(filters).getByText('Thời hạn')).toBeInTheDocument();
    expect(screen.getByTestId('task-filter-search').querySelector('input')).toHaveValue('đào tạo');

    // A change goes to the URL (so reload and sharing keep it) and from there to the query.
    await choose(harness, 'task-filter-overdue', 'Chỉ nhiệm vụ quá hạn');
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/tasks?plan=plan-1&area=IV&status=IN_PROGRESS&overdue=1&q=%C4%91%C3%A0o+t%E1%BA%A1o&sort=-due',
      ),
    );
    expect(await screen.findByTestId('task-link-3.17')).toBeInTheDocument();

    // Clearing keeps the plan and the order.
    await harness.fast.click(screen.getByTestId('task-filter-clear'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/tasks?plan=plan-1&sort=-due'),
    );
    expect(await screen.findByTestId('task-link-3.18')).toBeInTheDocument();
  });

  it('shows the overdue badge in red with the days past due', async () => {
    renderFast(<TaskListPage />, {
      role: Role.VIEWER,
      route: '/tasks?plan=plan-1',
      mocks: [
        planOptions,
        agencyTree,
        tasksMock({ planId: 'plan-1' }, TaskOrderField.Document, SortDirection.Asc, '3.16'),
      ],
    });
    const badge = await screen.findByTestId('overdue-badge');
    expect(badge).toHaveTextContent('Quá hạn 12 ngày');
    expect(badge.className).toMatch(/error/);
  });
});

describe('TaskListPage export', () => {
  const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  // Every kind of filter the URL can hold, and a non-default sort.
  const route =
    '/tasks?plan=plan-1&area=IV&status=IN_PROGRESS,NOT_STARTED&overdue=0&dueFrom=2022-10-01&dueTo=2022-12-31&q=b%C3%A1o+c%C3%A1o&sort=-progress';
  const filter: TaskFilter = {
    planId: 'plan-1',
    areaCode: 'IV',
    statuses: [PlanItemStatus.IN_PROGRESS, PlanItemStatus.NOT_STARTED],
    overdue: false,
    dueFrom: '2022-10-01',
    dueTo: '2022-12-31',
    search: 'báo cáo',
  };
  const orderBy = { field: TaskOrderField.Progress, direction: SortDirection.Desc };
  let downloads: DownloadSpy;

  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  const exportMock = (result: Record<string, unknown>) => ({
    request: { query: ExportTasksXlsxDocument, variables: { filter, orderBy } },
    result,
    // Long enough to see the busy button even on a loaded test machine.
    delay: 400,
  });

  it('exports exactly the filters and sort of the URL and downloads the workbook', async () => {
    const harness = renderFast(<TaskListPage />, {
      role: Role.VIEWER,
      route,
      mocks: [
        planOptions,
        agencyTree,
        tasksMock(filter, TaskOrderField.Progress, SortDirection.Desc, '3.16', 6000),
        exportMock({
          data: {
            exportTasksXlsx: {
              __typename: 'ExportedFile',
              filename: 'nhiem-vu-2022-11-02.xlsx',
              mimeType: XLSX_MIME,
              contentBase64: 'UEsDBA==',
            },
          },
        }),
      ],
    });
    await screen.findByTestId('task-link-3.16');

    const button = screen.getByTestId('task-export');
    expect(button).toHaveTextContent('Xuất Excel');
    await harness.fast.click(button);
    // Busy while the API builds the file.
    expect(button).toHaveClass('ant-btn-loading');
    await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
    expect(button).not.toHaveClass('ant-btn-loading');

    expect(downloads.links[0]?.download).toBe('nhiem-vu-2022-11-02.xlsx');
    const [blob] = downloads.blobs;
    expect(blob?.type).toBe(XLSX_MIME);
    expect(blob && (await blobBytes(blob))).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    // The list is longer than the API puts in a file: the user is told.
    expect(screen.getByTestId('task-export-truncated')).toHaveTextContent(
      'Danh sách có 6.000 nhiệm vụ; tệp Excel chỉ gồm 5.000 nhiệm vụ đầu tiên.',
    );
    expect(screen.queryByTestId('task-export-error')).not.toBeInTheDocument();
  });

  it('says why the export failed and downloads nothing', async () => {
    const harness = renderFast(<TaskListPage />, {
      role: Role.VIEWER,
      route,
      mocks: [
        planOptions,
        agencyTree,
        tasksMock(filter, TaskOrderField.Progress, SortDirection.Desc, '3.16'),
        exportMock(graphQLError('INTERNAL_SERVER_ERROR', 'Không tạo được tệp Excel, vui lòng thử lại.')),
      ],
    });
    await screen.findByTestId('task-link-3.16');
    await harness.fast.click(screen.getByTestId('task-export'));

    const alert = await screen.findByTestId('task-export-error');
    expect(alert).toHaveTextContent('Không tải được tệp');
    expect(alert).toHaveTextContent('Không tạo được tệp Excel, vui lòng thử lại.');
    expect(downloads.links).toHaveLength(0);
    expect(screen.getByTestId('task-export')).not.toHaveClass('ant-btn-loading');
    expect(screen.queryByTestId('task-export-truncated')).not.toBeInTheDocument();
  });
});
