import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgencyLevel, ReportRoundKind, ReportStatus, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { MyAgencyReportsDocument } from '../graphql/agency-report.operations';
import { OpenReportingRoundDocument, ReportingCalendarDocument } from '../graphql/reporting-round.operations';
import { calendarPeriods, calendarRound, counts } from '../report.fixtures';
import { ReportsPage } from './reports.page';

const calendarMock = {
  request: { query: ReportingCalendarDocument, variables: { year: 2022 } },
  result: {
    data: {
      reportingPeriods: calendarPeriods(2022),
      reportingRounds: [
        calendarRound('round-h1', ReportRoundKind.H1, {
          title: 'Báo cáo cải cách hành chính 6 tháng đầu năm 2022',
          completeness: counts({ expected: 54, submitted: 48, accepted: 42 }),
        }),
      ],
    },
  },
};

function myReport(id: string, title: string, dueDate: string, status: ReportStatus, late = false) {
  return {
    __typename: 'AgencyReport',
    id,
    agencyId: 'a-1',
    roundId: `round-${id}`,
    status,
    dueDate,
    late,
    frozen: status !== ReportStatus.DRAFT,
    submittedAt: status === ReportStatus.DRAFT ? null : `${dueDate}T03:00:00.000Z`,
    acceptedAt: null,
    updatedAt: `${dueDate}T03:00:00.000Z`,
    version: 1,
    round: {
      __typename: 'ReportingRound',
      id: `round-${id}`,
      kind: ReportRoundKind.H1,
      title,
      period: '2022-H1',
      year: 2022,
    },
  };
}

const mineMock = {
  request: { query: MyAgencyReportsDocument, variables: { agencyId: 'a-1', first: 100, after: null } },
  result: {
    data: {
      agencyReports: {
        __typename: 'AgencyReportConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          myReport('r-q1', 'Báo cáo quý I năm 2022', '2022-03-18', ReportStatus.ACCEPTED, true),
          myReport('r-year', 'Báo cáo năm 2022', '2022-12-20', ReportStatus.DRAFT),
        ].map((node) => ({ __typename: 'AgencyReportEdge', cursor: node.id, node })),
      },
    },
  },
};

function renderPage(role: Role, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(<ReportsPage />, { role, route: '/reports?year=2022', mocks });
}

describe('ReportsPage', () => {
  it('shows the year’s calendar with dates by level and each round’s state, and lets a coordinator open one', async () => {
    renderPage(Role.COORDINATOR, [calendarMock, mineMock]);
    const calendar = await screen.findByTestId('reporting-calendar');
    expect(
      await within(calendar).findByText('Báo cáo cải cách hành chính 6 tháng đầu năm 2022'),
    ).toBeInTheDocument();
    expect(within(calendar).getByText('15/12/2021 – 14/03/2022')).toBeInTheDocument();
    expect(within(calendar).getByText('Sở, ban, ngành: 18/03/2022')).toBeInTheDocument();
    expect(within(calendar).getByText('Đã nộp 48/54, đã tiếp nhận 42')).toBeInTheDocument();
    // Q1, Q3 and the year were not opened: the coordinator may open them.
    expect(within(calendar).getByTestId('round-open-Q1')).toBeInTheDocument();
    expect(within(calendar).queryByTestId('round-open-H1')).not.toBeInTheDocument();
    expect(within(calendar).getByTestId('round-link-round-h1')).toHaveAttribute(
      'href',
      '/reports/rounds/round-h1',
    );
    expect(screen.getByTestId('round-create-adhoc')).toBeInTheDocument();
  });

  it('lists the agency’s own reports first for agency staff, nearest due date first, without round dashboards', async () => {
    renderPage(Role.AGENCY_OFFICER, [calendarMock, mineMock]);
    const mine = await screen.findByTestId('my-reports');
    await within(mine).findByText('Báo cáo năm 2022');
    const links = within(mine).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Báo cáo năm 2022', 'Báo cáo quý I năm 2022']);
    expect(links[0]).toHaveAttribute('href', '/reports/r-year');
    expect(within(mine).getByTestId('report-late')).toHaveTextContent('Nộp muộn');
    const calendar = await screen.findByTestId('reporting-calendar');
    await within(calendar).findByText('Báo cáo cải cách hành chính 6 tháng đầu năm 2022');
    expect(within(calendar).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('round-create-adhoc')).not.toBeInTheDocument();
  });

  it('creates an ad hoc round: the period fills the data window, and the API’s field errors land under the fields', async () => {
    const { fast } = renderPage(Role.COORDINATOR, [
      calendarMock,
      mineMock,
      {
        request: {
          query: OpenReportingRoundDocument,
          variables: {
            input: {
              kind: ReportRoundKind.AD_HOC,
              year: 2022,
              title: 'Báo cáo Đề án 06',
              period: '2022-Q4',
              dataFrom: '2022-10-01',
              dataTo: '2022-12-31',
              dueDate: '2023-01-10',
              levels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
            },
          },
        },
        result: graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
          fields: [{ field: 'input.dueDate', message: 'Hạn nộp phải sau ngày kết thúc lấy số liệu.' }],
        }),
      },
    ]);
    await fast.click(await screen.findByTestId('round-create-adhoc'));
    await fast.click(await screen.findByTestId('round-form-submit'));
    expect(await screen.findByText('Vui lòng nhập tên báo cáo.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng chọn kỳ báo cáo.')).toBeInTheDocument();

    await fast.click(screen.getByTestId('round-form-title'));
    await fast.paste('Báo cáo Đề án 06');
    await fast.click(screen.getByTestId('round-form-period'));
    await fast.click(await screen.findByTitle('Quý IV/2022'));
    await waitFor(() => expect(screen.getByTestId('round-form-data-from')).toHaveValue('01/10/2022'));
    expect(screen.getByTestId('round-form-data-to')).toHaveValue('31/12/2022');
    await fast.type(screen.getByTestId('round-form-due-date'), '10/01/2023{Enter}');
    await waitFor(() => expect(screen.queryByText('Vui lòng chọn ngày.')).not.toBeInTheDocument());
    await fast.click(screen.getByTestId('round-form-submit'));
    expect(await screen.findByText('Hạn nộp phải sau ngày kết thúc lấy số liệu.')).toBeInTheDocument();
  });
});
