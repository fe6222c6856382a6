import {
  AgencyKind,
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  InspectionFindingSeverity,
} from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { IndicatorsService } from '../../../src/indicators/indicators.service';
import { InspectionChecklistService } from '../../../src/inspections/checklist/inspection-checklist.service';
import { InspectionFindingsService } from '../../../src/inspections/inspection-findings.service';
import { InspectionPlansService } from '../../../src/inspections/inspection-plans.service';
import { PlansService } from '../../../src/plans/plans.service';
import { makeAgency } from '../fixtures';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { provinceRoot } from './objects';
import { sql } from './runner';
import { World } from './world';

/** One inspection plan per province and year: every call gets a year of its own (plans take 2000–2100). */
let proposedYear = 2001;
let fixtureYear = 2040;

/**
 * An APPROVED plan of the agency's province (or a DRAFT) inspecting a fresh commune people's committee under the
 * agency, with a plan of the same year to receive corrective tasks.
 */
async function freshInspection(w: World, agency: Agency, approved = true) {
  const plans = w.t.app.get(InspectionPlansService);
  const root = provinceRoot(w, agency);
  const year = fixtureYear++;
  const inspected = await makeAgency(w.t, w.code('KT'), agency, {
    kind: AgencyKind.PEOPLES_COMMITTEE,
    level: AgencyLevel.COMMUNE,
  });
  const draft = await plans.propose(w.adminCaller, {
    provinceId: root.id,
    year,
    coverageProvince: 0,
    coverageDistrict: 0,
    coverageCommune: 0,
  });
  const adjusted = await plans.adjust(w.adminCaller, {
    id: draft.id,
    version: draft.version,
    addAgencyIds: [inspected.id],
  });
  const plan = approved
    ? await plans.approve(w.adminCaller, { id: adjusted.id, version: adjusted.version })
    : adjusted;
  const [inspection] = (await sql(w, 'SELECT id, version FROM inspection WHERE plan_id = $1', [plan.id])) as {
    id: string;
    version: number;
  }[];
  const code = w.code('KH');
  const taskPlan = await w.t.app
    .get(PlansService)
    .create(w.adminCaller, { code, title: `Kế hoạch ${code}`, year, ownerAgencyId: root.id });
  return {
    plan,
    inspected,
    inspection,
    taskPlanId: taskPlan.id,
  };
}

const FINDING = { text: 'Chưa niêm yết thủ tục hành chính', severity: 'MEDIUM', deadline: '2030-06-30' };

/** Inspections are the province's (Sở Nội vụ's) work: coordinators and admins (INSPECTION_MANAGE). */
export const INSPECTION_SPECS: MutationSpec[] = [
  {
    mutation: 'proposeInspections',
    permission: 'INSPECTION_MANAGE',
    on: (w, agency) => {
      const year = proposedYear++;
      const provinceId = provinceRoot(w, agency).id;
      return {
        query: 'mutation($i: ProposeInspectionsInput!) { proposeInspections(input: $i) { year status } }',
        variables: { i: { year, provinceId } },
        probe: countOf(w, 'inspection_plan', 'province_id = $1 AND year = $2', [provinceId, year]),
        verify: (d) => expect(d.proposeInspections).toEqual({ year, status: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'adjustInspectionPlan',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { plan } = await freshInspection(w, agency, false);
      return {
        query:
          'mutation($i: AdjustInspectionPlanInput!) { adjustInspectionPlan(input: $i) { coverageDistrict } }',
        variables: { i: { id: plan.id, version: plan.version, coverageDistrict: 40 } },
        probe: rowOf(w, 'inspection_plan', 'coverage_district, version', plan.id),
        verify: (d) => expect(d.adjustInspectionPlan).toEqual({ coverageDistrict: 40 }),
      };
    },
  },
  {
    mutation: 'approveInspectionPlan',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { plan } = await freshInspection(w, agency, false);
      return {
        query: 'mutation($i: VersionedInput!) { approveInspectionPlan(input: $i) { status } }',
        variables: { i: { id: plan.id, version: plan.version } },
        probe: rowOf(w, 'inspection_plan', 'status, version', plan.id),
        verify: (d) => expect(d.approveInspectionPlan).toEqual({ status: 'APPROVED' }),
      };
    },
  },
  {
    mutation: 'scheduleInspection',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { inspection } = await freshInspection(w, agency);
      return {
        query: 'mutation($i: ScheduleInspectionInput!) { scheduleInspection(input: $i) { month } }',
        variables: { i: { id: inspection.id, version: inspection.version, month: 5 } },
        probe: rowOf(w, 'inspection', 'month, version', inspection.id),
        verify: (d) => expect(d.scheduleInspection).toEqual({ month: 5 }),
      };
    },
  },
  {
    mutation: 'recordInspectionFindings',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { inspection, taskPlanId } = await freshInspection(w, agency);
      return {
        query:
          'mutation($i: RecordInspectionFindingsInput!) { recordInspectionFindings(input: $i) { status } }',
        variables: {
          i: { id: inspection.id, version: inspection.version, taskPlanId, findings: [FINDING] },
        },
        probe: countOf(w, 'inspection_finding', 'inspection_id = $1', [inspection.id]),
        verify: (d) => expect(d.recordInspectionFindings).toEqual({ status: 'DONE' }),
      };
    },
  },
  {
    mutation: 'reinspectFindings',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { inspection, taskPlanId } = await freshInspection(w, agency);
      const done = await w.t.app.get(InspectionFindingsService).record(w.adminCaller, {
        id: inspection.id,
        version: inspection.version,
        taskPlanId,
        findings: [{ ...FINDING, severity: InspectionFindingSeverity.MEDIUM }],
      });
      const [finding] = (await sql(w, 'SELECT id FROM inspection_finding WHERE inspection_id = $1', [
        inspection.id,
      ])) as { id: string }[];
      return {
        query: 'mutation($i: ReinspectInput!) { reinspectFindings(input: $i) { status } }',
        variables: {
          i: { id: done.id, version: done.version, results: [{ findingId: finding.id, closed: true }] },
        },
        probe: rowOf(w, 'inspection_finding', 'status', finding.id),
        verify: (d) => expect(d.reinspectFindings).toEqual({ status: 'DONE' }),
      };
    },
  },
  {
    mutation: 'recordInspectionCoverage',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { plan, taskPlanId } = await freshInspection(w, agency);
      const indicators = w.t.app.get(IndicatorsService);
      const draft = await indicators.create(w.adminCaller, {
        planId: taskPlanId,
        code: w.code('CT'),
        nameVi: 'Tỷ lệ cơ quan được kiểm tra',
        unit: IndicatorUnit.PERCENT,
        aggregation: IndicatorAggregation.RATIO,
        direction: IndicatorDirection.AT_LEAST,
        frequency: IndicatorFrequency.YEAR,
        reportingLevels: [AgencyLevel.PROVINCE],
        target: 30,
      });
      const indicator = await indicators.setState(w.adminCaller, {
        id: draft.id,
        version: draft.version,
        state: IndicatorState.ACTIVE,
      });
      return {
        query:
          'mutation($i: RecordInspectionCoverageInput!) { recordInspectionCoverage(input: $i) { period status } }',
        variables: { i: { planId: plan.id, indicatorId: indicator.id } },
        probe: countOf(w, 'measurement', 'indicator_id = $1', [indicator.id]),
        verify: (d) =>
          expect(d.recordInspectionCoverage).toEqual({ period: String(plan.year), status: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'buildInspectionChecklist',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { inspection } = await freshInspection(w, agency);
      return {
        query:
          'mutation($i: BuildInspectionChecklistInput!) { buildInspectionChecklist(input: $i) { checklist { title } } }',
        variables: { i: { inspectionId: inspection.id, items: ['Niêm yết thủ tục hành chính'] } },
        probe: countOf(w, 'inspection_checklist_item', 'inspection_id = $1', [inspection.id]),
        verify: (d) =>
          expect(d.buildInspectionChecklist).toEqual({
            checklist: [{ title: 'Niêm yết thủ tục hành chính' }],
          }),
      };
    },
  },
  {
    mutation: 'updateInspectionChecklistItem',
    permission: 'INSPECTION_MANAGE',
    on: async (w, agency) => {
      const { inspection } = await freshInspection(w, agency);
      await w.t.app
        .get(InspectionChecklistService)
        .build(w.adminCaller, { inspectionId: inspection.id, items: ['Niêm yết thủ tục hành chính'] });
      const [item] = (await sql(
        w,
        'SELECT id, version FROM inspection_checklist_item WHERE inspection_id = $1',
        [inspection.id],
      )) as { id: string; version: number }[];
      return {
        query:
          'mutation($i: UpdateInspectionChecklistItemInput!) { updateInspectionChecklistItem(input: $i) { result } }',
        variables: { i: { id: item.id, version: item.version, result: 'NOT_MET' } },
        probe: rowOf(w, 'inspection_checklist_item', 'result, version', item.id),
        verify: (d) => expect(d.updateInspectionChecklistItem).toEqual({ result: 'NOT_MET' }),
      };
    },
  },
];
