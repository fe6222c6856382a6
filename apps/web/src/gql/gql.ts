/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyGroupsDocument,
    "\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": typeof types.CreateAgencyGroupDocument,
    "\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": typeof types.UpdateAgencyGroupDocument,
    "\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n": typeof types.DeleteAgencyGroupDocument,
    "\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgencyGroupDocument,
    "\n  fragment AgencyVersionFields on AgencyVersion {\n    agencyId\n    effectiveFrom\n    effectiveTo\n    parentId\n    name\n    shortName\n    kind\n    level\n  }\n": typeof types.AgencyVersionFieldsFragmentDoc,
    "\n  query AgencyHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      validTo\n      successor {\n        id\n        name\n      }\n      history {\n        ...AgencyVersionFields\n      }\n    }\n  }\n": typeof types.AgencyHistoryDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.MoveAgencyDocument,
    "\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.DeactivateAgencyDocument,
    "\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.MergeAgenciesDocument,
    "\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportAgenciesDocument,
    "\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n": typeof types.AgencyTreeDocument,
    "\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.AgencyDetailFieldsFragmentDoc,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n": typeof types.AgencyDetailDocument,
    "\n  fragment ReorganisationDependentFields on ReorganisationDependent {\n    id\n    label\n    agency\n    successor\n  }\n": typeof types.ReorganisationDependentFieldsFragmentDoc,
    "\n  mutation PreviewReorganisation($input: ReorganisationInput!) {\n    previewReorganisation(input: $input) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        ...ReorganisationDependentFields\n      }\n      tasks {\n        ...ReorganisationDependentFields\n      }\n      taskCount\n      groups {\n        ...ReorganisationDependentFields\n      }\n      reports {\n        ...ReorganisationDependentFields\n      }\n      measurementCount\n    }\n  }\n": typeof types.PreviewReorganisationDocument,
    "\n  fragment ReorganisationFields on AgencyReorganisation {\n    id\n    title\n    decision\n    effectiveDate\n    appliedAt\n    appliedBy\n    status\n    operationCount\n    undoneAt\n    undoneBy\n    undoBlockedBy\n  }\n": typeof types.ReorganisationFieldsFragmentDoc,
    "\n  mutation ApplyReorganisation($input: ReorganisationInput!) {\n    applyReorganisation(input: $input) {\n      ...ReorganisationFields\n    }\n  }\n": typeof types.ApplyReorganisationDocument,
    "\n  mutation UndoReorganisation($id: ID!) {\n    undoReorganisation(id: $id) {\n      ...ReorganisationFields\n    }\n  }\n": typeof types.UndoReorganisationDocument,
    "\n  query AgencyReorganisations($first: Int) {\n    agencyReorganisations(first: $first) {\n      ...ReorganisationFields\n    }\n  }\n": typeof types.AgencyReorganisationsDocument,
    "\n  query ReorganisationUserAgency($id: ID!) {\n    user(id: $id) {\n      id\n      agencyId\n      agency {\n        id\n        name\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReorganisationUserAgencyDocument,
    "\n  mutation ReassignUsers($input: ReassignUsersInput!) {\n    reassignUsers(input: $input) {\n      id\n      agencyId\n    }\n  }\n": typeof types.ReassignUsersDocument,
    "\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": typeof types.ApiKeyRowFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n      # For the layout's banner when the user's agency has ended (until an admin moves the user on).\n      agency {\n        id\n        name\n        active\n        validTo\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    planId\n    code\n    nameVi\n    nameEn\n    description\n    areaCode\n    unit\n    direction\n    aggregation\n    frequency\n    reportingLevels\n    cumulative\n    target\n    state\n    sortOrder\n    sourceText\n    sourceLine\n    draftNotes\n    version\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    reportedCount\n    target\n    targetSource\n    status\n  }\n": typeof types.IndicatorValueFieldsFragmentDoc,
    "\n  query IndicatorPlans {\n    plans(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n          status\n          ownerAgencyId\n          ownerAgency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.IndicatorPlansDocument,
    "\n  query Indicators($filter: IndicatorFilter, $first: Int, $after: String, $period: String!) {\n    indicators(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IndicatorFields\n          value(period: $period) {\n            ...IndicatorValueFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  fragment IndicatorTargetFields on IndicatorTarget {\n    id\n    indicatorId\n    level\n    agencyId\n    period\n    value\n  }\n": typeof types.IndicatorTargetFieldsFragmentDoc,
    "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n      createdAt\n      updatedAt\n      plan {\n        id\n        code\n        title\n        year\n        ownerAgencyId\n        ownerAgency {\n          id\n          name\n        }\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n      linkedItems {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.IndicatorDetailDocument,
    "\n  query IndicatorSeries($indicatorId: ID!, $agencyId: ID!, $from: String!, $to: String!) {\n    indicatorSeries(indicatorId: $indicatorId, agencyId: $agencyId, from: $from, to: $to) {\n      ...IndicatorValueFields\n    }\n  }\n": typeof types.IndicatorSeriesDocument,
    "\n  query IndicatorBreakdown($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorBreakdown(indicatorId: $indicatorId, agencyId: $agencyId, period: $period) {\n      ...IndicatorValueFields\n      agency {\n        id\n        code\n        name\n        level\n        descendantCount\n      }\n    }\n  }\n": typeof types.IndicatorBreakdownDocument,
    "\n  query ReportingCoverage($indicatorId: ID!, $period: String!, $rootAgencyId: ID) {\n    reportingCoverage(indicatorId: $indicatorId, period: $period, rootAgencyId: $rootAgencyId) {\n      indicatorId\n      period\n      expected\n      reported\n      approved\n      inProgress\n      missing {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ReportingCoverageDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation SetIndicatorState($input: SetIndicatorStateInput!) {\n    setIndicatorState(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.SetIndicatorStateDocument,
    "\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...IndicatorFields\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n": typeof types.SetIndicatorTargetsDocument,
    "\n  query IndicatorScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboard(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      period\n      level\n      asOf\n      indicators {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        values\n        targets\n        statuses\n      }\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n": typeof types.IndicatorScoreboardDocument,
    "\n  query IndicatorScoreboardXlsx($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboardXlsx(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.IndicatorScoreboardXlsxDocument,
    "\n  query IndicatorPlanItems($planId: ID!) {\n    plan(id: $planId) {\n      id\n      year\n      items {\n        id\n        code\n        title\n        kind\n      }\n    }\n  }\n": typeof types.IndicatorPlanItemsDocument,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    note\n    status\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    updatedByLabel\n    version\n  }\n": typeof types.MeasurementFieldsFragmentDoc,
    "\n  query MeasurementEntries($planId: ID!, $agencyId: ID!, $period: String!) {\n    measurementEntries(planId: $planId, agencyId: $agencyId, period: $period) {\n      target\n      indicator {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n        aggregation\n        frequency\n        direction\n      }\n      measurement {\n        ...MeasurementFields\n      }\n    }\n  }\n": typeof types.MeasurementEntriesDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation SubmitMeasurements($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      ...MeasurementFields\n    }\n  }\n": typeof types.SubmitMeasurementsDocument,
    "\n  fragment MeasurementRowFields on Measurement {\n    ...MeasurementFields\n    agency {\n      id\n      code\n      name\n    }\n    indicator {\n      id\n      code\n      nameVi\n      nameEn\n      unit\n      aggregation\n    }\n  }\n": typeof types.MeasurementRowFieldsFragmentDoc,
    "\n  query Measurements($filter: MeasurementFilter, $first: Int, $after: String) {\n    measurements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MeasurementRowFields\n        }\n      }\n    }\n  }\n": typeof types.MeasurementsDocument,
    "\n  query MeasurementHistory($id: ID!) {\n    measurement(id: $id) {\n      id\n      history {\n        id\n        action\n        status\n        value\n        numerator\n        denominator\n        note\n        comment\n        actorLabel\n        createdAt\n        measurementVersion\n      }\n    }\n  }\n": typeof types.MeasurementHistoryDocument,
    "\n  mutation ReviewMeasurement($input: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": typeof types.ReviewMeasurementDocument,
    "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": typeof types.ReopenMeasurementDocument,
    "\n  query MeasurementTemplate($input: MeasurementTemplateInput!) {\n    measurementTemplate(input: $input) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.MeasurementTemplateDocument,
    "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      applied\n      dryRun\n      period\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportMeasurementsDocument,
    "\n  fragment InspectionChecklistItemFields on InspectionChecklistItem {\n    id\n    version\n    position\n    title\n    sourceCode\n    result\n    note\n    evidence {\n      url\n      label\n    }\n  }\n": typeof types.InspectionChecklistItemFieldsFragmentDoc,
    "\n  query InspectionChecklist($id: ID!) {\n    inspection(id: $id) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n": typeof types.InspectionChecklistDocument,
    "\n  query ChecklistFrameworks {\n    parFrameworks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          year\n          revision\n        }\n      }\n    }\n  }\n": typeof types.ChecklistFrameworksDocument,
    "\n  mutation BuildInspectionChecklist($input: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $input) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n": typeof types.BuildInspectionChecklistDocument,
    "\n  mutation UpdateInspectionChecklistItem($input: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $input) {\n      ...InspectionChecklistItemFields\n    }\n  }\n": typeof types.UpdateInspectionChecklistItemDocument,
    "\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    status\n    coverageProvince\n    coverageDistrict\n    coverageCommune\n    version\n  }\n": typeof types.InspectionPlanFieldsFragmentDoc,
    "\n  fragment InspectionTeamMemberFields on InspectionTeamMember {\n    id\n    name\n    agencyName\n    leader\n  }\n": typeof types.InspectionTeamMemberFieldsFragmentDoc,
    "\n  fragment InspectionRow on Inspection {\n    id\n    planId\n    agencyId\n    agency {\n      id\n      name\n      level\n    }\n    month\n    status\n    proposed\n    score\n    reasons {\n      code\n      year\n      value\n      count\n      points\n    }\n    teamUserIds\n    team {\n      ...InspectionTeamMemberFields\n    }\n    conductedOn\n    reinspectedOn\n    version\n    findings {\n      id\n      status\n    }\n  }\n": typeof types.InspectionRowFragmentDoc,
    "\n  query InspectionPlans($filter: InspectionPlanFilter, $first: Int, $after: String) {\n    inspectionPlans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionPlanFields\n        }\n      }\n    }\n  }\n": typeof types.InspectionPlansDocument,
    "\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n    inspectionCoverage(planId: $id) {\n      planId\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n": typeof types.InspectionPlanDocument,
    "\n  query PlanInspections($planId: ID!, $first: Int, $after: String) {\n    inspections(planId: $planId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionRow\n        }\n      }\n    }\n  }\n": typeof types.PlanInspectionsDocument,
    "\n  fragment InspectionDetail on Inspection {\n    ...InspectionRow\n    findings {\n      id\n      position\n      text\n      severity\n      deadline\n      taskId\n      task {\n        id\n        code\n        title\n      }\n      status\n      closedOn\n      reviewNote\n      version\n    }\n  }\n": typeof types.InspectionDetailFragmentDoc,
    "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n": typeof types.InspectionDocument,
    "\n  query InspectionTeamCandidates($planId: ID!, $search: String) {\n    inspectionTeamCandidates(planId: $planId, search: $search) {\n      ...InspectionTeamMemberFields\n    }\n  }\n": typeof types.InspectionTeamCandidatesDocument,
    "\n  query PlanIndicatorOptions($planId: ID!) {\n    indicators(filter: { planId: $planId, states: [ACTIVE] }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          nameVi\n          nameEn\n          frequency\n        }\n      }\n    }\n  }\n": typeof types.PlanIndicatorOptionsDocument,
    "\n  query InspectionDecisionDocx($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.InspectionDecisionDocxDocument,
    "\n  query InspectionConclusionDocx($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.InspectionConclusionDocxDocument,
    "\n  mutation ProposeInspections($input: ProposeInspectionsInput!) {\n    proposeInspections(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.ProposeInspectionsDocument,
    "\n  mutation AdjustInspectionPlan($input: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.AdjustInspectionPlanDocument,
    "\n  mutation ApproveInspectionPlan($input: VersionedInput!) {\n    approveInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.ApproveInspectionPlanDocument,
    "\n  mutation ScheduleInspection($input: ScheduleInspectionInput!) {\n    scheduleInspection(input: $input) {\n      ...InspectionRow\n    }\n  }\n": typeof types.ScheduleInspectionDocument,
    "\n  mutation RecordInspectionFindings($input: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n": typeof types.RecordInspectionFindingsDocument,
    "\n  mutation ReinspectFindings($input: ReinspectInput!) {\n    reinspectFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n": typeof types.ReinspectFindingsDocument,
    "\n  mutation RecordInspectionCoverage($input: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $input) {\n      id\n      value\n    }\n  }\n": typeof types.RecordInspectionCoverageDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kind\n      muted\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation SetNotificationMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationMuted(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n": typeof types.SetNotificationMutedDocument,
    "\n  query EmailOutbox($first: Int!, $after: String, $status: EmailStatus) {\n    emailOutbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          error\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.EmailOutboxDocument,
    "\n  mutation SaveParAppraisal($input: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.SaveParAppraisalDocument,
    "\n  mutation SendParAppraisal($input: SendParAppraisalInput!) {\n    sendParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.SendParAppraisalDocument,
    "\n  mutation SubmitParExplanations($input: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.SubmitParExplanationsDocument,
    "\n  mutation SaveParReappraisal($input: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.SaveParReappraisalDocument,
    "\n  mutation FinaliseParAssessment($input: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.FinaliseParAssessmentDocument,
    "\n  fragment ParCycleRow on ParCycle {\n    id\n    year\n    name\n    status\n    selfAssessmentDue\n    frameworkIds\n    version\n  }\n": typeof types.ParCycleRowFragmentDoc,
    "\n  query ParCycles($year: Int, $first: Int, $after: String) {\n    parCycles(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleRow\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParCyclesDocument,
    "\n  query ParCycle($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleRow\n    }\n  }\n": typeof types.ParCycleDocument,
    "\n  mutation OpenParCycle($input: OpenParCycleInput!) {\n    openParCycle(input: $input) {\n      ...ParCycleRow\n    }\n  }\n": typeof types.OpenParCycleDocument,
    "\n  fragment ParAssessmentRow on ParAssessment {\n    id\n    cycleId\n    version\n    status\n    late\n    submittedAt\n    submittedByLabel\n    agency {\n      id\n      name\n    }\n    framework {\n      id\n      name\n      targetGroup\n    }\n    selfSummary {\n      toScore\n      scored\n      selfPoints\n    }\n  }\n": typeof types.ParAssessmentRowFragmentDoc,
    "\n  fragment ParAssessmentDetail on ParAssessment {\n    ...ParAssessmentRow\n    framework {\n      id\n      name\n      targetGroup\n      year\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    selfAssessmentDeadline\n    explanationDue\n    closedByDeadline\n    appraisedAt\n    explainedAt\n    finalisedAt\n    finalisedByLabel\n    cycle {\n      id\n      status\n      councilUserIds\n      council {\n        id\n        fullName\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      selfNote\n      noEvidenceReason\n      appraisedPoints\n      appraisalReason\n      explanation\n      reappraisedPoints\n      reappraisalAnswer\n    }\n    appraisalSummary {\n      toAppraise\n      appraised\n      differences\n      explained\n      answered\n      points\n    }\n    evidence {\n      ...ParEvidenceFields\n    }\n  }\n": typeof types.ParAssessmentDetailFragmentDoc,
    "\n  query ParAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.ParAssessmentDocument,
    "\n  mutation SaveParSelfScores($input: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.SaveParSelfScoresDocument,
    "\n  mutation SubmitParSelfAssessment($input: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": typeof types.SubmitParSelfAssessmentDocument,
    "\n  fragment ParLostRecordFields on ParLostRecord {\n    recordId\n    recordType\n    label\n    dueDate\n    doneOn\n    gain\n  }\n": typeof types.ParLostRecordFieldsFragmentDoc,
    "\n  query ParProvisionalScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        criterionId\n        code\n        title\n        method\n        source\n        maxPoints\n        points\n        atRisk\n        share\n        due\n        onTime\n        records {\n          ...ParLostRecordFields\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          unit\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n": typeof types.ParProvisionalScoreDocument,
    "\n  query ParWhatIfScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      index\n      points\n      pointsAtRisk\n    }\n  }\n": typeof types.ParWhatIfScoreDocument,
    "\n  query ParPointsAtRisk($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      assessmentId\n      agencyId\n      agency {\n        id\n        name\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n": typeof types.ParPointsAtRiskDocument,
    "\n  fragment ParCouncilMemberFields on ParCouncilMember {\n    id\n    fullName\n    agencyId\n    active\n  }\n": typeof types.ParCouncilMemberFieldsFragmentDoc,
    "\n  fragment ParCycleDetail on ParCycle {\n    ...ParCycleRow\n    appraisalDue\n    explanationDays\n    publicationDue\n    surveyHeld\n    publishedAt\n    publishedByLabel\n    councilUserIds\n    council {\n      ...ParCouncilMemberFields\n    }\n  }\n": typeof types.ParCycleDetailFragmentDoc,
    "\n  query ParCycleDetail($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleDetail\n    }\n  }\n": typeof types.ParCycleDetailDocument,
    "\n  fragment ParCycleAssessmentRow on ParAssessment {\n    ...ParAssessmentRow\n    closedByDeadline\n    selfAssessmentDue\n    selfAssessmentDeadline\n    explanationDue\n  }\n": typeof types.ParCycleAssessmentRowFragmentDoc,
    "\n  query ParCycleAssessments($cycleId: ID!, $status: [ParAssessmentStatus!], $first: Int, $after: String) {\n    parAssessments(cycleId: $cycleId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleAssessmentRow\n        }\n      }\n    }\n  }\n": typeof types.ParCycleAssessmentsDocument,
    "\n  query ParCycleAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParCycleAssessmentRow\n    }\n  }\n": typeof types.ParCycleAssessmentDocument,
    "\n  query ParCycleStatuses($cycleId: ID!) {\n    parCycle(id: $cycleId) {\n      id\n      statusCounts {\n        targetGroup\n        status\n        count\n      }\n    }\n  }\n": typeof types.ParCycleStatusesDocument,
    "\n  query ParCouncilCandidates($cycleId: ID!, $search: String) {\n    parCouncilCandidates(cycleId: $cycleId, search: $search) {\n      ...ParCouncilMemberFields\n    }\n  }\n": typeof types.ParCouncilCandidatesDocument,
    "\n  mutation SetParCouncil($input: SetParCouncilInput!) {\n    setParCouncil(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n": typeof types.SetParCouncilDocument,
    "\n  mutation SetParSurveyHeld($input: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n": typeof types.SetParSurveyHeldDocument,
    "\n  mutation ExtendParDeadline($input: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n": typeof types.ExtendParDeadlineDocument,
    "\n  mutation ReopenParAssessment($input: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n": typeof types.ReopenParAssessmentDocument,
    "\n  mutation PublishParCycle($input: PublishParCycleInput!) {\n    publishParCycle(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n": typeof types.PublishParCycleDocument,
    "\n  fragment ParEvidenceFields on ParEvidence {\n    id\n    assessmentId\n    criterionId\n    kind\n    label\n    url\n    recordType\n    recordId\n    downloadUrl\n    mimeType\n    size\n    addedBy\n    createdAt\n  }\n": typeof types.ParEvidenceFieldsFragmentDoc,
    "\n  mutation AddParEvidenceLink($input: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n": typeof types.AddParEvidenceLinkDocument,
    "\n  mutation AddParEvidenceRecord($input: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n": typeof types.AddParEvidenceRecordDocument,
    "\n  mutation RemoveParEvidence($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n": typeof types.RemoveParEvidenceDocument,
    "\n  query ParEvidenceCandidates(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordId\n      recordType\n      label\n      date\n    }\n  }\n": typeof types.ParEvidenceCandidatesDocument,
    "\n  fragment ParFrameworkRow on ParFramework {\n    id\n    year\n    targetGroup\n    name\n    decisionNumber\n    status\n    isSample\n    revision\n    totalPoints\n    copiedFromId\n    version\n    criteria {\n      id\n    }\n  }\n": typeof types.ParFrameworkRowFragmentDoc,
    "\n  fragment ParCriterionFields on ParCriterion {\n    id\n    frameworkId\n    parentId\n    level\n    code\n    title\n    maxPoints\n    method\n    scale {\n      label\n      points\n    }\n    guidance\n    evidenceRequired\n    dataRule {\n      source\n      areaCode\n      indicatorCode\n      thresholds {\n        atLeast\n        points\n      }\n    }\n    position\n    version\n  }\n": typeof types.ParCriterionFieldsFragmentDoc,
    "\n  fragment ParFrameworkDetail on ParFramework {\n    ...ParFrameworkRow\n    scoredMaximum\n    lockedAt\n    bands {\n      code\n      label\n      minIndex\n    }\n    problems {\n      code\n      kind\n      message\n    }\n    criteria {\n      ...ParCriterionFields\n    }\n  }\n": typeof types.ParFrameworkDetailFragmentDoc,
    "\n  query ParFrameworks($filter: ParFrameworkFilter, $first: Int, $after: String) {\n    parFrameworks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParFrameworkRow\n        }\n      }\n    }\n  }\n": typeof types.ParFrameworksDocument,
    "\n  query ParFramework($id: ID!) {\n    parFramework(id: $id) {\n      ...ParFrameworkDetail\n    }\n  }\n": typeof types.ParFrameworkDocument,
    "\n  mutation CreateParFramework($input: CreateParFrameworkInput!) {\n    createParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n": typeof types.CreateParFrameworkDocument,
    "\n  mutation UpdateParFramework($input: UpdateParFrameworkInput!) {\n    updateParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n": typeof types.UpdateParFrameworkDocument,
    "\n  mutation CopyParFramework($input: CopyParFrameworkInput!) {\n    copyParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n": typeof types.CopyParFrameworkDocument,
    "\n  mutation LockParFramework($input: LockParFrameworkInput!) {\n    lockParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n": typeof types.LockParFrameworkDocument,
    "\n  mutation DeleteParFramework($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n": typeof types.DeleteParFrameworkDocument,
    "\n  mutation CreateParCriterion($input: CreateParCriterionInput!) {\n    createParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n": typeof types.CreateParCriterionDocument,
    "\n  mutation UpdateParCriterion($input: UpdateParCriterionInput!) {\n    updateParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n": typeof types.UpdateParCriterionDocument,
    "\n  mutation DeleteParCriterion($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n": typeof types.DeleteParCriterionDocument,
    "\n  query ParFrameworkTemplate {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParFrameworkTemplateDocument,
    "\n  query ExportParFramework($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportParFrameworkDocument,
    "\n  mutation ImportParFramework($input: ImportParFrameworkInput!) {\n    importParFramework(input: $input) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        ...ParFrameworkRow\n      }\n    }\n  }\n": typeof types.ImportParFrameworkDocument,
    "\n  fragment ParNationalAssessment on ParAssessment {\n    id\n    version\n    status\n    late\n    cycleId\n    agencyId\n    finalisedAt\n    finalisedByLabel\n    agency {\n      id\n      name\n    }\n    cycle {\n      id\n      year\n      name\n      status\n    }\n    framework {\n      id\n      name\n      year\n      targetGroup\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      appraisedPoints\n      appraisalReason\n      reappraisedPoints\n    }\n    responsibilities {\n      criterionId\n      agencyId\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ParNationalAssessmentFragmentDoc,
    "\n  query ParNationalAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParNationalAssessment\n    }\n  }\n": typeof types.ParNationalAssessmentDocument,
    "\n  mutation AssignParResponsibilities($input: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n": typeof types.AssignParResponsibilitiesDocument,
    "\n  mutation RecordParNationalAppraisal($input: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n": typeof types.RecordParNationalAppraisalDocument,
    "\n  mutation CreateParImprovementTasks($input: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $input)\n  }\n": typeof types.CreateParImprovementTasksDocument,
    "\n  query ParNationalReportDocx($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParNationalReportDocxDocument,
    "\n  query ParNationalTemplate($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParNationalTemplateDocument,
    "\n  mutation ImportParNationalPoints($input: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $input) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        ...ParNationalAssessment\n      }\n    }\n  }\n": typeof types.ImportParNationalPointsDocument,
    "\n  query ParRankingCycle($id: ID!) {\n    parCycle(id: $id) {\n      id\n      year\n      name\n      status\n      publishedAt\n    }\n  }\n": typeof types.ParRankingCycleDocument,
    "\n  fragment ParRankingRowFields on ParRankingRow {\n    assessmentId\n    agencyId\n    agency {\n      id\n      name\n    }\n    targetGroup\n    rank\n    index\n    points\n    bonus\n    penalty\n    maxPoints\n    band {\n      code\n      label\n      minIndex\n    }\n    areas {\n      code\n      name\n      points\n      maxPoints\n      index\n    }\n    previousIndex\n    status\n    finalised\n  }\n": typeof types.ParRankingRowFieldsFragmentDoc,
    "\n  query ParRanking($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      ...ParRankingRowFields\n    }\n  }\n": typeof types.ParRankingDocument,
    "\n  query ParRankingXlsx($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParRankingXlsxDocument,
    "\n  fragment ResolvedNameFields on ResolvedAgencyName {\n    text\n    confidence\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n": typeof types.ResolvedNameFieldsFragmentDoc,
    "\n  mutation ImportPlanDocument($input: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      document {\n        title\n        year\n        decisionNumber\n        decisionDate\n        issuerText\n        results\n        activities\n        tasks\n        projects\n      }\n      problems {\n        line\n        severity\n        code\n        itemCode\n        message\n        text\n      }\n      items {\n        line\n        code\n        kind\n        title\n        areaCode\n        parentCode\n        action\n        dueLabel\n        dueDate\n        productText\n        leadText\n        coordinatorText\n        leads {\n          ...ResolvedNameFields\n        }\n        coordinators {\n          ...ResolvedNameFields\n        }\n      }\n      plan {\n        id\n        code\n        title\n        year\n      }\n    }\n  }\n": typeof types.ImportPlanDocumentDocument,
    "\n  query AgencyGroupOptions {\n    agencyGroups(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AgencyGroupOptionsDocument,
    "\n  fragment PlanRowFields on Plan {\n    id\n    code\n    title\n    year\n    status\n    decisionNumber\n    decisionDate\n    ownerAgencyId\n    ownerAgency {\n      id\n      name\n    }\n    parentPlanId\n    version\n  }\n": typeof types.PlanRowFieldsFragmentDoc,
    "\n  query Plans($filter: PlanFilter, $first: Int, $after: String) {\n    plans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlanRowFields\n        }\n      }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query PlanOptions($filter: PlanFilter) {\n    plans(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n        }\n      }\n    }\n  }\n": typeof types.PlanOptionsDocument,
    "\n  query PlanOverview($id: ID!) {\n    plan(id: $id) {\n      ...PlanRowFields\n      signerAgency {\n        id\n        name\n      }\n      parentPlan {\n        id\n        code\n        title\n      }\n      items {\n        id\n        code\n        title\n        kind\n        parentId\n        areaCode\n        status\n        progress\n        dueDate\n        dueLabel\n        overdue\n        doneLate\n        daysLate\n        leads {\n          id\n          agency {\n            id\n            name\n            shortName\n          }\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanOverviewDocument,
    "\n  query PlanStats($planId: ID!) {\n    areas: taskStats(planId: $planId, groupBy: AREA) {\n      ...TaskStatsFields\n    }\n    leads: taskStats(planId: $planId, groupBy: LEAD_AGENCY) {\n      ...TaskStatsFields\n    }\n    leadsOnTime: taskStats(planId: $planId, groupBy: LEAD_AGENCY, filter: { overdue: false }) {\n      ...TaskStatsFields\n    }\n  }\n": typeof types.PlanStatsDocument,
    "\n  fragment TaskStatsFields on TaskStatsRow {\n    key\n    label\n    total\n    done\n    inProgress\n    notStarted\n    cancelled\n    overdue\n    averageProgress\n  }\n": typeof types.TaskStatsFieldsFragmentDoc,
    "\n  mutation CopyPlanToYear($planId: ID!, $year: Int!, $code: String) {\n    copyPlanToYear(planId: $planId, year: $year, code: $code) {\n      ...PlanRowFields\n    }\n  }\n": typeof types.CopyPlanToYearDocument,
    "\n  mutation DeriveAgencyPlan($planId: ID!, $agencyId: ID!) {\n    deriveAgencyPlan(planId: $planId, agencyId: $agencyId) {\n      ...PlanRowFields\n    }\n  }\n": typeof types.DeriveAgencyPlanDocument,
    "\n  query MyAgency {\n    me {\n      id\n      agencyId\n      agency {\n        id\n        name\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyAgencyDocument,
    "\n  query ExportPlanXlsx($planId: ID!) {\n    exportPlanXlsx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportPlanXlsxDocument,
    "\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ReportNarrativeFields on ReportNarrative {\n    direction\n    areas {\n      areaCode\n      text\n    }\n    assessment\n    nextTasks\n    proposals\n  }\n": typeof types.ReportNarrativeFieldsFragmentDoc,
    "\n  fragment ReportDataFields on ReportData {\n    period\n    asOf\n    generatedAt\n    areas {\n      areaCode\n      areaName\n      total\n      done\n      doneLate\n      inProgress\n      notStarted\n      overdue\n      cancelled\n      tasks {\n        id\n        code\n        title\n        status\n        progress\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    indicators {\n      indicatorId\n      code\n      name\n      unit\n      period\n      value\n      numerator\n      denominator\n      target\n      status\n      reportedCount\n    }\n    contributions {\n      itemId\n      code\n      title\n      notes\n    }\n  }\n": typeof types.ReportDataFieldsFragmentDoc,
    "\n  fragment AgencyReportSummary on AgencyReport {\n    id\n    agencyId\n    roundId\n    status\n    dueDate\n    late\n    frozen\n    submittedAt\n    acceptedAt\n    updatedAt\n    version\n  }\n": typeof types.AgencyReportSummaryFragmentDoc,
    "\n  query MyAgencyReports($agencyId: ID!, $first: Int!, $after: String) {\n    agencyReports(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgencyReportSummary\n          round {\n            id\n            kind\n            title\n            period\n            year\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAgencyReportsDocument,
    "\n  query AgencyReport($id: ID!) {\n    agencyReport(id: $id) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      agency {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        kind\n        title\n        period\n        year\n        dataFrom\n        dataTo\n      }\n      narrative {\n        ...ReportNarrativeFields\n      }\n      data {\n        ...ReportDataFields\n      }\n      events {\n        id\n        action\n        status\n        comment\n        actorLabel\n        createdAt\n      }\n      attachments {\n        id\n        filename\n        size\n        url\n        uploadedBy\n        createdAt\n      }\n    }\n  }\n": typeof types.AgencyReportDocument,
    "\n  mutation DeleteReportAttachment($id: ID!) {\n    deleteReportAttachment(id: $id)\n  }\n": typeof types.DeleteReportAttachmentDocument,
    "\n  mutation UpdateAgencyReport($input: UpdateAgencyReportInput!) {\n    updateAgencyReport(input: $input) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n": typeof types.UpdateAgencyReportDocument,
    "\n  mutation SubmitAgencyReport($id: ID!, $version: Int!) {\n    submitAgencyReport(id: $id, version: $version) {\n      ...AgencyReportSummary\n    }\n  }\n": typeof types.SubmitAgencyReportDocument,
    "\n  mutation ReviewAgencyReport($input: ReviewAgencyReportInput!) {\n    reviewAgencyReport(input: $input) {\n      ...AgencyReportSummary\n    }\n  }\n": typeof types.ReviewAgencyReportDocument,
    "\n  mutation ReopenAgencyReport($id: ID!, $version: Int!, $comment: String!) {\n    reopenAgencyReport(id: $id, version: $version, comment: $comment) {\n      ...AgencyReportSummary\n    }\n  }\n": typeof types.ReopenAgencyReportDocument,
    "\n  query ExportAgencyReport($id: ID!, $format: ReportFileFormat!) {\n    exportAgencyReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportAgencyReportDocument,
    "\n  fragment ConsolidatedReportFields on ConsolidatedReport {\n    id\n    roundId\n    status\n    documentNumber\n    signerName\n    signerTitle\n    finalisedAt\n    updatedAt\n    version\n    narrative {\n      ...ReportNarrativeFields\n    }\n    data {\n      ...ReportDataFields\n    }\n    completeness {\n      ...ReportCounts\n      agencies {\n        agencyId\n        agencyName\n        reportId\n        status\n        dueDate\n        submittedAt\n        late\n      }\n    }\n  }\n": typeof types.ConsolidatedReportFieldsFragmentDoc,
    "\n  query ConsolidatedReport($roundId: ID!) {\n    reportingRound(id: $roundId) {\n      id\n      title\n      period\n      kind\n      year\n      dueDate\n    }\n    consolidatedReport(roundId: $roundId) {\n      ...ConsolidatedReportFields\n    }\n  }\n": typeof types.ConsolidatedReportDocument,
    "\n  mutation GenerateConsolidatedReport($roundId: ID!, $redraw: Boolean!) {\n    generateConsolidatedReport(roundId: $roundId, redraw: $redraw) {\n      ...ConsolidatedReportFields\n    }\n  }\n": typeof types.GenerateConsolidatedReportDocument,
    "\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      status\n      documentNumber\n      signerName\n      signerTitle\n      updatedAt\n      version\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n": typeof types.UpdateConsolidatedReportDocument,
    "\n  mutation FinaliseConsolidatedReport($id: ID!, $version: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $version) {\n      ...ConsolidatedReportFields\n    }\n  }\n": typeof types.FinaliseConsolidatedReportDocument,
    "\n  query ExportConsolidatedReport($id: ID!, $format: ReportFileFormat!) {\n    exportConsolidatedReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportConsolidatedReportDocument,
    "\n  fragment ReportCounts on ReportCompleteness {\n    expected\n    submitted\n    accepted\n    returned\n    missing\n    onTime\n    late\n  }\n": typeof types.ReportCountsFragmentDoc,
    "\n  fragment ReportingRoundFields on ReportingRound {\n    id\n    kind\n    year\n    title\n    period\n    dataFrom\n    dataTo\n    dueDate\n    dueProvince\n    dueDistrict\n    dueCommune\n    levels\n    version\n  }\n": typeof types.ReportingRoundFieldsFragmentDoc,
    "\n  query ReportingCalendar($year: Int!) {\n    reportingPeriods(year: $year) {\n      kind\n      period\n      year\n      dataFrom\n      dataTo\n      dueDate\n      dueProvince\n      dueDistrict\n      dueCommune\n    }\n    reportingRounds(year: $year) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n      }\n    }\n  }\n": typeof types.ReportingCalendarDocument,
    "\n  query LatestRounds {\n    reportingRounds {\n      id\n      dueDate\n    }\n  }\n": typeof types.LatestRoundsDocument,
    "\n  query ReportingRound($id: ID!) {\n    reportingRound(id: $id) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n        agencies {\n          agencyId\n          agencyName\n          reportId\n          status\n          dueDate\n          submittedAt\n          late\n        }\n      }\n    }\n  }\n": typeof types.ReportingRoundDocument,
    "\n  mutation OpenReportingRound($input: OpenReportingRoundInput!) {\n    openReportingRound(input: $input) {\n      ...ReportingRoundFields\n    }\n  }\n": typeof types.OpenReportingRoundDocument,
    "\n  query SurveyOnlineFormTarget($id: ID!) {\n    survey(id: $id) {\n      id\n      provinceId\n    }\n  }\n": typeof types.SurveyOnlineFormTargetDocument,
    "\n  query SurveyTrends($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n      }\n    }\n  }\n": typeof types.SurveyTrendsDocument,
    "\n  fragment SurveyRow on Survey {\n    id\n    year\n    period\n    title\n    scope\n    sector\n    status\n    isSample\n    satisfiedLevels\n    version\n  }\n": typeof types.SurveyRowFragmentDoc,
    "\n  query Surveys($filter: SurveyFilter, $first: Int, $after: String) {\n    surveys(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SurveyRow\n        }\n      }\n    }\n  }\n": typeof types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyDetail\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  fragment SurveyFigureFields on SurveySatisfactionFigure {\n    counts\n    valid\n    noAnswer\n    satisfied\n    share\n  }\n": typeof types.SurveyFigureFieldsFragmentDoc,
    "\n  query SurveyResults($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        ...SurveyFigureFields\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      questions {\n        questionId\n        code\n        aspectCode\n        text\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      agencies {\n        agencyId\n        agency {\n          id\n          name\n        }\n        respondents\n        valid\n        satisfied\n        share\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyResultsTemplate($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.SurveyResultsTemplateDocument,
    "\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        code\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportSurveyResultsDocument,
    "\n  fragment SurveyDetail on Survey {\n    ...SurveyRow\n    agencyId\n    updatedAt\n    questions {\n      id\n      position\n      code\n      aspectCode\n      aspectTitle\n      text\n    }\n  }\n": typeof types.SurveyDetailFragmentDoc,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  fragment AssignmentFields on PlanItemAgency {\n    id\n    role\n    agencyId\n    groupId\n    sourceText\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment TaskRowFields on PlanItem {\n    id\n    code\n    title\n    kind\n    areaCode\n    status\n    progress\n    dueDate\n    dueLabel\n    overdue\n    doneLate\n    daysLate\n    completedOn\n    updatedAt\n    planId\n    plan {\n      id\n      code\n    }\n    leads {\n      ...AssignmentFields\n    }\n  }\n": typeof types.TaskRowFieldsFragmentDoc,
    "\n  query Tasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n": typeof types.TasksDocument,
    "\n  query MyTasks($filter: TaskFilter, $first: Int, $after: String) {\n    myTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyTaskCounts($agencyId: ID!, $dueFrom: LocalDate!, $dueTo: LocalDate!) {\n    lead: tasks(filter: { leadAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    coordinating: tasks(filter: { coordinatingAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    dueThisQuarter: myTasks(filter: { dueFrom: $dueFrom, dueTo: $dueTo }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.MyTaskCountsDocument,
    "\n  fragment TaskUpdateFields on TaskUpdate {\n    id\n    itemId\n    agencyId\n    agency {\n      id\n      name\n    }\n    role\n    authorLabel\n    createdAt\n    progress\n    status\n    note\n    evidenceNumber\n    evidenceDate\n    evidenceLink\n  }\n": typeof types.TaskUpdateFieldsFragmentDoc,
    "\n  fragment DetailAssignmentFields on PlanItemAgency {\n    ...AssignmentFields\n    group {\n      id\n      name\n      memberIds\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DetailAssignmentFieldsFragmentDoc,
    "\n  query TaskDetail($id: ID!) {\n    planItem(id: $id) {\n      ...TaskRowFields\n      productText\n      productType\n      fundingText\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      sourceItemId\n      version\n      plan {\n        id\n        code\n        title\n        year\n      }\n      parent {\n        id\n        code\n        title\n        kind\n        parent {\n          id\n          code\n          title\n          kind\n          parent {\n            id\n            code\n            title\n            kind\n          }\n        }\n      }\n      leads {\n        ...DetailAssignmentFields\n      }\n      coordinators {\n        ...DetailAssignmentFields\n      }\n      updates {\n        ...TaskUpdateFields\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation PostTaskUpdate($input: PostTaskUpdateInput!) {\n    postTaskUpdate(input: $input) {\n      ...TaskUpdateFields\n    }\n  }\n": typeof types.PostTaskUpdateDocument,
    "\n  query ExportTasksXlsx($filter: TaskFilter, $orderBy: TaskOrder) {\n    exportTasksXlsx(filter: $filter, orderBy: $orderBy) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportTasksXlsxDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.UserDocument,
};
const documents: Documents = {
    "\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AgencyGroupsDocument,
    "\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": types.CreateAgencyGroupDocument,
    "\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": types.UpdateAgencyGroupDocument,
    "\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n": types.DeleteAgencyGroupDocument,
    "\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.AgencyGroupDocument,
    "\n  fragment AgencyVersionFields on AgencyVersion {\n    agencyId\n    effectiveFrom\n    effectiveTo\n    parentId\n    name\n    shortName\n    kind\n    level\n  }\n": types.AgencyVersionFieldsFragmentDoc,
    "\n  query AgencyHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      validTo\n      successor {\n        id\n        name\n      }\n      history {\n        ...AgencyVersionFields\n      }\n    }\n  }\n": types.AgencyHistoryDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.MoveAgencyDocument,
    "\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.DeactivateAgencyDocument,
    "\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.MergeAgenciesDocument,
    "\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportAgenciesDocument,
    "\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n": types.AgencyTreeDocument,
    "\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n": types.AgencyDetailFieldsFragmentDoc,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n": types.AgencyDetailDocument,
    "\n  fragment ReorganisationDependentFields on ReorganisationDependent {\n    id\n    label\n    agency\n    successor\n  }\n": types.ReorganisationDependentFieldsFragmentDoc,
    "\n  mutation PreviewReorganisation($input: ReorganisationInput!) {\n    previewReorganisation(input: $input) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        ...ReorganisationDependentFields\n      }\n      tasks {\n        ...ReorganisationDependentFields\n      }\n      taskCount\n      groups {\n        ...ReorganisationDependentFields\n      }\n      reports {\n        ...ReorganisationDependentFields\n      }\n      measurementCount\n    }\n  }\n": types.PreviewReorganisationDocument,
    "\n  fragment ReorganisationFields on AgencyReorganisation {\n    id\n    title\n    decision\n    effectiveDate\n    appliedAt\n    appliedBy\n    status\n    operationCount\n    undoneAt\n    undoneBy\n    undoBlockedBy\n  }\n": types.ReorganisationFieldsFragmentDoc,
    "\n  mutation ApplyReorganisation($input: ReorganisationInput!) {\n    applyReorganisation(input: $input) {\n      ...ReorganisationFields\n    }\n  }\n": types.ApplyReorganisationDocument,
    "\n  mutation UndoReorganisation($id: ID!) {\n    undoReorganisation(id: $id) {\n      ...ReorganisationFields\n    }\n  }\n": types.UndoReorganisationDocument,
    "\n  query AgencyReorganisations($first: Int) {\n    agencyReorganisations(first: $first) {\n      ...ReorganisationFields\n    }\n  }\n": types.AgencyReorganisationsDocument,
    "\n  query ReorganisationUserAgency($id: ID!) {\n    user(id: $id) {\n      id\n      agencyId\n      agency {\n        id\n        name\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReorganisationUserAgencyDocument,
    "\n  mutation ReassignUsers($input: ReassignUsersInput!) {\n    reassignUsers(input: $input) {\n      id\n      agencyId\n    }\n  }\n": types.ReassignUsersDocument,
    "\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": types.ApiKeyRowFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n      # For the layout's banner when the user's agency has ended (until an admin moves the user on).\n      agency {\n        id\n        name\n        active\n        validTo\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    planId\n    code\n    nameVi\n    nameEn\n    description\n    areaCode\n    unit\n    direction\n    aggregation\n    frequency\n    reportingLevels\n    cumulative\n    target\n    state\n    sortOrder\n    sourceText\n    sourceLine\n    draftNotes\n    version\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    reportedCount\n    target\n    targetSource\n    status\n  }\n": types.IndicatorValueFieldsFragmentDoc,
    "\n  query IndicatorPlans {\n    plans(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n          status\n          ownerAgencyId\n          ownerAgency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.IndicatorPlansDocument,
    "\n  query Indicators($filter: IndicatorFilter, $first: Int, $after: String, $period: String!) {\n    indicators(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IndicatorFields\n          value(period: $period) {\n            ...IndicatorValueFields\n          }\n        }\n      }\n    }\n  }\n": types.IndicatorsDocument,
    "\n  fragment IndicatorTargetFields on IndicatorTarget {\n    id\n    indicatorId\n    level\n    agencyId\n    period\n    value\n  }\n": types.IndicatorTargetFieldsFragmentDoc,
    "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n      createdAt\n      updatedAt\n      plan {\n        id\n        code\n        title\n        year\n        ownerAgencyId\n        ownerAgency {\n          id\n          name\n        }\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n      linkedItems {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.IndicatorDetailDocument,
    "\n  query IndicatorSeries($indicatorId: ID!, $agencyId: ID!, $from: String!, $to: String!) {\n    indicatorSeries(indicatorId: $indicatorId, agencyId: $agencyId, from: $from, to: $to) {\n      ...IndicatorValueFields\n    }\n  }\n": types.IndicatorSeriesDocument,
    "\n  query IndicatorBreakdown($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorBreakdown(indicatorId: $indicatorId, agencyId: $agencyId, period: $period) {\n      ...IndicatorValueFields\n      agency {\n        id\n        code\n        name\n        level\n        descendantCount\n      }\n    }\n  }\n": types.IndicatorBreakdownDocument,
    "\n  query ReportingCoverage($indicatorId: ID!, $period: String!, $rootAgencyId: ID) {\n    reportingCoverage(indicatorId: $indicatorId, period: $period, rootAgencyId: $rootAgencyId) {\n      indicatorId\n      period\n      expected\n      reported\n      approved\n      inProgress\n      missing {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ReportingCoverageDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation SetIndicatorState($input: SetIndicatorStateInput!) {\n    setIndicatorState(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.SetIndicatorStateDocument,
    "\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...IndicatorFields\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n": types.SetIndicatorTargetsDocument,
    "\n  query IndicatorScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboard(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      period\n      level\n      asOf\n      indicators {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        values\n        targets\n        statuses\n      }\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n": types.IndicatorScoreboardDocument,
    "\n  query IndicatorScoreboardXlsx($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboardXlsx(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.IndicatorScoreboardXlsxDocument,
    "\n  query IndicatorPlanItems($planId: ID!) {\n    plan(id: $planId) {\n      id\n      year\n      items {\n        id\n        code\n        title\n        kind\n      }\n    }\n  }\n": types.IndicatorPlanItemsDocument,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    note\n    status\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    updatedByLabel\n    version\n  }\n": types.MeasurementFieldsFragmentDoc,
    "\n  query MeasurementEntries($planId: ID!, $agencyId: ID!, $period: String!) {\n    measurementEntries(planId: $planId, agencyId: $agencyId, period: $period) {\n      target\n      indicator {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n        aggregation\n        frequency\n        direction\n      }\n      measurement {\n        ...MeasurementFields\n      }\n    }\n  }\n": types.MeasurementEntriesDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation SubmitMeasurements($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      ...MeasurementFields\n    }\n  }\n": types.SubmitMeasurementsDocument,
    "\n  fragment MeasurementRowFields on Measurement {\n    ...MeasurementFields\n    agency {\n      id\n      code\n      name\n    }\n    indicator {\n      id\n      code\n      nameVi\n      nameEn\n      unit\n      aggregation\n    }\n  }\n": types.MeasurementRowFieldsFragmentDoc,
    "\n  query Measurements($filter: MeasurementFilter, $first: Int, $after: String) {\n    measurements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MeasurementRowFields\n        }\n      }\n    }\n  }\n": types.MeasurementsDocument,
    "\n  query MeasurementHistory($id: ID!) {\n    measurement(id: $id) {\n      id\n      history {\n        id\n        action\n        status\n        value\n        numerator\n        denominator\n        note\n        comment\n        actorLabel\n        createdAt\n        measurementVersion\n      }\n    }\n  }\n": types.MeasurementHistoryDocument,
    "\n  mutation ReviewMeasurement($input: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": types.ReviewMeasurementDocument,
    "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": types.ReopenMeasurementDocument,
    "\n  query MeasurementTemplate($input: MeasurementTemplateInput!) {\n    measurementTemplate(input: $input) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.MeasurementTemplateDocument,
    "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      applied\n      dryRun\n      period\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ImportMeasurementsDocument,
    "\n  fragment InspectionChecklistItemFields on InspectionChecklistItem {\n    id\n    version\n    position\n    title\n    sourceCode\n    result\n    note\n    evidence {\n      url\n      label\n    }\n  }\n": types.InspectionChecklistItemFieldsFragmentDoc,
    "\n  query InspectionChecklist($id: ID!) {\n    inspection(id: $id) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n": types.InspectionChecklistDocument,
    "\n  query ChecklistFrameworks {\n    parFrameworks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          year\n          revision\n        }\n      }\n    }\n  }\n": types.ChecklistFrameworksDocument,
    "\n  mutation BuildInspectionChecklist($input: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $input) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n": types.BuildInspectionChecklistDocument,
    "\n  mutation UpdateInspectionChecklistItem($input: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $input) {\n      ...InspectionChecklistItemFields\n    }\n  }\n": types.UpdateInspectionChecklistItemDocument,
    "\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    status\n    coverageProvince\n    coverageDistrict\n    coverageCommune\n    version\n  }\n": types.InspectionPlanFieldsFragmentDoc,
    "\n  fragment InspectionTeamMemberFields on InspectionTeamMember {\n    id\n    name\n    agencyName\n    leader\n  }\n": types.InspectionTeamMemberFieldsFragmentDoc,
    "\n  fragment InspectionRow on Inspection {\n    id\n    planId\n    agencyId\n    agency {\n      id\n      name\n      level\n    }\n    month\n    status\n    proposed\n    score\n    reasons {\n      code\n      year\n      value\n      count\n      points\n    }\n    teamUserIds\n    team {\n      ...InspectionTeamMemberFields\n    }\n    conductedOn\n    reinspectedOn\n    version\n    findings {\n      id\n      status\n    }\n  }\n": types.InspectionRowFragmentDoc,
    "\n  query InspectionPlans($filter: InspectionPlanFilter, $first: Int, $after: String) {\n    inspectionPlans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionPlanFields\n        }\n      }\n    }\n  }\n": types.InspectionPlansDocument,
    "\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n    inspectionCoverage(planId: $id) {\n      planId\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n": types.InspectionPlanDocument,
    "\n  query PlanInspections($planId: ID!, $first: Int, $after: String) {\n    inspections(planId: $planId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionRow\n        }\n      }\n    }\n  }\n": types.PlanInspectionsDocument,
    "\n  fragment InspectionDetail on Inspection {\n    ...InspectionRow\n    findings {\n      id\n      position\n      text\n      severity\n      deadline\n      taskId\n      task {\n        id\n        code\n        title\n      }\n      status\n      closedOn\n      reviewNote\n      version\n    }\n  }\n": types.InspectionDetailFragmentDoc,
    "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n": types.InspectionDocument,
    "\n  query InspectionTeamCandidates($planId: ID!, $search: String) {\n    inspectionTeamCandidates(planId: $planId, search: $search) {\n      ...InspectionTeamMemberFields\n    }\n  }\n": types.InspectionTeamCandidatesDocument,
    "\n  query PlanIndicatorOptions($planId: ID!) {\n    indicators(filter: { planId: $planId, states: [ACTIVE] }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          nameVi\n          nameEn\n          frequency\n        }\n      }\n    }\n  }\n": types.PlanIndicatorOptionsDocument,
    "\n  query InspectionDecisionDocx($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.InspectionDecisionDocxDocument,
    "\n  query InspectionConclusionDocx($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.InspectionConclusionDocxDocument,
    "\n  mutation ProposeInspections($input: ProposeInspectionsInput!) {\n    proposeInspections(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": types.ProposeInspectionsDocument,
    "\n  mutation AdjustInspectionPlan($input: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": types.AdjustInspectionPlanDocument,
    "\n  mutation ApproveInspectionPlan($input: VersionedInput!) {\n    approveInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": types.ApproveInspectionPlanDocument,
    "\n  mutation ScheduleInspection($input: ScheduleInspectionInput!) {\n    scheduleInspection(input: $input) {\n      ...InspectionRow\n    }\n  }\n": types.ScheduleInspectionDocument,
    "\n  mutation RecordInspectionFindings($input: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n": types.RecordInspectionFindingsDocument,
    "\n  mutation ReinspectFindings($input: ReinspectInput!) {\n    reinspectFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n": types.ReinspectFindingsDocument,
    "\n  mutation RecordInspectionCoverage($input: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $input) {\n      id\n      value\n    }\n  }\n": types.RecordInspectionCoverageDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kind\n      muted\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation SetNotificationMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationMuted(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n": types.SetNotificationMutedDocument,
    "\n  query EmailOutbox($first: Int!, $after: String, $status: EmailStatus) {\n    emailOutbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          error\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.EmailOutboxDocument,
    "\n  mutation SaveParAppraisal($input: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.SaveParAppraisalDocument,
    "\n  mutation SendParAppraisal($input: SendParAppraisalInput!) {\n    sendParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.SendParAppraisalDocument,
    "\n  mutation SubmitParExplanations($input: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.SubmitParExplanationsDocument,
    "\n  mutation SaveParReappraisal($input: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.SaveParReappraisalDocument,
    "\n  mutation FinaliseParAssessment($input: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.FinaliseParAssessmentDocument,
    "\n  fragment ParCycleRow on ParCycle {\n    id\n    year\n    name\n    status\n    selfAssessmentDue\n    frameworkIds\n    version\n  }\n": types.ParCycleRowFragmentDoc,
    "\n  query ParCycles($year: Int, $first: Int, $after: String) {\n    parCycles(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleRow\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n": types.ParCyclesDocument,
    "\n  query ParCycle($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleRow\n    }\n  }\n": types.ParCycleDocument,
    "\n  mutation OpenParCycle($input: OpenParCycleInput!) {\n    openParCycle(input: $input) {\n      ...ParCycleRow\n    }\n  }\n": types.OpenParCycleDocument,
    "\n  fragment ParAssessmentRow on ParAssessment {\n    id\n    cycleId\n    version\n    status\n    late\n    submittedAt\n    submittedByLabel\n    agency {\n      id\n      name\n    }\n    framework {\n      id\n      name\n      targetGroup\n    }\n    selfSummary {\n      toScore\n      scored\n      selfPoints\n    }\n  }\n": types.ParAssessmentRowFragmentDoc,
    "\n  fragment ParAssessmentDetail on ParAssessment {\n    ...ParAssessmentRow\n    framework {\n      id\n      name\n      targetGroup\n      year\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    selfAssessmentDeadline\n    explanationDue\n    closedByDeadline\n    appraisedAt\n    explainedAt\n    finalisedAt\n    finalisedByLabel\n    cycle {\n      id\n      status\n      councilUserIds\n      council {\n        id\n        fullName\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      selfNote\n      noEvidenceReason\n      appraisedPoints\n      appraisalReason\n      explanation\n      reappraisedPoints\n      reappraisalAnswer\n    }\n    appraisalSummary {\n      toAppraise\n      appraised\n      differences\n      explained\n      answered\n      points\n    }\n    evidence {\n      ...ParEvidenceFields\n    }\n  }\n": types.ParAssessmentDetailFragmentDoc,
    "\n  query ParAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.ParAssessmentDocument,
    "\n  mutation SaveParSelfScores($input: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.SaveParSelfScoresDocument,
    "\n  mutation SubmitParSelfAssessment($input: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n": types.SubmitParSelfAssessmentDocument,
    "\n  fragment ParLostRecordFields on ParLostRecord {\n    recordId\n    recordType\n    label\n    dueDate\n    doneOn\n    gain\n  }\n": types.ParLostRecordFieldsFragmentDoc,
    "\n  query ParProvisionalScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        criterionId\n        code\n        title\n        method\n        source\n        maxPoints\n        points\n        atRisk\n        share\n        due\n        onTime\n        records {\n          ...ParLostRecordFields\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          unit\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n": types.ParProvisionalScoreDocument,
    "\n  query ParWhatIfScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      index\n      points\n      pointsAtRisk\n    }\n  }\n": types.ParWhatIfScoreDocument,
    "\n  query ParPointsAtRisk($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      assessmentId\n      agencyId\n      agency {\n        id\n        name\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n": types.ParPointsAtRiskDocument,
    "\n  fragment ParCouncilMemberFields on ParCouncilMember {\n    id\n    fullName\n    agencyId\n    active\n  }\n": types.ParCouncilMemberFieldsFragmentDoc,
    "\n  fragment ParCycleDetail on ParCycle {\n    ...ParCycleRow\n    appraisalDue\n    explanationDays\n    publicationDue\n    surveyHeld\n    publishedAt\n    publishedByLabel\n    councilUserIds\n    council {\n      ...ParCouncilMemberFields\n    }\n  }\n": types.ParCycleDetailFragmentDoc,
    "\n  query ParCycleDetail($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleDetail\n    }\n  }\n": types.ParCycleDetailDocument,
    "\n  fragment ParCycleAssessmentRow on ParAssessment {\n    ...ParAssessmentRow\n    closedByDeadline\n    selfAssessmentDue\n    selfAssessmentDeadline\n    explanationDue\n  }\n": types.ParCycleAssessmentRowFragmentDoc,
    "\n  query ParCycleAssessments($cycleId: ID!, $status: [ParAssessmentStatus!], $first: Int, $after: String) {\n    parAssessments(cycleId: $cycleId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleAssessmentRow\n        }\n      }\n    }\n  }\n": types.ParCycleAssessmentsDocument,
    "\n  query ParCycleAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParCycleAssessmentRow\n    }\n  }\n": types.ParCycleAssessmentDocument,
    "\n  query ParCycleStatuses($cycleId: ID!) {\n    parCycle(id: $cycleId) {\n      id\n      statusCounts {\n        targetGroup\n        status\n        count\n      }\n    }\n  }\n": types.ParCycleStatusesDocument,
    "\n  query ParCouncilCandidates($cycleId: ID!, $search: String) {\n    parCouncilCandidates(cycleId: $cycleId, search: $search) {\n      ...ParCouncilMemberFields\n    }\n  }\n": types.ParCouncilCandidatesDocument,
    "\n  mutation SetParCouncil($input: SetParCouncilInput!) {\n    setParCouncil(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n": types.SetParCouncilDocument,
    "\n  mutation SetParSurveyHeld($input: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n": types.SetParSurveyHeldDocument,
    "\n  mutation ExtendParDeadline($input: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n": types.ExtendParDeadlineDocument,
    "\n  mutation ReopenParAssessment($input: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n": types.ReopenParAssessmentDocument,
    "\n  mutation PublishParCycle($input: PublishParCycleInput!) {\n    publishParCycle(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n": types.PublishParCycleDocument,
    "\n  fragment ParEvidenceFields on ParEvidence {\n    id\n    assessmentId\n    criterionId\n    kind\n    label\n    url\n    recordType\n    recordId\n    downloadUrl\n    mimeType\n    size\n    addedBy\n    createdAt\n  }\n": types.ParEvidenceFieldsFragmentDoc,
    "\n  mutation AddParEvidenceLink($input: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n": types.AddParEvidenceLinkDocument,
    "\n  mutation AddParEvidenceRecord($input: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n": types.AddParEvidenceRecordDocument,
    "\n  mutation RemoveParEvidence($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n": types.RemoveParEvidenceDocument,
    "\n  query ParEvidenceCandidates(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordId\n      recordType\n      label\n      date\n    }\n  }\n": types.ParEvidenceCandidatesDocument,
    "\n  fragment ParFrameworkRow on ParFramework {\n    id\n    year\n    targetGroup\n    name\n    decisionNumber\n    status\n    isSample\n    revision\n    totalPoints\n    copiedFromId\n    version\n    criteria {\n      id\n    }\n  }\n": types.ParFrameworkRowFragmentDoc,
    "\n  fragment ParCriterionFields on ParCriterion {\n    id\n    frameworkId\n    parentId\n    level\n    code\n    title\n    maxPoints\n    method\n    scale {\n      label\n      points\n    }\n    guidance\n    evidenceRequired\n    dataRule {\n      source\n      areaCode\n      indicatorCode\n      thresholds {\n        atLeast\n        points\n      }\n    }\n    position\n    version\n  }\n": types.ParCriterionFieldsFragmentDoc,
    "\n  fragment ParFrameworkDetail on ParFramework {\n    ...ParFrameworkRow\n    scoredMaximum\n    lockedAt\n    bands {\n      code\n      label\n      minIndex\n    }\n    problems {\n      code\n      kind\n      message\n    }\n    criteria {\n      ...ParCriterionFields\n    }\n  }\n": types.ParFrameworkDetailFragmentDoc,
    "\n  query ParFrameworks($filter: ParFrameworkFilter, $first: Int, $after: String) {\n    parFrameworks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParFrameworkRow\n        }\n      }\n    }\n  }\n": types.ParFrameworksDocument,
    "\n  query ParFramework($id: ID!) {\n    parFramework(id: $id) {\n      ...ParFrameworkDetail\n    }\n  }\n": types.ParFrameworkDocument,
    "\n  mutation CreateParFramework($input: CreateParFrameworkInput!) {\n    createParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n": types.CreateParFrameworkDocument,
    "\n  mutation UpdateParFramework($input: UpdateParFrameworkInput!) {\n    updateParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n": types.UpdateParFrameworkDocument,
    "\n  mutation CopyParFramework($input: CopyParFrameworkInput!) {\n    copyParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n": types.CopyParFrameworkDocument,
    "\n  mutation LockParFramework($input: LockParFrameworkInput!) {\n    lockParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n": types.LockParFrameworkDocument,
    "\n  mutation DeleteParFramework($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n": types.DeleteParFrameworkDocument,
    "\n  mutation CreateParCriterion($input: CreateParCriterionInput!) {\n    createParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n": types.CreateParCriterionDocument,
    "\n  mutation UpdateParCriterion($input: UpdateParCriterionInput!) {\n    updateParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n": types.UpdateParCriterionDocument,
    "\n  mutation DeleteParCriterion($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n": types.DeleteParCriterionDocument,
    "\n  query ParFrameworkTemplate {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParFrameworkTemplateDocument,
    "\n  query ExportParFramework($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportParFrameworkDocument,
    "\n  mutation ImportParFramework($input: ImportParFrameworkInput!) {\n    importParFramework(input: $input) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        ...ParFrameworkRow\n      }\n    }\n  }\n": types.ImportParFrameworkDocument,
    "\n  fragment ParNationalAssessment on ParAssessment {\n    id\n    version\n    status\n    late\n    cycleId\n    agencyId\n    finalisedAt\n    finalisedByLabel\n    agency {\n      id\n      name\n    }\n    cycle {\n      id\n      year\n      name\n      status\n    }\n    framework {\n      id\n      name\n      year\n      targetGroup\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      appraisedPoints\n      appraisalReason\n      reappraisedPoints\n    }\n    responsibilities {\n      criterionId\n      agencyId\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.ParNationalAssessmentFragmentDoc,
    "\n  query ParNationalAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParNationalAssessment\n    }\n  }\n": types.ParNationalAssessmentDocument,
    "\n  mutation AssignParResponsibilities($input: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n": types.AssignParResponsibilitiesDocument,
    "\n  mutation RecordParNationalAppraisal($input: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n": types.RecordParNationalAppraisalDocument,
    "\n  mutation CreateParImprovementTasks($input: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $input)\n  }\n": types.CreateParImprovementTasksDocument,
    "\n  query ParNationalReportDocx($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParNationalReportDocxDocument,
    "\n  query ParNationalTemplate($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParNationalTemplateDocument,
    "\n  mutation ImportParNationalPoints($input: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $input) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        ...ParNationalAssessment\n      }\n    }\n  }\n": types.ImportParNationalPointsDocument,
    "\n  query ParRankingCycle($id: ID!) {\n    parCycle(id: $id) {\n      id\n      year\n      name\n      status\n      publishedAt\n    }\n  }\n": types.ParRankingCycleDocument,
    "\n  fragment ParRankingRowFields on ParRankingRow {\n    assessmentId\n    agencyId\n    agency {\n      id\n      name\n    }\n    targetGroup\n    rank\n    index\n    points\n    bonus\n    penalty\n    maxPoints\n    band {\n      code\n      label\n      minIndex\n    }\n    areas {\n      code\n      name\n      points\n      maxPoints\n      index\n    }\n    previousIndex\n    status\n    finalised\n  }\n": types.ParRankingRowFieldsFragmentDoc,
    "\n  query ParRanking($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      ...ParRankingRowFields\n    }\n  }\n": types.ParRankingDocument,
    "\n  query ParRankingXlsx($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParRankingXlsxDocument,
    "\n  fragment ResolvedNameFields on ResolvedAgencyName {\n    text\n    confidence\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n": types.ResolvedNameFieldsFragmentDoc,
    "\n  mutation ImportPlanDocument($input: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      document {\n        title\n        year\n        decisionNumber\n        decisionDate\n        issuerText\n        results\n        activities\n        tasks\n        projects\n      }\n      problems {\n        line\n        severity\n        code\n        itemCode\n        message\n        text\n      }\n      items {\n        line\n        code\n        kind\n        title\n        areaCode\n        parentCode\n        action\n        dueLabel\n        dueDate\n        productText\n        leadText\n        coordinatorText\n        leads {\n          ...ResolvedNameFields\n        }\n        coordinators {\n          ...ResolvedNameFields\n        }\n      }\n      plan {\n        id\n        code\n        title\n        year\n      }\n    }\n  }\n": types.ImportPlanDocumentDocument,
    "\n  query AgencyGroupOptions {\n    agencyGroups(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AgencyGroupOptionsDocument,
    "\n  fragment PlanRowFields on Plan {\n    id\n    code\n    title\n    year\n    status\n    decisionNumber\n    decisionDate\n    ownerAgencyId\n    ownerAgency {\n      id\n      name\n    }\n    parentPlanId\n    version\n  }\n": types.PlanRowFieldsFragmentDoc,
    "\n  query Plans($filter: PlanFilter, $first: Int, $after: String) {\n    plans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlanRowFields\n        }\n      }\n    }\n  }\n": types.PlansDocument,
    "\n  query PlanOptions($filter: PlanFilter) {\n    plans(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n        }\n      }\n    }\n  }\n": types.PlanOptionsDocument,
    "\n  query PlanOverview($id: ID!) {\n    plan(id: $id) {\n      ...PlanRowFields\n      signerAgency {\n        id\n        name\n      }\n      parentPlan {\n        id\n        code\n        title\n      }\n      items {\n        id\n        code\n        title\n        kind\n        parentId\n        areaCode\n        status\n        progress\n        dueDate\n        dueLabel\n        overdue\n        doneLate\n        daysLate\n        leads {\n          id\n          agency {\n            id\n            name\n            shortName\n          }\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PlanOverviewDocument,
    "\n  query PlanStats($planId: ID!) {\n    areas: taskStats(planId: $planId, groupBy: AREA) {\n      ...TaskStatsFields\n    }\n    leads: taskStats(planId: $planId, groupBy: LEAD_AGENCY) {\n      ...TaskStatsFields\n    }\n    leadsOnTime: taskStats(planId: $planId, groupBy: LEAD_AGENCY, filter: { overdue: false }) {\n      ...TaskStatsFields\n    }\n  }\n": types.PlanStatsDocument,
    "\n  fragment TaskStatsFields on TaskStatsRow {\n    key\n    label\n    total\n    done\n    inProgress\n    notStarted\n    cancelled\n    overdue\n    averageProgress\n  }\n": types.TaskStatsFieldsFragmentDoc,
    "\n  mutation CopyPlanToYear($planId: ID!, $year: Int!, $code: String) {\n    copyPlanToYear(planId: $planId, year: $year, code: $code) {\n      ...PlanRowFields\n    }\n  }\n": types.CopyPlanToYearDocument,
    "\n  mutation DeriveAgencyPlan($planId: ID!, $agencyId: ID!) {\n    deriveAgencyPlan(planId: $planId, agencyId: $agencyId) {\n      ...PlanRowFields\n    }\n  }\n": types.DeriveAgencyPlanDocument,
    "\n  query MyAgency {\n    me {\n      id\n      agencyId\n      agency {\n        id\n        name\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyAgencyDocument,
    "\n  query ExportPlanXlsx($planId: ID!) {\n    exportPlanXlsx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportPlanXlsxDocument,
    "\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ReportNarrativeFields on ReportNarrative {\n    direction\n    areas {\n      areaCode\n      text\n    }\n    assessment\n    nextTasks\n    proposals\n  }\n": types.ReportNarrativeFieldsFragmentDoc,
    "\n  fragment ReportDataFields on ReportData {\n    period\n    asOf\n    generatedAt\n    areas {\n      areaCode\n      areaName\n      total\n      done\n      doneLate\n      inProgress\n      notStarted\n      overdue\n      cancelled\n      tasks {\n        id\n        code\n        title\n        status\n        progress\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    indicators {\n      indicatorId\n      code\n      name\n      unit\n      period\n      value\n      numerator\n      denominator\n      target\n      status\n      reportedCount\n    }\n    contributions {\n      itemId\n      code\n      title\n      notes\n    }\n  }\n": types.ReportDataFieldsFragmentDoc,
    "\n  fragment AgencyReportSummary on AgencyReport {\n    id\n    agencyId\n    roundId\n    status\n    dueDate\n    late\n    frozen\n    submittedAt\n    acceptedAt\n    updatedAt\n    version\n  }\n": types.AgencyReportSummaryFragmentDoc,
    "\n  query MyAgencyReports($agencyId: ID!, $first: Int!, $after: String) {\n    agencyReports(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgencyReportSummary\n          round {\n            id\n            kind\n            title\n            period\n            year\n          }\n        }\n      }\n    }\n  }\n": types.MyAgencyReportsDocument,
    "\n  query AgencyReport($id: ID!) {\n    agencyReport(id: $id) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      agency {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        kind\n        title\n        period\n        year\n        dataFrom\n        dataTo\n      }\n      narrative {\n        ...ReportNarrativeFields\n      }\n      data {\n        ...ReportDataFields\n      }\n      events {\n        id\n        action\n        status\n        comment\n        actorLabel\n        createdAt\n      }\n      attachments {\n        id\n        filename\n        size\n        url\n        uploadedBy\n        createdAt\n      }\n    }\n  }\n": types.AgencyReportDocument,
    "\n  mutation DeleteReportAttachment($id: ID!) {\n    deleteReportAttachment(id: $id)\n  }\n": types.DeleteReportAttachmentDocument,
    "\n  mutation UpdateAgencyReport($input: UpdateAgencyReportInput!) {\n    updateAgencyReport(input: $input) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n": types.UpdateAgencyReportDocument,
    "\n  mutation SubmitAgencyReport($id: ID!, $version: Int!) {\n    submitAgencyReport(id: $id, version: $version) {\n      ...AgencyReportSummary\n    }\n  }\n": types.SubmitAgencyReportDocument,
    "\n  mutation ReviewAgencyReport($input: ReviewAgencyReportInput!) {\n    reviewAgencyReport(input: $input) {\n      ...AgencyReportSummary\n    }\n  }\n": types.ReviewAgencyReportDocument,
    "\n  mutation ReopenAgencyReport($id: ID!, $version: Int!, $comment: String!) {\n    reopenAgencyReport(id: $id, version: $version, comment: $comment) {\n      ...AgencyReportSummary\n    }\n  }\n": types.ReopenAgencyReportDocument,
    "\n  query ExportAgencyReport($id: ID!, $format: ReportFileFormat!) {\n    exportAgencyReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportAgencyReportDocument,
    "\n  fragment ConsolidatedReportFields on ConsolidatedReport {\n    id\n    roundId\n    status\n    documentNumber\n    signerName\n    signerTitle\n    finalisedAt\n    updatedAt\n    version\n    narrative {\n      ...ReportNarrativeFields\n    }\n    data {\n      ...ReportDataFields\n    }\n    completeness {\n      ...ReportCounts\n      agencies {\n        agencyId\n        agencyName\n        reportId\n        status\n        dueDate\n        submittedAt\n        late\n      }\n    }\n  }\n": types.ConsolidatedReportFieldsFragmentDoc,
    "\n  query ConsolidatedReport($roundId: ID!) {\n    reportingRound(id: $roundId) {\n      id\n      title\n      period\n      kind\n      year\n      dueDate\n    }\n    consolidatedReport(roundId: $roundId) {\n      ...ConsolidatedReportFields\n    }\n  }\n": types.ConsolidatedReportDocument,
    "\n  mutation GenerateConsolidatedReport($roundId: ID!, $redraw: Boolean!) {\n    generateConsolidatedReport(roundId: $roundId, redraw: $redraw) {\n      ...ConsolidatedReportFields\n    }\n  }\n": types.GenerateConsolidatedReportDocument,
    "\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      status\n      documentNumber\n      signerName\n      signerTitle\n      updatedAt\n      version\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n": types.UpdateConsolidatedReportDocument,
    "\n  mutation FinaliseConsolidatedReport($id: ID!, $version: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $version) {\n      ...ConsolidatedReportFields\n    }\n  }\n": types.FinaliseConsolidatedReportDocument,
    "\n  query ExportConsolidatedReport($id: ID!, $format: ReportFileFormat!) {\n    exportConsolidatedReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportConsolidatedReportDocument,
    "\n  fragment ReportCounts on ReportCompleteness {\n    expected\n    submitted\n    accepted\n    returned\n    missing\n    onTime\n    late\n  }\n": types.ReportCountsFragmentDoc,
    "\n  fragment ReportingRoundFields on ReportingRound {\n    id\n    kind\n    year\n    title\n    period\n    dataFrom\n    dataTo\n    dueDate\n    dueProvince\n    dueDistrict\n    dueCommune\n    levels\n    version\n  }\n": types.ReportingRoundFieldsFragmentDoc,
    "\n  query ReportingCalendar($year: Int!) {\n    reportingPeriods(year: $year) {\n      kind\n      period\n      year\n      dataFrom\n      dataTo\n      dueDate\n      dueProvince\n      dueDistrict\n      dueCommune\n    }\n    reportingRounds(year: $year) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n      }\n    }\n  }\n": types.ReportingCalendarDocument,
    "\n  query LatestRounds {\n    reportingRounds {\n      id\n      dueDate\n    }\n  }\n": types.LatestRoundsDocument,
    "\n  query ReportingRound($id: ID!) {\n    reportingRound(id: $id) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n        agencies {\n          agencyId\n          agencyName\n          reportId\n          status\n          dueDate\n          submittedAt\n          late\n        }\n      }\n    }\n  }\n": types.ReportingRoundDocument,
    "\n  mutation OpenReportingRound($input: OpenReportingRoundInput!) {\n    openReportingRound(input: $input) {\n      ...ReportingRoundFields\n    }\n  }\n": types.OpenReportingRoundDocument,
    "\n  query SurveyOnlineFormTarget($id: ID!) {\n    survey(id: $id) {\n      id\n      provinceId\n    }\n  }\n": types.SurveyOnlineFormTargetDocument,
    "\n  query SurveyTrends($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n      }\n    }\n  }\n": types.SurveyTrendsDocument,
    "\n  fragment SurveyRow on Survey {\n    id\n    year\n    period\n    title\n    scope\n    sector\n    status\n    isSample\n    satisfiedLevels\n    version\n  }\n": types.SurveyRowFragmentDoc,
    "\n  query Surveys($filter: SurveyFilter, $first: Int, $after: String) {\n    surveys(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SurveyRow\n        }\n      }\n    }\n  }\n": types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyDetail\n    }\n  }\n": types.SurveyDocument,
    "\n  fragment SurveyFigureFields on SurveySatisfactionFigure {\n    counts\n    valid\n    noAnswer\n    satisfied\n    share\n  }\n": types.SurveyFigureFieldsFragmentDoc,
    "\n  query SurveyResults($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        ...SurveyFigureFields\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      questions {\n        questionId\n        code\n        aspectCode\n        text\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      agencies {\n        agencyId\n        agency {\n          id\n          name\n        }\n        respondents\n        valid\n        satisfied\n        share\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyResultsTemplate($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.SurveyResultsTemplateDocument,
    "\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        code\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportSurveyResultsDocument,
    "\n  fragment SurveyDetail on Survey {\n    ...SurveyRow\n    agencyId\n    updatedAt\n    questions {\n      id\n      position\n      code\n      aspectCode\n      aspectTitle\n      text\n    }\n  }\n": types.SurveyDetailFragmentDoc,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  fragment AssignmentFields on PlanItemAgency {\n    id\n    role\n    agencyId\n    groupId\n    sourceText\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment TaskRowFields on PlanItem {\n    id\n    code\n    title\n    kind\n    areaCode\n    status\n    progress\n    dueDate\n    dueLabel\n    overdue\n    doneLate\n    daysLate\n    completedOn\n    updatedAt\n    planId\n    plan {\n      id\n      code\n    }\n    leads {\n      ...AssignmentFields\n    }\n  }\n": types.TaskRowFieldsFragmentDoc,
    "\n  query Tasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n": types.TasksDocument,
    "\n  query MyTasks($filter: TaskFilter, $first: Int, $after: String) {\n    myTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyTaskCounts($agencyId: ID!, $dueFrom: LocalDate!, $dueTo: LocalDate!) {\n    lead: tasks(filter: { leadAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    coordinating: tasks(filter: { coordinatingAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    dueThisQuarter: myTasks(filter: { dueFrom: $dueFrom, dueTo: $dueTo }, first: 1) {\n      totalCount\n    }\n  }\n": types.MyTaskCountsDocument,
    "\n  fragment TaskUpdateFields on TaskUpdate {\n    id\n    itemId\n    agencyId\n    agency {\n      id\n      name\n    }\n    role\n    authorLabel\n    createdAt\n    progress\n    status\n    note\n    evidenceNumber\n    evidenceDate\n    evidenceLink\n  }\n": types.TaskUpdateFieldsFragmentDoc,
    "\n  fragment DetailAssignmentFields on PlanItemAgency {\n    ...AssignmentFields\n    group {\n      id\n      name\n      memberIds\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.DetailAssignmentFieldsFragmentDoc,
    "\n  query TaskDetail($id: ID!) {\n    planItem(id: $id) {\n      ...TaskRowFields\n      productText\n      productType\n      fundingText\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      sourceItemId\n      version\n      plan {\n        id\n        code\n        title\n        year\n      }\n      parent {\n        id\n        code\n        title\n        kind\n        parent {\n          id\n          code\n          title\n          kind\n          parent {\n            id\n            code\n            title\n            kind\n          }\n        }\n      }\n      leads {\n        ...DetailAssignmentFields\n      }\n      coordinators {\n        ...DetailAssignmentFields\n      }\n      updates {\n        ...TaskUpdateFields\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation PostTaskUpdate($input: PostTaskUpdateInput!) {\n    postTaskUpdate(input: $input) {\n      ...TaskUpdateFields\n    }\n  }\n": types.PostTaskUpdateDocument,
    "\n  query ExportTasksXlsx($filter: TaskFilter, $orderBy: TaskOrder) {\n    exportTasksXlsx(filter: $filter, orderBy: $orderBy) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportTasksXlsxDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.UserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyVersionFields on AgencyVersion {\n    agencyId\n    effectiveFrom\n    effectiveTo\n    parentId\n    name\n    shortName\n    kind\n    level\n  }\n"): (typeof documents)["\n  fragment AgencyVersionFields on AgencyVersion {\n    agencyId\n    effectiveFrom\n    effectiveTo\n    parentId\n    name\n    shortName\n    kind\n    level\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      validTo\n      successor {\n        id\n        name\n      }\n      history {\n        ...AgencyVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      validTo\n      successor {\n        id\n        name\n      }\n      history {\n        ...AgencyVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n"): (typeof documents)["\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReorganisationDependentFields on ReorganisationDependent {\n    id\n    label\n    agency\n    successor\n  }\n"): (typeof documents)["\n  fragment ReorganisationDependentFields on ReorganisationDependent {\n    id\n    label\n    agency\n    successor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewReorganisation($input: ReorganisationInput!) {\n    previewReorganisation(input: $input) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        ...ReorganisationDependentFields\n      }\n      tasks {\n        ...ReorganisationDependentFields\n      }\n      taskCount\n      groups {\n        ...ReorganisationDependentFields\n      }\n      reports {\n        ...ReorganisationDependentFields\n      }\n      measurementCount\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewReorganisation($input: ReorganisationInput!) {\n    previewReorganisation(input: $input) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        ...ReorganisationDependentFields\n      }\n      tasks {\n        ...ReorganisationDependentFields\n      }\n      taskCount\n      groups {\n        ...ReorganisationDependentFields\n      }\n      reports {\n        ...ReorganisationDependentFields\n      }\n      measurementCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReorganisationFields on AgencyReorganisation {\n    id\n    title\n    decision\n    effectiveDate\n    appliedAt\n    appliedBy\n    status\n    operationCount\n    undoneAt\n    undoneBy\n    undoBlockedBy\n  }\n"): (typeof documents)["\n  fragment ReorganisationFields on AgencyReorganisation {\n    id\n    title\n    decision\n    effectiveDate\n    appliedAt\n    appliedBy\n    status\n    operationCount\n    undoneAt\n    undoneBy\n    undoBlockedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyReorganisation($input: ReorganisationInput!) {\n    applyReorganisation(input: $input) {\n      ...ReorganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyReorganisation($input: ReorganisationInput!) {\n    applyReorganisation(input: $input) {\n      ...ReorganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoReorganisation($id: ID!) {\n    undoReorganisation(id: $id) {\n      ...ReorganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoReorganisation($id: ID!) {\n    undoReorganisation(id: $id) {\n      ...ReorganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyReorganisations($first: Int) {\n    agencyReorganisations(first: $first) {\n      ...ReorganisationFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyReorganisations($first: Int) {\n    agencyReorganisations(first: $first) {\n      ...ReorganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorganisationUserAgency($id: ID!) {\n    user(id: $id) {\n      id\n      agencyId\n      agency {\n        id\n        name\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReorganisationUserAgency($id: ID!) {\n    user(id: $id) {\n      id\n      agencyId\n      agency {\n        id\n        name\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignUsers($input: ReassignUsersInput!) {\n    reassignUsers(input: $input) {\n      id\n      agencyId\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignUsers($input: ReassignUsersInput!) {\n    reassignUsers(input: $input) {\n      id\n      agencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n      # For the layout's banner when the user's agency has ended (until an admin moves the user on).\n      agency {\n        id\n        name\n        active\n        validTo\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n      # For the layout's banner when the user's agency has ended (until an admin moves the user on).\n      agency {\n        id\n        name\n        active\n        validTo\n        successor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    planId\n    code\n    nameVi\n    nameEn\n    description\n    areaCode\n    unit\n    direction\n    aggregation\n    frequency\n    reportingLevels\n    cumulative\n    target\n    state\n    sortOrder\n    sourceText\n    sourceLine\n    draftNotes\n    version\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    planId\n    code\n    nameVi\n    nameEn\n    description\n    areaCode\n    unit\n    direction\n    aggregation\n    frequency\n    reportingLevels\n    cumulative\n    target\n    state\n    sortOrder\n    sourceText\n    sourceLine\n    draftNotes\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorValueFields on IndicatorValue {\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    reportedCount\n    target\n    targetSource\n    status\n  }\n"): (typeof documents)["\n  fragment IndicatorValueFields on IndicatorValue {\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    reportedCount\n    target\n    targetSource\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPlans {\n    plans(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n          status\n          ownerAgencyId\n          ownerAgency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPlans {\n    plans(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n          status\n          ownerAgencyId\n          ownerAgency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($filter: IndicatorFilter, $first: Int, $after: String, $period: String!) {\n    indicators(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IndicatorFields\n          value(period: $period) {\n            ...IndicatorValueFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Indicators($filter: IndicatorFilter, $first: Int, $after: String, $period: String!) {\n    indicators(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IndicatorFields\n          value(period: $period) {\n            ...IndicatorValueFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorTargetFields on IndicatorTarget {\n    id\n    indicatorId\n    level\n    agencyId\n    period\n    value\n  }\n"): (typeof documents)["\n  fragment IndicatorTargetFields on IndicatorTarget {\n    id\n    indicatorId\n    level\n    agencyId\n    period\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n      createdAt\n      updatedAt\n      plan {\n        id\n        code\n        title\n        year\n        ownerAgencyId\n        ownerAgency {\n          id\n          name\n        }\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n      linkedItems {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n      createdAt\n      updatedAt\n      plan {\n        id\n        code\n        title\n        year\n        ownerAgencyId\n        ownerAgency {\n          id\n          name\n        }\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n      linkedItems {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeries($indicatorId: ID!, $agencyId: ID!, $from: String!, $to: String!) {\n    indicatorSeries(indicatorId: $indicatorId, agencyId: $agencyId, from: $from, to: $to) {\n      ...IndicatorValueFields\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSeries($indicatorId: ID!, $agencyId: ID!, $from: String!, $to: String!) {\n    indicatorSeries(indicatorId: $indicatorId, agencyId: $agencyId, from: $from, to: $to) {\n      ...IndicatorValueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorBreakdown($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorBreakdown(indicatorId: $indicatorId, agencyId: $agencyId, period: $period) {\n      ...IndicatorValueFields\n      agency {\n        id\n        code\n        name\n        level\n        descendantCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorBreakdown($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorBreakdown(indicatorId: $indicatorId, agencyId: $agencyId, period: $period) {\n      ...IndicatorValueFields\n      agency {\n        id\n        code\n        name\n        level\n        descendantCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCoverage($indicatorId: ID!, $period: String!, $rootAgencyId: ID) {\n    reportingCoverage(indicatorId: $indicatorId, period: $period, rootAgencyId: $rootAgencyId) {\n      indicatorId\n      period\n      expected\n      reported\n      approved\n      inProgress\n      missing {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingCoverage($indicatorId: ID!, $period: String!, $rootAgencyId: ID) {\n    reportingCoverage(indicatorId: $indicatorId, period: $period, rootAgencyId: $rootAgencyId) {\n      indicatorId\n      period\n      expected\n      reported\n      approved\n      inProgress\n      missing {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorState($input: SetIndicatorStateInput!) {\n    setIndicatorState(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorState($input: SetIndicatorStateInput!) {\n    setIndicatorState(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...IndicatorFields\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...IndicatorFields\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboard(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      period\n      level\n      asOf\n      indicators {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        values\n        targets\n        statuses\n      }\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboard(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      period\n      level\n      asOf\n      indicators {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        values\n        targets\n        statuses\n      }\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorScoreboardXlsx($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboardXlsx(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query IndicatorScoreboardXlsx($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {\n    indicatorScoreboardXlsx(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPlanItems($planId: ID!) {\n    plan(id: $planId) {\n      id\n      year\n      items {\n        id\n        code\n        title\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPlanItems($planId: ID!) {\n    plan(id: $planId) {\n      id\n      year\n      items {\n        id\n        code\n        title\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementFields on Measurement {\n    id\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    note\n    status\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    updatedByLabel\n    version\n  }\n"): (typeof documents)["\n  fragment MeasurementFields on Measurement {\n    id\n    indicatorId\n    agencyId\n    period\n    value\n    numerator\n    denominator\n    note\n    status\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    updatedByLabel\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurementEntries($planId: ID!, $agencyId: ID!, $period: String!) {\n    measurementEntries(planId: $planId, agencyId: $agencyId, period: $period) {\n      target\n      indicator {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n        aggregation\n        frequency\n        direction\n      }\n      measurement {\n        ...MeasurementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurementEntries($planId: ID!, $agencyId: ID!, $period: String!) {\n    measurementEntries(planId: $planId, agencyId: $agencyId, period: $period) {\n      target\n      indicator {\n        id\n        code\n        nameVi\n        nameEn\n        unit\n        aggregation\n        frequency\n        direction\n      }\n      measurement {\n        ...MeasurementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurements($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMeasurements($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementRowFields on Measurement {\n    ...MeasurementFields\n    agency {\n      id\n      code\n      name\n    }\n    indicator {\n      id\n      code\n      nameVi\n      nameEn\n      unit\n      aggregation\n    }\n  }\n"): (typeof documents)["\n  fragment MeasurementRowFields on Measurement {\n    ...MeasurementFields\n    agency {\n      id\n      code\n      name\n    }\n    indicator {\n      id\n      code\n      nameVi\n      nameEn\n      unit\n      aggregation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measurements($filter: MeasurementFilter, $first: Int, $after: String) {\n    measurements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MeasurementRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Measurements($filter: MeasurementFilter, $first: Int, $after: String) {\n    measurements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MeasurementRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurementHistory($id: ID!) {\n    measurement(id: $id) {\n      id\n      history {\n        id\n        action\n        status\n        value\n        numerator\n        denominator\n        note\n        comment\n        actorLabel\n        createdAt\n        measurementVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurementHistory($id: ID!) {\n    measurement(id: $id) {\n      id\n      history {\n        id\n        action\n        status\n        value\n        numerator\n        denominator\n        note\n        comment\n        actorLabel\n        createdAt\n        measurementVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewMeasurement($input: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewMeasurement($input: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurementTemplate($input: MeasurementTemplateInput!) {\n    measurementTemplate(input: $input) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MeasurementTemplate($input: MeasurementTemplateInput!) {\n    measurementTemplate(input: $input) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      applied\n      dryRun\n      period\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      applied\n      dryRun\n      period\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionChecklistItemFields on InspectionChecklistItem {\n    id\n    version\n    position\n    title\n    sourceCode\n    result\n    note\n    evidence {\n      url\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment InspectionChecklistItemFields on InspectionChecklistItem {\n    id\n    version\n    position\n    title\n    sourceCode\n    result\n    note\n    evidence {\n      url\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionChecklist($id: ID!) {\n    inspection(id: $id) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionChecklist($id: ID!) {\n    inspection(id: $id) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistFrameworks {\n    parFrameworks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          year\n          revision\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistFrameworks {\n    parFrameworks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          year\n          revision\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildInspectionChecklist($input: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $input) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BuildInspectionChecklist($input: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $input) {\n      id\n      checklist {\n        ...InspectionChecklistItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInspectionChecklistItem($input: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $input) {\n      ...InspectionChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInspectionChecklistItem($input: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $input) {\n      ...InspectionChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    status\n    coverageProvince\n    coverageDistrict\n    coverageCommune\n    version\n  }\n"): (typeof documents)["\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    status\n    coverageProvince\n    coverageDistrict\n    coverageCommune\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionTeamMemberFields on InspectionTeamMember {\n    id\n    name\n    agencyName\n    leader\n  }\n"): (typeof documents)["\n  fragment InspectionTeamMemberFields on InspectionTeamMember {\n    id\n    name\n    agencyName\n    leader\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionRow on Inspection {\n    id\n    planId\n    agencyId\n    agency {\n      id\n      name\n      level\n    }\n    month\n    status\n    proposed\n    score\n    reasons {\n      code\n      year\n      value\n      count\n      points\n    }\n    teamUserIds\n    team {\n      ...InspectionTeamMemberFields\n    }\n    conductedOn\n    reinspectedOn\n    version\n    findings {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment InspectionRow on Inspection {\n    id\n    planId\n    agencyId\n    agency {\n      id\n      name\n      level\n    }\n    month\n    status\n    proposed\n    score\n    reasons {\n      code\n      year\n      value\n      count\n      points\n    }\n    teamUserIds\n    team {\n      ...InspectionTeamMemberFields\n    }\n    conductedOn\n    reinspectedOn\n    version\n    findings {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlans($filter: InspectionPlanFilter, $first: Int, $after: String) {\n    inspectionPlans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionPlanFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionPlans($filter: InspectionPlanFilter, $first: Int, $after: String) {\n    inspectionPlans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionPlanFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n    inspectionCoverage(planId: $id) {\n      planId\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n    inspectionCoverage(planId: $id) {\n      planId\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanInspections($planId: ID!, $first: Int, $after: String) {\n    inspections(planId: $planId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanInspections($planId: ID!, $first: Int, $after: String) {\n    inspections(planId: $planId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InspectionRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionDetail on Inspection {\n    ...InspectionRow\n    findings {\n      id\n      position\n      text\n      severity\n      deadline\n      taskId\n      task {\n        id\n        code\n        title\n      }\n      status\n      closedOn\n      reviewNote\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment InspectionDetail on Inspection {\n    ...InspectionRow\n    findings {\n      id\n      position\n      text\n      severity\n      deadline\n      taskId\n      task {\n        id\n        code\n        title\n      }\n      status\n      closedOn\n      reviewNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n"): (typeof documents)["\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTeamCandidates($planId: ID!, $search: String) {\n    inspectionTeamCandidates(planId: $planId, search: $search) {\n      ...InspectionTeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  query InspectionTeamCandidates($planId: ID!, $search: String) {\n    inspectionTeamCandidates(planId: $planId, search: $search) {\n      ...InspectionTeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanIndicatorOptions($planId: ID!) {\n    indicators(filter: { planId: $planId, states: [ACTIVE] }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          nameVi\n          nameEn\n          frequency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanIndicatorOptions($planId: ID!) {\n    indicators(filter: { planId: $planId, states: [ACTIVE] }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          nameVi\n          nameEn\n          frequency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionDecisionDocx($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query InspectionDecisionDocx($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionConclusionDocx($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query InspectionConclusionDocx($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInspections($input: ProposeInspectionsInput!) {\n    proposeInspections(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInspections($input: ProposeInspectionsInput!) {\n    proposeInspections(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustInspectionPlan($input: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustInspectionPlan($input: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveInspectionPlan($input: VersionedInput!) {\n    approveInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveInspectionPlan($input: VersionedInput!) {\n    approveInspectionPlan(input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleInspection($input: ScheduleInspectionInput!) {\n    scheduleInspection(input: $input) {\n      ...InspectionRow\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleInspection($input: ScheduleInspectionInput!) {\n    scheduleInspection(input: $input) {\n      ...InspectionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInspectionFindings($input: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInspectionFindings($input: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinspectFindings($input: ReinspectInput!) {\n    reinspectFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReinspectFindings($input: ReinspectInput!) {\n    reinspectFindings(input: $input) {\n      ...InspectionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInspectionCoverage($input: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $input) {\n      id\n      value\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInspectionCoverage($input: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $input) {\n      id\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kind\n      muted\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kind\n      muted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationMuted(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationMuted(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutbox($first: Int!, $after: String, $status: EmailStatus) {\n    emailOutbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          error\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailOutbox($first: Int!, $after: String, $status: EmailStatus) {\n    emailOutbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          error\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParAppraisal($input: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParAppraisal($input: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendParAppraisal($input: SendParAppraisalInput!) {\n    sendParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SendParAppraisal($input: SendParAppraisalInput!) {\n    sendParAppraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitParExplanations($input: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitParExplanations($input: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParReappraisal($input: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParReappraisal($input: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseParAssessment($input: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseParAssessment($input: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParCycleRow on ParCycle {\n    id\n    year\n    name\n    status\n    selfAssessmentDue\n    frameworkIds\n    version\n  }\n"): (typeof documents)["\n  fragment ParCycleRow on ParCycle {\n    id\n    year\n    name\n    status\n    selfAssessmentDue\n    frameworkIds\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycles($year: Int, $first: Int, $after: String) {\n    parCycles(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleRow\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParCycles($year: Int, $first: Int, $after: String) {\n    parCycles(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleRow\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycle($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleRow\n    }\n  }\n"): (typeof documents)["\n  query ParCycle($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenParCycle($input: OpenParCycleInput!) {\n    openParCycle(input: $input) {\n      ...ParCycleRow\n    }\n  }\n"): (typeof documents)["\n  mutation OpenParCycle($input: OpenParCycleInput!) {\n    openParCycle(input: $input) {\n      ...ParCycleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParAssessmentRow on ParAssessment {\n    id\n    cycleId\n    version\n    status\n    late\n    submittedAt\n    submittedByLabel\n    agency {\n      id\n      name\n    }\n    framework {\n      id\n      name\n      targetGroup\n    }\n    selfSummary {\n      toScore\n      scored\n      selfPoints\n    }\n  }\n"): (typeof documents)["\n  fragment ParAssessmentRow on ParAssessment {\n    id\n    cycleId\n    version\n    status\n    late\n    submittedAt\n    submittedByLabel\n    agency {\n      id\n      name\n    }\n    framework {\n      id\n      name\n      targetGroup\n    }\n    selfSummary {\n      toScore\n      scored\n      selfPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParAssessmentDetail on ParAssessment {\n    ...ParAssessmentRow\n    framework {\n      id\n      name\n      targetGroup\n      year\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    selfAssessmentDeadline\n    explanationDue\n    closedByDeadline\n    appraisedAt\n    explainedAt\n    finalisedAt\n    finalisedByLabel\n    cycle {\n      id\n      status\n      councilUserIds\n      council {\n        id\n        fullName\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      selfNote\n      noEvidenceReason\n      appraisedPoints\n      appraisalReason\n      explanation\n      reappraisedPoints\n      reappraisalAnswer\n    }\n    appraisalSummary {\n      toAppraise\n      appraised\n      differences\n      explained\n      answered\n      points\n    }\n    evidence {\n      ...ParEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  fragment ParAssessmentDetail on ParAssessment {\n    ...ParAssessmentRow\n    framework {\n      id\n      name\n      targetGroup\n      year\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    selfAssessmentDeadline\n    explanationDue\n    closedByDeadline\n    appraisedAt\n    explainedAt\n    finalisedAt\n    finalisedByLabel\n    cycle {\n      id\n      status\n      councilUserIds\n      council {\n        id\n        fullName\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      selfNote\n      noEvidenceReason\n      appraisedPoints\n      appraisalReason\n      explanation\n      reappraisedPoints\n      reappraisalAnswer\n    }\n    appraisalSummary {\n      toAppraise\n      appraised\n      differences\n      explained\n      answered\n      points\n    }\n    evidence {\n      ...ParEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  query ParAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParSelfScores($input: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParSelfScores($input: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitParSelfAssessment($input: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitParSelfAssessment($input: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $input) {\n      ...ParAssessmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParLostRecordFields on ParLostRecord {\n    recordId\n    recordType\n    label\n    dueDate\n    doneOn\n    gain\n  }\n"): (typeof documents)["\n  fragment ParLostRecordFields on ParLostRecord {\n    recordId\n    recordType\n    label\n    dueDate\n    doneOn\n    gain\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParProvisionalScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        criterionId\n        code\n        title\n        method\n        source\n        maxPoints\n        points\n        atRisk\n        share\n        due\n        onTime\n        records {\n          ...ParLostRecordFields\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          unit\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParProvisionalScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        criterionId\n        code\n        title\n        method\n        source\n        maxPoints\n        points\n        atRisk\n        share\n        due\n        onTime\n        records {\n          ...ParLostRecordFields\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          unit\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParWhatIfScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      index\n      points\n      pointsAtRisk\n    }\n  }\n"): (typeof documents)["\n  query ParWhatIfScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      index\n      points\n      pointsAtRisk\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParPointsAtRisk($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      assessmentId\n      agencyId\n      agency {\n        id\n        name\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n"): (typeof documents)["\n  query ParPointsAtRisk($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      assessmentId\n      agencyId\n      agency {\n        id\n        name\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParCouncilMemberFields on ParCouncilMember {\n    id\n    fullName\n    agencyId\n    active\n  }\n"): (typeof documents)["\n  fragment ParCouncilMemberFields on ParCouncilMember {\n    id\n    fullName\n    agencyId\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParCycleDetail on ParCycle {\n    ...ParCycleRow\n    appraisalDue\n    explanationDays\n    publicationDue\n    surveyHeld\n    publishedAt\n    publishedByLabel\n    councilUserIds\n    council {\n      ...ParCouncilMemberFields\n    }\n  }\n"): (typeof documents)["\n  fragment ParCycleDetail on ParCycle {\n    ...ParCycleRow\n    appraisalDue\n    explanationDays\n    publicationDue\n    surveyHeld\n    publishedAt\n    publishedByLabel\n    councilUserIds\n    council {\n      ...ParCouncilMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycleDetail($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleDetail\n    }\n  }\n"): (typeof documents)["\n  query ParCycleDetail($id: ID!) {\n    parCycle(id: $id) {\n      ...ParCycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParCycleAssessmentRow on ParAssessment {\n    ...ParAssessmentRow\n    closedByDeadline\n    selfAssessmentDue\n    selfAssessmentDeadline\n    explanationDue\n  }\n"): (typeof documents)["\n  fragment ParCycleAssessmentRow on ParAssessment {\n    ...ParAssessmentRow\n    closedByDeadline\n    selfAssessmentDue\n    selfAssessmentDeadline\n    explanationDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycleAssessments($cycleId: ID!, $status: [ParAssessmentStatus!], $first: Int, $after: String) {\n    parAssessments(cycleId: $cycleId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleAssessmentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParCycleAssessments($cycleId: ID!, $status: [ParAssessmentStatus!], $first: Int, $after: String) {\n    parAssessments(cycleId: $cycleId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParCycleAssessmentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycleAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParCycleAssessmentRow\n    }\n  }\n"): (typeof documents)["\n  query ParCycleAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParCycleAssessmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycleStatuses($cycleId: ID!) {\n    parCycle(id: $cycleId) {\n      id\n      statusCounts {\n        targetGroup\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParCycleStatuses($cycleId: ID!) {\n    parCycle(id: $cycleId) {\n      id\n      statusCounts {\n        targetGroup\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCouncilCandidates($cycleId: ID!, $search: String) {\n    parCouncilCandidates(cycleId: $cycleId, search: $search) {\n      ...ParCouncilMemberFields\n    }\n  }\n"): (typeof documents)["\n  query ParCouncilCandidates($cycleId: ID!, $search: String) {\n    parCouncilCandidates(cycleId: $cycleId, search: $search) {\n      ...ParCouncilMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParCouncil($input: SetParCouncilInput!) {\n    setParCouncil(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetParCouncil($input: SetParCouncilInput!) {\n    setParCouncil(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParSurveyHeld($input: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetParSurveyHeld($input: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendParDeadline($input: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendParDeadline($input: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenParAssessment($input: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenParAssessment($input: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $input) {\n      ...ParCycleAssessmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishParCycle($input: PublishParCycleInput!) {\n    publishParCycle(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishParCycle($input: PublishParCycleInput!) {\n    publishParCycle(input: $input) {\n      ...ParCycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParEvidenceFields on ParEvidence {\n    id\n    assessmentId\n    criterionId\n    kind\n    label\n    url\n    recordType\n    recordId\n    downloadUrl\n    mimeType\n    size\n    addedBy\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ParEvidenceFields on ParEvidence {\n    id\n    assessmentId\n    criterionId\n    kind\n    label\n    url\n    recordType\n    recordId\n    downloadUrl\n    mimeType\n    size\n    addedBy\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParEvidenceLink($input: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddParEvidenceLink($input: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParEvidenceRecord($input: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddParEvidenceRecord($input: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $input) {\n      ...ParEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParEvidence($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveParEvidence($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParEvidenceCandidates(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordId\n      recordType\n      label\n      date\n    }\n  }\n"): (typeof documents)["\n  query ParEvidenceCandidates(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordId\n      recordType\n      label\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParFrameworkRow on ParFramework {\n    id\n    year\n    targetGroup\n    name\n    decisionNumber\n    status\n    isSample\n    revision\n    totalPoints\n    copiedFromId\n    version\n    criteria {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ParFrameworkRow on ParFramework {\n    id\n    year\n    targetGroup\n    name\n    decisionNumber\n    status\n    isSample\n    revision\n    totalPoints\n    copiedFromId\n    version\n    criteria {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParCriterionFields on ParCriterion {\n    id\n    frameworkId\n    parentId\n    level\n    code\n    title\n    maxPoints\n    method\n    scale {\n      label\n      points\n    }\n    guidance\n    evidenceRequired\n    dataRule {\n      source\n      areaCode\n      indicatorCode\n      thresholds {\n        atLeast\n        points\n      }\n    }\n    position\n    version\n  }\n"): (typeof documents)["\n  fragment ParCriterionFields on ParCriterion {\n    id\n    frameworkId\n    parentId\n    level\n    code\n    title\n    maxPoints\n    method\n    scale {\n      label\n      points\n    }\n    guidance\n    evidenceRequired\n    dataRule {\n      source\n      areaCode\n      indicatorCode\n      thresholds {\n        atLeast\n        points\n      }\n    }\n    position\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParFrameworkDetail on ParFramework {\n    ...ParFrameworkRow\n    scoredMaximum\n    lockedAt\n    bands {\n      code\n      label\n      minIndex\n    }\n    problems {\n      code\n      kind\n      message\n    }\n    criteria {\n      ...ParCriterionFields\n    }\n  }\n"): (typeof documents)["\n  fragment ParFrameworkDetail on ParFramework {\n    ...ParFrameworkRow\n    scoredMaximum\n    lockedAt\n    bands {\n      code\n      label\n      minIndex\n    }\n    problems {\n      code\n      kind\n      message\n    }\n    criteria {\n      ...ParCriterionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParFrameworks($filter: ParFrameworkFilter, $first: Int, $after: String) {\n    parFrameworks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParFrameworkRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParFrameworks($filter: ParFrameworkFilter, $first: Int, $after: String) {\n    parFrameworks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParFrameworkRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParFramework($id: ID!) {\n    parFramework(id: $id) {\n      ...ParFrameworkDetail\n    }\n  }\n"): (typeof documents)["\n  query ParFramework($id: ID!) {\n    parFramework(id: $id) {\n      ...ParFrameworkDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParFramework($input: CreateParFrameworkInput!) {\n    createParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParFramework($input: CreateParFrameworkInput!) {\n    createParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParFramework($input: UpdateParFrameworkInput!) {\n    updateParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParFramework($input: UpdateParFrameworkInput!) {\n    updateParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyParFramework($input: CopyParFrameworkInput!) {\n    copyParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n"): (typeof documents)["\n  mutation CopyParFramework($input: CopyParFrameworkInput!) {\n    copyParFramework(input: $input) {\n      ...ParFrameworkRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockParFramework($input: LockParFrameworkInput!) {\n    lockParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n"): (typeof documents)["\n  mutation LockParFramework($input: LockParFrameworkInput!) {\n    lockParFramework(input: $input) {\n      ...ParFrameworkDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteParFramework($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteParFramework($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParCriterion($input: CreateParCriterionInput!) {\n    createParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParCriterion($input: CreateParCriterionInput!) {\n    createParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParCriterion($input: UpdateParCriterionInput!) {\n    updateParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParCriterion($input: UpdateParCriterionInput!) {\n    updateParCriterion(input: $input) {\n      ...ParCriterionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteParCriterion($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteParCriterion($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParFrameworkTemplate {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParFrameworkTemplate {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportParFramework($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportParFramework($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParFramework($input: ImportParFrameworkInput!) {\n    importParFramework(input: $input) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        ...ParFrameworkRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParFramework($input: ImportParFrameworkInput!) {\n    importParFramework(input: $input) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        ...ParFrameworkRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParNationalAssessment on ParAssessment {\n    id\n    version\n    status\n    late\n    cycleId\n    agencyId\n    finalisedAt\n    finalisedByLabel\n    agency {\n      id\n      name\n    }\n    cycle {\n      id\n      year\n      name\n      status\n    }\n    framework {\n      id\n      name\n      year\n      targetGroup\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      appraisedPoints\n      appraisalReason\n      reappraisedPoints\n    }\n    responsibilities {\n      criterionId\n      agencyId\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ParNationalAssessment on ParAssessment {\n    id\n    version\n    status\n    late\n    cycleId\n    agencyId\n    finalisedAt\n    finalisedByLabel\n    agency {\n      id\n      name\n    }\n    cycle {\n      id\n      year\n      name\n      status\n    }\n    framework {\n      id\n      name\n      year\n      targetGroup\n      criteria {\n        ...ParCriterionFields\n      }\n    }\n    scores {\n      id\n      criterionId\n      selfPoints\n      appraisedPoints\n      appraisalReason\n      reappraisedPoints\n    }\n    responsibilities {\n      criterionId\n      agencyId\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParNationalAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParNationalAssessment\n    }\n  }\n"): (typeof documents)["\n  query ParNationalAssessment($id: ID!) {\n    parAssessment(id: $id) {\n      ...ParNationalAssessment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignParResponsibilities($input: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n"): (typeof documents)["\n  mutation AssignParResponsibilities($input: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParNationalAppraisal($input: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n"): (typeof documents)["\n  mutation RecordParNationalAppraisal($input: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $input) {\n      ...ParNationalAssessment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParImprovementTasks($input: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $input)\n  }\n"): (typeof documents)["\n  mutation CreateParImprovementTasks($input: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParNationalReportDocx($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParNationalReportDocx($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParNationalTemplate($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParNationalTemplate($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParNationalPoints($input: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $input) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        ...ParNationalAssessment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParNationalPoints($input: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $input) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        ...ParNationalAssessment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParRankingCycle($id: ID!) {\n    parCycle(id: $id) {\n      id\n      year\n      name\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query ParRankingCycle($id: ID!) {\n    parCycle(id: $id) {\n      id\n      year\n      name\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParRankingRowFields on ParRankingRow {\n    assessmentId\n    agencyId\n    agency {\n      id\n      name\n    }\n    targetGroup\n    rank\n    index\n    points\n    bonus\n    penalty\n    maxPoints\n    band {\n      code\n      label\n      minIndex\n    }\n    areas {\n      code\n      name\n      points\n      maxPoints\n      index\n    }\n    previousIndex\n    status\n    finalised\n  }\n"): (typeof documents)["\n  fragment ParRankingRowFields on ParRankingRow {\n    assessmentId\n    agencyId\n    agency {\n      id\n      name\n    }\n    targetGroup\n    rank\n    index\n    points\n    bonus\n    penalty\n    maxPoints\n    band {\n      code\n      label\n      minIndex\n    }\n    areas {\n      code\n      name\n      points\n      maxPoints\n      index\n    }\n    previousIndex\n    status\n    finalised\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParRanking($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      ...ParRankingRowFields\n    }\n  }\n"): (typeof documents)["\n  query ParRanking($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      ...ParRankingRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParRankingXlsx($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParRankingXlsx($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResolvedNameFields on ResolvedAgencyName {\n    text\n    confidence\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ResolvedNameFields on ResolvedAgencyName {\n    text\n    confidence\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlanDocument($input: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      document {\n        title\n        year\n        decisionNumber\n        decisionDate\n        issuerText\n        results\n        activities\n        tasks\n        projects\n      }\n      problems {\n        line\n        severity\n        code\n        itemCode\n        message\n        text\n      }\n      items {\n        line\n        code\n        kind\n        title\n        areaCode\n        parentCode\n        action\n        dueLabel\n        dueDate\n        productText\n        leadText\n        coordinatorText\n        leads {\n          ...ResolvedNameFields\n        }\n        coordinators {\n          ...ResolvedNameFields\n        }\n      }\n      plan {\n        id\n        code\n        title\n        year\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPlanDocument($input: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      document {\n        title\n        year\n        decisionNumber\n        decisionDate\n        issuerText\n        results\n        activities\n        tasks\n        projects\n      }\n      problems {\n        line\n        severity\n        code\n        itemCode\n        message\n        text\n      }\n      items {\n        line\n        code\n        kind\n        title\n        areaCode\n        parentCode\n        action\n        dueLabel\n        dueDate\n        productText\n        leadText\n        coordinatorText\n        leads {\n          ...ResolvedNameFields\n        }\n        coordinators {\n          ...ResolvedNameFields\n        }\n      }\n      plan {\n        id\n        code\n        title\n        year\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroupOptions {\n    agencyGroups(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroupOptions {\n    agencyGroups(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanRowFields on Plan {\n    id\n    code\n    title\n    year\n    status\n    decisionNumber\n    decisionDate\n    ownerAgencyId\n    ownerAgency {\n      id\n      name\n    }\n    parentPlanId\n    version\n  }\n"): (typeof documents)["\n  fragment PlanRowFields on Plan {\n    id\n    code\n    title\n    year\n    status\n    decisionNumber\n    decisionDate\n    ownerAgencyId\n    ownerAgency {\n      id\n      name\n    }\n    parentPlanId\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($filter: PlanFilter, $first: Int, $after: String) {\n    plans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlanRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans($filter: PlanFilter, $first: Int, $after: String) {\n    plans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlanRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOptions($filter: PlanFilter) {\n    plans(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanOptions($filter: PlanFilter) {\n    plans(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          year\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOverview($id: ID!) {\n    plan(id: $id) {\n      ...PlanRowFields\n      signerAgency {\n        id\n        name\n      }\n      parentPlan {\n        id\n        code\n        title\n      }\n      items {\n        id\n        code\n        title\n        kind\n        parentId\n        areaCode\n        status\n        progress\n        dueDate\n        dueLabel\n        overdue\n        doneLate\n        daysLate\n        leads {\n          id\n          agency {\n            id\n            name\n            shortName\n          }\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanOverview($id: ID!) {\n    plan(id: $id) {\n      ...PlanRowFields\n      signerAgency {\n        id\n        name\n      }\n      parentPlan {\n        id\n        code\n        title\n      }\n      items {\n        id\n        code\n        title\n        kind\n        parentId\n        areaCode\n        status\n        progress\n        dueDate\n        dueLabel\n        overdue\n        doneLate\n        daysLate\n        leads {\n          id\n          agency {\n            id\n            name\n            shortName\n          }\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanStats($planId: ID!) {\n    areas: taskStats(planId: $planId, groupBy: AREA) {\n      ...TaskStatsFields\n    }\n    leads: taskStats(planId: $planId, groupBy: LEAD_AGENCY) {\n      ...TaskStatsFields\n    }\n    leadsOnTime: taskStats(planId: $planId, groupBy: LEAD_AGENCY, filter: { overdue: false }) {\n      ...TaskStatsFields\n    }\n  }\n"): (typeof documents)["\n  query PlanStats($planId: ID!) {\n    areas: taskStats(planId: $planId, groupBy: AREA) {\n      ...TaskStatsFields\n    }\n    leads: taskStats(planId: $planId, groupBy: LEAD_AGENCY) {\n      ...TaskStatsFields\n    }\n    leadsOnTime: taskStats(planId: $planId, groupBy: LEAD_AGENCY, filter: { overdue: false }) {\n      ...TaskStatsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskStatsFields on TaskStatsRow {\n    key\n    label\n    total\n    done\n    inProgress\n    notStarted\n    cancelled\n    overdue\n    averageProgress\n  }\n"): (typeof documents)["\n  fragment TaskStatsFields on TaskStatsRow {\n    key\n    label\n    total\n    done\n    inProgress\n    notStarted\n    cancelled\n    overdue\n    averageProgress\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyPlanToYear($planId: ID!, $year: Int!, $code: String) {\n    copyPlanToYear(planId: $planId, year: $year, code: $code) {\n      ...PlanRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopyPlanToYear($planId: ID!, $year: Int!, $code: String) {\n    copyPlanToYear(planId: $planId, year: $year, code: $code) {\n      ...PlanRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeriveAgencyPlan($planId: ID!, $agencyId: ID!) {\n    deriveAgencyPlan(planId: $planId, agencyId: $agencyId) {\n      ...PlanRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeriveAgencyPlan($planId: ID!, $agencyId: ID!) {\n    deriveAgencyPlan(planId: $planId, agencyId: $agencyId) {\n      ...PlanRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgency {\n    me {\n      id\n      agencyId\n      agency {\n        id\n        name\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAgency {\n    me {\n      id\n      agencyId\n      agency {\n        id\n        name\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPlanXlsx($planId: ID!) {\n    exportPlanXlsx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportPlanXlsx($planId: ID!) {\n    exportPlanXlsx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportNarrativeFields on ReportNarrative {\n    direction\n    areas {\n      areaCode\n      text\n    }\n    assessment\n    nextTasks\n    proposals\n  }\n"): (typeof documents)["\n  fragment ReportNarrativeFields on ReportNarrative {\n    direction\n    areas {\n      areaCode\n      text\n    }\n    assessment\n    nextTasks\n    proposals\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportDataFields on ReportData {\n    period\n    asOf\n    generatedAt\n    areas {\n      areaCode\n      areaName\n      total\n      done\n      doneLate\n      inProgress\n      notStarted\n      overdue\n      cancelled\n      tasks {\n        id\n        code\n        title\n        status\n        progress\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    indicators {\n      indicatorId\n      code\n      name\n      unit\n      period\n      value\n      numerator\n      denominator\n      target\n      status\n      reportedCount\n    }\n    contributions {\n      itemId\n      code\n      title\n      notes\n    }\n  }\n"): (typeof documents)["\n  fragment ReportDataFields on ReportData {\n    period\n    asOf\n    generatedAt\n    areas {\n      areaCode\n      areaName\n      total\n      done\n      doneLate\n      inProgress\n      notStarted\n      overdue\n      cancelled\n      tasks {\n        id\n        code\n        title\n        status\n        progress\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    indicators {\n      indicatorId\n      code\n      name\n      unit\n      period\n      value\n      numerator\n      denominator\n      target\n      status\n      reportedCount\n    }\n    contributions {\n      itemId\n      code\n      title\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyReportSummary on AgencyReport {\n    id\n    agencyId\n    roundId\n    status\n    dueDate\n    late\n    frozen\n    submittedAt\n    acceptedAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment AgencyReportSummary on AgencyReport {\n    id\n    agencyId\n    roundId\n    status\n    dueDate\n    late\n    frozen\n    submittedAt\n    acceptedAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgencyReports($agencyId: ID!, $first: Int!, $after: String) {\n    agencyReports(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgencyReportSummary\n          round {\n            id\n            kind\n            title\n            period\n            year\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAgencyReports($agencyId: ID!, $first: Int!, $after: String) {\n    agencyReports(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgencyReportSummary\n          round {\n            id\n            kind\n            title\n            period\n            year\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyReport($id: ID!) {\n    agencyReport(id: $id) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      agency {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        kind\n        title\n        period\n        year\n        dataFrom\n        dataTo\n      }\n      narrative {\n        ...ReportNarrativeFields\n      }\n      data {\n        ...ReportDataFields\n      }\n      events {\n        id\n        action\n        status\n        comment\n        actorLabel\n        createdAt\n      }\n      attachments {\n        id\n        filename\n        size\n        url\n        uploadedBy\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyReport($id: ID!) {\n    agencyReport(id: $id) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      agency {\n        id\n        name\n        shortName\n      }\n      round {\n        id\n        kind\n        title\n        period\n        year\n        dataFrom\n        dataTo\n      }\n      narrative {\n        ...ReportNarrativeFields\n      }\n      data {\n        ...ReportDataFields\n      }\n      events {\n        id\n        action\n        status\n        comment\n        actorLabel\n        createdAt\n      }\n      attachments {\n        id\n        filename\n        size\n        url\n        uploadedBy\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReportAttachment($id: ID!) {\n    deleteReportAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReportAttachment($id: ID!) {\n    deleteReportAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyReport($input: UpdateAgencyReportInput!) {\n    updateAgencyReport(input: $input) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyReport($input: UpdateAgencyReportInput!) {\n    updateAgencyReport(input: $input) {\n      ...AgencyReportSummary\n      documentNumber\n      signerName\n      signerTitle\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAgencyReport($id: ID!, $version: Int!) {\n    submitAgencyReport(id: $id, version: $version) {\n      ...AgencyReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAgencyReport($id: ID!, $version: Int!) {\n    submitAgencyReport(id: $id, version: $version) {\n      ...AgencyReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAgencyReport($input: ReviewAgencyReportInput!) {\n    reviewAgencyReport(input: $input) {\n      ...AgencyReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAgencyReport($input: ReviewAgencyReportInput!) {\n    reviewAgencyReport(input: $input) {\n      ...AgencyReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAgencyReport($id: ID!, $version: Int!, $comment: String!) {\n    reopenAgencyReport(id: $id, version: $version, comment: $comment) {\n      ...AgencyReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenAgencyReport($id: ID!, $version: Int!, $comment: String!) {\n    reopenAgencyReport(id: $id, version: $version, comment: $comment) {\n      ...AgencyReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAgencyReport($id: ID!, $format: ReportFileFormat!) {\n    exportAgencyReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportAgencyReport($id: ID!, $format: ReportFileFormat!) {\n    exportAgencyReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolidatedReportFields on ConsolidatedReport {\n    id\n    roundId\n    status\n    documentNumber\n    signerName\n    signerTitle\n    finalisedAt\n    updatedAt\n    version\n    narrative {\n      ...ReportNarrativeFields\n    }\n    data {\n      ...ReportDataFields\n    }\n    completeness {\n      ...ReportCounts\n      agencies {\n        agencyId\n        agencyName\n        reportId\n        status\n        dueDate\n        submittedAt\n        late\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsolidatedReportFields on ConsolidatedReport {\n    id\n    roundId\n    status\n    documentNumber\n    signerName\n    signerTitle\n    finalisedAt\n    updatedAt\n    version\n    narrative {\n      ...ReportNarrativeFields\n    }\n    data {\n      ...ReportDataFields\n    }\n    completeness {\n      ...ReportCounts\n      agencies {\n        agencyId\n        agencyName\n        reportId\n        status\n        dueDate\n        submittedAt\n        late\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolidatedReport($roundId: ID!) {\n    reportingRound(id: $roundId) {\n      id\n      title\n      period\n      kind\n      year\n      dueDate\n    }\n    consolidatedReport(roundId: $roundId) {\n      ...ConsolidatedReportFields\n    }\n  }\n"): (typeof documents)["\n  query ConsolidatedReport($roundId: ID!) {\n    reportingRound(id: $roundId) {\n      id\n      title\n      period\n      kind\n      year\n      dueDate\n    }\n    consolidatedReport(roundId: $roundId) {\n      ...ConsolidatedReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateConsolidatedReport($roundId: ID!, $redraw: Boolean!) {\n    generateConsolidatedReport(roundId: $roundId, redraw: $redraw) {\n      ...ConsolidatedReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateConsolidatedReport($roundId: ID!, $redraw: Boolean!) {\n    generateConsolidatedReport(roundId: $roundId, redraw: $redraw) {\n      ...ConsolidatedReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      status\n      documentNumber\n      signerName\n      signerTitle\n      updatedAt\n      version\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      status\n      documentNumber\n      signerName\n      signerTitle\n      updatedAt\n      version\n      narrative {\n        ...ReportNarrativeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseConsolidatedReport($id: ID!, $version: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $version) {\n      ...ConsolidatedReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseConsolidatedReport($id: ID!, $version: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $version) {\n      ...ConsolidatedReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportConsolidatedReport($id: ID!, $format: ReportFileFormat!) {\n    exportConsolidatedReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportConsolidatedReport($id: ID!, $format: ReportFileFormat!) {\n    exportConsolidatedReport(id: $id, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCounts on ReportCompleteness {\n    expected\n    submitted\n    accepted\n    returned\n    missing\n    onTime\n    late\n  }\n"): (typeof documents)["\n  fragment ReportCounts on ReportCompleteness {\n    expected\n    submitted\n    accepted\n    returned\n    missing\n    onTime\n    late\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingRoundFields on ReportingRound {\n    id\n    kind\n    year\n    title\n    period\n    dataFrom\n    dataTo\n    dueDate\n    dueProvince\n    dueDistrict\n    dueCommune\n    levels\n    version\n  }\n"): (typeof documents)["\n  fragment ReportingRoundFields on ReportingRound {\n    id\n    kind\n    year\n    title\n    period\n    dataFrom\n    dataTo\n    dueDate\n    dueProvince\n    dueDistrict\n    dueCommune\n    levels\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCalendar($year: Int!) {\n    reportingPeriods(year: $year) {\n      kind\n      period\n      year\n      dataFrom\n      dataTo\n      dueDate\n      dueProvince\n      dueDistrict\n      dueCommune\n    }\n    reportingRounds(year: $year) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingCalendar($year: Int!) {\n    reportingPeriods(year: $year) {\n      kind\n      period\n      year\n      dataFrom\n      dataTo\n      dueDate\n      dueProvince\n      dueDistrict\n      dueCommune\n    }\n    reportingRounds(year: $year) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestRounds {\n    reportingRounds {\n      id\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  query LatestRounds {\n    reportingRounds {\n      id\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingRound($id: ID!) {\n    reportingRound(id: $id) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n        agencies {\n          agencyId\n          agencyName\n          reportId\n          status\n          dueDate\n          submittedAt\n          late\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingRound($id: ID!) {\n    reportingRound(id: $id) {\n      ...ReportingRoundFields\n      completeness {\n        ...ReportCounts\n        agencies {\n          agencyId\n          agencyName\n          reportId\n          status\n          dueDate\n          submittedAt\n          late\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReportingRound($input: OpenReportingRoundInput!) {\n    openReportingRound(input: $input) {\n      ...ReportingRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReportingRound($input: OpenReportingRoundInput!) {\n    openReportingRound(input: $input) {\n      ...ReportingRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyOnlineFormTarget($id: ID!) {\n    survey(id: $id) {\n      id\n      provinceId\n    }\n  }\n"): (typeof documents)["\n  query SurveyOnlineFormTarget($id: ID!) {\n    survey(id: $id) {\n      id\n      provinceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTrends($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyTrends($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyRow on Survey {\n    id\n    year\n    period\n    title\n    scope\n    sector\n    status\n    isSample\n    satisfiedLevels\n    version\n  }\n"): (typeof documents)["\n  fragment SurveyRow on Survey {\n    id\n    year\n    period\n    title\n    scope\n    sector\n    status\n    isSample\n    satisfiedLevels\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Surveys($filter: SurveyFilter, $first: Int, $after: String) {\n    surveys(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SurveyRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Surveys($filter: SurveyFilter, $first: Int, $after: String) {\n    surveys(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SurveyRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyDetail\n    }\n  }\n"): (typeof documents)["\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFigureFields on SurveySatisfactionFigure {\n    counts\n    valid\n    noAnswer\n    satisfied\n    share\n  }\n"): (typeof documents)["\n  fragment SurveyFigureFields on SurveySatisfactionFigure {\n    counts\n    valid\n    noAnswer\n    satisfied\n    share\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        ...SurveyFigureFields\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      questions {\n        questionId\n        code\n        aspectCode\n        text\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      agencies {\n        agencyId\n        agency {\n          id\n          name\n        }\n        respondents\n        valid\n        satisfied\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        ...SurveyFigureFields\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      questions {\n        questionId\n        code\n        aspectCode\n        text\n        counts\n        valid\n        noAnswer\n        satisfied\n        share\n      }\n      agencies {\n        agencyId\n        agency {\n          id\n          name\n        }\n        respondents\n        valid\n        satisfied\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsTemplate($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsTemplate($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        code\n        line\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        code\n        line\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyDetail on Survey {\n    ...SurveyRow\n    agencyId\n    updatedAt\n    questions {\n      id\n      position\n      code\n      aspectCode\n      aspectTitle\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyDetail on Survey {\n    ...SurveyRow\n    agencyId\n    updatedAt\n    questions {\n      id\n      position\n      code\n      aspectCode\n      aspectTitle\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on PlanItemAgency {\n    id\n    role\n    agencyId\n    groupId\n    sourceText\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentFields on PlanItemAgency {\n    id\n    role\n    agencyId\n    groupId\n    sourceText\n    agency {\n      id\n      name\n      shortName\n    }\n    group {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskRowFields on PlanItem {\n    id\n    code\n    title\n    kind\n    areaCode\n    status\n    progress\n    dueDate\n    dueLabel\n    overdue\n    doneLate\n    daysLate\n    completedOn\n    updatedAt\n    planId\n    plan {\n      id\n      code\n    }\n    leads {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment TaskRowFields on PlanItem {\n    id\n    code\n    title\n    kind\n    areaCode\n    status\n    progress\n    dueDate\n    dueLabel\n    overdue\n    doneLate\n    daysLate\n    completedOn\n    updatedAt\n    planId\n    plan {\n      id\n      code\n    }\n    leads {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($filter: TaskFilter, $first: Int, $after: String) {\n    myTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($filter: TaskFilter, $first: Int, $after: String) {\n    myTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaskCounts($agencyId: ID!, $dueFrom: LocalDate!, $dueTo: LocalDate!) {\n    lead: tasks(filter: { leadAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    coordinating: tasks(filter: { coordinatingAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    dueThisQuarter: myTasks(filter: { dueFrom: $dueFrom, dueTo: $dueTo }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyTaskCounts($agencyId: ID!, $dueFrom: LocalDate!, $dueTo: LocalDate!) {\n    lead: tasks(filter: { leadAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    coordinating: tasks(filter: { coordinatingAgencyId: $agencyId }, first: 1) {\n      totalCount\n    }\n    dueThisQuarter: myTasks(filter: { dueFrom: $dueFrom, dueTo: $dueTo }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskUpdateFields on TaskUpdate {\n    id\n    itemId\n    agencyId\n    agency {\n      id\n      name\n    }\n    role\n    authorLabel\n    createdAt\n    progress\n    status\n    note\n    evidenceNumber\n    evidenceDate\n    evidenceLink\n  }\n"): (typeof documents)["\n  fragment TaskUpdateFields on TaskUpdate {\n    id\n    itemId\n    agencyId\n    agency {\n      id\n      name\n    }\n    role\n    authorLabel\n    createdAt\n    progress\n    status\n    note\n    evidenceNumber\n    evidenceDate\n    evidenceLink\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DetailAssignmentFields on PlanItemAgency {\n    ...AssignmentFields\n    group {\n      id\n      name\n      memberIds\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DetailAssignmentFields on PlanItemAgency {\n    ...AssignmentFields\n    group {\n      id\n      name\n      memberIds\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    planItem(id: $id) {\n      ...TaskRowFields\n      productText\n      productType\n      fundingText\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      sourceItemId\n      version\n      plan {\n        id\n        code\n        title\n        year\n      }\n      parent {\n        id\n        code\n        title\n        kind\n        parent {\n          id\n          code\n          title\n          kind\n          parent {\n            id\n            code\n            title\n            kind\n          }\n        }\n      }\n      leads {\n        ...DetailAssignmentFields\n      }\n      coordinators {\n        ...DetailAssignmentFields\n      }\n      updates {\n        ...TaskUpdateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    planItem(id: $id) {\n      ...TaskRowFields\n      productText\n      productType\n      fundingText\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      sourceItemId\n      version\n      plan {\n        id\n        code\n        title\n        year\n      }\n      parent {\n        id\n        code\n        title\n        kind\n        parent {\n          id\n          code\n          title\n          kind\n          parent {\n            id\n            code\n            title\n            kind\n          }\n        }\n      }\n      leads {\n        ...DetailAssignmentFields\n      }\n      coordinators {\n        ...DetailAssignmentFields\n      }\n      updates {\n        ...TaskUpdateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostTaskUpdate($input: PostTaskUpdateInput!) {\n    postTaskUpdate(input: $input) {\n      ...TaskUpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostTaskUpdate($input: PostTaskUpdateInput!) {\n    postTaskUpdate(input: $input) {\n      ...TaskUpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportTasksXlsx($filter: TaskFilter, $orderBy: TaskOrder) {\n    exportTasksXlsx(filter: $filter, orderBy: $orderBy) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportTasksXlsx($filter: TaskFilter, $orderBy: TaskOrder) {\n    exportTasksXlsx(filter: $filter, orderBy: $orderBy) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;