import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { foldVietnamese, parseDueLabel } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService, notFoundAs } from '../agencies/agency-scope.service';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { definedFields } from '../common/object/defined-fields';
import { AssignmentsInput, CreatePlanItemInput, UpdatePlanItemInput } from './dto/plan-item.input';
import { AssignmentRole, PlanItemAgency } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { PlansService } from './plans.service';
import { ReformArea } from './reform-area.entity';

export const itemSearchText = (i: Pick<PlanItem, 'code' | 'title' | 'productText'>) =>
  foldVietnamese(`${i.code} ${i.title} ${i.productText ?? ''}`);

export interface Assignment {
  role: AssignmentRole;
  agencyId: string | null;
  groupId: string | null;
  sourceText: string | null;
}

export function assignmentsFrom(input: AssignmentsInput): Assignment[] | null {
  const { leadAgencyIds, leadGroupIds, coordinatorAgencyIds, coordinatorGroupIds } = input;
  if (!leadAgencyIds && !leadGroupIds && !coordinatorAgencyIds && !coordinatorGroupIds) return null;
  const make = (role: AssignmentRole, ids: string[] | undefined, kind: 'agency' | 'group') =>
    [...new Set(ids ?? [])].map((id) => ({
      role,
      agencyId: kind === 'agency' ? id : null,
      groupId: kind === 'group' ? id : null,
      sourceText: null,
    }));
  return [
    ...make(AssignmentRole.LEAD, leadAgencyIds, 'agency'),
    ...make(AssignmentRole.LEAD, leadGroupIds, 'group'),
    ...make(AssignmentRole.COORDINATOR, coordinatorAgencyIds, 'agency'),
    ...make(AssignmentRole.COORDINATOR, coordinatorGroupIds, 'group'),
  ];
}

@Injectable()
export class PlanItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  async findOne(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlanItem> {
    const item = await manager.findOne(PlanItem, { where: { id } });
    if (!item) throw notFound('PlanItem', id);
    await this.plans.findOne(actor, item.planId, manager).catch(notFoundAs('PlanItem', id));
    return item;
  }

  /**
   * Agencies and groups must exist and be readable by the caller, and an agency must exist at some time in the
   * plan's year: a 2026 task is not led by a department merged away in 2025 (name its successor instead).
   */
  async checkAssignments(
    em: EntityManager,
    actor: Actor,
    assignments: Assignment[],
    year?: number,
  ): Promise<void> {
    const agencyIds = assignments.flatMap((a) => (a.agencyId ? [a.agencyId] : []));
    const groupIds = assignments.flatMap((a) => (a.groupId ? [a.groupId] : []));
    const agencies = agencyIds.length ? await em.find(Agency, { where: { id: In(agencyIds) } }) : [];
    for (const id of agencyIds) {
      if (!agencies.some((a) => a.id === id) || !(await this.scope.canRead(actor, id, em))) {
        throw badField('leadAgencyIds', 'common.notFound', { entity: 'Agency', id });
      }
      const agency = agencies.find((a) => a.id === id)!;
      if (year !== undefined && !existsInYear(agency, year))
        throw badField('leadAgencyIds', 'agency.inactive', { name: agency.name });
    }
    const groups = groupIds.length ? await em.find(AgencyGroup, { where: { id: In(groupIds) } }) : [];
    const root = this.scope.readRoot(actor);
    for (const id of groupIds) {
      const group = groups.find((g) => g.id === id);
      if (!group || (root && group.provinceId !== root)) {
        throw badField('leadGroupIds', 'common.notFound', { entity: 'AgencyGroup', id });
      }
    }
  }

  async replaceAssignments(em: EntityManager, itemId: string, assignments: Assignment[]): Promise<void> {
    await em.delete(PlanItemAgency, { itemId });
    if (!assignments.length) return;
    await em.insert(
      PlanItemAgency,
      assignments.map((a, position) => ({ ...a, itemId, position })),
    );
  }

  private async checkFields(
    em: EntityManager,
    planId: string,
    fields: Pick<UpdatePlanItemInput, 'areaCode' | 'parentId'>,
    selfId?: string,
  ): Promise<void> {
    if (fields.areaCode && !(await em.exists(ReformArea, { where: { code: fields.areaCode } }))) {
      throw badField('areaCode', 'validation.invalid');
    }
    if (fields.parentId) {
      const parent = await em.findOne(PlanItem, { where: { id: fields.parentId } });
      if (!parent || parent.planId !== planId || parent.id === selfId)
        throw badField('parentId', 'validation.invalid');
      // Under one of its own descendants the item would make a loop, and deleting either would cascade
      // to the other. UNION (not ALL) also stops on a loop already stored.
      const loop = selfId
        ? await em.query<unknown[]>(
            `WITH RECURSIVE up(id, parent_id) AS (
               SELECT id, parent_id FROM plan_item WHERE id = $1
               UNION SELECT i.id, i.parent_id FROM plan_item i JOIN up ON i.id = up.parent_id)
             SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
            [parent.id, selfId],
          )
        : [];
      if (loop.length) throw badField('parentId', 'validation.invalid');
    }
  }

  async create(caller: Caller, input: CreatePlanItemInput): Promise<PlanItem> {
    return this.dataSource.transaction((em) => this.createIn(em, caller, input));
  }

  /** `create` inside the caller's transaction: other domains add items as one step with their own writes. */
  async createIn(em: EntityManager, caller: Caller, input: CreatePlanItemInput): Promise<PlanItem> {
    const plan = await this.plans.findWritable(caller, input.planId, em);
    await this.checkFields(em, plan.id, input);
    const code = input.code.trim();
    if (await em.exists(PlanItem, { where: { planId: plan.id, code } }))
      throw badField('code', 'common.duplicate', { value: code });
    const assignments = assignmentsFrom(input) ?? [];
    await this.checkAssignments(em, caller.actor, assignments, plan.year);
    const [{ next }] = await em.query<{ next: number }[]>(
      'SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM plan_item WHERE plan_id = $1',
      [plan.id],
    );
    const item = em.create(PlanItem, {
      planId: plan.id,
      kind: input.kind,
      code,
      title: input.title.trim(),
      areaCode: input.areaCode ?? null,
      parentId: input.parentId ?? null,
      sortOrder: next,
      productType: input.productType ?? null,
      productText: input.productText ?? null,
      dueLabel: input.dueLabel ?? null,
      dueDate: input.dueDate ?? (input.dueLabel ? parseDueLabel(input.dueLabel, plan.year).date : null),
      fundingText: input.fundingText ?? null,
      sourceItemId: null,
    });
    item.searchText = itemSearchText(item);
    const saved = await em.save(item);
    await this.replaceAssignments(em, saved.id, assignments);
    await this.audit.record(em, caller, {
      action: 'planItem.create',
      entityType: 'PlanItem',
      entityId: saved.id,
      after: { ...saved, assignments },
    });
    return saved;
  }

  async update(caller: Caller, input: UpdatePlanItemInput): Promise<PlanItem> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOne(caller.actor, input.id, em);
      const plan = await this.plans.findWritable(caller, before.planId, em);
      await this.checkFields(em, plan.id, input, before.id);
      const assignments = assignmentsFrom(input);
      if (assignments) await this.checkAssignments(em, caller.actor, assignments, plan.year);
      const { title, areaCode, parentId, productType, productText, dueLabel, dueDate, fundingText } = input;
      const patch: Partial<PlanItem> = definedFields({
        title,
        areaCode,
        parentId,
        productType,
        productText,
        dueLabel,
        dueDate,
        fundingText,
      });
      if (dueDate === undefined && dueLabel) patch.dueDate = parseDueLabel(dueLabel, plan.year).date;
      patch.searchText = itemSearchText({ ...before, ...patch });
      await versionedWrite(em, PlanItem, before.id, input.version, patch);
      if (assignments) await this.replaceAssignments(em, before.id, assignments);
      const after = await em.findOneOrFail(PlanItem, { where: { id: before.id } });
      await this.audit.record(em, caller, {
        action: 'planItem.update',
        entityType: 'PlanItem',
        entityId: before.id,
        before,
        after: { ...after, assignments },
      });
      return after;
    });
  }

  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOne(caller.actor, id, em);
      await this.plans.findWritable(caller, before.planId, em);
      await em.delete(PlanItem, { id });
      await this.audit.record(em, caller, {
        action: 'planItem.delete',
        entityType: 'PlanItem',
        entityId: id,
        before,
      });
      return true;
    });
  }
}

/** Whether `agency` exists on at least one day of `year`. */
function existsInYear(agency: Pick<Agency, 'validFrom' | 'validTo'>, year: number): boolean {
  return agency.validFrom <= `${year}-12-31` && (agency.validTo === null || agency.validTo > `${year}-01-01`);
}
