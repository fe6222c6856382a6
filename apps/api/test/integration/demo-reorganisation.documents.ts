/** The GraphQL documents of demo-reorganisation.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const DEMO_TREE = graphql(`
  query AgencyTreeForDemoReorg($d: LocalDate) {
    agencyTree(asOf: $d) {
      id
      code
      name
      shortName
      parentId
      depth
      level
      active
    }
  }
`);

export const DEMO_PLANS = graphql(`
  query PlansForDemoReorg {
    plans(filter: { year: 2022 }, first: 10) {
      edges {
        node {
          id
          code
          title
          ownerAgencyId
        }
      }
    }
  }
`);

export const DEMO_PLAN_TASKS = graphql(`
  query PlanTasksForDemoReorg($id: ID!) {
    plan(id: $id) {
      id
      code
      ownerAgency {
        id
        name
      }
      items {
        id
        code
        kind
        title
        status
        progress
        dueDate
        leads {
          agencyId
          groupId
          sourceText
          agency {
            id
            name
          }
        }
        coordinators {
          agencyId
          groupId
          sourceText
          agency {
            id
            name
          }
        }
      }
    }
  }
`);

export const DEMO_TASK_STATS = graphql(`
  query TaskStatsForDemoReorg($id: ID!, $by: TaskStatsGroupBy!) {
    taskStats(planId: $id, groupBy: $by) {
      key
      label
      total
      done
      inProgress
      notStarted
      cancelled
      overdue
      averageProgress
    }
  }
`);

export const DEMO_INDICATOR_VALUES = graphql(`
  query IndicatorValuesForDemoReorg($plan: ID!, $root: ID!) {
    indicators(filter: { planId: $plan }, first: 100) {
      edges {
        node {
          id
          code
          state
          aggregation
          q1: value(agencyId: $root, period: "2022-Q1") {
            ...DemoReorgValue
          }
          q2: value(agencyId: $root, period: "2022-Q2") {
            ...DemoReorgValue
          }
          q3: value(agencyId: $root, period: "2022-Q3") {
            ...DemoReorgValue
          }
          q4: value(agencyId: $root, period: "2022-Q4") {
            ...DemoReorgValue
          }
        }
      }
    }
  }
  fragment DemoReorgValue on IndicatorValue {
    asOf
    value
    numerator
    denominator
    reportedCount
    status
    target
  }
`);

export const DEMO_INDICATOR_VALUE = graphql(`
  query IndicatorValueForDemoReorg($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {
    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {
      value
      numerator
      denominator
      reportedCount
    }
  }
`);

export const DEMO_SCOREBOARD = graphql(`
  query ScoreboardForDemoReorg($plan: ID!, $p: String!, $level: AgencyLevel!) {
    indicatorScoreboard(planId: $plan, period: $p, level: $level) {
      asOf
      period
      indicators {
        id
      }
      statusCounts {
        status
        count
      }
      rows {
        agency {
          id
          name
        }
        values
        statuses
        targets
      }
    }
  }
`);

export const DEMO_REPORTS = graphql(`
  query ReportsForDemoReorg($after: String) {
    agencyReports(first: 100, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          agencyId
          agency {
            id
            name
          }
          round {
            id
            period
          }
          status
          dueDate
          late
        }
      }
    }
  }
`);

export const DEMO_EXPORT_REPORT = graphql(`
  query ExportReportForDemoReorg($id: ID!) {
    exportAgencyReport(id: $id, format: DOCX) {
      filename
      contentBase64
    }
  }
`);

export const DEMO_RESOLVE_NAMES = graphql(`
  query ResolveNamesForDemoReorg($text: String!, $d: LocalDate) {
    resolveAgencyNames(text: $text, asOf: $d) {
      unresolved
      matches {
        text
        confidence
        agency {
          id
          code
        }
        successor {
          id
          code
        }
      }
    }
  }
`);

export const DEMO_REORG_PREVIEW = graphql(`
  mutation PreviewReorganisationForDemoReorg($i: ReorganisationInput!) {
    previewReorganisation(input: $i) {
      problems {
        line
        field
        message
      }
      agencies {
        code
        ends
      }
    }
  }
`);

export const DEMO_REORG_APPLY = graphql(`
  mutation ApplyReorganisationForDemoReorg($i: ReorganisationInput!) {
    applyReorganisation(input: $i) {
      id
      status
      operationCount
      undoBlockedBy
    }
  }
`);

export const DEMO_REORG_UNDO = graphql(`
  mutation UndoReorganisationForDemoReorg($id: ID!) {
    undoReorganisation(id: $id) {
      id
      status
    }
  }
`);

export const DEMO_REORGS = graphql(`
  query ReorganisationsForDemoReorg {
    agencyReorganisations {
      id
      status
      undoBlockedBy
    }
  }
`);
