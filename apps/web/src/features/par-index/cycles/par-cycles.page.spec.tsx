import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { ParTargetGroup, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ParFrameworksDocument } from '../graphql/par-index.operations';
import { OpenParCycleDocument } from '../graphql/par-assessment.operations';
import { cycleRow, cyclesMock } from '../par-cycle.fixtures';
import { frameworkRow, frameworksMock } from '../par-index.fixtures';
import { CYCLE_FRAMEWORKS_PAGE } from './par-cycle-open.modal';
import { ParCyclesPage } from './par-cycles.page';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

function renderList(role: Role, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(
    <Routes>
      <Route path="/par-index/cycles" element={<ParCyclesPage />} />
      <Route path="/par-index/cycles/:id" element={<LocationProbe />} />
    </Routes>,
    { role, route: '/par-index/cycles', mocks },
  );
}

const CYCLES = [cycleRow('cy-1'), cycleRow('cy-0', { year: 2023, name: 'Chỉ số CCHC năm 2023' })];

describe('ParCyclesPage', () => {
  it('lists the cycles with the due date and the phase in Vietnamese, without opening for a viewer', async () => {
    renderList(Role.VIEWER, [cyclesMock(CYCLES)]);
    const link = await screen.findByTestId('par-cycle-link-cy-1');
    expect(link).toHaveAttribute('href', '/par-index/cycles/cy-1');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Chỉ số CCHC năm 2024')).toBeInTheDocument();
    expect(within(row).getByText('15/01/2025')).toBeInTheDocument();
    expect(within(row).getByText('Tự đánh giá')).toBeInTheDocument();
    expect(screen.getByTestId('par-cycles-table')).not.toHaveTextContent('SELF_ASSESSMENT');
    expect(screen.queryByTestId('par-cycle-open')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-index-tabs')).toHaveTextContent('Bộ tiêu chí');
  });

  it('says when no cycle is open yet', async () => {
    renderList(Role.VIEWER, [cyclesMock([])]);
    expect(await screen.findByText('Chưa mở kỳ đánh giá nào.')).toBeInTheDocument();
  });

  it('shows the error with a retry when the list cannot be loaded', async () => {
    renderList(Role.VIEWER, [
      {
        request: cyclesMock([]).request,
        result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ gặp sự cố.'),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ gặp sự cố.');
  });

  it("lets a coordinator open a cycle: default name, the year's frameworks with their group", async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    const frameworks = frameworksMock(
      [
        frameworkRow('fw-d', { year, name: 'Bộ tiêu chí sở' }),
        frameworkRow('fw-h', { year, name: 'Bộ tiêu chí huyện', targetGroup: ParTargetGroup.DISTRICT }),
      ],
      { year },
    );
    const harness = renderList(Role.COORDINATOR, [
      cyclesMock(CYCLES),
      {
        request: {
          query: ParFrameworksDocument,
          variables: { filter: { year }, first: CYCLE_FRAMEWORKS_PAGE, after: null },
        },
        result: frameworks.result,
      },
    ]);
    const open = await screen.findByTestId('par-cycle-open');
    expect(open).toHaveTextContent('Mở kỳ đánh giá');
    await harness.fast.click(open);
    expect(await screen.findByTestId('par-cycle-name')).toHaveValue(`Chỉ số CCHC năm ${year}`);
    const select = screen.getByTestId('par-cycle-frameworks');
    await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
    await waitFor(() => expect(screen.getByText('Bộ tiêu chí huyện — UBND cấp huyện')).toBeInTheDocument());
    expect(screen.getByText('Bộ tiêu chí sở — Sở, ban, ngành')).toBeInTheDocument();
  });

  it('opens the cycle with the chosen framework and due date, then shows it', async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    const frameworks = frameworksMock([frameworkRow('fw-d', { year, name: 'Bộ tiêu chí sở' })], { year });
    const harness = renderList(Role.COORDINATOR, [
      cyclesMock(CYCLES),
      cyclesMock(CYCLES),
      {
        request: {
          query: ParFrameworksDocument,
          variables: { filter: { year }, first: CYCLE_FRAMEWORKS_PAGE, after: null },
        },
        result: frameworks.result,
      },
      {
        request: {
          query: OpenParCycleDocument,
          variables: {
            input: {
              year,
              name: `Chỉ số CCHC năm ${year}`,
              frameworkIds: ['fw-d'],
              selfAssessmentDue: `${year}-12-20`,
            },
          },
        },
        result: { data: { openParCycle: cycleRow('cy-new', { year }) } },
      },
    ]);
    await harness.fast.click(await screen.findByTestId('par-cycle-open'));
    const select = await screen.findByTestId('par-cycle-frameworks');
    await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
    const option = (await screen.findAllByText('Bộ tiêu chí sở — Sở, ban, ngành')).find((el) =>
      el.closest('.ant-select-item-option'),
    );
    await harness.fast.click(option as HTMLElement);
    const due = screen.getByTestId('par-cycle-due');
    const input = due.tagName === 'INPUT' ? due : (due.querySelector('input') as HTMLElement);
    await harness.fast.click(input);
    await harness.fast.type(input, `20/12/${year}{Enter}`);
    await harness.fast.click(screen.getByTestId('par-cycle-open-submit'));
    await waitFor(
      () => expect(screen.getByTestId('location')).toHaveTextContent('/par-index/cycles/cy-new'),
      {
        timeout: 5000,
      },
    );
  });
});
