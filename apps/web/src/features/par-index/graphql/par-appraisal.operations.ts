import { graphql } from '../../../gql/gql';

// Every step answers the whole assessment, so the page re-renders from the new status, scores and version.

export const SaveParAppraisalDocument = graphql(`
  mutation SaveParAppraisal($input: SaveParAppraisalInput!) {
    saveParAppraisal(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);

export const SendParAppraisalDocument = graphql(`
  mutation SendParAppraisal($input: SendParAppraisalInput!) {
    sendParAppraisal(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);

export const SubmitParExplanationsDocument = graphql(`
  mutation SubmitParExplanations($input: SubmitParExplanationsInput!) {
    submitParExplanations(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);

export const SaveParReappraisalDocument = graphql(`
  mutation SaveParReappraisal($input: SaveParReappraisalInput!) {
    saveParReappraisal(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);

export const FinaliseParAssessmentDocument = graphql(`
  mutation FinaliseParAssessment($input: FinaliseParAssessmentInput!) {
    finaliseParAssessment(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);
