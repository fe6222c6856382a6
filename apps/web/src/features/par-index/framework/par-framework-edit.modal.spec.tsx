import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { UpdateParFrameworkDocument } from '../graphql/par-index.operations';
import { frameworkDetail } from '../par-index.fixtures';
import { ParFrameworkEditModal } from './par-framework-edit.modal';

const framework = frameworkDetail();

const updateRequest = (name: string) => ({
  query: UpdateParFrameworkDocument,
  variables: {
    input: {
      id: 'fw-1',
      version: 1,
      name,
      decisionNumber: '3463/QĐ-UBND',
      totalPoints: 100,
      bands: [
        { code: 'A', label: 'Nhóm A', minIndex: 90 },
        { code: 'B', label: 'Nhóm B', minIndex: 80 },
        { code: 'D', label: 'Nhóm D', minIndex: 0 },
      ],
    },
  },
});

function renderModal(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const harness = renderFast(<ParFrameworkEditModal framework={framework} onClose={onClose} />, {
    role: Role.COORDINATOR,
    mocks,
  });
  return { ...harness, onClose };
}

describe('ParFrameworkEditModal', () => {
  it('saves the name with the version it was opened with and the bands as they are', async () => {
    const harness = renderModal([
      {
        request: updateRequest('Bộ tiêu chí sửa tên'),
        result: { data: { updateParFramework: { ...framework, name: 'Bộ tiêu chí sửa tên', version: 2 } } },
      },
    ]);
    expect(screen.getByLabelText('Chỉ số tối thiểu của mức 1')).toHaveValue('90');
    await harness.fast.clear(screen.getByTestId('par-edit-name'));
    await harness.fast.click(screen.getByTestId('par-edit-name'));
    await harness.fast.paste('Bộ tiêu chí sửa tên');
    await harness.fast.click(screen.getByTestId('par-edit-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Đã lưu thông tin bộ tiêu chí.')).toBeInTheDocument();
  });

  it('shows the API’s message about the bands under the bands', async () => {
    const harness = renderModal([
      {
        request: updateRequest(framework.name),
        result: graphQLError('BAD_USER_INPUT', 'bands: …', {
          fields: [
            {
              field: 'bands',
              message: 'Các mức xếp loại cần mã khác nhau và mức điểm sàn khác nhau trong khoảng 0–100.',
            },
          ],
        }),
      },
    ]);
    await harness.fast.click(screen.getByTestId('par-edit-submit'));
    const error = await screen.findByText(
      'Các mức xếp loại cần mã khác nhau và mức điểm sàn khác nhau trong khoảng 0–100.',
    );
    expect(screen.getByTestId('par-bands-editor')).toContainElement(error);
    expect(harness.onClose).not.toHaveBeenCalled();
  });
});
