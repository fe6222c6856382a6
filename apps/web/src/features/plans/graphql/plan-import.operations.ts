import { graphql } from '../../../gql/gql';

export const ResolvedNameFieldsFragment = graphql(`
  fragment ResolvedNameFields on ResolvedAgencyName {
    text
    confidence
    agency {
      id
      name
      shortName
    }
    group {
      id
      name
    }
  }
`);

export const ImportPlanDocumentDocument = graphql(`
  mutation ImportPlanDocument($input: ImportPlanDocumentInput!) {
    importPlanDocument(input: $input) {
      dryRun
      applied
      created
      updated
      unchanged
      document {
        title
        year
        decisionNumber
        decisionDate
        issuerText
        results
        activities
        tasks
        projects
      }
      problems {
        line
        severity
        code
        itemCode
        message
        text
      }
      items {
        line
        code
        kind
        title
        areaCode
        parentCode
        action
        dueLabel
        dueDate
        productText
        leadText
        coordinatorText
        leads {
          ...ResolvedNameFields
        }
        coordinators {
          ...ResolvedNameFields
        }
      }
      plan {
        id
        code
        title
        year
      }
    }
  }
`);

export const AgencyGroupOptionsDocument = graphql(`
  query AgencyGroupOptions {
    agencyGroups(first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
