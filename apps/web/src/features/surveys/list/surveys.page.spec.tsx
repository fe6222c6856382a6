import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { DEFAULT_PAGE_SIZE, Role, SurveyScope, SurveySector, SurveyStatus } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { SurveysDocument } from '../graphql/surveys.operations';
import { surveyRow, surveysMock } from '../survey.fixtures';
import { SurveysPage } from './surveys.page';

const ROWS = [
  surveyRow('s-1', { title: 'Khảo sát toàn tỉnh năm 2025' }),
  surveyRow('s-2', {
    title: 'Mẫu — Khảo sát một cửa (dữ liệu mẫu)',
    isSample: true,
    status: SurveyStatus.CLOSED,
    period: '2024-H1',
    year: 2024,
  }),
  surveyRow('s-3', {
    title: 'Khảo sát lĩnh vực đất đai',
    scope: SurveyScope.SECTOR,
    sector: SurveySector.LAND,
    status: SurveyStatus.DRAFT,
  }),
];

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

function renderList(mocks: NonNullable<HarnessOptions['mocks']>, route = '/surveys', role = Role.VIEWER) {
  return renderFast(
    <Routes>
      <Route
        path="/surveys"
        element={
          <>
            <SurveysPage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { role, route, mocks },
  );
}

describe('SurveysPage', () => {
  it('lists the surveys with Vietnamese scope and status labels and marks the sample', async () => {
    renderList([surveysMock(ROWS)]);
    const table = await screen.findByTestId('surveys-table');
    await within(table).findByTestId('survey-link-s-1');
    const [first, sample, sector] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByText('Toàn tỉnh')).toBeInTheDocument();
    expect(within(first).getByText('Đang thu thập')).toBeInTheDocument();
    expect(within(first).queryByTestId('survey-sample')).not.toBeInTheDocument();
    expect(within(first).getByTestId('survey-link-s-1')).toHaveAttribute('href', '/surveys/s-1');
    expect(within(sample).getByTestId('survey-sample')).toHaveTextContent('Mẫu');
    expect(within(sample).getByText('Đã kết thúc')).toBeInTheDocument();
    expect(within(sample).getByText('2024-H1')).toBeInTheDocument();
    expect(within(sector).getByText('Một lĩnh vực: Đất đai')).toBeInTheDocument();
    expect(within(sector).getByText('Đang soạn')).toBeInTheDocument();
  });

  it('reads the filters from the address bar and says when nothing matches', async () => {
    renderList(
      [surveysMock([], { year: 2023, status: SurveyStatus.OPEN })],
      '/surveys?year=2023&status=OPEN',
    );
    expect(await screen.findByText('Không có kết quả phù hợp với điều kiện lọc')).toBeInTheDocument();
  });

  it('says when the province has no survey yet', async () => {
    renderList([surveysMock([])]);
    expect(await screen.findByText('Chưa có cuộc khảo sát nào.')).toBeInTheDocument();
  });

  it('shows the API error with a retry that loads the list', async () => {
    const harness = renderList([
      {
        request: { query: SurveysDocument, variables: { filter: {}, first: DEFAULT_PAGE_SIZE, after: null } },
        result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ đang bận.'),
      },
      surveysMock(ROWS),
    ]);
    expect(await screen.findByText('Máy chủ đang bận.')).toBeInTheDocument();
    await harness.fast.click(screen.getByRole('button', { name: /Thử lại/ }));
    await waitFor(() => expect(screen.getByTestId('survey-link-s-1')).toBeInTheDocument());
  });

  it('offers a new survey to those who manage surveys only', async () => {
    renderList([surveysMock(ROWS)], '/surveys', Role.COORDINATOR);
    await screen.findByTestId('survey-link-s-1');
    expect(screen.getByTestId('survey-create')).toHaveTextContent('Tạo khảo sát');
  });

  it('hides the new survey button from readers', async () => {
    renderList([surveysMock(ROWS)]);
    await screen.findByTestId('survey-link-s-1');
    expect(screen.queryByTestId('survey-create')).not.toBeInTheDocument();
  });
});
