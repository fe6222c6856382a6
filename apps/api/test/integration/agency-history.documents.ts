/** The GraphQL documents of agency-history.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const HISTORY_TREE = graphql(`
  query AgencyTreeForHistory($r: ID, $d: LocalDate, $all: Boolean) {
    agencyTree(rootId: $r, asOf: $d, includeInactive: $all) {
      id
      code
      name
      parentId
      depth
      active
    }
  }
`);

export const HISTORY_AGENCY = graphql(`
  query AgencyForHistory($id: ID!) {
    agency(id: $id) {
      id
      code
      name
      parentId
      version
      validTo
      successor {
        code
      }
      history {
        effectiveFrom
        effectiveTo
        parentId
        name
        shortName
        kind
        level
      }
    }
  }
`);

export const HISTORY_MOVE = graphql(`
  mutation MoveAgencyForHistory($i: MoveAgencyInput!) {
    moveAgency(input: $i) {
      id
      parentId
    }
  }
`);

export const HISTORY_UPDATE = graphql(`
  mutation UpdateAgencyForHistory($i: UpdateAgencyInput!) {
    updateAgency(input: $i) {
      id
      name
      version
    }
  }
`);

export const HISTORY_CREATE = graphql(`
  mutation CreateAgencyForHistory($i: CreateAgencyInput!) {
    createAgency(input: $i) {
      id
      code
      validFrom
    }
  }
`);

export const HISTORY_MERGE = graphql(`
  mutation MergeAgenciesForHistory($i: MergeAgenciesInput!) {
    mergeAgencies(input: $i) {
      id
    }
  }
`);

export const HISTORY_DEACTIVATE = graphql(`
  mutation DeactivateAgencyForHistory($i: DeactivateAgencyInput!) {
    deactivateAgency(input: $i) {
      validTo
    }
  }
`);

export const HISTORY_CREATE_PLAN = graphql(`
  mutation CreatePlanForHistory($i: CreatePlanInput!) {
    createPlan(input: $i) {
      id
    }
  }
`);

export const HISTORY_PLAN = graphql(`
  query PlanForHistory($id: ID!) {
    plan(id: $id) {
      id
      title
      ownerAgencyId
    }
  }
`);

export const HISTORY_INDICATOR_VALUE = graphql(`
  query IndicatorValueForHistory($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {
    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {
      value
      numerator
      denominator
      reportedCount
    }
  }
`);

export const HISTORY_OPEN_ROUND = graphql(`
  mutation OpenRoundForHistory($i: OpenReportingRoundInput!) {
    openReportingRound(input: $i) {
      id
      dueDate
    }
  }
`);

export const HISTORY_REPORTS = graphql(`
  query AgencyReportsForHistory($f: AgencyReportFilter) {
    agencyReports(filter: $f, first: 100) {
      edges {
        node {
          id
          agencyId
          status
          version
        }
      }
    }
  }
`);

export const HISTORY_SUBMIT_REPORT = graphql(`
  mutation SubmitReportForHistory($id: ID!, $v: Int!) {
    submitAgencyReport(id: $id, version: $v) {
      status
      submittedAt
    }
  }
`);

export const HISTORY_EXPORT_REPORT = graphql(`
  query ExportReportForHistory($id: ID!) {
    exportAgencyReport(id: $id, format: DOCX) {
      filename
      contentBase64
    }
  }
`);

export const HISTORY_RESOLVE_NAMES = graphql(`
  query ResolveNamesForHistory($text: String!, $r: ID, $d: LocalDate) {
    resolveAgencyNames(text: $text, rootId: $r, asOf: $d) {
      unresolved
      matches {
        text
        confidence
        agency {
          id
          code
          name
        }
        successor {
          id
          code
        }
      }
    }
  }
`);
