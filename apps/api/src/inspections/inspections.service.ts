import { Injectable } from '@nestjs/common';
import { InspectionStatus } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { versionedUpdate } from '../database/versioned-update';
import { checkedCouncil } from '../par-index/par-council';
import { ScheduleInspectionInput } from './dto/inspection.input';
import { InspectionFinding } from './inspection-finding.entity';
import { InspectionNotifications } from './inspection-notifications';
import { InspectionPlansService } from './inspection-plans.service';
import { Inspection } from './inspection.entity';

/** The visits of a plan: read like their plan; scheduled (month, team) by whoever may change the plan. */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: InspectionPlansService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
    private readonly notify: InspectionNotifications,
  ) {}

  async findOne(actor: Actor, id: string, em: EntityManager = this.dataSource.manager): Promise<Inspection> {
    const inspection = await em.findOne(Inspection, { where: { id } });
    if (!inspection) throw notFound('Inspection', id);
    await this.plans.findOne(actor, inspection.planId, em).catch(() => {
      throw notFound('Inspection', id);
    });
    return inspection;
  }

  /** The inspection for a change, with its plan: both in the caller's write scope, the inspection locked. */
  async findForUpdate(caller: Caller, id: string, em: EntityManager) {
    const found = await this.findOne(caller.actor, id, em);
    // Its plan is visible (findOne): what remains is the write check, and the plan's row lock.
    const plan = await this.plans.findForUpdate(caller, found.planId, em);
    const inspection = await em.findOneOrFail(Inspection, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return { inspection, plan };
  }

  /** A plan's inspections, by month (unscheduled last), then by agency id. */
  async list(
    actor: Actor,
    planId: string,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Inspection>> {
    const plan = await this.plans.findOne(actor, planId);
    const query = this.dataSource
      .getRepository(Inspection)
      .createQueryBuilder('i')
      .where('i.plan_id = :planId', { planId: plan.id });
    return paginate(
      query,
      [
        { expression: 'COALESCE(i.month, 13)', value: (i) => i.month ?? 13 },
        { expression: 'i.agency_id', value: (i) => i.agencyId },
      ],
      page,
    );
  }

  async schedule(caller: Caller, input: ScheduleInspectionInput): Promise<Inspection> {
    return this.dataSource.transaction(async (em) => {
      const { inspection: before, plan } = await this.findForUpdate(caller, input.id, em);
      if (before.status !== InspectionStatus.PLANNED) throw badField('id', 'inspection.notPlanned');
      const team =
        input.teamUserIds === undefined
          ? before.teamUserIds
          : await checkedCouncil(em, this.tree, plan.provinceId, input.teamUserIds, 'teamUserIds');
      const after = await versionedUpdate(em, Inspection, before.id, input.version, {
        month: input.month ?? before.month,
        teamUserIds: team,
      });
      // Only once the plan is approved (approving tells every scheduled agency); once per month by dedupe key.
      await this.notify.scheduled(em, plan, [after]);
      await this.audit.record(em, caller, {
        action: 'inspection.schedule',
        entityType: 'Inspection',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Findings of each inspection in order: one statement for a page of inspections (DataLoader). */
  async findingsOf(inspectionIds: readonly string[]): Promise<Map<string, InspectionFinding[]>> {
    const rows = inspectionIds.length
      ? await this.dataSource.getRepository(InspectionFinding).find({
          where: { inspectionId: In([...inspectionIds]) },
          order: { position: 'ASC' },
        })
      : [];
    const result = new Map<string, InspectionFinding[]>(inspectionIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.inspectionId)?.push(row);
    return result;
  }
}
