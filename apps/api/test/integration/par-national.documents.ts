/** The GraphQL documents of par-national.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const ASSIGN = graphql(`
  mutation AssignParResponsibilitiesForTest($i: AssignParResponsibilitiesInput!) {
    assignParResponsibilities(input: $i) {
      id
      version
      responsibilities {
        criterionId
        agency {
          code
        }
      }
    }
  }
`);

export const RECORD_NATIONAL = graphql(`
  mutation RecordParNationalAppraisalForTest($i: RecordParNationalAppraisalInput!) {
    recordParNationalAppraisal(input: $i) {
      id
      version
      status
    }
  }
`);

export const IMPROVEMENT_TASKS = graphql(`
  mutation CreateParImprovementTasksForTest($i: CreateParImprovementTasksInput!) {
    createParImprovementTasks(input: $i)
  }
`);
