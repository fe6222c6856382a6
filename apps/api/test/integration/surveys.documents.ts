/** The GraphQL documents of surveys.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const CREATE_SURVEY = graphql(`
  mutation CreateSurveyForTest($i: CreateSurveyInput!) {
    createSurvey(input: $i) {
      id
      version
      year
      period
      title
      scope
      agencyId
      sector
      satisfiedLevels
      status
      isSample
      questions {
        id
        code
        aspectCode
        aspectTitle
        position
        text
      }
    }
  }
`);

export const UPDATE_SURVEY = graphql(`
  mutation UpdateSurveyForTest($i: UpdateSurveyInput!) {
    updateSurvey(input: $i) {
      id
      version
      title
      period
      status
      satisfiedLevels
      questions {
        code
      }
    }
  }
`);

export const SURVEYS = graphql(`
  query SurveysForTest($first: Int, $after: String, $filter: SurveyFilter) {
    surveys(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          title
          questions {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SURVEY = graphql(`
  query SurveyForTest($id: ID!) {
    survey(id: $id) {
      id
      title
    }
  }
`);

export const SURVEY_RESULTS = graphql(`
  query SurveyResultsForTest($surveyId: ID!, $agencyId: ID) {
    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {
      surveyId
      agencyId
      satisfiedLevels
      respondents
      overall {
        counts
        valid
        satisfied
        noAnswer
        share
      }
      aspects {
        aspectCode
        aspectTitle
        valid
        share
      }
      questions {
        code
        aspectCode
        counts
        share
      }
      agencies {
        agencyId
        respondents
        share
        agency {
          name
        }
      }
    }
  }
`);

export const IMPORT_SURVEY_RESULTS = graphql(`
  mutation ImportSurveyResultsForTest($i: ImportSurveyResultsInput!) {
    importSurveyResults(input: $i) {
      dryRun
      applied
      rows
      agencies
      respondents
      problems {
        line
        column
        code
        message
      }
    }
  }
`);

export const SURVEY_RESULTS_TEMPLATE = graphql(`
  query SurveyResultsTemplateForTest($surveyId: ID!, $shape: SurveyImportShape!) {
    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {
      filename
      contentBase64
    }
  }
`);
