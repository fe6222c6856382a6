import { graphql } from '../../../gql/gql';

export const AssignmentFieldsFragment = graphql(`
  fragment AssignmentFields on PlanItemAgency {
    id
    role
    agencyId
    groupId
    sourceText
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

export const TaskRowFieldsFragment = graphql(`
  fragment TaskRowFields on PlanItem {
    id
    code
    title
    kind
    areaCode
    status
    progress
    dueDate
    dueLabel
    overdue
    doneLate
    daysLate
    completedOn
    updatedAt
    planId
    plan {
      id
      code
    }
    leads {
      ...AssignmentFields
    }
  }
`);

export const TasksDocument = graphql(`
  query Tasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TaskRowFields
        }
      }
    }
  }
`);

export const MyTasksDocument = graphql(`
  query MyTasks($filter: TaskFilter, $first: Int, $after: String) {
    myTasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TaskRowFields
        }
      }
    }
  }
`);

export const MyTaskCountsDocument = graphql(`
  query MyTaskCounts($agencyId: ID!, $dueFrom: LocalDate!, $dueTo: LocalDate!) {
    lead: tasks(filter: { leadAgencyId: $agencyId }, first: 1) {
      totalCount
    }
    coordinating: tasks(filter: { coordinatingAgencyId: $agencyId }, first: 1) {
      totalCount
    }
    dueThisQuarter: myTasks(filter: { dueFrom: $dueFrom, dueTo: $dueTo }, first: 1) {
      totalCount
    }
  }
`);

export const TaskUpdateFieldsFragment = graphql(`
  fragment TaskUpdateFields on TaskUpdate {
    id
    itemId
    agencyId
    agency {
      id
      name
    }
    role
    authorLabel
    createdAt
    progress
    status
    note
    evidenceNumber
    evidenceDate
    evidenceLink
  }
`);

export const DetailAssignmentFieldsFragment = graphql(`
  fragment DetailAssignmentFields on PlanItemAgency {
    ...AssignmentFields
    group {
      id
      name
      memberIds
      members {
        id
        name
      }
    }
  }
`);

export const TaskDetailDocument = graphql(`
  query TaskDetail($id: ID!) {
    planItem(id: $id) {
      ...TaskRowFields
      productText
      productType
      fundingText
      evidenceNumber
      evidenceDate
      evidenceLink
      sourceItemId
      version
      plan {
        id
        code
        title
        year
      }
      parent {
        id
        code
        title
        kind
        parent {
          id
          code
          title
          kind
          parent {
            id
            code
            title
            kind
          }
        }
      }
      leads {
        ...DetailAssignmentFields
      }
      coordinators {
        ...DetailAssignmentFields
      }
      updates {
        ...TaskUpdateFields
      }
    }
  }
`);

export const PostTaskUpdateDocument = graphql(`
  mutation PostTaskUpdate($input: PostTaskUpdateInput!) {
    postTaskUpdate(input: $input) {
      ...TaskUpdateFields
    }
  }
`);

/** The filtered, sorted task list as an .xlsx workbook (the API stops at 5,000 rows). */
export const ExportTasksXlsxDocument = graphql(`
  query ExportTasksXlsx($filter: TaskFilter, $orderBy: TaskOrder) {
    exportTasksXlsx(filter: $filter, orderBy: $orderBy) {
      filename
      mimeType
      contentBase64
    }
  }
`);
