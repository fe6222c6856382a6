import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { PlanItemStatus, Role } from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { todayInVietnam } from '../common/time/vietnam-time';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, forbidden } from '../common/errors/domain-error';
import { definedFields } from '../common/object/defined-fields';
import { PostTaskUpdateInput } from './dto/task.input';
import { AssignmentRole } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { PlanItemsService } from './plan-items.service';
import { TaskUpdate } from './task-update.entity';

/**
 * Progress reporting. The lead agency moves status and progress (with optimistic locking); each
 * coordinating agency posts its own contribution, which never changes the lead's figures.
 */
@Injectable()
export class TaskUpdatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: PlanItemsService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  /** The role an agency holds on an item: directly, or as a member of an assigned group; lead wins. */
  async roleOf(em: EntityManager, itemId: string, agencyId: string): Promise<AssignmentRole | null> {
    const rows = await em.query<{ role: AssignmentRole }[]>(
      `SELECT DISTINCT pia.role FROM plan_item_agency pia
         LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
        WHERE pia.item_id = $1 AND (pia.agency_id = $2 OR gm.agency_id = $2)`,
      [itemId, agencyId],
    );
    if (rows.some((r) => r.role === AssignmentRole.LEAD)) return AssignmentRole.LEAD;
    return rows.length ? AssignmentRole.COORDINATOR : null;
  }

  async post(caller: Caller, input: PostTaskUpdateInput): Promise<TaskUpdate> {
    const agencyId = input.agencyId ?? caller.actor.agencyId;
    if (!agencyId) throw badField('agencyId', 'user.agencyRequired');
    return this.dataSource.transaction(async (em) => {
      const visible = await this.items.findOne(caller.actor, input.itemId, em);
      // Updates on a derived agency plan's item go to the original: progress is kept once.
      const item = visible.sourceItemId
        ? await em.findOneByOrFail(PlanItem, { id: visible.sourceItemId })
        : visible;
      if (caller.actor.role !== Role.ADMIN && caller.actor.role !== Role.COORDINATOR) {
        await this.scope.assertCanWrite(caller.actor, agencyId, em);
      } else {
        await this.scope.assertCanRead(caller.actor, agencyId, em);
      }
      const role = await this.roleOf(em, item.id, agencyId);
      if (!role) throw forbidden('task.notAssigned');
      const changesLead =
        input.progress !== undefined || input.status !== undefined || input.completedOn !== undefined;
      if (changesLead && role !== AssignmentRole.LEAD) throw forbidden('task.coordinatorCannotChange');
      const change = changesLead ? await this.applyLeadChange(em, caller, item, input) : null;
      const update = await em.save(
        em.create(TaskUpdate, {
          itemId: item.id,
          agencyId,
          role,
          authorId: caller.actor.id,
          authorLabel: caller.actor.label,
          progress: change?.progress ?? null,
          status: change && change.status !== item.status ? change.status : null,
          note: input.note?.trim() || null,
          evidenceNumber: input.evidence?.number ?? null,
          evidenceDate: input.evidence?.date ?? null,
          evidenceLink: input.evidence?.link ?? null,
        }),
      );
      await this.audit.record(em, caller, {
        action: 'task.update',
        entityType: 'PlanItem',
        entityId: item.id,
        after: update,
      });
      return update;
    });
  }

  private async applyLeadChange(
    em: EntityManager,
    caller: Caller,
    item: PlanItem,
    input: PostTaskUpdateInput,
  ): Promise<{ status: PlanItemStatus; progress: number }> {
    // Reporting progress on an untouched task starts it; DONE means 100%.
    const startsNow =
      input.status === undefined && (input.progress ?? 0) > 0 && item.status === PlanItemStatus.NOT_STARTED;
    const nextStatus = input.status ?? (startsNow ? PlanItemStatus.IN_PROGRESS : item.status);
    const progress = nextStatus === PlanItemStatus.DONE ? 100 : (input.progress ?? item.progress);
    const completedOn =
      nextStatus === PlanItemStatus.DONE ? (input.completedOn ?? item.completedOn ?? todayInVietnam()) : null;
    // PostTaskUpdateInput requires the version with any of these changes; this only narrows the type.
    if (input.version === undefined) throw badField('version', 'validation.required');
    await versionedWrite(em, PlanItem, item.id, input.version, {
      status: nextStatus,
      progress,
      completedOn,
      ...definedFields({
        evidenceNumber: input.evidence?.number,
        evidenceDate: input.evidence?.date,
        evidenceLink: input.evidence?.link,
      }),
    });
    await this.audit.record(em, caller, {
      action: 'planItem.progress',
      entityType: 'PlanItem',
      entityId: item.id,
      before: { status: item.status, progress: item.progress, completedOn: item.completedOn },
      after: { status: nextStatus, progress, completedOn },
    });
    return { status: nextStatus, progress };
  }
}
