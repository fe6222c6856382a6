/** The GraphQL documents of inspection-checklists.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const BUILD_CHECKLIST = graphql(`
  mutation BuildInspectionChecklistForTest($i: BuildInspectionChecklistInput!) {
    buildInspectionChecklist(input: $i) {
      id
      checklist {
        id
        version
        position
        title
        sourceCode
        result
      }
    }
  }
`);

export const UPDATE_CHECKLIST_ITEM = graphql(`
  mutation UpdateInspectionChecklistItemForTest($i: UpdateInspectionChecklistItemInput!) {
    updateInspectionChecklistItem(input: $i) {
      id
      version
      result
      note
      evidence {
        url
        label
      }
    }
  }
`);

export const INSPECTIONS_WITH_CHECKLIST = graphql(`
  query InspectionsWithChecklistForTest($planId: ID!) {
    inspections(planId: $planId, first: 100) {
      edges {
        node {
          id
          checklist {
            title
            result
          }
        }
      }
    }
  }
`);

export const INSPECTIONS_WITHOUT_CHECKLIST = graphql(`
  query InspectionsWithoutChecklistForTest($planId: ID!) {
    inspections(planId: $planId, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
