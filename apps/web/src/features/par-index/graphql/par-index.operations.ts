import { graphql } from '../../../gql/gql';

export const ParFrameworkRowFragment = graphql(`
  fragment ParFrameworkRow on ParFramework {
    id
    year
    targetGroup
    name
    decisionNumber
    status
    isSample
    revision
    totalPoints
    copiedFromId
    version
    criteria {
      id
    }
  }
`);

export const ParCriterionFieldsFragment = graphql(`
  fragment ParCriterionFields on ParCriterion {
    id
    frameworkId
    parentId
    level
    code
    title
    maxPoints
    method
    scale {
      label
      points
    }
    guidance
    evidenceRequired
    dataRule {
      source
      areaCode
      indicatorCode
      thresholds {
        atLeast
        points
      }
    }
    position
    version
  }
`);

export const ParFrameworkDetailFragment = graphql(`
  fragment ParFrameworkDetail on ParFramework {
    ...ParFrameworkRow
    scoredMaximum
    lockedAt
    bands {
      code
      label
      minIndex
    }
    problems {
      code
      kind
      message
    }
    criteria {
      ...ParCriterionFields
    }
  }
`);

export const ParFrameworksDocument = graphql(`
  query ParFrameworks($filter: ParFrameworkFilter, $first: Int, $after: String) {
    parFrameworks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ParFrameworkRow
        }
      }
    }
  }
`);

export const ParFrameworkDocument = graphql(`
  query ParFramework($id: ID!) {
    parFramework(id: $id) {
      ...ParFrameworkDetail
    }
  }
`);

export const CreateParFrameworkDocument = graphql(`
  mutation CreateParFramework($input: CreateParFrameworkInput!) {
    createParFramework(input: $input) {
      ...ParFrameworkRow
    }
  }
`);

export const UpdateParFrameworkDocument = graphql(`
  mutation UpdateParFramework($input: UpdateParFrameworkInput!) {
    updateParFramework(input: $input) {
      ...ParFrameworkDetail
    }
  }
`);

export const CopyParFrameworkDocument = graphql(`
  mutation CopyParFramework($input: CopyParFrameworkInput!) {
    copyParFramework(input: $input) {
      ...ParFrameworkRow
    }
  }
`);

export const LockParFrameworkDocument = graphql(`
  mutation LockParFramework($input: LockParFrameworkInput!) {
    lockParFramework(input: $input) {
      ...ParFrameworkDetail
    }
  }
`);

export const DeleteParFrameworkDocument = graphql(`
  mutation DeleteParFramework($id: ID!) {
    deleteParFramework(id: $id)
  }
`);

export const CreateParCriterionDocument = graphql(`
  mutation CreateParCriterion($input: CreateParCriterionInput!) {
    createParCriterion(input: $input) {
      ...ParCriterionFields
    }
  }
`);

export const UpdateParCriterionDocument = graphql(`
  mutation UpdateParCriterion($input: UpdateParCriterionInput!) {
    updateParCriterion(input: $input) {
      ...ParCriterionFields
    }
  }
`);

export const DeleteParCriterionDocument = graphql(`
  mutation DeleteParCriterion($id: ID!) {
    deleteParCriterion(id: $id)
  }
`);

export const ParFrameworkTemplateDocument = graphql(`
  query ParFrameworkTemplate {
    parFrameworkTemplate {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ExportParFrameworkDocument = graphql(`
  query ExportParFramework($id: ID!) {
    exportParFramework(id: $id) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ImportParFrameworkDocument = graphql(`
  mutation ImportParFramework($input: ImportParFrameworkInput!) {
    importParFramework(input: $input) {
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
        ...ParFrameworkRow
      }
    }
  }
`);
