import { graphql } from '../../../../gql/gql';

export const InspectionChecklistItemFieldsFragment = graphql(`
  fragment InspectionChecklistItemFields on InspectionChecklistItem {
    id
    version
    position
    title
    sourceCode
    result
    note
    evidence {
      url
      label
    }
  }
`);

export const InspectionChecklistDocument = graphql(`
  query InspectionChecklist($id: ID!) {
    inspection(id: $id) {
      id
      checklist {
        ...InspectionChecklistItemFields
      }
    }
  }
`);

export const ChecklistFrameworksDocument = graphql(`
  query ChecklistFrameworks {
    parFrameworks(first: 100) {
      edges {
        node {
          id
          name
          year
          revision
        }
      }
    }
  }
`);

export const BuildInspectionChecklistDocument = graphql(`
  mutation BuildInspectionChecklist($input: BuildInspectionChecklistInput!) {
    buildInspectionChecklist(input: $input) {
      id
      checklist {
        ...InspectionChecklistItemFields
      }
    }
  }
`);

export const UpdateInspectionChecklistItemDocument = graphql(`
  mutation UpdateInspectionChecklistItem($input: UpdateInspectionChecklistItemInput!) {
    updateInspectionChecklistItem(input: $input) {
      ...InspectionChecklistItemFields
    }
  }
`);
