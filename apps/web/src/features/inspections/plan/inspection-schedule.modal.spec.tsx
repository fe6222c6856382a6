import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { ScheduleInspectionDocument } from '../graphql/inspections.operations';
import {
  inspectionDetail,
  inspectionMock,
  inspectionRow,
  teamCandidatesMock,
  teamMember,
  teamOf,
} from '../inspections.fixtures';
import { InspectionScheduleModal } from './inspection-schedule.modal';

const scheduleRequest = (version: number, month: number, teamUserIds: string[]) => ({
  query: ScheduleInspectionDocument,
  variables: { input: { id: 'i-1', version, month, teamUserIds } },
});

const memberNames = () =>
  within(screen.getByTestId('inspection-team-list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('InspectionScheduleModal', () => {
  it('shows the team by name, finds a person by name, reorders and removes, and saves the team leader first', async () => {
    const onClose = vi.fn();
    const row = inspectionRow('i-1', teamOf(['u-1', 'Nguyễn Văn An'], ['u-2', 'Trần Thị Bình']));
    const chau = teamMember('u-3', 'Đỗ Minh Châu', { agencyName: 'UBND huyện Long Thành' });
    const { fast } = renderFast(<InspectionScheduleModal inspection={row} onClose={onClose} />, {
      role: Role.COORDINATOR,
      mocks: [
        teamCandidatesMock(null, []),
        teamCandidatesMock('Châu', [chau]),
        {
          request: scheduleRequest(1, 3, ['u-3', 'u-1']),
          result: { data: { scheduleInspection: { ...row, version: 2 } } },
        },
      ],
    });
    expect(memberNames()).toEqual(['Nguyễn Văn An — Sở Nội vụTrưởng đoàn', 'Trần Thị Bình — Sở Nội vụ']);
    const input = screen.getByTestId('inspection-team-search').querySelector('input') as HTMLElement;
    await fast.click(input);
    await fast.type(input, 'Châu');
    const option = await waitFor(
      () => {
        const found = screen
          .getAllByText('Đỗ Minh Châu — UBND huyện Long Thành')
          .find((el) => el.closest('.ant-select-item-option'));
        expect(found).toBeDefined();
        return found as HTMLElement;
      },
      { timeout: 5000 },
    );
    await fast.click(option);
    expect(memberNames()).toHaveLength(3);
    await fast.click(screen.getByTestId('inspection-team-remove-1'));
    await fast.click(screen.getByTestId('inspection-team-up-1'));
    expect(memberNames()).toEqual([
      'Đỗ Minh Châu — UBND huyện Long ThànhTrưởng đoàn',
      'Nguyễn Văn An — Sở Nội vụ',
    ]);
    expect(screen.getByTestId('inspection-team-up-0')).toBeDisabled();
    expect(screen.getByTestId('inspection-team-down-1')).toBeDisabled();
    await fast.click(screen.getByTestId('inspection-schedule-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
  });

  it('reloads the inspection after a version conflict and saves the month and team on the new version', async () => {
    const onClose = vi.fn();
    const row = inspectionRow('i-1', teamOf(['u-1', 'Nguyễn Văn An']));
    const latest = inspectionDetail({ version: 2, month: 7, ...teamOf(['u-2', 'Trần Thị Bình']) });
    const { fast } = renderFast(<InspectionScheduleModal inspection={row} onClose={onClose} />, {
      role: Role.COORDINATOR,
      mocks: [
        teamCandidatesMock(null, []),
        {
          request: scheduleRequest(1, 3, ['u-1']),
          result: graphQLError('CONFLICT', 'Cuộc kiểm tra đã được người khác sửa.'),
        },
        inspectionMock(latest),
        {
          request: scheduleRequest(2, 7, ['u-2']),
          result: { data: { scheduleInspection: { ...row, version: 3, month: 7 } } },
        },
      ],
    });
    await fast.click(screen.getByTestId('inspection-schedule-submit'));
    const alert = await screen.findByTestId('conflict-alert');
    await fast.click(within(alert).getByRole('button'));
    await waitForReloaded('inspection-schedule-submit');
    expect(screen.getByTestId('inspection-schedule-form')).toHaveTextContent('Tháng 7');
    expect(memberNames()).toEqual(['Trần Thị Bình — Sở Nội vụTrưởng đoàn']);
    await fast.click(screen.getByTestId('inspection-schedule-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
  });

  it('asks for the month and says when the team is empty', async () => {
    const { fast } = renderFast(
      <InspectionScheduleModal inspection={inspectionRow('i-1', { month: null })} onClose={vi.fn()} />,
      { role: Role.COORDINATOR, mocks: [teamCandidatesMock(null, [])] },
    );
    expect(screen.getByText('Chưa có thành viên nào.')).toBeInTheDocument();
    await fast.click(screen.getByTestId('inspection-schedule-submit'));
    expect(await screen.findByText('Chọn tháng kiểm tra')).toBeInTheDocument();
  });
});
