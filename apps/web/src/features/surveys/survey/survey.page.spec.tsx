import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { Role, SurveyImportShape, SurveyStatus } from '@partrack/shared';
import { spyOnDownloads } from '../../../testing/download-spy';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import {
  SurveyDocument,
  SurveyResultsDocument,
  SurveyResultsTemplateDocument,
} from '../graphql/surveys.operations';
import { exportedFile, resultsMock, surveyDetail, surveyMock, surveyResults } from '../survey.fixtures';
import { SurveyPage } from './survey.page';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

function renderSurvey(
  mocks: NonNullable<HarnessOptions['mocks']>,
  role = Role.VIEWER,
  route = '/surveys/s-1',
) {
  return renderFast(
    <Routes>
      <Route
        path="/surveys/:id"
        element={
          <>
            <SurveyPage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { role, route, mocks },
  );
}

const cellsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr[data-row-key]')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent),
  );

async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

describe('SurveyPage', () => {
  it('shows the questionnaire and the results in Vietnamese number format', async () => {
    renderSurvey([surveyMock(), resultsMock(surveyResults())]);
    expect(await screen.findByTestId('survey-title')).toHaveTextContent('Khảo sát sự hài lòng năm 2025');
    expect(screen.getByTestId('survey-status')).toHaveTextContent('Đang thu thập');
    expect(screen.getByTestId('survey-header')).toHaveTextContent(
      'Tính là hài lòng: 2 mức cao nhất, từ “Hài lòng” trở lên',
    );
    expect(screen.getByTestId('survey-aspect-1')).toHaveTextContent('1. Tiếp cận dịch vụ');
    expect(screen.getByTestId('survey-aspect-2')).toHaveTextContent('2. Công chức giải quyết công việc');
    expect(screen.getByTestId('survey-question-1.1')).toHaveTextContent('1.1 Nơi ngồi chờ có đủ chỗ ngồi');

    expect(await screen.findByTestId('survey-overall-share')).toHaveTextContent('98,46 %');
    expect(screen.getByTestId('survey-overall-respondents')).toHaveTextContent('120');
    expect(screen.getByTestId('survey-overall-valid')).toHaveTextContent('1.300');
    expect(screen.getByTestId('survey-overall-no-answer')).toHaveTextContent('3');

    const bar = screen.getByTestId('survey-aspect-bar-2');
    expect(bar).toHaveAccessibleName('Công chức giải quyết công việc: 87,5 %');
    expect(within(bar).getByTestId('survey-aspect-bar-fill')).toHaveStyle({ width: '87.5%' });

    const questions = screen.getByTestId('survey-question-table');
    expect(within(questions).getAllByText('Rất hài lòng (5)').length).toBeGreaterThan(0);
    expect(cellsOf(questions)).toEqual([
      ['1.1', 'Nơi ngồi chờ có đủ chỗ ngồi', '1', '1', '2', '1.200', '196', '1', '1.400', '99,72 %'],
      ['1.2', 'Trang thiết bị phục vụ đầy đủ', '0', '1', '1', '0', '0', '0', '2', '0 %'],
      ['2.1', 'Công chức có thái độ lịch sự', '0', '0', '0', '0', '0', '0', '0', '—'],
    ]);
    expect(cellsOf(screen.getByTestId('survey-agency-table'))).toEqual([
      ['UBND thành phố Hội An', '70', '700', '99 %'],
      ['UBND thành phố Tam Kỳ', '50', '500', '88 %'],
    ]);
    // Reading is for everyone; templates and imports are for those who manage surveys.
    expect(screen.queryByTestId('survey-actions')).not.toBeInTheDocument();
  });

  it('filters the results by agency, from the table or the select, in the address bar', async () => {
    const tamKy = surveyResults({
      agencyId: 'a-tamky',
      respondents: 50,
      overall: { ...surveyResults().overall, share: 88 },
      agencies: [surveyResults().agencies[1]],
    });
    const hoiAn = surveyResults({
      agencyId: 'a-hoian',
      respondents: 70,
      overall: { ...surveyResults().overall, share: 99 },
      agencies: [surveyResults().agencies[0]],
    });
    const harness = renderSurvey([
      surveyMock(),
      resultsMock(surveyResults()),
      resultsMock(tamKy, 'a-tamky'),
      resultsMock(hoiAn, 'a-hoian'),
    ]);
    await harness.fast.click(await screen.findByTestId('survey-agency-pick-a-tamky'));
    expect(screen.getByTestId('location')).toHaveTextContent('/surveys/s-1?agency=a-tamky');
    expect(await screen.findByTestId('survey-filtered')).toHaveTextContent(
      'Đang xem kết quả của UBND thành phố Tam Kỳ.',
    );
    await waitFor(() => expect(screen.getByTestId('survey-overall-share')).toHaveTextContent('88 %'));
    expect(screen.queryByTestId('survey-agency-table')).not.toBeInTheDocument();

    await choose(harness, 'survey-agency-filter', 'UBND thành phố Hội An');
    expect(screen.getByTestId('location')).toHaveTextContent('/surveys/s-1?agency=a-hoian');
    await waitFor(() => expect(screen.getByTestId('survey-overall-share')).toHaveTextContent('99 %'));
  });

  it('says when there are no results yet', async () => {
    const none = surveyResults({
      respondents: 0,
      overall: {
        __typename: 'SurveySatisfactionFigure',
        counts: [0, 0, 0, 0, 0, 0],
        valid: 0,
        noAnswer: 0,
        satisfied: 0,
        share: null,
      },
      aspects: [],
      questions: [],
      agencies: [],
    });
    renderSurvey([surveyMock(), resultsMock(none)]);
    expect(await screen.findByTestId('survey-results-empty')).toHaveTextContent('Chưa có kết quả khảo sát.');
  });

  it('shows the API errors of the survey and of its results, with a retry', async () => {
    renderSurvey([
      {
        request: { query: SurveyDocument, variables: { id: 's-1' } },
        result: graphQLError('NOT_FOUND', 'Không tìm thấy cuộc khảo sát.'),
      },
    ]);
    expect(await screen.findByText('Không tìm thấy cuộc khảo sát.')).toBeInTheDocument();
    expect(screen.getByTestId('survey-back')).toHaveAttribute('href', '/surveys');
  });

  it('retries results that failed', async () => {
    const harness = renderSurvey([
      surveyMock(),
      {
        request: { query: SurveyResultsDocument, variables: { surveyId: 's-1' } },
        result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ đang bận.'),
      },
      resultsMock(surveyResults()),
    ]);
    expect(await screen.findByText('Máy chủ đang bận.')).toBeInTheDocument();
    await harness.fast.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByTestId('survey-overall-share')).toHaveTextContent('98,46 %');
  });

  it('offers templates and the import to coordinators, the import only while collecting', async () => {
    renderSurvey(
      [surveyMock(surveyDetail({ status: SurveyStatus.CLOSED })), resultsMock(surveyResults())],
      Role.COORDINATOR,
    );
    const actions = await screen.findByTestId('survey-actions');
    expect(within(actions).getByTestId('survey-template-RESPONDENTS')).toHaveTextContent(
      'Tải mẫu Excel (theo phiếu)',
    );
    expect(within(actions).getByTestId('survey-template-COUNTS')).toHaveTextContent(
      'Tải mẫu Excel (theo số lượt)',
    );
    expect(within(actions).getByTestId('survey-import')).toBeDisabled();
  });

  it('downloads a template and opens the import of a collecting survey', async () => {
    const downloads = spyOnDownloads();
    try {
      const harness = renderSurvey(
        [
          surveyMock(),
          resultsMock(surveyResults()),
          {
            request: {
              query: SurveyResultsTemplateDocument,
              variables: { surveyId: 's-1', shape: SurveyImportShape.COUNTS },
            },
            result: { data: { surveyResultsTemplate: exportedFile('khao-sat-so-luot.xlsx') } },
          },
        ],
        Role.COORDINATOR,
      );
      await harness.fast.click(await screen.findByTestId('survey-template-COUNTS'));
      await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
      expect(downloads.links[0]?.download).toBe('khao-sat-so-luot.xlsx');
      await harness.fast.click(screen.getByTestId('survey-import'));
      expect(await screen.findByTestId('survey-import-file')).toBeInTheDocument();
      expect(screen.getByText('Nhập kết quả khảo sát từ tệp Excel')).toBeInTheDocument();
    } finally {
      downloads.restore();
    }
  });
});
