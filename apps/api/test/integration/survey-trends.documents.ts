import { graphql } from '../gql';

export const SURVEY_TRENDS = graphql(`
  query SurveyTrendsForTest($filter: SurveyTrendsFilter!) {
    surveyTrends(filter: $filter) {
      fromYear
      toYear
      agencyId
      sector
      target
      periods {
        period
        surveys
        respondents
        valid
        satisfied
        share
        change
        aspects {
          aspectCode
          aspectTitle
          valid
          satisfied
          share
          change
        }
      }
      sectors {
        sector
        target
        periods {
          period
          share
          change
        }
      }
    }
  }
`);
