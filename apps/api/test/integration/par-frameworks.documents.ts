/** The GraphQL documents of par-frameworks.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const CREATE_FRAMEWORK = graphql(`
  mutation CreateParFrameworkForTest($i: CreateParFrameworkInput!) {
    createParFramework(input: $i) {
      id
      version
      year
      targetGroup
      revision
      name
      totalPoints
      status
      isSample
      bands {
        code
        label
        minIndex
      }
    }
  }
`);

export const UPDATE_FRAMEWORK = graphql(`
  mutation UpdateParFrameworkForTest($i: UpdateParFrameworkInput!) {
    updateParFramework(input: $i) {
      name
      version
      totalPoints
      bands {
        code
      }
    }
  }
`);

export const DELETE_FRAMEWORK = graphql(`
  mutation DeleteParFrameworkForTest($id: ID!) {
    deleteParFramework(id: $id)
  }
`);

export const LOCK_FRAMEWORK = graphql(`
  mutation LockParFrameworkForTest($i: LockParFrameworkInput!) {
    lockParFramework(input: $i) {
      status
      version
      lockedAt
    }
  }
`);

export const COPY_FRAMEWORK = graphql(`
  mutation CopyParFrameworkForTest($i: CopyParFrameworkInput!) {
    copyParFramework(input: $i) {
      id
      year
      revision
      status
      copiedFromId
      criteria {
        id
        code
        parentId
        level
        maxPoints
        scale {
          label
          points
        }
      }
    }
  }
`);

export const CREATE_CRITERION = graphql(`
  mutation CreateParCriterionForTest($i: CreateParCriterionInput!) {
    createParCriterion(input: $i) {
      id
      version
      code
      level
      position
      maxPoints
      method
      scale {
        label
        points
      }
    }
  }
`);

export const UPDATE_CRITERION = graphql(`
  mutation UpdateParCriterionForTest($i: UpdateParCriterionInput!) {
    updateParCriterion(input: $i) {
      code
      maxPoints
      method
      version
      scale {
        points
      }
    }
  }
`);

export const DELETE_CRITERION = graphql(`
  mutation DeleteParCriterionForTest($id: ID!) {
    deleteParCriterion(id: $id)
  }
`);

export const FRAMEWORK = graphql(`
  query ParFrameworkForTest($id: ID!) {
    parFramework(id: $id) {
      id
      version
      status
      scoredMaximum
      problems {
        code
        kind
        message
      }
      criteria {
        code
        level
        position
      }
    }
  }
`);

export const FRAMEWORKS = graphql(`
  query ParFrameworksForTest($filter: ParFrameworkFilter, $first: Int) {
    parFrameworks(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          year
          revision
          criteria {
            code
          }
          problems {
            kind
          }
        }
      }
    }
  }
`);

export const FRAMEWORK_TEMPLATE = graphql(`
  query ParFrameworkTemplateForTest {
    parFrameworkTemplate {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const EXPORT_FRAMEWORK = graphql(`
  query ExportParFrameworkForTest($id: ID!) {
    exportParFramework(id: $id) {
      filename
      contentBase64
    }
  }
`);

export const IMPORT_FRAMEWORK = graphql(`
  mutation ImportParFrameworkForTest($i: ImportParFrameworkInput!) {
    importParFramework(input: $i) {
      dryRun
      applied
      items
      totalPoints
      problems {
        sheet
        line
        column
        code
        message
      }
      framework {
        id
        year
        status
        name
        criteria {
          code
          parentId
          level
          title
          maxPoints
          method
          scale {
            label
            points
          }
          guidance
          evidenceRequired
        }
      }
    }
  }
`);
