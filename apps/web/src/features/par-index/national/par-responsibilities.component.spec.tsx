import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { AssignParResponsibilitiesDocument } from '../graphql/par-national.operations';
import {
  agencyTreeMock,
  assignMock,
  nationalAssessment,
  pick,
  renderNational,
  responsibility,
} from './par-national.fixtures';

// The machine running the suite may be loaded: antd screens take a while to render.
const SLOW = { timeout: 10000 };

// Area 1 goes to Sở Nội vụ: everything under it answers to it until an item gets its own agency.
const DRAFT = nationalAssessment({ responsibilities: [responsibility('c-1', 'nv')] });

describe('ParResponsibilities', () => {
  it('shows inherited agencies greyed and sends only the changed items with the version', async () => {
    const after = nationalAssessment({
      version: 4,
      responsibilities: [responsibility('c-1', 'nv'), responsibility('c-1.2', 'yt')],
    });
    const harness = renderNational(Role.COORDINATOR, DRAFT, [
      agencyTreeMock,
      assignMock({ id: 'as-p', version: 3, assignments: [{ criterionId: 'c-1.2', agencyId: 'yt' }] }, after),
    ]);
    expect(await screen.findByTestId('par-assign-inherited-1.1', {}, SLOW)).toHaveTextContent(
      'Sở Nội vụ · theo mục cha 1',
    );
    expect(screen.getByTestId('par-assign-inherited-1.2.1')).toHaveTextContent('Sở Nội vụ · theo mục cha 1');
    expect(screen.queryByTestId('par-assign-inherited-2.1')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-assign-save')).toBeDisabled();

    await pick(harness, 'par-assign-picker-1.2', 'Y tế', 'Sở Y tế · SYT');
    // The nearest assignment wins, before anything is saved.
    expect(screen.getByTestId('par-assign-inherited-1.2.1')).toHaveTextContent('Sở Y tế · theo mục cha 1.2');
    expect(screen.getByTestId('par-assign-inherited-1.1')).toHaveTextContent('Sở Nội vụ · theo mục cha 1');
    expect(screen.getByTestId('par-assign-save')).toHaveTextContent('Lưu (1 thay đổi)');

    await harness.fast.click(screen.getByTestId('par-assign-save'));
    expect(await screen.findByText('Đã lưu 1 thay đổi phân công.', {}, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('par-assign-save')).toBeDisabled(), SLOW);
    expect(screen.getByTestId('par-assign-inherited-1.2.1')).toHaveTextContent('Sở Y tế · theo mục cha 1.2');
  }, 60000);

  it('shows a refused agency on its row and the reload offer on a version conflict', async () => {
    const input = { id: 'as-p', version: 3, assignments: [{ criterionId: 'c-2', agencyId: 'dn' }] };
    const harness = renderNational(Role.COORDINATOR, DRAFT, [
      agencyTreeMock,
      {
        request: { query: AssignParResponsibilitiesDocument, variables: { input } },
        result: graphQLError('BAD_USER_INPUT', 'input.assignments[0].agencyId: Không tìm thấy cơ quan.', {
          fields: [{ field: 'input.assignments[0].agencyId', message: 'Không tìm thấy cơ quan.' }],
        }),
      },
      {
        request: { query: AssignParResponsibilitiesDocument, variables: { input } },
        result: graphQLError('CONFLICT', 'Dữ liệu đã được người khác thay đổi.'),
      },
    ]);
    await screen.findByTestId('par-assign-picker-2', {}, SLOW);
    await pick(harness, 'par-assign-picker-2', 'Đồng Văn', 'Huyện Đồng Văn · H-DV');
    await harness.fast.click(screen.getByTestId('par-assign-save'));
    expect(await screen.findByTestId('par-assign-error-2', {}, SLOW)).toHaveTextContent(
      'Không tìm thấy cơ quan.',
    );

    // A loading button ignores clicks: wait for the first answer to settle.
    await waitFor(
      () => expect(screen.getByTestId('par-assign-save')).not.toHaveClass('ant-btn-loading'),
      SLOW,
    );
    await harness.fast.click(screen.getByTestId('par-assign-save'));
    expect(await screen.findByTestId('conflict-alert', {}, SLOW)).toHaveTextContent(
      'Tải lại dữ liệu mới nhất',
    );
  }, 60000);

  it('is read-only once the assessment is submitted, with the assigned and inherited agencies', async () => {
    renderNational(
      Role.COORDINATOR,
      nationalAssessment({
        status: ParAssessmentStatus.SUBMITTED,
        responsibilities: [responsibility('c-1', 'nv')],
      }),
      [],
      '?tab=assign',
    );
    expect(await screen.findByTestId('par-assign-readonly', {}, SLOW)).toHaveTextContent(
      'Bản tự đánh giá đã được gửi: phân công không thay đổi được nữa.',
    );
    expect(screen.getByTestId('par-assign-agency-1')).toHaveTextContent('Sở Nội vụ');
    expect(screen.getByTestId('par-assign-inherited-1.1')).toHaveTextContent('Sở Nội vụ · theo mục cha 1');
    expect(screen.queryByTestId('par-assign-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-assign-picker-1')).not.toBeInTheDocument();
  });
});
