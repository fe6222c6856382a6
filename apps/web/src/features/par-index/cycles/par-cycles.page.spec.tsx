import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { ParAssessmentStatus, ParTargetGroup, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
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

/** Waits in the long form test: on a busy machine a validated submit takes seconds in jsdom. */
const SLOW_FORM = { timeout: 15_000 };

const count = (targetGroup: ParTargetGroup, status: ParAssessmentStatus, n: number) => ({
  __typename: 'ParStatusCount' as const,
  targetGroup,
  status,
  count: n,
});
const CYCLES = [
  {
    ...cycleRow('cy-1'),
    // 3 of 4 departments finalised; the province's national assessment is not waited for.
    statusCounts: [
      count(ParTargetGroup.DEPARTMENT, ParAssessmentStatus.FINALISED, 3),
      count(ParTargetGroup.DEPARTMENT, ParAssessmentStatus.SUBMITTED, 1),
      count(ParTargetGroup.PROVINCE, ParAssessmentStatus.DRAFT, 1),
    ],
  },
  cycleRow('cy-0', { year: 2023, name: 'Chỉ số CCHC năm 2023' }),
];

function frameworksFor(year: number) {
  const frameworks = frameworksMock([frameworkRow('fw-d', { year, name: 'Bộ tiêu chí sở' })], { year });
  return {
    request: {
      query: ParFrameworksDocument,
      variables: { filter: { year }, first: CYCLE_FRAMEWORKS_PAGE, after: null },
    },
    result: frameworks.result,
  };
}

async function openForm(harness: FastHarness) {
  await harness.fast.click(await screen.findByTestId('par-cycle-open'));
  await screen.findByTestId('par-cycle-frameworks');
}

async function chooseFramework(harness: FastHarness) {
  const select = screen.getByTestId('par-cycle-frameworks');
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText('Bộ tiêu chí sở — Sở, ban, ngành')).find((el) =>
    el.closest('.ant-select-item-option'),
  );
  await harness.fast.click(option as HTMLElement);
}

/** Types a DD/MM/YYYY date into an antd DatePicker, replacing what it held. */
async function typeDate(harness: FastHarness, testId: string, date: string) {
  const picker = screen.getByTestId(testId);
  const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
  await harness.fast.click(input);
  await harness.fast.clear(input);
  // One paste instead of typing: each keystroke re-renders the picker's panel, slow in jsdom.
  await harness.fast.paste(date);
  await harness.fast.keyboard('{Enter}');
}

describe('ParCyclesPage', () => {
  it('lists the cycles with the due date and the phase in Vietnamese, without opening for a viewer', async () => {
    renderList(Role.VIEWER, [cyclesMock(CYCLES)]);
    const link = await screen.findByTestId('par-cycle-link-cy-1');
    expect(link).toHaveAttribute('href', '/par-index/cycles/cy-1');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Chỉ số CCHC năm 2024')).toBeInTheDocument();
    expect(within(row).getByText('15/01/2025')).toBeInTheDocument();
    expect(within(row).getByText('Đang diễn ra')).toBeInTheDocument();
    expect(within(row).getByTestId('par-cycle-progress')).toHaveTextContent('3/4 bản');
    expect(screen.getByTestId('par-cycles-table')).not.toHaveTextContent('OPEN');
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

  // Dates typed into antd pickers open a calendar panel each, slow in jsdom: hence the longer waits.
  it('opens the cycle with every deadline and the days to explain', { timeout: 90_000 }, async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    const harness = renderList(Role.COORDINATOR, [
      cyclesMock(CYCLES),
      cyclesMock(CYCLES),
      frameworksFor(year),
      {
        request: {
          query: OpenParCycleDocument,
          variables: {
            input: {
              year,
              name: `Chỉ số CCHC năm ${year}`,
              frameworkIds: ['fw-d'],
              selfAssessmentDue: `${year}-12-20`,
              explanationDays: 7,
              surveyHeld: true,
              appraisalDue: `${year + 1}-01-10`,
              publicationDue: `${year + 1}-02-01`,
            },
          },
        },
        result: { data: { openParCycle: cycleRow('cy-new', { year }) } },
      },
    ]);
    await openForm(harness);
    expect(screen.getByTestId('par-cycle-explanation-days')).toHaveValue('5');
    await chooseFramework(harness);
    await typeDate(harness, 'par-cycle-due', `20/12/${year}`);
    // The defaults the API would use are spelled out under the optional dates.
    expect(
      await screen.findByText(
        `Hạn hội đồng thẩm định lần đầu. Để trống: 30 ngày sau hạn tự đánh giá (19/01/${year + 1}).`,
        {},
        SLOW_FORM,
      ),
    ).toBeInTheDocument();
    await typeDate(harness, 'par-cycle-appraisal-due', `10/01/${year + 1}`);
    await typeDate(harness, 'par-cycle-publication-due', `01/02/${year + 1}`);
    const days = screen.getByTestId('par-cycle-explanation-days');
    await harness.fast.clear(days);
    await harness.fast.type(days, '7');
    await harness.fast.click(screen.getByTestId('par-cycle-open-submit'));
    await waitFor(
      () => expect(screen.getByTestId('location')).toHaveTextContent('/par-index/cycles/cy-new'),
      SLOW_FORM,
    );
  });

  it('refuses a publication date before the appraisal date', { timeout: 60_000 }, async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    // No mutation is mocked: a request going out would fail the form with an error alert instead.
    const harness = renderList(Role.COORDINATOR, [cyclesMock(CYCLES), frameworksFor(year)]);
    await openForm(harness);
    await typeDate(harness, 'par-cycle-appraisal-due', `10/01/${year + 1}`);
    await typeDate(harness, 'par-cycle-publication-due', `05/01/${year + 1}`);
    await harness.fast.click(screen.getByTestId('par-cycle-open-submit'));
    expect(
      await screen.findByText('Hạn công bố kết quả không được trước hạn thẩm định.', {}, SLOW_FORM),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
  });
});
