import { graphql } from '../../../../gql/gql';

export const ReorganisationDependentFieldsFragment = graphql(`
  fragment ReorganisationDependentFields on ReorganisationDependent {
    id
    label
    agency
    successor
  }
`);

/** Everything the dry run reports, by name: the screen shows it as it comes. */
export const PreviewReorganisationDocument = graphql(`
  mutation PreviewReorganisation($input: ReorganisationInput!) {
    previewReorganisation(input: $input) {
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
        ...ReorganisationDependentFields
      }
      tasks {
        ...ReorganisationDependentFields
      }
      taskCount
      groups {
        ...ReorganisationDependentFields
      }
      reports {
        ...ReorganisationDependentFields
      }
      measurementCount
    }
  }
`);

export const ReorganisationFieldsFragment = graphql(`
  fragment ReorganisationFields on AgencyReorganisation {
    id
    title
    decision
    effectiveDate
    appliedAt
    appliedBy
    status
    operationCount
    undoneAt
    undoneBy
    undoBlockedBy
  }
`);

export const ApplyReorganisationDocument = graphql(`
  mutation ApplyReorganisation($input: ReorganisationInput!) {
    applyReorganisation(input: $input) {
      ...ReorganisationFields
    }
  }
`);

export const UndoReorganisationDocument = graphql(`
  mutation UndoReorganisation($id: ID!) {
    undoReorganisation(id: $id) {
      ...ReorganisationFields
    }
  }
`);

export const AgencyReorganisationsDocument = graphql(`
  query AgencyReorganisations($first: Int) {
    agencyReorganisations(first: $first) {
      ...ReorganisationFields
    }
  }
`);

/**
 * The preview names a person's agency but not its id, which reassignUsers needs: one user of the group tells
 * it, with the successor the applied batch recorded.
 */
export const ReorganisationUserAgencyDocument = graphql(`
  query ReorganisationUserAgency($id: ID!) {
    user(id: $id) {
      id
      agencyId
      agency {
        id
        name
        successor {
          id
          name
        }
      }
    }
  }
`);

export const ReassignUsersDocument = graphql(`
  mutation ReassignUsers($input: ReassignUsersInput!) {
    reassignUsers(input: $input) {
      id
      agencyId
    }
  }
`);
