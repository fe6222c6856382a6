import { graphql } from '../../../gql/gql';

export const InspectionPlanFieldsFragment = graphql(`
  fragment InspectionPlanFields on InspectionPlan {
    id
    year
    status
    coverageProvince
    coverageDistrict
    coverageCommune
    version
  }
`);

export const InspectionTeamMemberFieldsFragment = graphql(`
  fragment InspectionTeamMemberFields on InspectionTeamMember {
    id
    name
    agencyName
    leader
  }
`);

export const InspectionRowFragment = graphql(`
  fragment InspectionRow on Inspection {
    id
    planId
    agencyId
    agency {
      id
      name
      level
    }
    month
    status
    proposed
    score
    reasons {
      code
      year
      value
      count
      points
    }
    teamUserIds
    team {
      ...InspectionTeamMemberFields
    }
    conductedOn
    reinspectedOn
    version
    findings {
      id
      status
    }
  }
`);

export const InspectionPlansDocument = graphql(`
  query InspectionPlans($filter: InspectionPlanFilter, $first: Int, $after: String) {
    inspectionPlans(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InspectionPlanFields
        }
      }
    }
  }
`);

export const InspectionPlanDocument = graphql(`
  query InspectionPlan($id: ID!) {
    inspectionPlan(id: $id) {
      ...InspectionPlanFields
    }
    inspectionCoverage(planId: $id) {
      planId
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

export const PlanInspectionsDocument = graphql(`
  query PlanInspections($planId: ID!, $first: Int, $after: String) {
    inspections(planId: $planId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InspectionRow
        }
      }
    }
  }
`);

export const InspectionDetailFragment = graphql(`
  fragment InspectionDetail on Inspection {
    ...InspectionRow
    findings {
      id
      position
      text
      severity
      deadline
      taskId
      task {
        id
        code
        title
      }
      status
      closedOn
      reviewNote
      version
    }
  }
`);

export const InspectionDocument = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionDetail
    }
  }
`);

/** Who may join the plan's teams, found by name (20 per search). */
export const InspectionTeamCandidatesDocument = graphql(`
  query InspectionTeamCandidates($planId: ID!, $search: String) {
    inspectionTeamCandidates(planId: $planId, search: $search) {
      ...InspectionTeamMemberFields
    }
  }
`);

export const PlanIndicatorOptionsDocument = graphql(`
  query PlanIndicatorOptions($planId: ID!) {
    indicators(filter: { planId: $planId, states: [ACTIVE] }, first: 100) {
      edges {
        node {
          id
          code
          nameVi
          nameEn
          frequency
        }
      }
    }
  }
`);

export const InspectionDecisionDocxDocument = graphql(`
  query InspectionDecisionDocx($planId: ID!) {
    inspectionDecisionDocx(planId: $planId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const InspectionConclusionDocxDocument = graphql(`
  query InspectionConclusionDocx($inspectionId: ID!) {
    inspectionConclusionDocx(inspectionId: $inspectionId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ProposeInspectionsDocument = graphql(`
  mutation ProposeInspections($input: ProposeInspectionsInput!) {
    proposeInspections(input: $input) {
      ...InspectionPlanFields
    }
  }
`);

export const AdjustInspectionPlanDocument = graphql(`
  mutation AdjustInspectionPlan($input: AdjustInspectionPlanInput!) {
    adjustInspectionPlan(input: $input) {
      ...InspectionPlanFields
    }
  }
`);

export const ApproveInspectionPlanDocument = graphql(`
  mutation ApproveInspectionPlan($input: VersionedInput!) {
    approveInspectionPlan(input: $input) {
      ...InspectionPlanFields
    }
  }
`);

export const ScheduleInspectionDocument = graphql(`
  mutation ScheduleInspection($input: ScheduleInspectionInput!) {
    scheduleInspection(input: $input) {
      ...InspectionRow
    }
  }
`);

export const RecordInspectionFindingsDocument = graphql(`
  mutation RecordInspectionFindings($input: RecordInspectionFindingsInput!) {
    recordInspectionFindings(input: $input) {
      ...InspectionDetail
    }
  }
`);

export const ReinspectFindingsDocument = graphql(`
  mutation ReinspectFindings($input: ReinspectInput!) {
    reinspectFindings(input: $input) {
      ...InspectionDetail
    }
  }
`);

export const RecordInspectionCoverageDocument = graphql(`
  mutation RecordInspectionCoverage($input: RecordInspectionCoverageInput!) {
    recordInspectionCoverage(input: $input) {
      id
      value
    }
  }
`);
