/** The GraphQL documents of agency-reorganisation.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const REORG_PREVIEW = graphql(`
  mutation PreviewReorganisationForReorg($i: ReorganisationInput!) {
    previewReorganisation(input: $i) {
      effectiveDate
      problems {
        line
        field
        message
      }
      agencies {
        code
        nameBefore
        nameAfter
        parentBefore
        parentAfter
        created
        ends
        successor
      }
      users {
        id
        label
        agency
        successor
      }
      tasks {
        id
        label
        agency
        successor
      }
      taskCount
      groups {
        id
        label
        agency
        successor
      }
      reports {
        id
        label
        agency
        successor
      }
      measurementCount
    }
  }
`);

export const REORG_APPLY = graphql(`
  mutation ApplyReorganisationForReorg($i: ReorganisationInput!) {
    applyReorganisation(input: $i) {
      id
      title
      decision
      effectiveDate
      status
      operationCount
      undoBlockedBy
    }
  }
`);

export const REORG_UNDO = graphql(`
  mutation UndoReorganisationForReorg($id: ID!) {
    undoReorganisation(id: $id) {
      id
      status
      undoneAt
      undoBlockedBy
    }
  }
`);

export const REORG_LIST = graphql(`
  query AgencyReorganisationsForReorg($first: Int) {
    agencyReorganisations(first: $first) {
      id
      title
      status
      effectiveDate
      operationCount
      undoBlockedBy
    }
  }
`);

export const REORG_CREATE_GROUP = graphql(`
  mutation CreateAgencyGroupForReorg($i: CreateAgencyGroupInput!) {
    createAgencyGroup(input: $i) {
      id
    }
  }
`);

export const REORG_GROUP = graphql(`
  query AgencyGroupForReorg($id: ID!) {
    agencyGroup(id: $id) {
      id
      memberIds
    }
  }
`);

export const REORG_CREATE_PLAN_ITEM = graphql(`
  mutation CreatePlanItemForReorg($i: CreatePlanItemInput!) {
    createPlanItem(input: $i) {
      id
      code
    }
  }
`);
