/** The GraphQL documents of par-ranking.int-spec.ts and par-survey-import.int-spec.ts, typed by codegen. */
import { graphql } from '../gql';

export const PAR_RANKING = graphql(`
  query ParRankingForTest($cycleId: ID!, $targetGroup: ParTargetGroup) {
    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {
      assessmentId
      targetGroup
      status
      finalised
      rank
      index
      points
      bonus
      penalty
      maxPoints
      previousIndex
      agency {
        code
        name
      }
      band {
        code
        label
      }
      areas {
        code
        name
        points
        maxPoints
        index
      }
    }
  }
`);

export const SURVEY_TEMPLATE = graphql(`
  query ParSurveyTemplateForTest($cycleId: ID!) {
    parSurveyTemplate(cycleId: $cycleId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const IMPORT_SURVEY = graphql(`
  mutation ImportParSurveyPointsForTest($i: ImportParSurveyPointsInput!) {
    importParSurveyPoints(input: $i) {
      dryRun
      applied
      rows
      changed
      unchanged
      skipped
      problems {
        line
        column
        code
        message
      }
    }
  }
`);

export const SET_SURVEY_HELD = graphql(`
  mutation SetParSurveyHeldForTest($i: SetParSurveyHeldInput!) {
    setParSurveyHeld(input: $i) {
      surveyHeld
      version
    }
  }
`);

export const APPLY_SURVEY_RESULTS = graphql(`
  mutation ApplyParSurveyResultsForTest($i: ApplyParSurveyResultsInput!) {
    applyParSurveyResults(input: $i) {
      dryRun
      applied
      rows
      changed
      unchanged
      skipped
      problems {
        line
        code
      }
    }
  }
`);
