import { Injectable } from '@nestjs/common';
import {
  InspectionFindingStatus,
  InspectionPlanStatus,
  InspectionStatus,
  PlanItemKind,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { todayInVietnam } from '../common/time/vietnam-time';
import { versionedUpdate } from '../database/versioned-update';
import { PlanItemsService } from '../plans/plan-items.service';
import { Plan } from '../plans/plan.entity';
import { PlansService } from '../plans/plans.service';
import { RecordInspectionFindingsInput, ReinspectInput } from './dto/inspection.input';
import { InspectionFinding } from './inspection-finding.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { Inspection } from './inspection.entity';
import { InspectionsService } from './inspections.service';

const TASK_TITLE_MAX = 1000;

/**
 * Conducting an inspection and following its findings up. Every finding becomes a task led by the inspected
 * agency in a plan of the year (through PlanItemsService.createIn, as the PAR Index's improvement tasks do), so
 * it shows in the agency's task list, overdue lists, reminders and reports like any task. A re-inspection closes
 * the findings remedied and keeps the others open; it does not change the tasks, whose progress is the agency's
 * to report (see docs/inspections.md).
 */
@Injectable()
export class InspectionFindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inspections: InspectionsService,
    private readonly plans: PlansService,
    private readonly items: PlanItemsService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
  ) {}

  /** The plan that receives the corrective tasks: writable, of the inspection plan's province and year. */
  private async taskPlan(em: EntityManager, caller: Caller, id: string, plan: InspectionPlan): Promise<Plan> {
    const taskPlan = await this.plans.findWritable(caller, id, em).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND)
        throw badField('taskPlanId', 'common.notFound', { entity: 'Plan', id });
      throw error;
    });
    const roots = await this.tree.provinceRoots([taskPlan.ownerAgencyId], em);
    if (roots.get(taskPlan.ownerAgencyId) !== plan.provinceId)
      throw badField('taskPlanId', 'common.notFound', { entity: 'Plan', id });
    if (taskPlan.year !== plan.year) throw badField('taskPlanId', 'inspection.planYear', { year: plan.year });
    return taskPlan;
  }

  async record(caller: Caller, input: RecordInspectionFindingsInput): Promise<Inspection> {
    return this.dataSource.transaction(async (em) => {
      const { inspection: before, plan } = await this.inspections.findForUpdate(caller, input.id, em);
      if (plan.status !== InspectionPlanStatus.APPROVED) throw badField('id', 'inspection.notApproved');
      if (before.status !== InspectionStatus.PLANNED) throw badField('id', 'inspection.notPlanned');
      const taskPlan = await this.taskPlan(em, caller, input.taskPlanId, plan);
      const findings: InspectionFinding[] = [];
      for (const [index, finding] of input.findings.entries()) {
        const text = finding.text.trim();
        const task = await this.items.createIn(em, caller, {
          planId: taskPlan.id,
          kind: PlanItemKind.TASK,
          // Unique in the plan: an agency is inspected once a year, and its inspection records findings once.
          code: `KT-${before.id.slice(0, 8)}.${index + 1}`,
          title: `Khắc phục tồn tại sau kiểm tra CCHC năm ${plan.year}: ${text}`.slice(0, TASK_TITLE_MAX),
          leadAgencyIds: [before.agencyId],
          dueDate: finding.deadline,
        });
        findings.push(
          em.create(InspectionFinding, {
            inspectionId: before.id,
            position: index + 1,
            text,
            severity: finding.severity,
            deadline: finding.deadline,
            taskId: task.id,
          }),
        );
      }
      if (findings.length) await em.save(findings);
      const after = await versionedUpdate(em, Inspection, before.id, input.version, {
        status: InspectionStatus.DONE,
        conductedOn: input.conductedOn ?? todayInVietnam(),
      });
      await this.audit.record(em, caller, {
        action: 'inspection.recordFindings',
        entityType: 'Inspection',
        entityId: before.id,
        before,
        after: { ...after, taskPlanId: taskPlan.id, findings },
      });
      return after;
    });
  }

  /** Tái kiểm tra: each finding named is closed (remedied) or kept open, with what the team saw. */
  async reinspect(caller: Caller, input: ReinspectInput): Promise<Inspection> {
    return this.dataSource.transaction(async (em) => {
      const { inspection: before } = await this.inspections.findForUpdate(caller, input.id, em);
      if (before.status !== InspectionStatus.DONE) throw badField('id', 'inspection.notConducted');
      const findings = await em.find(InspectionFinding, { where: { inspectionId: before.id } });
      const today = todayInVietnam();
      const seen = new Set<string>();
      const changes = input.results.map((result, i) => {
        const field = `results[${i}].findingId`;
        if (seen.has(result.findingId))
          throw badField(field, 'inspection.duplicateFinding', { id: result.findingId });
        seen.add(result.findingId);
        const finding = findings.find((f) => f.id === result.findingId);
        if (!finding)
          throw badField(field, 'common.notFound', { entity: 'InspectionFinding', id: result.findingId });
        return {
          id: finding.id,
          status: result.closed ? InspectionFindingStatus.CLOSED : InspectionFindingStatus.OPEN,
          closedOn: result.closed ? today : null,
          reviewNote: result.note?.trim() || null,
        };
      });
      for (const { id, ...set } of changes) await em.update(InspectionFinding, { id }, set);
      const after = await versionedUpdate(em, Inspection, before.id, input.version, { reinspectedOn: today });
      await this.audit.record(em, caller, {
        action: 'inspection.reinspect',
        entityType: 'Inspection',
        entityId: before.id,
        before,
        after: { ...after, results: changes },
      });
      return after;
    });
  }
}
