/** The GraphQL documents of inspections.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const PROPOSE_INSPECTIONS = graphql(`
  mutation ProposeInspectionsForTest($i: ProposeInspectionsInput!) {
    proposeInspections(input: $i) {
      id
      version
      year
      status
      coverageProvince
      coverageDistrict
      coverageCommune
    }
  }
`);

export const INSPECTIONS = graphql(`
  query InspectionsForTest($planId: ID!, $first: Int) {
    inspections(planId: $planId, first: $first) {
      totalCount
      edges {
        node {
          id
          version
          agencyId
          status
          proposed
          score
          month
          teamUserIds
          agency {
            name
            level
          }
          reasons {
            code
            year
            value
            count
            points
          }
          findings {
            id
            text
            severity
            deadline
            taskId
            status
            closedOn
            reviewNote
          }
        }
      }
    }
  }
`);

export const ADJUST_INSPECTION_PLAN = graphql(`
  mutation AdjustInspectionPlanForTest($i: AdjustInspectionPlanInput!) {
    adjustInspectionPlan(input: $i) {
      id
      version
      coverageCommune
    }
  }
`);

export const APPROVE_INSPECTION_PLAN = graphql(`
  mutation ApproveInspectionPlanForTest($i: VersionedInput!) {
    approveInspectionPlan(input: $i) {
      id
      version
      status
    }
  }
`);

export const SCHEDULE_INSPECTION = graphql(`
  mutation ScheduleInspectionForTest($i: ScheduleInspectionInput!) {
    scheduleInspection(input: $i) {
      id
      version
      month
      teamUserIds
    }
  }
`);

export const RECORD_FINDINGS = graphql(`
  mutation RecordInspectionFindingsForTest($i: RecordInspectionFindingsInput!) {
    recordInspectionFindings(input: $i) {
      id
      version
      status
      conductedOn
      findings {
        id
        taskId
        status
        deadline
      }
    }
  }
`);

export const REINSPECT = graphql(`
  mutation ReinspectFindingsForTest($i: ReinspectInput!) {
    reinspectFindings(input: $i) {
      id
      version
      reinspectedOn
      findings {
        id
        status
        closedOn
        reviewNote
      }
    }
  }
`);

export const INSPECTION_COVERAGE = graphql(`
  query InspectionCoverageForTest($planId: ID!) {
    inspectionCoverage(planId: $planId) {
      year
      levels {
        level
        agencies
        inspected
        percent
      }
      total {
        agencies
        inspected
        percent
      }
    }
  }
`);

export const AGENCY_TASKS = graphql(`
  query InspectionAgencyTasksForTest($lead: ID!) {
    tasks(filter: { leadAgencyId: $lead }) {
      edges {
        node {
          id
          title
          dueDate
        }
      }
    }
  }
`);

export const RECORD_INSPECTION_COVERAGE = graphql(`
  mutation RecordInspectionCoverageForTest($i: RecordInspectionCoverageInput!) {
    recordInspectionCoverage(input: $i) {
      id
      agencyId
      period
      numerator
      denominator
      status
    }
  }
`);

export const COVERAGE_INDICATOR_VALUE = graphql(`
  query InspectionCoverageIndicatorValueForTest($indicatorId: ID!, $agencyId: ID!, $period: String!) {
    indicatorValue(indicatorId: $indicatorId, agencyId: $agencyId, period: $period, includeUnapproved: true) {
      value
      numerator
      denominator
    }
  }
`);

export const INSPECTION_DECISION_DOCX = graphql(`
  query InspectionDecisionDocxForTest($planId: ID!) {
    inspectionDecisionDocx(planId: $planId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const INSPECTION_CONCLUSION_DOCX = graphql(`
  query InspectionConclusionDocxForTest($inspectionId: ID!) {
    inspectionConclusionDocx(inspectionId: $inspectionId) {
      filename
      contentBase64
    }
  }
`);

export const INSPECTION_TEAMS = graphql(`
  query InspectionTeamsForTest($planId: ID!, $first: Int) {
    inspections(planId: $planId, first: $first) {
      edges {
        node {
          id
          version
          agencyId
          status
          team {
            id
            name
            agencyName
            leader
          }
          findings {
            id
            task {
              id
              code
              title
            }
          }
        }
      }
    }
  }
`);

export const INSPECTION_TEAM_CANDIDATES = graphql(`
  query InspectionTeamCandidatesForTest($planId: ID!, $search: String, $first: Int) {
    inspectionTeamCandidates(planId: $planId, search: $search, first: $first) {
      id
      name
      agencyName
      leader
    }
  }
`);
