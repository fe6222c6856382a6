import { graphql } from '../../../gql/gql';

export const SurveyRowFragment = graphql(`
  fragment SurveyRow on Survey {
    id
    year
    period
    title
    scope
    sector
    status
    isSample
    satisfiedLevels
    version
  }
`);

export const SurveysDocument = graphql(`
  query Surveys($filter: SurveyFilter, $first: Int, $after: String) {
    surveys(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SurveyRow
        }
      }
    }
  }
`);

export const SurveyDocument = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyDetail
    }
  }
`);

export const SurveyFigureFieldsFragment = graphql(`
  fragment SurveyFigureFields on SurveySatisfactionFigure {
    counts
    valid
    noAnswer
    satisfied
    share
  }
`);

export const SurveyResultsDocument = graphql(`
  query SurveyResults($surveyId: ID!, $agencyId: ID) {
    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {
      surveyId
      agencyId
      satisfiedLevels
      respondents
      overall {
        ...SurveyFigureFields
      }
      aspects {
        aspectCode
        aspectTitle
        counts
        valid
        noAnswer
        satisfied
        share
      }
      questions {
        questionId
        code
        aspectCode
        text
        counts
        valid
        noAnswer
        satisfied
        share
      }
      agencies {
        agencyId
        agency {
          id
          name
        }
        respondents
        valid
        satisfied
        share
      }
    }
  }
`);

export const SurveyResultsTemplateDocument = graphql(`
  query SurveyResultsTemplate($surveyId: ID!, $shape: SurveyImportShape!) {
    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ImportSurveyResultsDocument = graphql(`
  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {
    importSurveyResults(input: $input) {
      dryRun
      applied
      rows
      agencies
      respondents
      problems {
        code
        line
        column
        message
      }
    }
  }
`);

export const SurveyDetailFragment = graphql(`
  fragment SurveyDetail on Survey {
    ...SurveyRow
    agencyId
    updatedAt
    questions {
      id
      position
      code
      aspectCode
      aspectTitle
      text
    }
  }
`);

export const CreateSurveyDocument = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyDetail
    }
  }
`);

export const UpdateSurveyDocument = graphql(`
  mutation UpdateSurvey($input: UpdateSurveyInput!) {
    updateSurvey(input: $input) {
      ...SurveyDetail
    }
  }
`);
