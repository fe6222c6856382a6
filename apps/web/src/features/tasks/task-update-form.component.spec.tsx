import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PlanItemStatus, Role } from '@partrack/shared';
import { graphQLError, renderWithProviders } from '../../testing/test-harness';
import { AssignmentRole } from '../../gql/graphql';
import { PostTaskUpdateDocument } from './graphql/task.operations';
import { renderFast } from '../../testing/fast-user';
import { TaskUpdateForm, type UpdatableTask } from './task-update-form.component';

const TASK: UpdatableTask = {
  id: 'task-316',
  version: 7,
  status: PlanItemStatus.IN_PROGRESS,
  progress: 30,
  completedOn: null,
};

function posted(input: Record<string, unknown>) {
  return {
    request: { query: PostTaskUpdateDocument, variables: { input } },
    result: {
      data: {
        postTaskUpdate: {
          __typename: 'TaskUpdate',
          id: 'u-1',
          itemId: 'task-316',
          agencyId: 'a-1',
          agency: { __typename: 'Agency', id: 'a-1', name: 'Sở Nội vụ' },
          role: AssignmentRole.Lead,
          authorLabel: 'can.bo@noivu.gov.vn',
          createdAt: '2022-04-05T02:00:00.000Z',
          progress: 50,
          status: PlanItemStatus.IN_PROGRESS,
          note: null,
          evidenceNumber: null,
          evidenceDate: null,
          evidenceLink: null,
        },
      },
    },
  };
}

function renderForm(role: AssignmentRole, mocks: Parameters<typeof renderWithProviders>[1] = {}) {
  const onPosted = vi.fn();
  const onReload = vi.fn();
  const harness = renderFast(
    <TaskUpdateForm task={TASK} role={role} onPosted={onPosted} onReload={onReload} />,
    { role: Role.AGENCY_OFFICER, ...mocks },
  );
  return { ...harness, onPosted, onReload };
}

async function setProgress(user: ReturnType<typeof renderForm>['fast'], value: string) {
  const input = screen.getByTestId('task-update-progress');
  const field = input.tagName === 'INPUT' ? input : input.querySelector('input')!;
  await user.clear(field);
  await user.type(field, value);
}

/** Pasting is much faster than typing character by character, and the form cannot tell the difference. */
async function fill(user: ReturnType<typeof renderForm>['fast'], testId: string, text: string) {
  await user.click(screen.getByTestId(testId));
  await user.paste(text);
}

describe('TaskUpdateForm', () => {
  it('shows the lead progress, status and evidence, and a coordinating agency only a note and evidence', () => {
    const lead = renderForm(AssignmentRole.Lead);
    expect(screen.getByTestId('task-update-progress')).toBeInTheDocument();
    expect(screen.getByTestId('task-update-status')).toBeInTheDocument();
    expect(screen.getByTestId('task-update-evidence-link')).toBeInTheDocument();
    lead.unmount();

    renderForm(AssignmentRole.Coordinator);
    expect(screen.queryByTestId('task-update-progress')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-update-status')).not.toBeInTheDocument();
    expect(screen.getByTestId('task-update-note')).toBeInTheDocument();
    expect(screen.getByTestId('task-update-evidence-link')).toBeInTheDocument();
    expect(screen.getByText(/tiến độ và trạng thái do cơ quan chủ trì cập nhật/)).toBeInTheDocument();
  });

  it('sends the lead progress with the version the form was filled with', async () => {
    const { fast: user, onPosted } = renderForm(AssignmentRole.Lead, {
      mocks: [posted({ itemId: 'task-316', version: 7, progress: 50, note: 'Đã mở 2 lớp' })],
    });
    await setProgress(user, '50');
    await fill(user, 'task-update-note', 'Đã mở 2 lớp');
    await user.click(screen.getByTestId('task-update-submit'));
    await waitFor(() => expect(onPosted).toHaveBeenCalledTimes(1));
  });

  it('sends only the note and evidence of a coordinating agency, without a version', async () => {
    const { fast: user, onPosted } = renderForm(AssignmentRole.Coordinator, {
      mocks: [
        posted({
          itemId: 'task-316',
          evidence: { number: '12/BC-STC', link: 'https://vanban.quangnam.gov.vn/12' },
          note: 'Đã góp ý dự thảo',
        }),
      ],
    });
    await fill(user, 'task-update-evidence-number', '12/BC-STC');
    await fill(user, 'task-update-evidence-link', 'https://vanban.quangnam.gov.vn/12');
    await fill(user, 'task-update-note', 'Đã góp ý dự thảo');
    await user.click(screen.getByTestId('task-update-submit'));
    await waitFor(() => expect(onPosted).toHaveBeenCalledTimes(1));
  });

  it('explains a stale version and offers to reload', async () => {
    const {
      fast: user,
      onPosted,
      onReload,
    } = renderForm(AssignmentRole.Lead, {
      mocks: [
        {
          request: {
            query: PostTaskUpdateDocument,
            variables: { input: { itemId: 'task-316', version: 7, progress: 80 } },
          },
          result: graphQLError('CONFLICT', 'Stale version'),
        },
      ],
    });
    await setProgress(user, '80');
    await user.click(screen.getByTestId('task-update-submit'));

    const alert = await screen.findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('Bản ghi đã được người khác thay đổi');
    expect(onPosted).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('validates inline: something to say, a whole-number progress, a web address', async () => {
    const { fast: user } = renderForm(AssignmentRole.Lead);
    await user.click(screen.getByTestId('task-update-submit'));
    expect(await screen.findByText(/Nhập nội dung cập nhật/)).toBeInTheDocument();

    await fill(user, 'task-update-evidence-link', 'vanban/12');
    await user.click(screen.getByTestId('task-update-submit'));
    expect(await screen.findByText(/Đường dẫn phải là địa chỉ web đầy đủ/)).toBeInTheDocument();
  });
});
