import { graphql } from '../../../gql/gql';

// The province's own national self-assessment (3.34, 3.40). Its own fragment rather than ParAssessmentDetail:
// this screen needs the responsibilities and the cycle's year, and none of the evidence.

export const ParNationalAssessmentFragment = graphql(`
  fragment ParNationalAssessment on ParAssessment {
    id
    version
    status
    late
    cycleId
    agencyId
    finalisedAt
    finalisedByLabel
    agency {
      id
      name
    }
    cycle {
      id
      year
      name
      status
    }
    framework {
      id
      name
      year
      targetGroup
      criteria {
        ...ParCriterionFields
      }
    }
    scores {
      id
      criterionId
      selfPoints
      appraisedPoints
      appraisalReason
      reappraisedPoints
    }
    responsibilities {
      criterionId
      agencyId
      agency {
        id
        name
      }
    }
  }
`);

export const ParNationalAssessmentDocument = graphql(`
  query ParNationalAssessment($id: ID!) {
    parAssessment(id: $id) {
      ...ParNationalAssessment
    }
  }
`);

export const AssignParResponsibilitiesDocument = graphql(`
  mutation AssignParResponsibilities($input: AssignParResponsibilitiesInput!) {
    assignParResponsibilities(input: $input) {
      ...ParNationalAssessment
    }
  }
`);

export const RecordParNationalAppraisalDocument = graphql(`
  mutation RecordParNationalAppraisal($input: RecordParNationalAppraisalInput!) {
    recordParNationalAppraisal(input: $input) {
      ...ParNationalAssessment
    }
  }
`);

export const CreateParImprovementTasksDocument = graphql(`
  mutation CreateParImprovementTasks($input: CreateParImprovementTasksInput!) {
    createParImprovementTasks(input: $input)
  }
`);

export const ParNationalReportDocxDocument = graphql(`
  query ParNationalReportDocx($assessmentId: ID!) {
    parNationalReportDocx(assessmentId: $assessmentId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ParNationalTemplateDocument = graphql(`
  query ParNationalTemplate($assessmentId: ID!) {
    parNationalTemplate(assessmentId: $assessmentId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ImportParNationalPointsDocument = graphql(`
  mutation ImportParNationalPoints($input: ImportParNationalPointsInput!) {
    importParNationalPoints(input: $input) {
      dryRun
      applied
      rows {
        line
        code
        title
        maxPoints
        selfPoints
        points
        reason
      }
      problems {
        line
        column
        code
        message
      }
      assessment {
        ...ParNationalAssessment
      }
    }
  }
`);
