import { graphql } from '../../../gql';

export const SurveyTrendsDocument = graphql(`
  query SurveyTrends($filter: SurveyTrendsFilter!) {
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
      }
    }
  }
`);
