import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { ReorganisationFileFormat, ReorganisationStatus } from '../../../gql/graphql';
import {
  ApplyReorganisationDocument,
  PreviewReorganisationDocument,
} from './graphql/reorganisation.operations';
import { ReorganisationWorkbench } from './reorganisation-workbench.component';

const TODAY = dayjs().format('YYYY-MM-DD');
const TODAY_VN = dayjs().format('DD/MM/YYYY');
const CSV = 'action,code,target,name\nMERGE,XA-A,XA-C,\nMERGE,XA-B,XA-C,\nRENAME,XA-C,,Xã Hòa Bình';

const input = {
  title: 'Sắp xếp cấp xã 2025',
  decision: 'Nghị quyết số 1660/NQ-UBTVQH15',
  effectiveDate: TODAY,
  file: { format: ReorganisationFileFormat.Csv, content: CSV },
};

const dependent = (id: string, label: string, agency: string) => ({
  __typename: 'ReorganisationDependent' as const,
  id,
  label,
  agency,
  successor: 'Xã Hòa Bình',
});

function preview(problems: { line: number; field: string; message: string }[]) {
  const clean = problems.length === 0;
  return {
    data: {
      previewReorganisation: {
        __typename: 'ReorganisationPreview',
        effectiveDate: TODAY,
        problems: problems.map((problem) => ({ __typename: 'ReorganisationProblem', ...problem })),
        agencies: clean
          ? [
              {
                __typename: 'ReorganisationAgencyChange',
                code: 'XA-A',
                nameBefore: 'Xã An Phú',
                nameAfter: 'Xã An Phú',
                parentBefore: 'Huyện Đông Sơn',
                parentAfter: 'Huyện Đông Sơn',
                created: false,
                ends: true,
                successor: 'Xã Hòa Bình',
              },
              {
                __typename: 'ReorganisationAgencyChange',
                code: 'XA-C',
                nameBefore: 'Xã Bình Minh',
                nameAfter: 'Xã Hòa Bình',
                parentBefore: 'Huyện Đông Sơn',
                parentAfter: 'UBND tỉnh Thanh Hóa',
                created: false,
                ends: false,
                successor: null,
              },
            ]
          : [],
        users: clean ? [dependent('u-7', 'Trần Thị Bích', 'Xã An Phú')] : [],
        tasks: clean ? [dependent('t-1', 'Rà soát thủ tục hành chính', 'Xã An Phú')] : [],
        taskCount: clean ? 3 : 0,
        groups: [],
        reports: [],
        measurementCount: clean ? 12 : 0,
      },
    },
  };
}

const applied = {
  data: {
    applyReorganisation: {
      __typename: 'AgencyReorganisation',
      id: 'r-1',
      title: input.title,
      decision: input.decision,
      effectiveDate: TODAY,
      appliedAt: '2025-07-01T01:00:00Z',
      appliedBy: 'Nguyễn Văn An',
      status: ReorganisationStatus.Applied,
      operationCount: 3,
      undoneAt: null,
      undoneBy: null,
      undoBlockedBy: null,
    },
  },
};

async function fillAndDryRun(harness: FastHarness) {
  // Pasting instead of typing: one change event per field rather than one per character.
  await harness.fast.click(screen.getByTestId('reorg-title'));
  await harness.fast.paste(input.title);
  await harness.fast.click(screen.getByTestId('reorg-decision'));
  await harness.fast.paste(input.decision);
  const picker = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await harness.fast.upload(picker, new File([CSV], 'phuong-an.csv', { type: 'text/csv' }));
  expect(await screen.findByTestId('reorg-file-name')).toHaveTextContent('phuong-an.csv (CSV)');
  await harness.fast.click(screen.getByTestId('reorg-dry-run'));
}

describe('ReorganisationWorkbench', () => {
  it('shows the problems of a dry run by line and offers no apply', async () => {
    const harness = renderFast(<ReorganisationWorkbench />, {
      role: Role.COORDINATOR,
      mocks: [
        {
          request: { query: PreviewReorganisationDocument, variables: { input } },
          result: preview([{ line: 3, field: 'target', message: 'Không tìm thấy cơ quan mã XA-C' }]),
        },
      ],
    });
    await fillAndDryRun(harness);

    const problems = await screen.findByTestId('reorg-problems');
    expect(screen.getByText('Phát hiện 1 vấn đề; chưa có thay đổi nào được ghi.')).toBeInTheDocument();
    const row = within(problems).getByText('Không tìm thấy cơ quan mã XA-C').closest('tr')!;
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(screen.queryByTestId('reorg-apply')).not.toBeInTheDocument();
  });

  it('previews the changes by name, then applies the same file after confirming the date', async () => {
    const applyResult = vi.fn(() => applied);
    const harness = renderFast(<ReorganisationWorkbench />, {
      role: Role.ADMIN,
      mocks: [
        { request: { query: PreviewReorganisationDocument, variables: { input } }, result: preview([]) },
        { request: { query: ApplyReorganisationDocument, variables: { input } }, result: applyResult },
      ],
    });
    await fillAndDryRun(harness);

    const changes = await screen.findByTestId('reorg-changes');
    const merged = within(changes).getByText('Xã An Phú').closest('tr')!;
    expect(within(merged).getByText('Ngừng hoạt động')).toBeInTheDocument();
    expect(within(merged).getByText('Kế thừa: Xã Hòa Bình')).toBeInTheDocument();
    const renamed = within(changes).getByText('Xã Hòa Bình').closest('tr')!;
    expect(within(renamed).getByText('Xã Bình Minh')).toBeInTheDocument();
    expect(within(renamed).getByText('UBND tỉnh Thanh Hóa')).toBeInTheDocument();
    expect(within(renamed).getByText('Đổi tên')).toBeInTheDocument();
    expect(within(renamed).getByText('Điều chuyển')).toBeInTheDocument();
    expect(
      screen.getByText(
        `Kết quả chạy thử: các thay đổi có hiệu lực từ ngày ${TODAY_VN}. Chưa có dữ liệu nào được ghi.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Nhiệm vụ (3)' })).toBeInTheDocument();
    expect(within(screen.getByTestId('reorg-measurements')).getByText('12')).toBeInTheDocument();

    await harness.fast.click(screen.getByRole('tab', { name: 'Người dùng (1)' }));
    expect(await screen.findByText('Trần Thị Bích')).toBeInTheDocument();
    expect(screen.getByTestId('reorg-reassign')).toBeDisabled();

    await harness.fast.click(screen.getByTestId('reorg-apply'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(new RegExp(`có hiệu lực từ ngày ${TODAY_VN}`))).toBeInTheDocument();
    expect(applyResult).not.toHaveBeenCalled();
    await harness.fast.click(within(dialog).getByRole('button', { name: 'Áp dụng' }));

    expect(await screen.findByTestId('reorg-applied')).toHaveTextContent(
      `Đã áp dụng “Sắp xếp cấp xã 2025”, hiệu lực từ ngày ${TODAY_VN}.`,
    );
    expect(applyResult).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('reorg-reassign')).toBeEnabled();
  });

  it('shows the problems the real run reports when the tree changed after the dry run', async () => {
    const harness = renderFast(<ReorganisationWorkbench />, {
      role: Role.COORDINATOR,
      mocks: [
        { request: { query: PreviewReorganisationDocument, variables: { input } }, result: preview([]) },
        {
          request: { query: ApplyReorganisationDocument, variables: { input } },
          result: graphQLError('BAD_USER_INPUT', 'Có 1 vấn đề', {
            problems: [{ line: 2, field: 'code', message: 'Xã An Phú đã ngừng hoạt động' }],
          }),
        },
      ],
    });
    await fillAndDryRun(harness);
    await harness.fast.click(await screen.findByTestId('reorg-apply'));
    await harness.fast.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Áp dụng' }),
    );

    const problems = await screen.findByTestId('reorg-problems');
    expect(within(problems).getByText('Xã An Phú đã ngừng hoạt động')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('reorg-apply')).toBeDisabled());
  });
});
