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
    "\n  mutation CreateAgencyForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      name\n      version\n      parentId\n    }\n  }\n": typeof types.CreateAgencyForAgenciesDocument,
    "\n  mutation CreateAgencyIdForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.CreateAgencyIdForAgenciesDocument,
    "\n  query SearchAgenciesForAgencies {\n    agencies(filter: { search: \"so noi vu\" }) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.SearchAgenciesForAgenciesDocument,
    "\n  mutation MoveAgencyParentForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      parentId\n    }\n  }\n": typeof types.MoveAgencyParentForAgenciesDocument,
    "\n  mutation MoveAgencyForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.MoveAgencyForAgenciesDocument,
    "\n  mutation UpdateAgencyForAgencies($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      name\n      version\n    }\n  }\n": typeof types.UpdateAgencyForAgenciesDocument,
    "\n  mutation MergeAgenciesCodeForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      code\n    }\n  }\n": typeof types.MergeAgenciesCodeForAgenciesDocument,
    "\n  mutation MergeAgenciesForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n": typeof types.MergeAgenciesForAgenciesDocument,
    "\n  query AgencyTreeAsOfForAgencies($r: ID!, $d: LocalDate) {\n    agencyTree(rootId: $r, asOf: $d) {\n      code\n      parentId\n    }\n  }\n": typeof types.AgencyTreeAsOfForAgenciesDocument,
    "\n  query MergedSourceForAgencies($id: ID!) {\n    agency(id: $id) {\n      active\n      validTo\n      successor {\n        code\n      }\n    }\n  }\n": typeof types.MergedSourceForAgenciesDocument,
    "\n  mutation DeactivateAgencyForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.DeactivateAgencyForAgenciesDocument,
    "\n  mutation DeactivateAgencyValidToForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n": typeof types.DeactivateAgencyValidToForAgenciesDocument,
    "\n  query AgencyTreeDepthsForAgencies($r: ID!) {\n    agencyTree(rootId: $r) {\n      code\n      depth\n      childCount\n    }\n  }\n": typeof types.AgencyTreeDepthsForAgenciesDocument,
    "\n  query AgencyDetailForAgencies($id: ID!) {\n    agency(id: $id) {\n      ancestors {\n        code\n      }\n      descendantCount\n      children {\n        code\n      }\n    }\n  }\n": typeof types.AgencyDetailForAgenciesDocument,
    "\n  query AgencyCodeForAgencies($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": typeof types.AgencyCodeForAgenciesDocument,
    "\n  query SearchOtherProvinceForAgencies {\n    agencies(first: 100, filter: { search: \"HB\" }) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.SearchOtherProvinceForAgenciesDocument,
    "\n  query AgencyTreeCodesForAgencies {\n    agencyTree {\n      code\n    }\n  }\n": typeof types.AgencyTreeCodesForAgenciesDocument,
    "\n  query FirstAgencyPageForAgencies {\n    agencies(first: 3) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FirstAgencyPageForAgenciesDocument,
    "\n  query NextAgencyPageForAgencies($a: String) {\n    agencies(first: 3, after: $a) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.NextAgencyPageForAgenciesDocument,
    "\n  query GarbageCursorForAgencies {\n    agencies(first: 3, after: \"garbage\") {\n      totalCount\n    }\n  }\n": typeof types.GarbageCursorForAgenciesDocument,
    "\n  mutation CreateAgencyGroupForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n": typeof types.CreateAgencyGroupForGroupsDocument,
    "\n  mutation UpdateAgencyGroupForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n": typeof types.UpdateAgencyGroupForGroupsDocument,
    "\n  query AgencyGroupForGroups($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n": typeof types.AgencyGroupForGroupsDocument,
    "\n  query AgencyGroupCodesForGroups {\n    agencyGroups(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.AgencyGroupCodesForGroupsDocument,
    "\n  mutation CreateAgencyGroupIdForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.CreateAgencyGroupIdForGroupsDocument,
    "\n  mutation UpdateAgencyGroupIdForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.UpdateAgencyGroupIdForGroupsDocument,
    "\n  query SearchAgencyGroupsForGroups {\n    agencyGroups(search: \"ubnd cap huyen\") {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.SearchAgencyGroupsForGroupsDocument,
    "\n  query CountAgencyGroupsForGroups {\n    agencyGroups {\n      totalCount\n    }\n  }\n": typeof types.CountAgencyGroupsForGroupsDocument,
    "\n  mutation DeleteAgencyGroupForGroups($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n": typeof types.DeleteAgencyGroupForGroupsDocument,
    "\n  query ResolveAgencyNamesForGroups {\n    resolveAgencyNames(text: \"Sở Nội vụ, UBND các huyện\") {\n      matches {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ResolveAgencyNamesForGroupsDocument,
    "\n  mutation CreatePlanForGroups($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanForGroupsDocument,
    "\n  mutation CreatePlanItemForGroups($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanItemForGroupsDocument,
    "\n  query PlanItemAssignmentsForGroups($id: ID!) {\n    planItem(id: $id) {\n      assignments {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.PlanItemAssignmentsForGroupsDocument,
    "\n  mutation MoveAgencyForGroups($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.MoveAgencyForGroupsDocument,
    "\n  query AgencyTreeForHistory($r: ID, $d: LocalDate, $all: Boolean) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: $all) {\n      id\n      code\n      name\n      parentId\n      depth\n      active\n    }\n  }\n": typeof types.AgencyTreeForHistoryDocument,
    "\n  query AgencyForHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      code\n      name\n      parentId\n      version\n      validTo\n      successor {\n        code\n      }\n      history {\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n        shortName\n        kind\n        level\n      }\n    }\n  }\n": typeof types.AgencyForHistoryDocument,
    "\n  mutation MoveAgencyForHistory($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n      parentId\n    }\n  }\n": typeof types.MoveAgencyForHistoryDocument,
    "\n  mutation UpdateAgencyForHistory($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateAgencyForHistoryDocument,
    "\n  mutation CreateAgencyForHistory($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      validFrom\n    }\n  }\n": typeof types.CreateAgencyForHistoryDocument,
    "\n  mutation MergeAgenciesForHistory($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n": typeof types.MergeAgenciesForHistoryDocument,
    "\n  mutation DeactivateAgencyForHistory($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n": typeof types.DeactivateAgencyForHistoryDocument,
    "\n  mutation CreatePlanForHistory($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanForHistoryDocument,
    "\n  query PlanForHistory($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      ownerAgencyId\n    }\n  }\n": typeof types.PlanForHistoryDocument,
    "\n  query IndicatorValueForHistory($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n": typeof types.IndicatorValueForHistoryDocument,
    "\n  mutation OpenRoundForHistory($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n      dueDate\n    }\n  }\n": typeof types.OpenRoundForHistoryDocument,
    "\n  query AgencyReportsForHistory($f: AgencyReportFilter) {\n    agencyReports(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n          agencyId\n          status\n          version\n        }\n      }\n    }\n  }\n": typeof types.AgencyReportsForHistoryDocument,
    "\n  mutation SubmitReportForHistory($id: ID!, $v: Int!) {\n    submitAgencyReport(id: $id, version: $v) {\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitReportForHistoryDocument,
    "\n  query ExportReportForHistory($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportReportForHistoryDocument,
    "\n  query ResolveNamesForHistory($text: String!, $r: ID, $d: LocalDate) {\n    resolveAgencyNames(text: $text, rootId: $r, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n          name\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.ResolveNamesForHistoryDocument,
    "\n  mutation CreateAgencyForHistoryProperty($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.CreateAgencyForHistoryPropertyDocument,
    "\n  mutation MoveAgencyForHistoryProperty($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.MoveAgencyForHistoryPropertyDocument,
    "\n  query AgencyLockVersionForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      version\n    }\n  }\n": typeof types.AgencyLockVersionForHistoryPropertyDocument,
    "\n  mutation UpdateAgencyForHistoryProperty($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.UpdateAgencyForHistoryPropertyDocument,
    "\n  mutation MergeAgenciesForHistoryProperty($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n": typeof types.MergeAgenciesForHistoryPropertyDocument,
    "\n  mutation DeactivateAgencyForHistoryProperty($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n": typeof types.DeactivateAgencyForHistoryPropertyDocument,
    "\n  query AgencyTreeForHistoryProperty($r: ID!, $d: LocalDate!) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: false) {\n      id\n      parentId\n      name\n    }\n  }\n": typeof types.AgencyTreeForHistoryPropertyDocument,
    "\n  query AgencyHistoryForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      history {\n        agencyId\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n      }\n    }\n  }\n": typeof types.AgencyHistoryForHistoryPropertyDocument,
    "\n  mutation PreviewReorganisationForReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        id\n        label\n        agency\n        successor\n      }\n      tasks {\n        id\n        label\n        agency\n        successor\n      }\n      taskCount\n      groups {\n        id\n        label\n        agency\n        successor\n      }\n      reports {\n        id\n        label\n        agency\n        successor\n      }\n      measurementCount\n    }\n  }\n": typeof types.PreviewReorganisationForReorgDocument,
    "\n  mutation ApplyReorganisationForReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      title\n      decision\n      effectiveDate\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n": typeof types.ApplyReorganisationForReorgDocument,
    "\n  mutation UndoReorganisationForReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n      undoneAt\n      undoBlockedBy\n    }\n  }\n": typeof types.UndoReorganisationForReorgDocument,
    "\n  query AgencyReorganisationsForReorg($first: Int) {\n    agencyReorganisations(first: $first) {\n      id\n      title\n      status\n      effectiveDate\n      operationCount\n      undoBlockedBy\n    }\n  }\n": typeof types.AgencyReorganisationsForReorgDocument,
    "\n  mutation CreateAgencyGroupForReorg($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.CreateAgencyGroupForReorgDocument,
    "\n  query AgencyGroupForReorg($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      memberIds\n    }\n  }\n": typeof types.AgencyGroupForReorgDocument,
    "\n  mutation CreatePlanItemForReorg($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n    }\n  }\n": typeof types.CreatePlanItemForReorgDocument,
    "\n  mutation GenerateConsolidatedReportForEditing($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": typeof types.GenerateConsolidatedReportForEditingDocument,
    "\n  mutation UpdateConsolidatedReportForEditing($i: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $i) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": typeof types.UpdateConsolidatedReportForEditingDocument,
    "\n  query ConsolidatedReportForEditing($r: ID!) {\n    consolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": typeof types.ConsolidatedReportForEditingDocument,
    "\n  mutation FinaliseConsolidatedReportForEditing($id: ID!, $v: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $v) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": typeof types.FinaliseConsolidatedReportForEditingDocument,
    "\n  query AgencyTreeForDemoReorg($d: LocalDate) {\n    agencyTree(asOf: $d) {\n      id\n      code\n      name\n      shortName\n      parentId\n      depth\n      level\n      active\n    }\n  }\n": typeof types.AgencyTreeForDemoReorgDocument,
    "\n  query PlansForDemoReorg {\n    plans(filter: { year: 2022 }, first: 10) {\n      edges {\n        node {\n          id\n          code\n          title\n          ownerAgencyId\n        }\n      }\n    }\n  }\n": typeof types.PlansForDemoReorgDocument,
    "\n  query PlanTasksForDemoReorg($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      ownerAgency {\n        id\n        name\n      }\n      items {\n        id\n        code\n        kind\n        title\n        status\n        progress\n        dueDate\n        leads {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n        coordinators {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanTasksForDemoReorgDocument,
    "\n  query TaskStatsForDemoReorg($id: ID!, $by: TaskStatsGroupBy!) {\n    taskStats(planId: $id, groupBy: $by) {\n      key\n      label\n      total\n      done\n      inProgress\n      notStarted\n      cancelled\n      overdue\n      averageProgress\n    }\n  }\n": typeof types.TaskStatsForDemoReorgDocument,
    "\n  query IndicatorValuesForDemoReorg($plan: ID!, $root: ID!) {\n    indicators(filter: { planId: $plan }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          state\n          aggregation\n          q1: value(agencyId: $root, period: \"2022-Q1\") {\n            ...DemoReorgValue\n          }\n          q2: value(agencyId: $root, period: \"2022-Q2\") {\n            ...DemoReorgValue\n          }\n          q3: value(agencyId: $root, period: \"2022-Q3\") {\n            ...DemoReorgValue\n          }\n          q4: value(agencyId: $root, period: \"2022-Q4\") {\n            ...DemoReorgValue\n          }\n        }\n      }\n    }\n  }\n  fragment DemoReorgValue on IndicatorValue {\n    asOf\n    value\n    numerator\n    denominator\n    reportedCount\n    status\n    target\n  }\n": typeof types.IndicatorValuesForDemoReorgDocument,
    "\n  query IndicatorValueForDemoReorg($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n": typeof types.IndicatorValueForDemoReorgDocument,
    "\n  query ScoreboardForDemoReorg($plan: ID!, $p: String!, $level: AgencyLevel!) {\n    indicatorScoreboard(planId: $plan, period: $p, level: $level) {\n      asOf\n      period\n      indicators {\n        id\n      }\n      statusCounts {\n        status\n        count\n      }\n      rows {\n        agency {\n          id\n          name\n        }\n        values\n        statuses\n        targets\n      }\n    }\n  }\n": typeof types.ScoreboardForDemoReorgDocument,
    "\n  query ReportsForDemoReorg($after: String) {\n    agencyReports(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          agencyId\n          agency {\n            id\n            name\n          }\n          round {\n            id\n            period\n          }\n          status\n          dueDate\n          late\n        }\n      }\n    }\n  }\n": typeof types.ReportsForDemoReorgDocument,
    "\n  query ExportReportForDemoReorg($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportReportForDemoReorgDocument,
    "\n  query ResolveNamesForDemoReorg($text: String!, $d: LocalDate) {\n    resolveAgencyNames(text: $text, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.ResolveNamesForDemoReorgDocument,
    "\n  mutation PreviewReorganisationForDemoReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        ends\n      }\n    }\n  }\n": typeof types.PreviewReorganisationForDemoReorgDocument,
    "\n  mutation ApplyReorganisationForDemoReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n": typeof types.ApplyReorganisationForDemoReorgDocument,
    "\n  mutation UndoReorganisationForDemoReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UndoReorganisationForDemoReorgDocument,
    "\n  query ReorganisationsForDemoReorg {\n    agencyReorganisations {\n      id\n      status\n      undoBlockedBy\n    }\n  }\n": typeof types.ReorganisationsForDemoReorgDocument,
    "\n  mutation UpdateIndicatorForLocking($i: UpdateIndicatorInput!) {\n    updateIndicator(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n": typeof types.UpdateIndicatorForLockingDocument,
    "\n  mutation SetIndicatorTargetsForLocking($i: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n": typeof types.SetIndicatorTargetsForLockingDocument,
    "\n  query IndicatorForLocking($id: ID!) {\n    indicator(id: $id) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n": typeof types.IndicatorForLockingDocument,
    "\n  mutation CreatePlanForLocking($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanForLockingDocument,
    "\n  mutation BuildInspectionChecklistForTest($i: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $i) {\n      id\n      checklist {\n        id\n        version\n        position\n        title\n        sourceCode\n        result\n      }\n    }\n  }\n": typeof types.BuildInspectionChecklistForTestDocument,
    "\n  mutation UpdateInspectionChecklistItemForTest($i: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $i) {\n      id\n      version\n      result\n      note\n      evidence {\n        url\n        label\n      }\n    }\n  }\n": typeof types.UpdateInspectionChecklistItemForTestDocument,
    "\n  query InspectionsWithChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n          checklist {\n            title\n            result\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionsWithChecklistForTestDocument,
    "\n  query InspectionsWithoutChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InspectionsWithoutChecklistForTestDocument,
    "\n  mutation ProposeInspectionsForTest($i: ProposeInspectionsInput!) {\n    proposeInspections(input: $i) {\n      id\n      version\n      year\n      status\n      coverageProvince\n      coverageDistrict\n      coverageCommune\n    }\n  }\n": typeof types.ProposeInspectionsForTestDocument,
    "\n  query InspectionsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          proposed\n          score\n          month\n          teamUserIds\n          agency {\n            name\n            level\n          }\n          reasons {\n            code\n            year\n            value\n            count\n            points\n          }\n          findings {\n            id\n            text\n            severity\n            deadline\n            taskId\n            status\n            closedOn\n            reviewNote\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionsForTestDocument,
    "\n  mutation AdjustInspectionPlanForTest($i: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $i) {\n      id\n      version\n      coverageCommune\n    }\n  }\n": typeof types.AdjustInspectionPlanForTestDocument,
    "\n  mutation ApproveInspectionPlanForTest($i: VersionedInput!) {\n    approveInspectionPlan(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ApproveInspectionPlanForTestDocument,
    "\n  mutation ScheduleInspectionForTest($i: ScheduleInspectionInput!) {\n    scheduleInspection(input: $i) {\n      id\n      version\n      month\n      teamUserIds\n    }\n  }\n": typeof types.ScheduleInspectionForTestDocument,
    "\n  mutation RecordInspectionFindingsForTest($i: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $i) {\n      id\n      version\n      status\n      conductedOn\n      findings {\n        id\n        taskId\n        status\n        deadline\n      }\n    }\n  }\n": typeof types.RecordInspectionFindingsForTestDocument,
    "\n  mutation ReinspectFindingsForTest($i: ReinspectInput!) {\n    reinspectFindings(input: $i) {\n      id\n      version\n      reinspectedOn\n      findings {\n        id\n        status\n        closedOn\n        reviewNote\n      }\n    }\n  }\n": typeof types.ReinspectFindingsForTestDocument,
    "\n  query InspectionCoverageForTest($planId: ID!) {\n    inspectionCoverage(planId: $planId) {\n      year\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n": typeof types.InspectionCoverageForTestDocument,
    "\n  query InspectionAgencyTasksForTest($lead: ID!) {\n    tasks(filter: { leadAgencyId: $lead }) {\n      edges {\n        node {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n": typeof types.InspectionAgencyTasksForTestDocument,
    "\n  mutation RecordInspectionCoverageForTest($i: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $i) {\n      id\n      agencyId\n      period\n      numerator\n      denominator\n      status\n    }\n  }\n": typeof types.RecordInspectionCoverageForTestDocument,
    "\n  query InspectionCoverageIndicatorValueForTest($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorValue(indicatorId: $indicatorId, agencyId: $agencyId, period: $period, includeUnapproved: true) {\n      value\n      numerator\n      denominator\n    }\n  }\n": typeof types.InspectionCoverageIndicatorValueForTestDocument,
    "\n  query InspectionDecisionDocxForTest($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.InspectionDecisionDocxForTestDocument,
    "\n  query InspectionConclusionDocxForTest($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.InspectionConclusionDocxForTestDocument,
    "\n  query InspectionTeamsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          team {\n            id\n            name\n            agencyName\n            leader\n          }\n          findings {\n            id\n            task {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionTeamsForTestDocument,
    "\n  query InspectionTeamCandidatesForTest($planId: ID!, $search: String, $first: Int) {\n    inspectionTeamCandidates(planId: $planId, search: $search, first: $first) {\n      id\n      name\n      agencyName\n      leader\n    }\n  }\n": typeof types.InspectionTeamCandidatesForTestDocument,
    "\n  query ParAppraisalViewForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      explanationDue\n      closedByDeadline\n      selfAssessmentDeadline\n      finalisedByLabel\n      cycle {\n        id\n        status\n        council {\n          fullName\n        }\n      }\n      scores {\n        criterionId\n        selfPoints\n        appraisedPoints\n        appraisalReason\n        explanation\n        reappraisedPoints\n        reappraisalAnswer\n      }\n      appraisalSummary {\n        toAppraise\n        appraised\n        differences\n        explained\n        answered\n        points\n      }\n    }\n  }\n": typeof types.ParAppraisalViewForTestDocument,
    "\n  mutation SaveParAppraisalForTest($i: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.SaveParAppraisalForTestDocument,
    "\n  mutation SendParAppraisalForTest($i: SendParAppraisalInput!) {\n    sendParAppraisal(input: $i) {\n      id\n      version\n      status\n      explanationDue\n    }\n  }\n": typeof types.SendParAppraisalForTestDocument,
    "\n  mutation SubmitParExplanationsForTest($i: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SubmitParExplanationsForTestDocument,
    "\n  mutation SaveParReappraisalForTest($i: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.SaveParReappraisalForTestDocument,
    "\n  mutation FinaliseParAssessmentForTest($i: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FinaliseParAssessmentForTestDocument,
    "\n  mutation ReopenParAssessmentForTest($i: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReopenParAssessmentForTestDocument,
    "\n  mutation ExtendParDeadlineForTest($i: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $i) {\n      id\n      version\n      status\n      selfAssessmentDue\n      explanationDue\n      closedByDeadline\n    }\n  }\n": typeof types.ExtendParDeadlineForTestDocument,
    "\n  mutation SetParCouncilForTest($i: SetParCouncilInput!) {\n    setParCouncil(input: $i) {\n      id\n      version\n      councilUserIds\n    }\n  }\n": typeof types.SetParCouncilForTestDocument,
    "\n  mutation PublishParCycleForTest($i: PublishParCycleInput!) {\n    publishParCycle(input: $i) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishParCycleForTestDocument,
    "\n  query ParCycleVersionForTest($id: ID!) {\n    parCycle(id: $id) {\n      id\n      version\n      status\n      appraisalDue\n      publicationDue\n      explanationDays\n    }\n  }\n": typeof types.ParCycleVersionForTestDocument,
    "\n  mutation OpenParCycleForTest($i: OpenParCycleInput!) {\n    openParCycle(input: $i) {\n      id\n      year\n      status\n      selfAssessmentDue\n      frameworkIds\n    }\n  }\n": typeof types.OpenParCycleForTestDocument,
    "\n  query ParAssessmentsForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          agency {\n            code\n          }\n          framework {\n            targetGroup\n            status\n          }\n          selfSummary {\n            toScore\n            scored\n            selfPoints\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParAssessmentsForTestDocument,
    "\n  query ParAssessmentForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      late\n      submittedByLabel\n      scores {\n        criterionId\n        selfPoints\n        selfNote\n      }\n      selfSummary {\n        toScore\n        scored\n        selfPoints\n      }\n    }\n  }\n": typeof types.ParAssessmentForTestDocument,
    "\n  mutation SaveParSelfScoresForTest($i: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $i) {\n      id\n      version\n      selfSummary {\n        scored\n        selfPoints\n      }\n    }\n  }\n": typeof types.SaveParSelfScoresForTestDocument,
    "\n  mutation SubmitParSelfAssessmentForTest($i: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $i) {\n      status\n      version\n      late\n      submittedAt\n    }\n  }\n": typeof types.SubmitParSelfAssessmentForTestDocument,
    "\n  query ParCyclesWithStatusCountsForTest($first: Int) {\n    parCycles(first: $first) {\n      edges {\n        node {\n          id\n          year\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParCyclesWithStatusCountsForTestDocument,
    "\n  query ParAssessmentsByStatusForTest($cycleId: ID!, $status: [ParAssessmentStatus!]) {\n    parAssessments(cycleId: $cycleId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParAssessmentsByStatusForTestDocument,
    "\n  mutation AddParEvidenceLinkForTest($i: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $i) {\n      id\n      kind\n      label\n      url\n      downloadUrl\n      addedBy\n    }\n  }\n": typeof types.AddParEvidenceLinkForTestDocument,
    "\n  mutation AddParEvidenceRecordForTest($i: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $i) {\n      id\n      kind\n      label\n      recordType\n      recordId\n      downloadUrl\n    }\n  }\n": typeof types.AddParEvidenceRecordForTestDocument,
    "\n  mutation RemoveParEvidenceForTest($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n": typeof types.RemoveParEvidenceForTestDocument,
    "\n  query ParEvidenceCandidatesForTest(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordType\n      recordId\n      label\n      date\n    }\n  }\n": typeof types.ParEvidenceCandidatesForTestDocument,
    "\n  query ParAssessmentEvidenceForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      evidence {\n        id\n        criterionId\n        kind\n        label\n        url\n        recordType\n        recordId\n        mimeType\n        size\n        downloadUrl\n      }\n    }\n  }\n": typeof types.ParAssessmentEvidenceForTestDocument,
    "\n  query ParCycleEvidenceForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      edges {\n        node {\n          id\n          evidence {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParCycleEvidenceForTestDocument,
    "\n  mutation CreateParFrameworkForTest($i: CreateParFrameworkInput!) {\n    createParFramework(input: $i) {\n      id\n      version\n      year\n      targetGroup\n      revision\n      name\n      totalPoints\n      status\n      isSample\n      bands {\n        code\n        label\n        minIndex\n      }\n    }\n  }\n": typeof types.CreateParFrameworkForTestDocument,
    "\n  mutation UpdateParFrameworkForTest($i: UpdateParFrameworkInput!) {\n    updateParFramework(input: $i) {\n      name\n      version\n      totalPoints\n      bands {\n        code\n      }\n    }\n  }\n": typeof types.UpdateParFrameworkForTestDocument,
    "\n  mutation DeleteParFrameworkForTest($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n": typeof types.DeleteParFrameworkForTestDocument,
    "\n  mutation LockParFrameworkForTest($i: LockParFrameworkInput!) {\n    lockParFramework(input: $i) {\n      status\n      version\n      lockedAt\n    }\n  }\n": typeof types.LockParFrameworkForTestDocument,
    "\n  mutation CopyParFrameworkForTest($i: CopyParFrameworkInput!) {\n    copyParFramework(input: $i) {\n      id\n      year\n      revision\n      status\n      copiedFromId\n      criteria {\n        id\n        code\n        parentId\n        level\n        maxPoints\n        scale {\n          label\n          points\n        }\n      }\n    }\n  }\n": typeof types.CopyParFrameworkForTestDocument,
    "\n  mutation CreateParCriterionForTest($i: CreateParCriterionInput!) {\n    createParCriterion(input: $i) {\n      id\n      version\n      code\n      level\n      position\n      maxPoints\n      method\n      scale {\n        label\n        points\n      }\n    }\n  }\n": typeof types.CreateParCriterionForTestDocument,
    "\n  mutation UpdateParCriterionForTest($i: UpdateParCriterionInput!) {\n    updateParCriterion(input: $i) {\n      code\n      maxPoints\n      method\n      version\n      scale {\n        points\n      }\n    }\n  }\n": typeof types.UpdateParCriterionForTestDocument,
    "\n  mutation DeleteParCriterionForTest($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n": typeof types.DeleteParCriterionForTestDocument,
    "\n  query ParFrameworkForTest($id: ID!) {\n    parFramework(id: $id) {\n      id\n      version\n      status\n      scoredMaximum\n      problems {\n        code\n        kind\n        message\n      }\n      criteria {\n        code\n        level\n        position\n      }\n    }\n  }\n": typeof types.ParFrameworkForTestDocument,
    "\n  query ParFrameworksForTest($filter: ParFrameworkFilter, $first: Int) {\n    parFrameworks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          revision\n          criteria {\n            code\n          }\n          problems {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParFrameworksForTestDocument,
    "\n  query ParFrameworkTemplateForTest {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParFrameworkTemplateForTestDocument,
    "\n  query ExportParFrameworkForTest($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportParFrameworkForTestDocument,
    "\n  mutation ImportParFrameworkForTest($i: ImportParFrameworkInput!) {\n    importParFramework(input: $i) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        id\n        year\n        status\n        name\n        criteria {\n          code\n          parentId\n          level\n          title\n          maxPoints\n          method\n          scale {\n            label\n            points\n          }\n          guidance\n          evidenceRequired\n        }\n      }\n    }\n  }\n": typeof types.ImportParFrameworkForTestDocument,
    "\n  query ParNationalReportDocxForTest($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParNationalReportDocxForTestDocument,
    "\n  query ParNationalTemplateForTest($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParNationalTemplateForTestDocument,
    "\n  mutation ImportParNationalPointsForTest($i: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $i) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        id\n        status\n        version\n      }\n    }\n  }\n": typeof types.ImportParNationalPointsForTestDocument,
    "\n  mutation AssignParResponsibilitiesForTest($i: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $i) {\n      id\n      version\n      responsibilities {\n        criterionId\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.AssignParResponsibilitiesForTestDocument,
    "\n  mutation RecordParNationalAppraisalForTest($i: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RecordParNationalAppraisalForTestDocument,
    "\n  mutation CreateParImprovementTasksForTest($i: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $i)\n  }\n": typeof types.CreateParImprovementTasksForTestDocument,
    "\n  query ParRankingXlsxForTest($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParRankingXlsxForTestDocument,
    "\n  query ParPublicationDecisionDocxForTest($cycleId: ID!) {\n    parPublicationDecisionDocx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParPublicationDecisionDocxForTestDocument,
    "\n  query ParScorecardXlsxForTest($assessmentId: ID!) {\n    parScorecardXlsx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParScorecardXlsxForTestDocument,
    "\n  query ParProvisionalIndicatorForTest($assessmentId: ID!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: []) {\n      points\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        atRisk\n        due\n        records {\n          recordId\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n": typeof types.ParProvisionalIndicatorForTestDocument,
    "\n  query ParProvisionalForTest($assessmentId: ID!, $doneTaskIds: [ID!]) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        due\n        onTime\n        atRisk\n        records {\n          recordType\n          recordId\n          label\n          dueDate\n          doneOn\n          gain\n        }\n      }\n    }\n  }\n": typeof types.ParProvisionalForTestDocument,
    "\n  query ParPointsAtRiskForTest($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      agency {\n        code\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n": typeof types.ParPointsAtRiskForTestDocument,
    "\n  query ParRankingForTest($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      assessmentId\n      targetGroup\n      status\n      finalised\n      rank\n      index\n      points\n      bonus\n      penalty\n      maxPoints\n      previousIndex\n      agency {\n        code\n        name\n      }\n      band {\n        code\n        label\n      }\n      areas {\n        code\n        name\n        points\n        maxPoints\n        index\n      }\n    }\n  }\n": typeof types.ParRankingForTestDocument,
    "\n  query ParSurveyTemplateForTest($cycleId: ID!) {\n    parSurveyTemplate(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ParSurveyTemplateForTestDocument,
    "\n  mutation ImportParSurveyPointsForTest($i: ImportParSurveyPointsInput!) {\n    importParSurveyPoints(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportParSurveyPointsForTestDocument,
    "\n  mutation SetParSurveyHeldForTest($i: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $i) {\n      surveyHeld\n      version\n    }\n  }\n": typeof types.SetParSurveyHeldForTestDocument,
    "\n  mutation ApplyParSurveyResultsForTest($i: ApplyParSurveyResultsInput!) {\n    applyParSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        code\n      }\n    }\n  }\n": typeof types.ApplyParSurveyResultsForTestDocument,
    "\n  mutation UpdatePlanForPlanEditing($i: UpdatePlanInput!) {\n    updatePlan(input: $i) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n    }\n  }\n": typeof types.UpdatePlanForPlanEditingDocument,
    "\n  query SearchPlansForPlanEditing {\n    plans(filter: { search: \"cai cach hanh chinh nam 2022\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchPlansForPlanEditingDocument,
    "\n  mutation CreatePlanItemForPlanEditing($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n      kind\n      title\n      areaCode\n      parentId\n      dueLabel\n      dueDate\n      productText\n      version\n      leads {\n        agency {\n          code\n        }\n      }\n      coordinators {\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.CreatePlanItemForPlanEditingDocument,
    "\n  mutation RecordSurveyMeasurementsForTest($i: RecordSurveyMeasurementsInput!) {\n    recordSurveyMeasurements(input: $i) {\n      recorded\n      rows {\n        agencyName\n        satisfied\n        valid\n        share\n        outcome\n      }\n    }\n  }\n": typeof types.RecordSurveyMeasurementsForTestDocument,
    "\n  query SurveyTrendsForTest($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n        aspects {\n          aspectCode\n          aspectTitle\n          valid\n          satisfied\n          share\n          change\n        }\n      }\n      sectors {\n        sector\n        target\n        periods {\n          period\n          share\n          change\n        }\n      }\n    }\n  }\n": typeof types.SurveyTrendsForTestDocument,
    "\n  mutation CreateSurveyForTest($i: CreateSurveyInput!) {\n    createSurvey(input: $i) {\n      id\n      version\n      year\n      period\n      title\n      scope\n      agencyId\n      sector\n      satisfiedLevels\n      status\n      isSample\n      questions {\n        id\n        code\n        aspectCode\n        aspectTitle\n        position\n        text\n      }\n    }\n  }\n": typeof types.CreateSurveyForTestDocument,
    "\n  mutation UpdateSurveyForTest($i: UpdateSurveyInput!) {\n    updateSurvey(input: $i) {\n      id\n      version\n      title\n      period\n      status\n      satisfiedLevels\n      questions {\n        code\n      }\n    }\n  }\n": typeof types.UpdateSurveyForTestDocument,
    "\n  query SurveysForTest($first: Int, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          questions {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SurveysForTestDocument,
    "\n  query SurveyForTest($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.SurveyForTestDocument,
    "\n  query SurveyResultsForTest($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        counts\n        valid\n        satisfied\n        noAnswer\n        share\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        valid\n        share\n      }\n      questions {\n        code\n        aspectCode\n        counts\n        share\n      }\n      agencies {\n        agencyId\n        respondents\n        share\n        agency {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SurveyResultsForTestDocument,
    "\n  mutation ImportSurveyResultsForTest($i: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportSurveyResultsForTestDocument,
    "\n  query SurveyResultsTemplateForTest($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.SurveyResultsTemplateForTestDocument,
    "\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n": typeof types.CreateUserForTestDocument,
    "\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n": typeof types.FindUsersForTestDocument,
    "\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n": typeof types.UpdateUserRoleForTestDocument,
    "\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserForTestDocument,
    "\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n": typeof types.ReactivateUserForTestDocument,
    "\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordForTestDocument,
    "\n  query MeForTest {\n    me {\n      id\n    }\n  }\n": typeof types.MeForTestDocument,
    "\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n": typeof types.UserAuditForTestDocument,
    "\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.LoginForTestDocument,
    "\n  mutation CreateIndicatorForFixture($i: CreateIndicatorInput!) {\n    createIndicator(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.CreateIndicatorForFixtureDocument,
    "\n  mutation ActivateIndicatorForFixture($i: SetIndicatorStateInput!) {\n    setIndicatorState(input: $i) {\n      id\n    }\n  }\n": typeof types.ActivateIndicatorForFixtureDocument,
    "\n  mutation RecordMeasurementForFixture($i: RecordMeasurementInput!) {\n    recordMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n": typeof types.RecordMeasurementForFixtureDocument,
    "\n  mutation SubmitMeasurementsForFixture($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n": typeof types.SubmitMeasurementsForFixtureDocument,
    "\n  mutation ReviewMeasurementForFixture($i: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n": typeof types.ReviewMeasurementForFixtureDocument,
    "\n  mutation CreatePlanForEditingFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanForEditingFixtureDocument,
    "\n  mutation CreateOtherPlanItemForEditingFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n": typeof types.CreateOtherPlanItemForEditingFixtureDocument,
    "\n  query PlanForEditingFixture($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n      items {\n        id\n        code\n        kind\n        title\n        areaCode\n        parentId\n        dueLabel\n        dueDate\n        productText\n        version\n        leads {\n          agency {\n            code\n          }\n        }\n        coordinators {\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanForEditingFixtureDocument,
    "\n  mutation ImportSeedPlanForFixture($i: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $i) {\n      applied\n      plan {\n        id\n      }\n    }\n  }\n": typeof types.ImportSeedPlanForFixtureDocument,
    "\n  mutation OpenAdHocRoundForFixture($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n    }\n  }\n": typeof types.OpenAdHocRoundForFixtureDocument,
    "\n  mutation CreatePlanForScopeFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanForScopeFixtureDocument,
    "\n  mutation CreatePlanItemForScopeFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n": typeof types.CreatePlanItemForScopeFixtureDocument,
    "\n  mutation CreateAgencyGroupForScopeFixture($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.CreateAgencyGroupForScopeFixtureDocument,
    "\n  query IndicatorVersionForScopeFixture($id: ID!) {\n    indicator(id: $id) {\n      version\n    }\n  }\n": typeof types.IndicatorVersionForScopeFixtureDocument,
    "\n  mutation OpenQ1RoundForScopeFixture {\n    openReportingRound(input: { kind: Q1, year: 2022 }) {\n      id\n    }\n  }\n": typeof types.OpenQ1RoundForScopeFixtureDocument,
    "\n  mutation GenerateConsolidatedReportForScopeFixture($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      version\n    }\n  }\n": typeof types.GenerateConsolidatedReportForScopeFixtureDocument,
};
const documents: Documents = {
    "\n  mutation CreateAgencyForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      name\n      version\n      parentId\n    }\n  }\n": types.CreateAgencyForAgenciesDocument,
    "\n  mutation CreateAgencyIdForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n": types.CreateAgencyIdForAgenciesDocument,
    "\n  query SearchAgenciesForAgencies {\n    agencies(filter: { search: \"so noi vu\" }) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.SearchAgenciesForAgenciesDocument,
    "\n  mutation MoveAgencyParentForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      parentId\n    }\n  }\n": types.MoveAgencyParentForAgenciesDocument,
    "\n  mutation MoveAgencyForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n": types.MoveAgencyForAgenciesDocument,
    "\n  mutation UpdateAgencyForAgencies($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      name\n      version\n    }\n  }\n": types.UpdateAgencyForAgenciesDocument,
    "\n  mutation MergeAgenciesCodeForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      code\n    }\n  }\n": types.MergeAgenciesCodeForAgenciesDocument,
    "\n  mutation MergeAgenciesForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n": types.MergeAgenciesForAgenciesDocument,
    "\n  query AgencyTreeAsOfForAgencies($r: ID!, $d: LocalDate) {\n    agencyTree(rootId: $r, asOf: $d) {\n      code\n      parentId\n    }\n  }\n": types.AgencyTreeAsOfForAgenciesDocument,
    "\n  query MergedSourceForAgencies($id: ID!) {\n    agency(id: $id) {\n      active\n      validTo\n      successor {\n        code\n      }\n    }\n  }\n": types.MergedSourceForAgenciesDocument,
    "\n  mutation DeactivateAgencyForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n": types.DeactivateAgencyForAgenciesDocument,
    "\n  mutation DeactivateAgencyValidToForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n": types.DeactivateAgencyValidToForAgenciesDocument,
    "\n  query AgencyTreeDepthsForAgencies($r: ID!) {\n    agencyTree(rootId: $r) {\n      code\n      depth\n      childCount\n    }\n  }\n": types.AgencyTreeDepthsForAgenciesDocument,
    "\n  query AgencyDetailForAgencies($id: ID!) {\n    agency(id: $id) {\n      ancestors {\n        code\n      }\n      descendantCount\n      children {\n        code\n      }\n    }\n  }\n": types.AgencyDetailForAgenciesDocument,
    "\n  query AgencyCodeForAgencies($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": types.AgencyCodeForAgenciesDocument,
    "\n  query SearchOtherProvinceForAgencies {\n    agencies(first: 100, filter: { search: \"HB\" }) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.SearchOtherProvinceForAgenciesDocument,
    "\n  query AgencyTreeCodesForAgencies {\n    agencyTree {\n      code\n    }\n  }\n": types.AgencyTreeCodesForAgenciesDocument,
    "\n  query FirstAgencyPageForAgencies {\n    agencies(first: 3) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FirstAgencyPageForAgenciesDocument,
    "\n  query NextAgencyPageForAgencies($a: String) {\n    agencies(first: 3, after: $a) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.NextAgencyPageForAgenciesDocument,
    "\n  query GarbageCursorForAgencies {\n    agencies(first: 3, after: \"garbage\") {\n      totalCount\n    }\n  }\n": types.GarbageCursorForAgenciesDocument,
    "\n  mutation CreateAgencyGroupForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n": types.CreateAgencyGroupForGroupsDocument,
    "\n  mutation UpdateAgencyGroupForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n": types.UpdateAgencyGroupForGroupsDocument,
    "\n  query AgencyGroupForGroups($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n": types.AgencyGroupForGroupsDocument,
    "\n  query AgencyGroupCodesForGroups {\n    agencyGroups(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.AgencyGroupCodesForGroupsDocument,
    "\n  mutation CreateAgencyGroupIdForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n": types.CreateAgencyGroupIdForGroupsDocument,
    "\n  mutation UpdateAgencyGroupIdForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n    }\n  }\n": types.UpdateAgencyGroupIdForGroupsDocument,
    "\n  query SearchAgencyGroupsForGroups {\n    agencyGroups(search: \"ubnd cap huyen\") {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.SearchAgencyGroupsForGroupsDocument,
    "\n  query CountAgencyGroupsForGroups {\n    agencyGroups {\n      totalCount\n    }\n  }\n": types.CountAgencyGroupsForGroupsDocument,
    "\n  mutation DeleteAgencyGroupForGroups($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n": types.DeleteAgencyGroupForGroupsDocument,
    "\n  query ResolveAgencyNamesForGroups {\n    resolveAgencyNames(text: \"Sở Nội vụ, UBND các huyện\") {\n      matches {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.ResolveAgencyNamesForGroupsDocument,
    "\n  mutation CreatePlanForGroups($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanForGroupsDocument,
    "\n  mutation CreatePlanItemForGroups($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanItemForGroupsDocument,
    "\n  query PlanItemAssignmentsForGroups($id: ID!) {\n    planItem(id: $id) {\n      assignments {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.PlanItemAssignmentsForGroupsDocument,
    "\n  mutation MoveAgencyForGroups($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n": types.MoveAgencyForGroupsDocument,
    "\n  query AgencyTreeForHistory($r: ID, $d: LocalDate, $all: Boolean) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: $all) {\n      id\n      code\n      name\n      parentId\n      depth\n      active\n    }\n  }\n": types.AgencyTreeForHistoryDocument,
    "\n  query AgencyForHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      code\n      name\n      parentId\n      version\n      validTo\n      successor {\n        code\n      }\n      history {\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n        shortName\n        kind\n        level\n      }\n    }\n  }\n": types.AgencyForHistoryDocument,
    "\n  mutation MoveAgencyForHistory($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n      parentId\n    }\n  }\n": types.MoveAgencyForHistoryDocument,
    "\n  mutation UpdateAgencyForHistory($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateAgencyForHistoryDocument,
    "\n  mutation CreateAgencyForHistory($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      validFrom\n    }\n  }\n": types.CreateAgencyForHistoryDocument,
    "\n  mutation MergeAgenciesForHistory($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n": types.MergeAgenciesForHistoryDocument,
    "\n  mutation DeactivateAgencyForHistory($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n": types.DeactivateAgencyForHistoryDocument,
    "\n  mutation CreatePlanForHistory($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanForHistoryDocument,
    "\n  query PlanForHistory($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      ownerAgencyId\n    }\n  }\n": types.PlanForHistoryDocument,
    "\n  query IndicatorValueForHistory($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n": types.IndicatorValueForHistoryDocument,
    "\n  mutation OpenRoundForHistory($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n      dueDate\n    }\n  }\n": types.OpenRoundForHistoryDocument,
    "\n  query AgencyReportsForHistory($f: AgencyReportFilter) {\n    agencyReports(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n          agencyId\n          status\n          version\n        }\n      }\n    }\n  }\n": types.AgencyReportsForHistoryDocument,
    "\n  mutation SubmitReportForHistory($id: ID!, $v: Int!) {\n    submitAgencyReport(id: $id, version: $v) {\n      status\n      submittedAt\n    }\n  }\n": types.SubmitReportForHistoryDocument,
    "\n  query ExportReportForHistory($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportReportForHistoryDocument,
    "\n  query ResolveNamesForHistory($text: String!, $r: ID, $d: LocalDate) {\n    resolveAgencyNames(text: $text, rootId: $r, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n          name\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.ResolveNamesForHistoryDocument,
    "\n  mutation CreateAgencyForHistoryProperty($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n": types.CreateAgencyForHistoryPropertyDocument,
    "\n  mutation MoveAgencyForHistoryProperty($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n": types.MoveAgencyForHistoryPropertyDocument,
    "\n  query AgencyLockVersionForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      version\n    }\n  }\n": types.AgencyLockVersionForHistoryPropertyDocument,
    "\n  mutation UpdateAgencyForHistoryProperty($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n    }\n  }\n": types.UpdateAgencyForHistoryPropertyDocument,
    "\n  mutation MergeAgenciesForHistoryProperty($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n": types.MergeAgenciesForHistoryPropertyDocument,
    "\n  mutation DeactivateAgencyForHistoryProperty($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n": types.DeactivateAgencyForHistoryPropertyDocument,
    "\n  query AgencyTreeForHistoryProperty($r: ID!, $d: LocalDate!) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: false) {\n      id\n      parentId\n      name\n    }\n  }\n": types.AgencyTreeForHistoryPropertyDocument,
    "\n  query AgencyHistoryForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      history {\n        agencyId\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n      }\n    }\n  }\n": types.AgencyHistoryForHistoryPropertyDocument,
    "\n  mutation PreviewReorganisationForReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        id\n        label\n        agency\n        successor\n      }\n      tasks {\n        id\n        label\n        agency\n        successor\n      }\n      taskCount\n      groups {\n        id\n        label\n        agency\n        successor\n      }\n      reports {\n        id\n        label\n        agency\n        successor\n      }\n      measurementCount\n    }\n  }\n": types.PreviewReorganisationForReorgDocument,
    "\n  mutation ApplyReorganisationForReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      title\n      decision\n      effectiveDate\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n": types.ApplyReorganisationForReorgDocument,
    "\n  mutation UndoReorganisationForReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n      undoneAt\n      undoBlockedBy\n    }\n  }\n": types.UndoReorganisationForReorgDocument,
    "\n  query AgencyReorganisationsForReorg($first: Int) {\n    agencyReorganisations(first: $first) {\n      id\n      title\n      status\n      effectiveDate\n      operationCount\n      undoBlockedBy\n    }\n  }\n": types.AgencyReorganisationsForReorgDocument,
    "\n  mutation CreateAgencyGroupForReorg($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n": types.CreateAgencyGroupForReorgDocument,
    "\n  query AgencyGroupForReorg($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      memberIds\n    }\n  }\n": types.AgencyGroupForReorgDocument,
    "\n  mutation CreatePlanItemForReorg($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n    }\n  }\n": types.CreatePlanItemForReorgDocument,
    "\n  mutation GenerateConsolidatedReportForEditing($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": types.GenerateConsolidatedReportForEditingDocument,
    "\n  mutation UpdateConsolidatedReportForEditing($i: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $i) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": types.UpdateConsolidatedReportForEditingDocument,
    "\n  query ConsolidatedReportForEditing($r: ID!) {\n    consolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": types.ConsolidatedReportForEditingDocument,
    "\n  mutation FinaliseConsolidatedReportForEditing($id: ID!, $v: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $v) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n": types.FinaliseConsolidatedReportForEditingDocument,
    "\n  query AgencyTreeForDemoReorg($d: LocalDate) {\n    agencyTree(asOf: $d) {\n      id\n      code\n      name\n      shortName\n      parentId\n      depth\n      level\n      active\n    }\n  }\n": types.AgencyTreeForDemoReorgDocument,
    "\n  query PlansForDemoReorg {\n    plans(filter: { year: 2022 }, first: 10) {\n      edges {\n        node {\n          id\n          code\n          title\n          ownerAgencyId\n        }\n      }\n    }\n  }\n": types.PlansForDemoReorgDocument,
    "\n  query PlanTasksForDemoReorg($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      ownerAgency {\n        id\n        name\n      }\n      items {\n        id\n        code\n        kind\n        title\n        status\n        progress\n        dueDate\n        leads {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n        coordinators {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PlanTasksForDemoReorgDocument,
    "\n  query TaskStatsForDemoReorg($id: ID!, $by: TaskStatsGroupBy!) {\n    taskStats(planId: $id, groupBy: $by) {\n      key\n      label\n      total\n      done\n      inProgress\n      notStarted\n      cancelled\n      overdue\n      averageProgress\n    }\n  }\n": types.TaskStatsForDemoReorgDocument,
    "\n  query IndicatorValuesForDemoReorg($plan: ID!, $root: ID!) {\n    indicators(filter: { planId: $plan }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          state\n          aggregation\n          q1: value(agencyId: $root, period: \"2022-Q1\") {\n            ...DemoReorgValue\n          }\n          q2: value(agencyId: $root, period: \"2022-Q2\") {\n            ...DemoReorgValue\n          }\n          q3: value(agencyId: $root, period: \"2022-Q3\") {\n            ...DemoReorgValue\n          }\n          q4: value(agencyId: $root, period: \"2022-Q4\") {\n            ...DemoReorgValue\n          }\n        }\n      }\n    }\n  }\n  fragment DemoReorgValue on IndicatorValue {\n    asOf\n    value\n    numerator\n    denominator\n    reportedCount\n    status\n    target\n  }\n": types.IndicatorValuesForDemoReorgDocument,
    "\n  query IndicatorValueForDemoReorg($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n": types.IndicatorValueForDemoReorgDocument,
    "\n  query ScoreboardForDemoReorg($plan: ID!, $p: String!, $level: AgencyLevel!) {\n    indicatorScoreboard(planId: $plan, period: $p, level: $level) {\n      asOf\n      period\n      indicators {\n        id\n      }\n      statusCounts {\n        status\n        count\n      }\n      rows {\n        agency {\n          id\n          name\n        }\n        values\n        statuses\n        targets\n      }\n    }\n  }\n": types.ScoreboardForDemoReorgDocument,
    "\n  query ReportsForDemoReorg($after: String) {\n    agencyReports(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          agencyId\n          agency {\n            id\n            name\n          }\n          round {\n            id\n            period\n          }\n          status\n          dueDate\n          late\n        }\n      }\n    }\n  }\n": types.ReportsForDemoReorgDocument,
    "\n  query ExportReportForDemoReorg($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportReportForDemoReorgDocument,
    "\n  query ResolveNamesForDemoReorg($text: String!, $d: LocalDate) {\n    resolveAgencyNames(text: $text, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.ResolveNamesForDemoReorgDocument,
    "\n  mutation PreviewReorganisationForDemoReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        ends\n      }\n    }\n  }\n": types.PreviewReorganisationForDemoReorgDocument,
    "\n  mutation ApplyReorganisationForDemoReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n": types.ApplyReorganisationForDemoReorgDocument,
    "\n  mutation UndoReorganisationForDemoReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.UndoReorganisationForDemoReorgDocument,
    "\n  query ReorganisationsForDemoReorg {\n    agencyReorganisations {\n      id\n      status\n      undoBlockedBy\n    }\n  }\n": types.ReorganisationsForDemoReorgDocument,
    "\n  mutation UpdateIndicatorForLocking($i: UpdateIndicatorInput!) {\n    updateIndicator(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n": types.UpdateIndicatorForLockingDocument,
    "\n  mutation SetIndicatorTargetsForLocking($i: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n": types.SetIndicatorTargetsForLockingDocument,
    "\n  query IndicatorForLocking($id: ID!) {\n    indicator(id: $id) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n": types.IndicatorForLockingDocument,
    "\n  mutation CreatePlanForLocking($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanForLockingDocument,
    "\n  mutation BuildInspectionChecklistForTest($i: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $i) {\n      id\n      checklist {\n        id\n        version\n        position\n        title\n        sourceCode\n        result\n      }\n    }\n  }\n": types.BuildInspectionChecklistForTestDocument,
    "\n  mutation UpdateInspectionChecklistItemForTest($i: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $i) {\n      id\n      version\n      result\n      note\n      evidence {\n        url\n        label\n      }\n    }\n  }\n": types.UpdateInspectionChecklistItemForTestDocument,
    "\n  query InspectionsWithChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n          checklist {\n            title\n            result\n          }\n        }\n      }\n    }\n  }\n": types.InspectionsWithChecklistForTestDocument,
    "\n  query InspectionsWithoutChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.InspectionsWithoutChecklistForTestDocument,
    "\n  mutation ProposeInspectionsForTest($i: ProposeInspectionsInput!) {\n    proposeInspections(input: $i) {\n      id\n      version\n      year\n      status\n      coverageProvince\n      coverageDistrict\n      coverageCommune\n    }\n  }\n": types.ProposeInspectionsForTestDocument,
    "\n  query InspectionsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          proposed\n          score\n          month\n          teamUserIds\n          agency {\n            name\n            level\n          }\n          reasons {\n            code\n            year\n            value\n            count\n            points\n          }\n          findings {\n            id\n            text\n            severity\n            deadline\n            taskId\n            status\n            closedOn\n            reviewNote\n          }\n        }\n      }\n    }\n  }\n": types.InspectionsForTestDocument,
    "\n  mutation AdjustInspectionPlanForTest($i: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $i) {\n      id\n      version\n      coverageCommune\n    }\n  }\n": types.AdjustInspectionPlanForTestDocument,
    "\n  mutation ApproveInspectionPlanForTest($i: VersionedInput!) {\n    approveInspectionPlan(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": types.ApproveInspectionPlanForTestDocument,
    "\n  mutation ScheduleInspectionForTest($i: ScheduleInspectionInput!) {\n    scheduleInspection(input: $i) {\n      id\n      version\n      month\n      teamUserIds\n    }\n  }\n": types.ScheduleInspectionForTestDocument,
    "\n  mutation RecordInspectionFindingsForTest($i: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $i) {\n      id\n      version\n      status\n      conductedOn\n      findings {\n        id\n        taskId\n        status\n        deadline\n      }\n    }\n  }\n": types.RecordInspectionFindingsForTestDocument,
    "\n  mutation ReinspectFindingsForTest($i: ReinspectInput!) {\n    reinspectFindings(input: $i) {\n      id\n      version\n      reinspectedOn\n      findings {\n        id\n        status\n        closedOn\n        reviewNote\n      }\n    }\n  }\n": types.ReinspectFindingsForTestDocument,
    "\n  query InspectionCoverageForTest($planId: ID!) {\n    inspectionCoverage(planId: $planId) {\n      year\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n": types.InspectionCoverageForTestDocument,
    "\n  query InspectionAgencyTasksForTest($lead: ID!) {\n    tasks(filter: { leadAgencyId: $lead }) {\n      edges {\n        node {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n": types.InspectionAgencyTasksForTestDocument,
    "\n  mutation RecordInspectionCoverageForTest($i: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $i) {\n      id\n      agencyId\n      period\n      numerator\n      denominator\n      status\n    }\n  }\n": types.RecordInspectionCoverageForTestDocument,
    "\n  query InspectionCoverageIndicatorValueForTest($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorValue(indicatorId: $indicatorId, agencyId: $agencyId, period: $period, includeUnapproved: true) {\n      value\n      numerator\n      denominator\n    }\n  }\n": types.InspectionCoverageIndicatorValueForTestDocument,
    "\n  query InspectionDecisionDocxForTest($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.InspectionDecisionDocxForTestDocument,
    "\n  query InspectionConclusionDocxForTest($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      contentBase64\n    }\n  }\n": types.InspectionConclusionDocxForTestDocument,
    "\n  query InspectionTeamsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          team {\n            id\n            name\n            agencyName\n            leader\n          }\n          findings {\n            id\n            task {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InspectionTeamsForTestDocument,
    "\n  query InspectionTeamCandidatesForTest($planId: ID!, $search: String, $first: Int) {\n    inspectionTeamCandidates(planId: $planId, search: $search, first: $first) {\n      id\n      name\n      agencyName\n      leader\n    }\n  }\n": types.InspectionTeamCandidatesForTestDocument,
    "\n  query ParAppraisalViewForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      explanationDue\n      closedByDeadline\n      selfAssessmentDeadline\n      finalisedByLabel\n      cycle {\n        id\n        status\n        council {\n          fullName\n        }\n      }\n      scores {\n        criterionId\n        selfPoints\n        appraisedPoints\n        appraisalReason\n        explanation\n        reappraisedPoints\n        reappraisalAnswer\n      }\n      appraisalSummary {\n        toAppraise\n        appraised\n        differences\n        explained\n        answered\n        points\n      }\n    }\n  }\n": types.ParAppraisalViewForTestDocument,
    "\n  mutation SaveParAppraisalForTest($i: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $i) {\n      id\n      version\n    }\n  }\n": types.SaveParAppraisalForTestDocument,
    "\n  mutation SendParAppraisalForTest($i: SendParAppraisalInput!) {\n    sendParAppraisal(input: $i) {\n      id\n      version\n      status\n      explanationDue\n    }\n  }\n": types.SendParAppraisalForTestDocument,
    "\n  mutation SubmitParExplanationsForTest($i: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": types.SubmitParExplanationsForTestDocument,
    "\n  mutation SaveParReappraisalForTest($i: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $i) {\n      id\n      version\n    }\n  }\n": types.SaveParReappraisalForTestDocument,
    "\n  mutation FinaliseParAssessmentForTest($i: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": types.FinaliseParAssessmentForTestDocument,
    "\n  mutation ReopenParAssessmentForTest($i: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": types.ReopenParAssessmentForTestDocument,
    "\n  mutation ExtendParDeadlineForTest($i: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $i) {\n      id\n      version\n      status\n      selfAssessmentDue\n      explanationDue\n      closedByDeadline\n    }\n  }\n": types.ExtendParDeadlineForTestDocument,
    "\n  mutation SetParCouncilForTest($i: SetParCouncilInput!) {\n    setParCouncil(input: $i) {\n      id\n      version\n      councilUserIds\n    }\n  }\n": types.SetParCouncilForTestDocument,
    "\n  mutation PublishParCycleForTest($i: PublishParCycleInput!) {\n    publishParCycle(input: $i) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": types.PublishParCycleForTestDocument,
    "\n  query ParCycleVersionForTest($id: ID!) {\n    parCycle(id: $id) {\n      id\n      version\n      status\n      appraisalDue\n      publicationDue\n      explanationDays\n    }\n  }\n": types.ParCycleVersionForTestDocument,
    "\n  mutation OpenParCycleForTest($i: OpenParCycleInput!) {\n    openParCycle(input: $i) {\n      id\n      year\n      status\n      selfAssessmentDue\n      frameworkIds\n    }\n  }\n": types.OpenParCycleForTestDocument,
    "\n  query ParAssessmentsForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          agency {\n            code\n          }\n          framework {\n            targetGroup\n            status\n          }\n          selfSummary {\n            toScore\n            scored\n            selfPoints\n          }\n        }\n      }\n    }\n  }\n": types.ParAssessmentsForTestDocument,
    "\n  query ParAssessmentForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      late\n      submittedByLabel\n      scores {\n        criterionId\n        selfPoints\n        selfNote\n      }\n      selfSummary {\n        toScore\n        scored\n        selfPoints\n      }\n    }\n  }\n": types.ParAssessmentForTestDocument,
    "\n  mutation SaveParSelfScoresForTest($i: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $i) {\n      id\n      version\n      selfSummary {\n        scored\n        selfPoints\n      }\n    }\n  }\n": types.SaveParSelfScoresForTestDocument,
    "\n  mutation SubmitParSelfAssessmentForTest($i: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $i) {\n      status\n      version\n      late\n      submittedAt\n    }\n  }\n": types.SubmitParSelfAssessmentForTestDocument,
    "\n  query ParCyclesWithStatusCountsForTest($first: Int) {\n    parCycles(first: $first) {\n      edges {\n        node {\n          id\n          year\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n": types.ParCyclesWithStatusCountsForTestDocument,
    "\n  query ParAssessmentsByStatusForTest($cycleId: ID!, $status: [ParAssessmentStatus!]) {\n    parAssessments(cycleId: $cycleId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ParAssessmentsByStatusForTestDocument,
    "\n  mutation AddParEvidenceLinkForTest($i: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $i) {\n      id\n      kind\n      label\n      url\n      downloadUrl\n      addedBy\n    }\n  }\n": types.AddParEvidenceLinkForTestDocument,
    "\n  mutation AddParEvidenceRecordForTest($i: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $i) {\n      id\n      kind\n      label\n      recordType\n      recordId\n      downloadUrl\n    }\n  }\n": types.AddParEvidenceRecordForTestDocument,
    "\n  mutation RemoveParEvidenceForTest($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n": types.RemoveParEvidenceForTestDocument,
    "\n  query ParEvidenceCandidatesForTest(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordType\n      recordId\n      label\n      date\n    }\n  }\n": types.ParEvidenceCandidatesForTestDocument,
    "\n  query ParAssessmentEvidenceForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      evidence {\n        id\n        criterionId\n        kind\n        label\n        url\n        recordType\n        recordId\n        mimeType\n        size\n        downloadUrl\n      }\n    }\n  }\n": types.ParAssessmentEvidenceForTestDocument,
    "\n  query ParCycleEvidenceForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      edges {\n        node {\n          id\n          evidence {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n": types.ParCycleEvidenceForTestDocument,
    "\n  mutation CreateParFrameworkForTest($i: CreateParFrameworkInput!) {\n    createParFramework(input: $i) {\n      id\n      version\n      year\n      targetGroup\n      revision\n      name\n      totalPoints\n      status\n      isSample\n      bands {\n        code\n        label\n        minIndex\n      }\n    }\n  }\n": types.CreateParFrameworkForTestDocument,
    "\n  mutation UpdateParFrameworkForTest($i: UpdateParFrameworkInput!) {\n    updateParFramework(input: $i) {\n      name\n      version\n      totalPoints\n      bands {\n        code\n      }\n    }\n  }\n": types.UpdateParFrameworkForTestDocument,
    "\n  mutation DeleteParFrameworkForTest($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n": types.DeleteParFrameworkForTestDocument,
    "\n  mutation LockParFrameworkForTest($i: LockParFrameworkInput!) {\n    lockParFramework(input: $i) {\n      status\n      version\n      lockedAt\n    }\n  }\n": types.LockParFrameworkForTestDocument,
    "\n  mutation CopyParFrameworkForTest($i: CopyParFrameworkInput!) {\n    copyParFramework(input: $i) {\n      id\n      year\n      revision\n      status\n      copiedFromId\n      criteria {\n        id\n        code\n        parentId\n        level\n        maxPoints\n        scale {\n          label\n          points\n        }\n      }\n    }\n  }\n": types.CopyParFrameworkForTestDocument,
    "\n  mutation CreateParCriterionForTest($i: CreateParCriterionInput!) {\n    createParCriterion(input: $i) {\n      id\n      version\n      code\n      level\n      position\n      maxPoints\n      method\n      scale {\n        label\n        points\n      }\n    }\n  }\n": types.CreateParCriterionForTestDocument,
    "\n  mutation UpdateParCriterionForTest($i: UpdateParCriterionInput!) {\n    updateParCriterion(input: $i) {\n      code\n      maxPoints\n      method\n      version\n      scale {\n        points\n      }\n    }\n  }\n": types.UpdateParCriterionForTestDocument,
    "\n  mutation DeleteParCriterionForTest($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n": types.DeleteParCriterionForTestDocument,
    "\n  query ParFrameworkForTest($id: ID!) {\n    parFramework(id: $id) {\n      id\n      version\n      status\n      scoredMaximum\n      problems {\n        code\n        kind\n        message\n      }\n      criteria {\n        code\n        level\n        position\n      }\n    }\n  }\n": types.ParFrameworkForTestDocument,
    "\n  query ParFrameworksForTest($filter: ParFrameworkFilter, $first: Int) {\n    parFrameworks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          revision\n          criteria {\n            code\n          }\n          problems {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.ParFrameworksForTestDocument,
    "\n  query ParFrameworkTemplateForTest {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParFrameworkTemplateForTestDocument,
    "\n  query ExportParFrameworkForTest($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportParFrameworkForTestDocument,
    "\n  mutation ImportParFrameworkForTest($i: ImportParFrameworkInput!) {\n    importParFramework(input: $i) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        id\n        year\n        status\n        name\n        criteria {\n          code\n          parentId\n          level\n          title\n          maxPoints\n          method\n          scale {\n            label\n            points\n          }\n          guidance\n          evidenceRequired\n        }\n      }\n    }\n  }\n": types.ImportParFrameworkForTestDocument,
    "\n  query ParNationalReportDocxForTest($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParNationalReportDocxForTestDocument,
    "\n  query ParNationalTemplateForTest($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParNationalTemplateForTestDocument,
    "\n  mutation ImportParNationalPointsForTest($i: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $i) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        id\n        status\n        version\n      }\n    }\n  }\n": types.ImportParNationalPointsForTestDocument,
    "\n  mutation AssignParResponsibilitiesForTest($i: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $i) {\n      id\n      version\n      responsibilities {\n        criterionId\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.AssignParResponsibilitiesForTestDocument,
    "\n  mutation RecordParNationalAppraisalForTest($i: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $i) {\n      id\n      version\n      status\n    }\n  }\n": types.RecordParNationalAppraisalForTestDocument,
    "\n  mutation CreateParImprovementTasksForTest($i: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $i)\n  }\n": types.CreateParImprovementTasksForTestDocument,
    "\n  query ParRankingXlsxForTest($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParRankingXlsxForTestDocument,
    "\n  query ParPublicationDecisionDocxForTest($cycleId: ID!) {\n    parPublicationDecisionDocx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParPublicationDecisionDocxForTestDocument,
    "\n  query ParScorecardXlsxForTest($assessmentId: ID!) {\n    parScorecardXlsx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParScorecardXlsxForTestDocument,
    "\n  query ParProvisionalIndicatorForTest($assessmentId: ID!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: []) {\n      points\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        atRisk\n        due\n        records {\n          recordId\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n": types.ParProvisionalIndicatorForTestDocument,
    "\n  query ParProvisionalForTest($assessmentId: ID!, $doneTaskIds: [ID!]) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        due\n        onTime\n        atRisk\n        records {\n          recordType\n          recordId\n          label\n          dueDate\n          doneOn\n          gain\n        }\n      }\n    }\n  }\n": types.ParProvisionalForTestDocument,
    "\n  query ParPointsAtRiskForTest($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      agency {\n        code\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n": types.ParPointsAtRiskForTestDocument,
    "\n  query ParRankingForTest($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      assessmentId\n      targetGroup\n      status\n      finalised\n      rank\n      index\n      points\n      bonus\n      penalty\n      maxPoints\n      previousIndex\n      agency {\n        code\n        name\n      }\n      band {\n        code\n        label\n      }\n      areas {\n        code\n        name\n        points\n        maxPoints\n        index\n      }\n    }\n  }\n": types.ParRankingForTestDocument,
    "\n  query ParSurveyTemplateForTest($cycleId: ID!) {\n    parSurveyTemplate(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ParSurveyTemplateForTestDocument,
    "\n  mutation ImportParSurveyPointsForTest($i: ImportParSurveyPointsInput!) {\n    importParSurveyPoints(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": types.ImportParSurveyPointsForTestDocument,
    "\n  mutation SetParSurveyHeldForTest($i: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $i) {\n      surveyHeld\n      version\n    }\n  }\n": types.SetParSurveyHeldForTestDocument,
    "\n  mutation ApplyParSurveyResultsForTest($i: ApplyParSurveyResultsInput!) {\n    applyParSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        code\n      }\n    }\n  }\n": types.ApplyParSurveyResultsForTestDocument,
    "\n  mutation UpdatePlanForPlanEditing($i: UpdatePlanInput!) {\n    updatePlan(input: $i) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n    }\n  }\n": types.UpdatePlanForPlanEditingDocument,
    "\n  query SearchPlansForPlanEditing {\n    plans(filter: { search: \"cai cach hanh chinh nam 2022\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SearchPlansForPlanEditingDocument,
    "\n  mutation CreatePlanItemForPlanEditing($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n      kind\n      title\n      areaCode\n      parentId\n      dueLabel\n      dueDate\n      productText\n      version\n      leads {\n        agency {\n          code\n        }\n      }\n      coordinators {\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.CreatePlanItemForPlanEditingDocument,
    "\n  mutation RecordSurveyMeasurementsForTest($i: RecordSurveyMeasurementsInput!) {\n    recordSurveyMeasurements(input: $i) {\n      recorded\n      rows {\n        agencyName\n        satisfied\n        valid\n        share\n        outcome\n      }\n    }\n  }\n": types.RecordSurveyMeasurementsForTestDocument,
    "\n  query SurveyTrendsForTest($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n        aspects {\n          aspectCode\n          aspectTitle\n          valid\n          satisfied\n          share\n          change\n        }\n      }\n      sectors {\n        sector\n        target\n        periods {\n          period\n          share\n          change\n        }\n      }\n    }\n  }\n": types.SurveyTrendsForTestDocument,
    "\n  mutation CreateSurveyForTest($i: CreateSurveyInput!) {\n    createSurvey(input: $i) {\n      id\n      version\n      year\n      period\n      title\n      scope\n      agencyId\n      sector\n      satisfiedLevels\n      status\n      isSample\n      questions {\n        id\n        code\n        aspectCode\n        aspectTitle\n        position\n        text\n      }\n    }\n  }\n": types.CreateSurveyForTestDocument,
    "\n  mutation UpdateSurveyForTest($i: UpdateSurveyInput!) {\n    updateSurvey(input: $i) {\n      id\n      version\n      title\n      period\n      status\n      satisfiedLevels\n      questions {\n        code\n      }\n    }\n  }\n": types.UpdateSurveyForTestDocument,
    "\n  query SurveysForTest($first: Int, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          questions {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SurveysForTestDocument,
    "\n  query SurveyForTest($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n    }\n  }\n": types.SurveyForTestDocument,
    "\n  query SurveyResultsForTest($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        counts\n        valid\n        satisfied\n        noAnswer\n        share\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        valid\n        share\n      }\n      questions {\n        code\n        aspectCode\n        counts\n        share\n      }\n      agencies {\n        agencyId\n        respondents\n        share\n        agency {\n          name\n        }\n      }\n    }\n  }\n": types.SurveyResultsForTestDocument,
    "\n  mutation ImportSurveyResultsForTest($i: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": types.ImportSurveyResultsForTestDocument,
    "\n  query SurveyResultsTemplateForTest($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      contentBase64\n    }\n  }\n": types.SurveyResultsTemplateForTestDocument,
    "\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n": types.CreateUserForTestDocument,
    "\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n": types.FindUsersForTestDocument,
    "\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n": types.UpdateUserRoleForTestDocument,
    "\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserForTestDocument,
    "\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n": types.ReactivateUserForTestDocument,
    "\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n": types.ResetUserPasswordForTestDocument,
    "\n  query MeForTest {\n    me {\n      id\n    }\n  }\n": types.MeForTestDocument,
    "\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n": types.UserAuditForTestDocument,
    "\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginForTestDocument,
    "\n  mutation CreateIndicatorForFixture($i: CreateIndicatorInput!) {\n    createIndicator(input: $i) {\n      id\n      version\n    }\n  }\n": types.CreateIndicatorForFixtureDocument,
    "\n  mutation ActivateIndicatorForFixture($i: SetIndicatorStateInput!) {\n    setIndicatorState(input: $i) {\n      id\n    }\n  }\n": types.ActivateIndicatorForFixtureDocument,
    "\n  mutation RecordMeasurementForFixture($i: RecordMeasurementInput!) {\n    recordMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n": types.RecordMeasurementForFixtureDocument,
    "\n  mutation SubmitMeasurementsForFixture($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n": types.SubmitMeasurementsForFixtureDocument,
    "\n  mutation ReviewMeasurementForFixture($i: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n": types.ReviewMeasurementForFixtureDocument,
    "\n  mutation CreatePlanForEditingFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanForEditingFixtureDocument,
    "\n  mutation CreateOtherPlanItemForEditingFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n": types.CreateOtherPlanItemForEditingFixtureDocument,
    "\n  query PlanForEditingFixture($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n      items {\n        id\n        code\n        kind\n        title\n        areaCode\n        parentId\n        dueLabel\n        dueDate\n        productText\n        version\n        leads {\n          agency {\n            code\n          }\n        }\n        coordinators {\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PlanForEditingFixtureDocument,
    "\n  mutation ImportSeedPlanForFixture($i: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $i) {\n      applied\n      plan {\n        id\n      }\n    }\n  }\n": types.ImportSeedPlanForFixtureDocument,
    "\n  mutation OpenAdHocRoundForFixture($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n    }\n  }\n": types.OpenAdHocRoundForFixtureDocument,
    "\n  mutation CreatePlanForScopeFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanForScopeFixtureDocument,
    "\n  mutation CreatePlanItemForScopeFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n": types.CreatePlanItemForScopeFixtureDocument,
    "\n  mutation CreateAgencyGroupForScopeFixture($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      version\n    }\n  }\n": types.CreateAgencyGroupForScopeFixtureDocument,
    "\n  query IndicatorVersionForScopeFixture($id: ID!) {\n    indicator(id: $id) {\n      version\n    }\n  }\n": types.IndicatorVersionForScopeFixtureDocument,
    "\n  mutation OpenQ1RoundForScopeFixture {\n    openReportingRound(input: { kind: Q1, year: 2022 }) {\n      id\n    }\n  }\n": types.OpenQ1RoundForScopeFixtureDocument,
    "\n  mutation GenerateConsolidatedReportForScopeFixture($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      version\n    }\n  }\n": types.GenerateConsolidatedReportForScopeFixtureDocument,
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
export function graphql(source: "\n  mutation CreateAgencyForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      name\n      version\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      name\n      version\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyIdForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyIdForAgencies($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAgenciesForAgencies {\n    agencies(filter: { search: \"so noi vu\" }) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAgenciesForAgencies {\n    agencies(filter: { search: \"so noi vu\" }) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgencyParentForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgencyParentForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgencyForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgencyForAgencies($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyForAgencies($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyForAgencies($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAgenciesCodeForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAgenciesCodeForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAgenciesForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAgenciesForAgencies($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTreeAsOfForAgencies($r: ID!, $d: LocalDate) {\n    agencyTree(rootId: $r, asOf: $d) {\n      code\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query AgencyTreeAsOfForAgencies($r: ID!, $d: LocalDate) {\n    agencyTree(rootId: $r, asOf: $d) {\n      code\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedSourceForAgencies($id: ID!) {\n    agency(id: $id) {\n      active\n      validTo\n      successor {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergedSourceForAgencies($id: ID!) {\n    agency(id: $id) {\n      active\n      validTo\n      successor {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgencyForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgencyForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgencyValidToForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgencyValidToForAgencies($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTreeDepthsForAgencies($r: ID!) {\n    agencyTree(rootId: $r) {\n      code\n      depth\n      childCount\n    }\n  }\n"): (typeof documents)["\n  query AgencyTreeDepthsForAgencies($r: ID!) {\n    agencyTree(rootId: $r) {\n      code\n      depth\n      childCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDetailForAgencies($id: ID!) {\n    agency(id: $id) {\n      ancestors {\n        code\n      }\n      descendantCount\n      children {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDetailForAgencies($id: ID!) {\n    agency(id: $id) {\n      ancestors {\n        code\n      }\n      descendantCount\n      children {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyCodeForAgencies($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n"): (typeof documents)["\n  query AgencyCodeForAgencies($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOtherProvinceForAgencies {\n    agencies(first: 100, filter: { search: \"HB\" }) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchOtherProvinceForAgencies {\n    agencies(first: 100, filter: { search: \"HB\" }) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTreeCodesForAgencies {\n    agencyTree {\n      code\n    }\n  }\n"): (typeof documents)["\n  query AgencyTreeCodesForAgencies {\n    agencyTree {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstAgencyPageForAgencies {\n    agencies(first: 3) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstAgencyPageForAgencies {\n    agencies(first: 3) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextAgencyPageForAgencies($a: String) {\n    agencies(first: 3, after: $a) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NextAgencyPageForAgencies($a: String) {\n    agencies(first: 3, after: $a) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GarbageCursorForAgencies {\n    agencies(first: 3, after: \"garbage\") {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query GarbageCursorForAgencies {\n    agencies(first: 3, after: \"garbage\") {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyGroupForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyGroupForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyGroupForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyGroupForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroupForGroups($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroupForGroups($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      version\n      provinceId\n      memberIds\n      members {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroupCodesForGroups {\n    agencyGroups(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroupCodesForGroups {\n    agencyGroups(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyGroupIdForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyGroupIdForGroups($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyGroupIdForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyGroupIdForGroups($i: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAgencyGroupsForGroups {\n    agencyGroups(search: \"ubnd cap huyen\") {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAgencyGroupsForGroups {\n    agencyGroups(search: \"ubnd cap huyen\") {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountAgencyGroupsForGroups {\n    agencyGroups {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CountAgencyGroupsForGroups {\n    agencyGroups {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgencyGroupForGroups($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAgencyGroupForGroups($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveAgencyNamesForGroups {\n    resolveAgencyNames(text: \"Sở Nội vụ, UBND các huyện\") {\n      matches {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResolveAgencyNamesForGroups {\n    resolveAgencyNames(text: \"Sở Nội vụ, UBND các huyện\") {\n      matches {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanForGroups($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanForGroups($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanItemForGroups($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanItemForGroups($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanItemAssignmentsForGroups($id: ID!) {\n    planItem(id: $id) {\n      assignments {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanItemAssignmentsForGroups($id: ID!) {\n    planItem(id: $id) {\n      assignments {\n        group {\n          code\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgencyForGroups($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgencyForGroups($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTreeForHistory($r: ID, $d: LocalDate, $all: Boolean) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: $all) {\n      id\n      code\n      name\n      parentId\n      depth\n      active\n    }\n  }\n"): (typeof documents)["\n  query AgencyTreeForHistory($r: ID, $d: LocalDate, $all: Boolean) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: $all) {\n      id\n      code\n      name\n      parentId\n      depth\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyForHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      code\n      name\n      parentId\n      version\n      validTo\n      successor {\n        code\n      }\n      history {\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n        shortName\n        kind\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyForHistory($id: ID!) {\n    agency(id: $id) {\n      id\n      code\n      name\n      parentId\n      version\n      validTo\n      successor {\n        code\n      }\n      history {\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n        shortName\n        kind\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgencyForHistory($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgencyForHistory($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyForHistory($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyForHistory($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyForHistory($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      validFrom\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyForHistory($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n      code\n      validFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAgenciesForHistory($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAgenciesForHistory($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgencyForHistory($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgencyForHistory($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanForHistory($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanForHistory($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanForHistory($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      ownerAgencyId\n    }\n  }\n"): (typeof documents)["\n  query PlanForHistory($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      ownerAgencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorValueForHistory($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n"): (typeof documents)["\n  query IndicatorValueForHistory($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRoundForHistory($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRoundForHistory($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyReportsForHistory($f: AgencyReportFilter) {\n    agencyReports(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n          agencyId\n          status\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyReportsForHistory($f: AgencyReportFilter) {\n    agencyReports(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n          agencyId\n          status\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReportForHistory($id: ID!, $v: Int!) {\n    submitAgencyReport(id: $id, version: $v) {\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReportForHistory($id: ID!, $v: Int!) {\n    submitAgencyReport(id: $id, version: $v) {\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportReportForHistory($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportReportForHistory($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveNamesForHistory($text: String!, $r: ID, $d: LocalDate) {\n    resolveAgencyNames(text: $text, rootId: $r, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n          name\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResolveNamesForHistory($text: String!, $r: ID, $d: LocalDate) {\n    resolveAgencyNames(text: $text, rootId: $r, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n          name\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyForHistoryProperty($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyForHistoryProperty($i: CreateAgencyInput!) {\n    createAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgencyForHistoryProperty($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgencyForHistoryProperty($i: MoveAgencyInput!) {\n    moveAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyLockVersionForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query AgencyLockVersionForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyForHistoryProperty($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyForHistoryProperty($i: UpdateAgencyInput!) {\n    updateAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAgenciesForHistoryProperty($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAgenciesForHistoryProperty($i: MergeAgenciesInput!) {\n    mergeAgencies(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgencyForHistoryProperty($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgencyForHistoryProperty($i: DeactivateAgencyInput!) {\n    deactivateAgency(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTreeForHistoryProperty($r: ID!, $d: LocalDate!) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: false) {\n      id\n      parentId\n      name\n    }\n  }\n"): (typeof documents)["\n  query AgencyTreeForHistoryProperty($r: ID!, $d: LocalDate!) {\n    agencyTree(rootId: $r, asOf: $d, includeInactive: false) {\n      id\n      parentId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyHistoryForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      history {\n        agencyId\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyHistoryForHistoryProperty($id: ID!) {\n    agency(id: $id) {\n      history {\n        agencyId\n        effectiveFrom\n        effectiveTo\n        parentId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewReorganisationForReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        id\n        label\n        agency\n        successor\n      }\n      tasks {\n        id\n        label\n        agency\n        successor\n      }\n      taskCount\n      groups {\n        id\n        label\n        agency\n        successor\n      }\n      reports {\n        id\n        label\n        agency\n        successor\n      }\n      measurementCount\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewReorganisationForReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      effectiveDate\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        nameBefore\n        nameAfter\n        parentBefore\n        parentAfter\n        created\n        ends\n        successor\n      }\n      users {\n        id\n        label\n        agency\n        successor\n      }\n      tasks {\n        id\n        label\n        agency\n        successor\n      }\n      taskCount\n      groups {\n        id\n        label\n        agency\n        successor\n      }\n      reports {\n        id\n        label\n        agency\n        successor\n      }\n      measurementCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyReorganisationForReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      title\n      decision\n      effectiveDate\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyReorganisationForReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      title\n      decision\n      effectiveDate\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoReorganisationForReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n      undoneAt\n      undoBlockedBy\n    }\n  }\n"): (typeof documents)["\n  mutation UndoReorganisationForReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n      undoneAt\n      undoBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyReorganisationsForReorg($first: Int) {\n    agencyReorganisations(first: $first) {\n      id\n      title\n      status\n      effectiveDate\n      operationCount\n      undoBlockedBy\n    }\n  }\n"): (typeof documents)["\n  query AgencyReorganisationsForReorg($first: Int) {\n    agencyReorganisations(first: $first) {\n      id\n      title\n      status\n      effectiveDate\n      operationCount\n      undoBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyGroupForReorg($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyGroupForReorg($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroupForReorg($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      memberIds\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroupForReorg($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      memberIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanItemForReorg($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanItemForReorg($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateConsolidatedReportForEditing($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateConsolidatedReportForEditing($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsolidatedReportForEditing($i: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $i) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsolidatedReportForEditing($i: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $i) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolidatedReportForEditing($r: ID!) {\n    consolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolidatedReportForEditing($r: ID!) {\n    consolidatedReport(roundId: $r) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseConsolidatedReportForEditing($id: ID!, $v: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $v) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseConsolidatedReportForEditing($id: ID!, $v: Int!) {\n    finaliseConsolidatedReport(id: $id, version: $v) {\n      id\n      status\n      version\n      documentNumber\n      signerName\n      narrative {\n        direction\n        assessment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTreeForDemoReorg($d: LocalDate) {\n    agencyTree(asOf: $d) {\n      id\n      code\n      name\n      shortName\n      parentId\n      depth\n      level\n      active\n    }\n  }\n"): (typeof documents)["\n  query AgencyTreeForDemoReorg($d: LocalDate) {\n    agencyTree(asOf: $d) {\n      id\n      code\n      name\n      shortName\n      parentId\n      depth\n      level\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansForDemoReorg {\n    plans(filter: { year: 2022 }, first: 10) {\n      edges {\n        node {\n          id\n          code\n          title\n          ownerAgencyId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlansForDemoReorg {\n    plans(filter: { year: 2022 }, first: 10) {\n      edges {\n        node {\n          id\n          code\n          title\n          ownerAgencyId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTasksForDemoReorg($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      ownerAgency {\n        id\n        name\n      }\n      items {\n        id\n        code\n        kind\n        title\n        status\n        progress\n        dueDate\n        leads {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n        coordinators {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanTasksForDemoReorg($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      ownerAgency {\n        id\n        name\n      }\n      items {\n        id\n        code\n        kind\n        title\n        status\n        progress\n        dueDate\n        leads {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n        coordinators {\n          agencyId\n          groupId\n          sourceText\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskStatsForDemoReorg($id: ID!, $by: TaskStatsGroupBy!) {\n    taskStats(planId: $id, groupBy: $by) {\n      key\n      label\n      total\n      done\n      inProgress\n      notStarted\n      cancelled\n      overdue\n      averageProgress\n    }\n  }\n"): (typeof documents)["\n  query TaskStatsForDemoReorg($id: ID!, $by: TaskStatsGroupBy!) {\n    taskStats(planId: $id, groupBy: $by) {\n      key\n      label\n      total\n      done\n      inProgress\n      notStarted\n      cancelled\n      overdue\n      averageProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorValuesForDemoReorg($plan: ID!, $root: ID!) {\n    indicators(filter: { planId: $plan }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          state\n          aggregation\n          q1: value(agencyId: $root, period: \"2022-Q1\") {\n            ...DemoReorgValue\n          }\n          q2: value(agencyId: $root, period: \"2022-Q2\") {\n            ...DemoReorgValue\n          }\n          q3: value(agencyId: $root, period: \"2022-Q3\") {\n            ...DemoReorgValue\n          }\n          q4: value(agencyId: $root, period: \"2022-Q4\") {\n            ...DemoReorgValue\n          }\n        }\n      }\n    }\n  }\n  fragment DemoReorgValue on IndicatorValue {\n    asOf\n    value\n    numerator\n    denominator\n    reportedCount\n    status\n    target\n  }\n"): (typeof documents)["\n  query IndicatorValuesForDemoReorg($plan: ID!, $root: ID!) {\n    indicators(filter: { planId: $plan }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          state\n          aggregation\n          q1: value(agencyId: $root, period: \"2022-Q1\") {\n            ...DemoReorgValue\n          }\n          q2: value(agencyId: $root, period: \"2022-Q2\") {\n            ...DemoReorgValue\n          }\n          q3: value(agencyId: $root, period: \"2022-Q3\") {\n            ...DemoReorgValue\n          }\n          q4: value(agencyId: $root, period: \"2022-Q4\") {\n            ...DemoReorgValue\n          }\n        }\n      }\n    }\n  }\n  fragment DemoReorgValue on IndicatorValue {\n    asOf\n    value\n    numerator\n    denominator\n    reportedCount\n    status\n    target\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorValueForDemoReorg($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n"): (typeof documents)["\n  query IndicatorValueForDemoReorg($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate) {\n    indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf) {\n      value\n      numerator\n      denominator\n      reportedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreboardForDemoReorg($plan: ID!, $p: String!, $level: AgencyLevel!) {\n    indicatorScoreboard(planId: $plan, period: $p, level: $level) {\n      asOf\n      period\n      indicators {\n        id\n      }\n      statusCounts {\n        status\n        count\n      }\n      rows {\n        agency {\n          id\n          name\n        }\n        values\n        statuses\n        targets\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreboardForDemoReorg($plan: ID!, $p: String!, $level: AgencyLevel!) {\n    indicatorScoreboard(planId: $plan, period: $p, level: $level) {\n      asOf\n      period\n      indicators {\n        id\n      }\n      statusCounts {\n        status\n        count\n      }\n      rows {\n        agency {\n          id\n          name\n        }\n        values\n        statuses\n        targets\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsForDemoReorg($after: String) {\n    agencyReports(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          agencyId\n          agency {\n            id\n            name\n          }\n          round {\n            id\n            period\n          }\n          status\n          dueDate\n          late\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsForDemoReorg($after: String) {\n    agencyReports(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          agencyId\n          agency {\n            id\n            name\n          }\n          round {\n            id\n            period\n          }\n          status\n          dueDate\n          late\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportReportForDemoReorg($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportReportForDemoReorg($id: ID!) {\n    exportAgencyReport(id: $id, format: DOCX) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveNamesForDemoReorg($text: String!, $d: LocalDate) {\n    resolveAgencyNames(text: $text, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResolveNamesForDemoReorg($text: String!, $d: LocalDate) {\n    resolveAgencyNames(text: $text, asOf: $d) {\n      unresolved\n      matches {\n        text\n        confidence\n        agency {\n          id\n          code\n        }\n        successor {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewReorganisationForDemoReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        ends\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewReorganisationForDemoReorg($i: ReorganisationInput!) {\n    previewReorganisation(input: $i) {\n      problems {\n        line\n        field\n        message\n      }\n      agencies {\n        code\n        ends\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyReorganisationForDemoReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyReorganisationForDemoReorg($i: ReorganisationInput!) {\n    applyReorganisation(input: $i) {\n      id\n      status\n      operationCount\n      undoBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoReorganisationForDemoReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UndoReorganisationForDemoReorg($id: ID!) {\n    undoReorganisation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorganisationsForDemoReorg {\n    agencyReorganisations {\n      id\n      status\n      undoBlockedBy\n    }\n  }\n"): (typeof documents)["\n  query ReorganisationsForDemoReorg {\n    agencyReorganisations {\n      id\n      status\n      undoBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicatorForLocking($i: UpdateIndicatorInput!) {\n    updateIndicator(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicatorForLocking($i: UpdateIndicatorInput!) {\n    updateIndicator(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorTargetsForLocking($i: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorTargetsForLocking($i: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $i) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorForLocking($id: ID!) {\n    indicator(id: $id) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n"): (typeof documents)["\n  query IndicatorForLocking($id: ID!) {\n    indicator(id: $id) {\n      id\n      version\n      nameVi\n      target\n      cumulative\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanForLocking($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanForLocking($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildInspectionChecklistForTest($i: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $i) {\n      id\n      checklist {\n        id\n        version\n        position\n        title\n        sourceCode\n        result\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BuildInspectionChecklistForTest($i: BuildInspectionChecklistInput!) {\n    buildInspectionChecklist(input: $i) {\n      id\n      checklist {\n        id\n        version\n        position\n        title\n        sourceCode\n        result\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInspectionChecklistItemForTest($i: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $i) {\n      id\n      version\n      result\n      note\n      evidence {\n        url\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInspectionChecklistItemForTest($i: UpdateInspectionChecklistItemInput!) {\n    updateInspectionChecklistItem(input: $i) {\n      id\n      version\n      result\n      note\n      evidence {\n        url\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionsWithChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n          checklist {\n            title\n            result\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionsWithChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n          checklist {\n            title\n            result\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionsWithoutChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionsWithoutChecklistForTest($planId: ID!) {\n    inspections(planId: $planId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInspectionsForTest($i: ProposeInspectionsInput!) {\n    proposeInspections(input: $i) {\n      id\n      version\n      year\n      status\n      coverageProvince\n      coverageDistrict\n      coverageCommune\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInspectionsForTest($i: ProposeInspectionsInput!) {\n    proposeInspections(input: $i) {\n      id\n      version\n      year\n      status\n      coverageProvince\n      coverageDistrict\n      coverageCommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          proposed\n          score\n          month\n          teamUserIds\n          agency {\n            name\n            level\n          }\n          reasons {\n            code\n            year\n            value\n            count\n            points\n          }\n          findings {\n            id\n            text\n            severity\n            deadline\n            taskId\n            status\n            closedOn\n            reviewNote\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          proposed\n          score\n          month\n          teamUserIds\n          agency {\n            name\n            level\n          }\n          reasons {\n            code\n            year\n            value\n            count\n            points\n          }\n          findings {\n            id\n            text\n            severity\n            deadline\n            taskId\n            status\n            closedOn\n            reviewNote\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustInspectionPlanForTest($i: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $i) {\n      id\n      version\n      coverageCommune\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustInspectionPlanForTest($i: AdjustInspectionPlanInput!) {\n    adjustInspectionPlan(input: $i) {\n      id\n      version\n      coverageCommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveInspectionPlanForTest($i: VersionedInput!) {\n    approveInspectionPlan(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveInspectionPlanForTest($i: VersionedInput!) {\n    approveInspectionPlan(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleInspectionForTest($i: ScheduleInspectionInput!) {\n    scheduleInspection(input: $i) {\n      id\n      version\n      month\n      teamUserIds\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleInspectionForTest($i: ScheduleInspectionInput!) {\n    scheduleInspection(input: $i) {\n      id\n      version\n      month\n      teamUserIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInspectionFindingsForTest($i: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $i) {\n      id\n      version\n      status\n      conductedOn\n      findings {\n        id\n        taskId\n        status\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInspectionFindingsForTest($i: RecordInspectionFindingsInput!) {\n    recordInspectionFindings(input: $i) {\n      id\n      version\n      status\n      conductedOn\n      findings {\n        id\n        taskId\n        status\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinspectFindingsForTest($i: ReinspectInput!) {\n    reinspectFindings(input: $i) {\n      id\n      version\n      reinspectedOn\n      findings {\n        id\n        status\n        closedOn\n        reviewNote\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReinspectFindingsForTest($i: ReinspectInput!) {\n    reinspectFindings(input: $i) {\n      id\n      version\n      reinspectedOn\n      findings {\n        id\n        status\n        closedOn\n        reviewNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionCoverageForTest($planId: ID!) {\n    inspectionCoverage(planId: $planId) {\n      year\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionCoverageForTest($planId: ID!) {\n    inspectionCoverage(planId: $planId) {\n      year\n      levels {\n        level\n        agencies\n        inspected\n        percent\n      }\n      total {\n        agencies\n        inspected\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionAgencyTasksForTest($lead: ID!) {\n    tasks(filter: { leadAgencyId: $lead }) {\n      edges {\n        node {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionAgencyTasksForTest($lead: ID!) {\n    tasks(filter: { leadAgencyId: $lead }) {\n      edges {\n        node {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInspectionCoverageForTest($i: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $i) {\n      id\n      agencyId\n      period\n      numerator\n      denominator\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInspectionCoverageForTest($i: RecordInspectionCoverageInput!) {\n    recordInspectionCoverage(input: $i) {\n      id\n      agencyId\n      period\n      numerator\n      denominator\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionCoverageIndicatorValueForTest($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorValue(indicatorId: $indicatorId, agencyId: $agencyId, period: $period, includeUnapproved: true) {\n      value\n      numerator\n      denominator\n    }\n  }\n"): (typeof documents)["\n  query InspectionCoverageIndicatorValueForTest($indicatorId: ID!, $agencyId: ID!, $period: String!) {\n    indicatorValue(indicatorId: $indicatorId, agencyId: $agencyId, period: $period, includeUnapproved: true) {\n      value\n      numerator\n      denominator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionDecisionDocxForTest($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query InspectionDecisionDocxForTest($planId: ID!) {\n    inspectionDecisionDocx(planId: $planId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionConclusionDocxForTest($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query InspectionConclusionDocxForTest($inspectionId: ID!) {\n    inspectionConclusionDocx(inspectionId: $inspectionId) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTeamsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          team {\n            id\n            name\n            agencyName\n            leader\n          }\n          findings {\n            id\n            task {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionTeamsForTest($planId: ID!, $first: Int) {\n    inspections(planId: $planId, first: $first) {\n      edges {\n        node {\n          id\n          version\n          agencyId\n          status\n          team {\n            id\n            name\n            agencyName\n            leader\n          }\n          findings {\n            id\n            task {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTeamCandidatesForTest($planId: ID!, $search: String, $first: Int) {\n    inspectionTeamCandidates(planId: $planId, search: $search, first: $first) {\n      id\n      name\n      agencyName\n      leader\n    }\n  }\n"): (typeof documents)["\n  query InspectionTeamCandidatesForTest($planId: ID!, $search: String, $first: Int) {\n    inspectionTeamCandidates(planId: $planId, search: $search, first: $first) {\n      id\n      name\n      agencyName\n      leader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParAppraisalViewForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      explanationDue\n      closedByDeadline\n      selfAssessmentDeadline\n      finalisedByLabel\n      cycle {\n        id\n        status\n        council {\n          fullName\n        }\n      }\n      scores {\n        criterionId\n        selfPoints\n        appraisedPoints\n        appraisalReason\n        explanation\n        reappraisedPoints\n        reappraisalAnswer\n      }\n      appraisalSummary {\n        toAppraise\n        appraised\n        differences\n        explained\n        answered\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParAppraisalViewForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      explanationDue\n      closedByDeadline\n      selfAssessmentDeadline\n      finalisedByLabel\n      cycle {\n        id\n        status\n        council {\n          fullName\n        }\n      }\n      scores {\n        criterionId\n        selfPoints\n        appraisedPoints\n        appraisalReason\n        explanation\n        reappraisedPoints\n        reappraisalAnswer\n      }\n      appraisalSummary {\n        toAppraise\n        appraised\n        differences\n        explained\n        answered\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParAppraisalForTest($i: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParAppraisalForTest($i: SaveParAppraisalInput!) {\n    saveParAppraisal(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendParAppraisalForTest($i: SendParAppraisalInput!) {\n    sendParAppraisal(input: $i) {\n      id\n      version\n      status\n      explanationDue\n    }\n  }\n"): (typeof documents)["\n  mutation SendParAppraisalForTest($i: SendParAppraisalInput!) {\n    sendParAppraisal(input: $i) {\n      id\n      version\n      status\n      explanationDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitParExplanationsForTest($i: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitParExplanationsForTest($i: SubmitParExplanationsInput!) {\n    submitParExplanations(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParReappraisalForTest($i: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParReappraisalForTest($i: SaveParReappraisalInput!) {\n    saveParReappraisal(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseParAssessmentForTest($i: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseParAssessmentForTest($i: FinaliseParAssessmentInput!) {\n    finaliseParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenParAssessmentForTest($i: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenParAssessmentForTest($i: ReopenParAssessmentInput!) {\n    reopenParAssessment(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendParDeadlineForTest($i: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $i) {\n      id\n      version\n      status\n      selfAssessmentDue\n      explanationDue\n      closedByDeadline\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendParDeadlineForTest($i: ExtendParDeadlineInput!) {\n    extendParDeadline(input: $i) {\n      id\n      version\n      status\n      selfAssessmentDue\n      explanationDue\n      closedByDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParCouncilForTest($i: SetParCouncilInput!) {\n    setParCouncil(input: $i) {\n      id\n      version\n      councilUserIds\n    }\n  }\n"): (typeof documents)["\n  mutation SetParCouncilForTest($i: SetParCouncilInput!) {\n    setParCouncil(input: $i) {\n      id\n      version\n      councilUserIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishParCycleForTest($i: PublishParCycleInput!) {\n    publishParCycle(input: $i) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishParCycleForTest($i: PublishParCycleInput!) {\n    publishParCycle(input: $i) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycleVersionForTest($id: ID!) {\n    parCycle(id: $id) {\n      id\n      version\n      status\n      appraisalDue\n      publicationDue\n      explanationDays\n    }\n  }\n"): (typeof documents)["\n  query ParCycleVersionForTest($id: ID!) {\n    parCycle(id: $id) {\n      id\n      version\n      status\n      appraisalDue\n      publicationDue\n      explanationDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenParCycleForTest($i: OpenParCycleInput!) {\n    openParCycle(input: $i) {\n      id\n      year\n      status\n      selfAssessmentDue\n      frameworkIds\n    }\n  }\n"): (typeof documents)["\n  mutation OpenParCycleForTest($i: OpenParCycleInput!) {\n    openParCycle(input: $i) {\n      id\n      year\n      status\n      selfAssessmentDue\n      frameworkIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParAssessmentsForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          agency {\n            code\n          }\n          framework {\n            targetGroup\n            status\n          }\n          selfSummary {\n            toScore\n            scored\n            selfPoints\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParAssessmentsForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          agency {\n            code\n          }\n          framework {\n            targetGroup\n            status\n          }\n          selfSummary {\n            toScore\n            scored\n            selfPoints\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParAssessmentForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      late\n      submittedByLabel\n      scores {\n        criterionId\n        selfPoints\n        selfNote\n      }\n      selfSummary {\n        toScore\n        scored\n        selfPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParAssessmentForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      version\n      status\n      late\n      submittedByLabel\n      scores {\n        criterionId\n        selfPoints\n        selfNote\n      }\n      selfSummary {\n        toScore\n        scored\n        selfPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParSelfScoresForTest($i: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $i) {\n      id\n      version\n      selfSummary {\n        scored\n        selfPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParSelfScoresForTest($i: SaveParSelfScoresInput!) {\n    saveParSelfScores(input: $i) {\n      id\n      version\n      selfSummary {\n        scored\n        selfPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitParSelfAssessmentForTest($i: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $i) {\n      status\n      version\n      late\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitParSelfAssessmentForTest($i: SubmitParSelfAssessmentInput!) {\n    submitParSelfAssessment(input: $i) {\n      status\n      version\n      late\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCyclesWithStatusCountsForTest($first: Int) {\n    parCycles(first: $first) {\n      edges {\n        node {\n          id\n          year\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParCyclesWithStatusCountsForTest($first: Int) {\n    parCycles(first: $first) {\n      edges {\n        node {\n          id\n          year\n          statusCounts {\n            targetGroup\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParAssessmentsByStatusForTest($cycleId: ID!, $status: [ParAssessmentStatus!]) {\n    parAssessments(cycleId: $cycleId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParAssessmentsByStatusForTest($cycleId: ID!, $status: [ParAssessmentStatus!]) {\n    parAssessments(cycleId: $cycleId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParEvidenceLinkForTest($i: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $i) {\n      id\n      kind\n      label\n      url\n      downloadUrl\n      addedBy\n    }\n  }\n"): (typeof documents)["\n  mutation AddParEvidenceLinkForTest($i: AddParEvidenceLinkInput!) {\n    addParEvidenceLink(input: $i) {\n      id\n      kind\n      label\n      url\n      downloadUrl\n      addedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParEvidenceRecordForTest($i: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $i) {\n      id\n      kind\n      label\n      recordType\n      recordId\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation AddParEvidenceRecordForTest($i: AddParEvidenceRecordInput!) {\n    addParEvidenceRecord(input: $i) {\n      id\n      kind\n      label\n      recordType\n      recordId\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParEvidenceForTest($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveParEvidenceForTest($id: ID!) {\n    removeParEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParEvidenceCandidatesForTest(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordType\n      recordId\n      label\n      date\n    }\n  }\n"): (typeof documents)["\n  query ParEvidenceCandidatesForTest(\n    $assessmentId: ID!\n    $search: String\n    $recordType: ParEvidenceRecordType\n    $first: Int\n  ) {\n    parEvidenceCandidates(\n      assessmentId: $assessmentId\n      search: $search\n      recordType: $recordType\n      first: $first\n    ) {\n      recordType\n      recordId\n      label\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParAssessmentEvidenceForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      evidence {\n        id\n        criterionId\n        kind\n        label\n        url\n        recordType\n        recordId\n        mimeType\n        size\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParAssessmentEvidenceForTest($id: ID!) {\n    parAssessment(id: $id) {\n      id\n      evidence {\n        id\n        criterionId\n        kind\n        label\n        url\n        recordType\n        recordId\n        mimeType\n        size\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParCycleEvidenceForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      edges {\n        node {\n          id\n          evidence {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParCycleEvidenceForTest($cycleId: ID!, $first: Int) {\n    parAssessments(cycleId: $cycleId, first: $first) {\n      edges {\n        node {\n          id\n          evidence {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParFrameworkForTest($i: CreateParFrameworkInput!) {\n    createParFramework(input: $i) {\n      id\n      version\n      year\n      targetGroup\n      revision\n      name\n      totalPoints\n      status\n      isSample\n      bands {\n        code\n        label\n        minIndex\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParFrameworkForTest($i: CreateParFrameworkInput!) {\n    createParFramework(input: $i) {\n      id\n      version\n      year\n      targetGroup\n      revision\n      name\n      totalPoints\n      status\n      isSample\n      bands {\n        code\n        label\n        minIndex\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParFrameworkForTest($i: UpdateParFrameworkInput!) {\n    updateParFramework(input: $i) {\n      name\n      version\n      totalPoints\n      bands {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParFrameworkForTest($i: UpdateParFrameworkInput!) {\n    updateParFramework(input: $i) {\n      name\n      version\n      totalPoints\n      bands {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteParFrameworkForTest($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteParFrameworkForTest($id: ID!) {\n    deleteParFramework(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockParFrameworkForTest($i: LockParFrameworkInput!) {\n    lockParFramework(input: $i) {\n      status\n      version\n      lockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LockParFrameworkForTest($i: LockParFrameworkInput!) {\n    lockParFramework(input: $i) {\n      status\n      version\n      lockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyParFrameworkForTest($i: CopyParFrameworkInput!) {\n    copyParFramework(input: $i) {\n      id\n      year\n      revision\n      status\n      copiedFromId\n      criteria {\n        id\n        code\n        parentId\n        level\n        maxPoints\n        scale {\n          label\n          points\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CopyParFrameworkForTest($i: CopyParFrameworkInput!) {\n    copyParFramework(input: $i) {\n      id\n      year\n      revision\n      status\n      copiedFromId\n      criteria {\n        id\n        code\n        parentId\n        level\n        maxPoints\n        scale {\n          label\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParCriterionForTest($i: CreateParCriterionInput!) {\n    createParCriterion(input: $i) {\n      id\n      version\n      code\n      level\n      position\n      maxPoints\n      method\n      scale {\n        label\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParCriterionForTest($i: CreateParCriterionInput!) {\n    createParCriterion(input: $i) {\n      id\n      version\n      code\n      level\n      position\n      maxPoints\n      method\n      scale {\n        label\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParCriterionForTest($i: UpdateParCriterionInput!) {\n    updateParCriterion(input: $i) {\n      code\n      maxPoints\n      method\n      version\n      scale {\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParCriterionForTest($i: UpdateParCriterionInput!) {\n    updateParCriterion(input: $i) {\n      code\n      maxPoints\n      method\n      version\n      scale {\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteParCriterionForTest($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteParCriterionForTest($id: ID!) {\n    deleteParCriterion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParFrameworkForTest($id: ID!) {\n    parFramework(id: $id) {\n      id\n      version\n      status\n      scoredMaximum\n      problems {\n        code\n        kind\n        message\n      }\n      criteria {\n        code\n        level\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParFrameworkForTest($id: ID!) {\n    parFramework(id: $id) {\n      id\n      version\n      status\n      scoredMaximum\n      problems {\n        code\n        kind\n        message\n      }\n      criteria {\n        code\n        level\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParFrameworksForTest($filter: ParFrameworkFilter, $first: Int) {\n    parFrameworks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          revision\n          criteria {\n            code\n          }\n          problems {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParFrameworksForTest($filter: ParFrameworkFilter, $first: Int) {\n    parFrameworks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          revision\n          criteria {\n            code\n          }\n          problems {\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParFrameworkTemplateForTest {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParFrameworkTemplateForTest {\n    parFrameworkTemplate {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportParFrameworkForTest($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportParFrameworkForTest($id: ID!) {\n    exportParFramework(id: $id) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParFrameworkForTest($i: ImportParFrameworkInput!) {\n    importParFramework(input: $i) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        id\n        year\n        status\n        name\n        criteria {\n          code\n          parentId\n          level\n          title\n          maxPoints\n          method\n          scale {\n            label\n            points\n          }\n          guidance\n          evidenceRequired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParFrameworkForTest($i: ImportParFrameworkInput!) {\n    importParFramework(input: $i) {\n      dryRun\n      applied\n      items\n      totalPoints\n      problems {\n        sheet\n        line\n        column\n        code\n        message\n      }\n      framework {\n        id\n        year\n        status\n        name\n        criteria {\n          code\n          parentId\n          level\n          title\n          maxPoints\n          method\n          scale {\n            label\n            points\n          }\n          guidance\n          evidenceRequired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParNationalReportDocxForTest($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParNationalReportDocxForTest($assessmentId: ID!) {\n    parNationalReportDocx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParNationalTemplateForTest($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParNationalTemplateForTest($assessmentId: ID!) {\n    parNationalTemplate(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParNationalPointsForTest($i: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $i) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        id\n        status\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParNationalPointsForTest($i: ImportParNationalPointsInput!) {\n    importParNationalPoints(input: $i) {\n      dryRun\n      applied\n      rows {\n        line\n        code\n        title\n        maxPoints\n        selfPoints\n        points\n        reason\n      }\n      problems {\n        line\n        column\n        code\n        message\n      }\n      assessment {\n        id\n        status\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignParResponsibilitiesForTest($i: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $i) {\n      id\n      version\n      responsibilities {\n        criterionId\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignParResponsibilitiesForTest($i: AssignParResponsibilitiesInput!) {\n    assignParResponsibilities(input: $i) {\n      id\n      version\n      responsibilities {\n        criterionId\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParNationalAppraisalForTest($i: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordParNationalAppraisalForTest($i: RecordParNationalAppraisalInput!) {\n    recordParNationalAppraisal(input: $i) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParImprovementTasksForTest($i: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $i)\n  }\n"): (typeof documents)["\n  mutation CreateParImprovementTasksForTest($i: CreateParImprovementTasksInput!) {\n    createParImprovementTasks(input: $i)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParRankingXlsxForTest($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParRankingXlsxForTest($cycleId: ID!) {\n    parRankingXlsx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParPublicationDecisionDocxForTest($cycleId: ID!) {\n    parPublicationDecisionDocx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParPublicationDecisionDocxForTest($cycleId: ID!) {\n    parPublicationDecisionDocx(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParScorecardXlsxForTest($assessmentId: ID!) {\n    parScorecardXlsx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParScorecardXlsxForTest($assessmentId: ID!) {\n    parScorecardXlsx(assessmentId: $assessmentId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParProvisionalIndicatorForTest($assessmentId: ID!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: []) {\n      points\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        atRisk\n        due\n        records {\n          recordId\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParProvisionalIndicatorForTest($assessmentId: ID!) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: []) {\n      points\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        atRisk\n        due\n        records {\n          recordId\n        }\n        indicator {\n          indicatorId\n          code\n          name\n          period\n          value\n          target\n          expected\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParProvisionalForTest($assessmentId: ID!, $doneTaskIds: [ID!]) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        due\n        onTime\n        atRisk\n        records {\n          recordType\n          recordId\n          label\n          dueDate\n          doneOn\n          gain\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParProvisionalForTest($assessmentId: ID!, $doneTaskIds: [ID!]) {\n    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {\n      asOf\n      index\n      points\n      maxPoints\n      pointsAtRisk\n      items {\n        code\n        points\n        source\n        share\n        due\n        onTime\n        atRisk\n        records {\n          recordType\n          recordId\n          label\n          dueDate\n          doneOn\n          gain\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParPointsAtRiskForTest($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      agency {\n        code\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n"): (typeof documents)["\n  query ParPointsAtRiskForTest($cycleId: ID!) {\n    parPointsAtRisk(cycleId: $cycleId) {\n      agency {\n        code\n      }\n      index\n      pointsAtRisk\n      lateTasks\n      lateReports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParRankingForTest($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      assessmentId\n      targetGroup\n      status\n      finalised\n      rank\n      index\n      points\n      bonus\n      penalty\n      maxPoints\n      previousIndex\n      agency {\n        code\n        name\n      }\n      band {\n        code\n        label\n      }\n      areas {\n        code\n        name\n        points\n        maxPoints\n        index\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParRankingForTest($cycleId: ID!, $targetGroup: ParTargetGroup) {\n    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {\n      assessmentId\n      targetGroup\n      status\n      finalised\n      rank\n      index\n      points\n      bonus\n      penalty\n      maxPoints\n      previousIndex\n      agency {\n        code\n        name\n      }\n      band {\n        code\n        label\n      }\n      areas {\n        code\n        name\n        points\n        maxPoints\n        index\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParSurveyTemplateForTest($cycleId: ID!) {\n    parSurveyTemplate(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ParSurveyTemplateForTest($cycleId: ID!) {\n    parSurveyTemplate(cycleId: $cycleId) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParSurveyPointsForTest($i: ImportParSurveyPointsInput!) {\n    importParSurveyPoints(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParSurveyPointsForTest($i: ImportParSurveyPointsInput!) {\n    importParSurveyPoints(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParSurveyHeldForTest($i: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $i) {\n      surveyHeld\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetParSurveyHeldForTest($i: SetParSurveyHeldInput!) {\n    setParSurveyHeld(input: $i) {\n      surveyHeld\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyParSurveyResultsForTest($i: ApplyParSurveyResultsInput!) {\n    applyParSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyParSurveyResultsForTest($i: ApplyParSurveyResultsInput!) {\n    applyParSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      changed\n      unchanged\n      skipped\n      problems {\n        line\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanForPlanEditing($i: UpdatePlanInput!) {\n    updatePlan(input: $i) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanForPlanEditing($i: UpdatePlanInput!) {\n    updatePlan(input: $i) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPlansForPlanEditing {\n    plans(filter: { search: \"cai cach hanh chinh nam 2022\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPlansForPlanEditing {\n    plans(filter: { search: \"cai cach hanh chinh nam 2022\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanItemForPlanEditing($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n      kind\n      title\n      areaCode\n      parentId\n      dueLabel\n      dueDate\n      productText\n      version\n      leads {\n        agency {\n          code\n        }\n      }\n      coordinators {\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanItemForPlanEditing($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n      code\n      kind\n      title\n      areaCode\n      parentId\n      dueLabel\n      dueDate\n      productText\n      version\n      leads {\n        agency {\n          code\n        }\n      }\n      coordinators {\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSurveyMeasurementsForTest($i: RecordSurveyMeasurementsInput!) {\n    recordSurveyMeasurements(input: $i) {\n      recorded\n      rows {\n        agencyName\n        satisfied\n        valid\n        share\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSurveyMeasurementsForTest($i: RecordSurveyMeasurementsInput!) {\n    recordSurveyMeasurements(input: $i) {\n      recorded\n      rows {\n        agencyName\n        satisfied\n        valid\n        share\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTrendsForTest($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n        aspects {\n          aspectCode\n          aspectTitle\n          valid\n          satisfied\n          share\n          change\n        }\n      }\n      sectors {\n        sector\n        target\n        periods {\n          period\n          share\n          change\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyTrendsForTest($filter: SurveyTrendsFilter!) {\n    surveyTrends(filter: $filter) {\n      fromYear\n      toYear\n      agencyId\n      sector\n      target\n      periods {\n        period\n        surveys\n        respondents\n        valid\n        satisfied\n        share\n        change\n        aspects {\n          aspectCode\n          aspectTitle\n          valid\n          satisfied\n          share\n          change\n        }\n      }\n      sectors {\n        sector\n        target\n        periods {\n          period\n          share\n          change\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurveyForTest($i: CreateSurveyInput!) {\n    createSurvey(input: $i) {\n      id\n      version\n      year\n      period\n      title\n      scope\n      agencyId\n      sector\n      satisfiedLevels\n      status\n      isSample\n      questions {\n        id\n        code\n        aspectCode\n        aspectTitle\n        position\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurveyForTest($i: CreateSurveyInput!) {\n    createSurvey(input: $i) {\n      id\n      version\n      year\n      period\n      title\n      scope\n      agencyId\n      sector\n      satisfiedLevels\n      status\n      isSample\n      questions {\n        id\n        code\n        aspectCode\n        aspectTitle\n        position\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurveyForTest($i: UpdateSurveyInput!) {\n    updateSurvey(input: $i) {\n      id\n      version\n      title\n      period\n      status\n      satisfiedLevels\n      questions {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurveyForTest($i: UpdateSurveyInput!) {\n    updateSurvey(input: $i) {\n      id\n      version\n      title\n      period\n      status\n      satisfiedLevels\n      questions {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveysForTest($first: Int, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          questions {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveysForTest($first: Int, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          questions {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyForTest($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query SurveyForTest($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsForTest($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        counts\n        valid\n        satisfied\n        noAnswer\n        share\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        valid\n        share\n      }\n      questions {\n        code\n        aspectCode\n        counts\n        share\n      }\n      agencies {\n        agencyId\n        respondents\n        share\n        agency {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsForTest($surveyId: ID!, $agencyId: ID) {\n    surveyResults(surveyId: $surveyId, agencyId: $agencyId) {\n      surveyId\n      agencyId\n      satisfiedLevels\n      respondents\n      overall {\n        counts\n        valid\n        satisfied\n        noAnswer\n        share\n      }\n      aspects {\n        aspectCode\n        aspectTitle\n        valid\n        share\n      }\n      questions {\n        code\n        aspectCode\n        counts\n        share\n      }\n      agencies {\n        agencyId\n        respondents\n        share\n        agency {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyResultsForTest($i: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSurveyResultsForTest($i: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $i) {\n      dryRun\n      applied\n      rows\n      agencies\n      respondents\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsTemplateForTest($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsTemplateForTest($surveyId: ID!, $shape: SurveyImportShape!) {\n    surveyResultsTemplate(surveyId: $surveyId, shape: $shape) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeForTest {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MeForTest {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicatorForFixture($i: CreateIndicatorInput!) {\n    createIndicator(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicatorForFixture($i: CreateIndicatorInput!) {\n    createIndicator(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateIndicatorForFixture($i: SetIndicatorStateInput!) {\n    setIndicatorState(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateIndicatorForFixture($i: SetIndicatorStateInput!) {\n    setIndicatorState(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurementForFixture($i: RecordMeasurementInput!) {\n    recordMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurementForFixture($i: RecordMeasurementInput!) {\n    recordMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurementsForFixture($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMeasurementsForFixture($ids: [ID!]!) {\n    submitMeasurements(ids: $ids) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewMeasurementForFixture($i: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewMeasurementForFixture($i: ReviewMeasurementInput!) {\n    reviewMeasurement(input: $i) {\n      id\n      status\n      version\n      value\n      numerator\n      denominator\n      reviewComment\n      period\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanForEditingFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanForEditingFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOtherPlanItemForEditingFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOtherPlanItemForEditingFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanForEditingFixture($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n      items {\n        id\n        code\n        kind\n        title\n        areaCode\n        parentId\n        dueLabel\n        dueDate\n        productText\n        version\n        leads {\n          agency {\n            code\n          }\n        }\n        coordinators {\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanForEditingFixture($id: ID!) {\n    plan(id: $id) {\n      id\n      code\n      title\n      status\n      version\n      decisionNumber\n      decisionDate\n      signerAgencyId\n      items {\n        id\n        code\n        kind\n        title\n        areaCode\n        parentId\n        dueLabel\n        dueDate\n        productText\n        version\n        leads {\n          agency {\n            code\n          }\n        }\n        coordinators {\n          agency {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSeedPlanForFixture($i: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $i) {\n      applied\n      plan {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSeedPlanForFixture($i: ImportPlanDocumentInput!) {\n    importPlanDocument(input: $i) {\n      applied\n      plan {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAdHocRoundForFixture($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenAdHocRoundForFixture($i: OpenReportingRoundInput!) {\n    openReportingRound(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanForScopeFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanForScopeFixture($i: CreatePlanInput!) {\n    createPlan(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanItemForScopeFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanItemForScopeFixture($i: CreatePlanItemInput!) {\n    createPlanItem(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyGroupForScopeFixture($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyGroupForScopeFixture($i: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorVersionForScopeFixture($id: ID!) {\n    indicator(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query IndicatorVersionForScopeFixture($id: ID!) {\n    indicator(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenQ1RoundForScopeFixture {\n    openReportingRound(input: { kind: Q1, year: 2022 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenQ1RoundForScopeFixture {\n    openReportingRound(input: { kind: Q1, year: 2022 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateConsolidatedReportForScopeFixture($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateConsolidatedReportForScopeFixture($r: ID!) {\n    generateConsolidatedReport(roundId: $r) {\n      id\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;