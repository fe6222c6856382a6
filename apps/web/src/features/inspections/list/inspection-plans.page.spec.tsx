import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { InspectionPlanStatus, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ProposeInspectionsDocument } from '../graphql/inspections.operations';
import { inspectionPlansMock, planFields } from '../inspections.fixtures';
import { InspectionPlansPage } from './inspection-plans.page';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

function renderList(mocks: NonNullable<HarnessOptions['mocks']>, role = Role.VIEWER) {
  return renderFast(
    <Routes>
      <Route
        path="/kiem-tra"
        element={
          <>
            <InspectionPlansPage />
            <LocationProbe />
          </>
        }
      />
      <Route path="/kiem-tra/:planId" element={<LocationProbe />} />
    </Routes>,
    { role, route: '/kiem-tra', mocks },
  );
}

describe('InspectionPlansPage', () => {
  it('lists the plans by year with their targets and Vietnamese status', async () => {
    renderList([
      inspectionPlansMock([
        planFields({ id: 'ip-2', year: 2026 }),
        planFields({ id: 'ip-1', year: 2025, status: InspectionPlanStatus.APPROVED }),
      ]),
    ]);
    const table = await screen.findByTestId('inspection-plans-table');
    const link = await within(table).findByTestId('inspection-plan-link-2026');
    expect(link).toHaveTextContent('Kế hoạch kiểm tra CCHC năm 2026');
    expect(link).toHaveAttribute('href', '/kiem-tra/ip-2');
    const [draft, approved] = within(table).getAllByRole('row').slice(1);
    expect(within(draft).getByText('Dự thảo')).toBeInTheDocument();
    expect(within(draft).getByText('Tỉnh 30 % · huyện 30 % · xã 20 %')).toBeInTheDocument();
    expect(within(approved).getByText('Đã phê duyệt')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-propose')).not.toBeInTheDocument();
  });

  it('offers a viewer no proposal on the empty list', async () => {
    renderList([inspectionPlansMock([])]);
    expect(await screen.findByText('Chưa có kế hoạch kiểm tra nào.')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-propose-empty')).not.toBeInTheDocument();
  });

  it('lets a coordinator propose the year from the empty state and opens the new plan', async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    const { fast } = renderList(
      [
        inspectionPlansMock([]),
        {
          request: {
            query: ProposeInspectionsDocument,
            variables: {
              input: { year, coverageProvince: 30, coverageDistrict: 30, coverageCommune: 30 },
            },
          },
          result: { data: { proposeInspections: planFields({ id: 'ip-new', year }) } },
        },
        inspectionPlansMock([planFields({ id: 'ip-new', year })]),
      ],
      Role.COORDINATOR,
    );
    await fast.click(await screen.findByTestId('inspection-propose-empty'));
    expect(screen.getByTestId('inspection-propose-year')).toHaveValue(String(year));
    await fast.click(screen.getByTestId('inspection-propose-submit'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/kiem-tra/ip-new'), {
      timeout: 5000,
    });
  });

  it('shows the API refusal of a second plan under the year', async () => {
    const year = Number(todayInVietnam().slice(0, 4));
    const { fast } = renderList(
      [
        inspectionPlansMock([]),
        {
          request: {
            query: ProposeInspectionsDocument,
            variables: {
              input: { year, coverageProvince: 30, coverageDistrict: 30, coverageCommune: 30 },
            },
          },
          result: graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
            fields: [{ field: 'input.year', message: 'Năm này đã có kế hoạch kiểm tra.' }],
          }),
        },
      ],
      Role.COORDINATOR,
    );
    await fast.click(await screen.findByTestId('inspection-propose'));
    await fast.click(screen.getByTestId('inspection-propose-submit'));
    expect(await screen.findByText('Năm này đã có kế hoạch kiểm tra.')).toBeInTheDocument();
  });

  it('shows the API error with a retry', async () => {
    const { fast } = renderList([
      { ...inspectionPlansMock([]), result: graphQLError('INTERNAL_SERVER_ERROR', 'Lỗi máy chủ') },
      inspectionPlansMock([planFields()]),
    ]);
    await fast.click(await screen.findByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByTestId('inspection-plan-link-2026')).toBeInTheDocument();
  });
});
