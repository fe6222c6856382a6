import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SurveySector } from '@partrack/shared';
import type { SurveyTrendsQuery } from '../../../gql/graphql';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { SurveyTrendsDocument } from '../graphql/survey-trends.operations';
import { SurveyTrendsSection } from './survey-trends.section';

type Trends = SurveyTrendsQuery['surveyTrends'];
type Period = Trends['periods'][number];

const period = (p: string, share: number | null, change: number | null, respondents = 120): Period => ({
  __typename: 'SurveyTrendPeriod',
  period: p,
  surveys: 1,
  respondents,
  valid: 200,
  satisfied: share === null ? 0 : share * 2,
  share,
  change,
});

function trends(over: Partial<Trends> = {}): Trends {
  return {
    __typename: 'SurveyTrends',
    fromYear: 2021,
    toYear: 2025,
    agencyId: null,
    sector: null,
    target: 85,
    periods: [period('2024-H1', 82.5, null), period('2024-H2', 87, 4.5), period('2025', 84, -3)],
    ...over,
  };
}

const variables = (sector: SurveySector | null = null) => ({
  filter: { fromYear: 2021, toYear: 2025, sector, agencyId: null },
});

async function open(harness: ReturnType<typeof renderFast>) {
  await harness.fast.click(await screen.findByRole('button', { name: /Xu hướng|Trend/ }));
}

describe('SurveyTrendsSection', () => {
  it('reads nothing until opened, then shows each period against the 85 % line with its change', async () => {
    const harness = renderFast(
      <SurveyTrendsSection survey={{ year: 2025, sector: null, agencyId: null }} />,
      {
        mocks: [
          {
            request: { query: SurveyTrendsDocument, variables: variables() },
            result: { data: { surveyTrends: trends() } },
          },
        ],
      },
    );
    expect(screen.queryByTestId('survey-trends-chart')).not.toBeInTheDocument();
    await open(harness);
    const chart = await screen.findByTestId('survey-trends-chart');
    expect(within(chart).getByTestId('survey-trends-target')).toHaveTextContent('mục tiêu 85% hài lòng');
    expect(screen.getByTestId('survey-trend-2024-H1')).toHaveTextContent('6 tháng đầu năm 2024');
    expect(screen.getByTestId('survey-trend-2024-H1')).toHaveTextContent('82,5 %');
    expect(screen.getByTestId('survey-trend-2024-H2')).toHaveTextContent('+4,5 điểm');
    expect(screen.getByTestId('survey-trend-2025')).toHaveTextContent('−3 điểm');
    expect(screen.getByTestId('survey-trend-2025')).toHaveAttribute(
      'aria-label',
      'Năm 2025: 84 % hài lòng, 120 người trả lời, −3 điểm',
    );
  });

  it('draws the 80 % line for a named sector, in English', async () => {
    const harness = renderFast(
      <SurveyTrendsSection survey={{ year: 2025, sector: SurveySector.LAND, agencyId: null }} />,
      {
        language: 'en',
        mocks: [
          {
            request: { query: SurveyTrendsDocument, variables: variables(SurveySector.LAND) },
            result: { data: { surveyTrends: trends({ sector: SurveySector.LAND, target: 80 }) } },
          },
        ],
      },
    );
    await open(harness);
    expect(await screen.findByTestId('survey-trends-target')).toHaveTextContent(
      'the 80% satisfaction target',
    );
    expect(screen.getByTestId('survey-trend-2024-H2')).toHaveTextContent('+4.5 pts');
  });

  it('says when there is nothing to compare, and retries an error', async () => {
    const harness = renderFast(
      <SurveyTrendsSection survey={{ year: 2025, sector: null, agencyId: null }} />,
      {
        mocks: [
          {
            request: { query: SurveyTrendsDocument, variables: variables() },
            result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ đang bận.'),
          },
          {
            request: { query: SurveyTrendsDocument, variables: variables() },
            result: { data: { surveyTrends: trends({ periods: [] }) } },
          },
        ],
      },
    );
    await open(harness);
    expect(await screen.findByText('Máy chủ đang bận.')).toBeInTheDocument();
    await harness.fast.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByText('Chưa có kỳ khảo sát nào để so sánh.')).toBeInTheDocument();
  });
});
