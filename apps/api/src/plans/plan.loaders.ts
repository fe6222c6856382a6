import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { groupByKeys, loaderKey, orderByKeys } from '../common/graphql/loaders';
import { PlanItemAgency } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { Plan } from './plan.entity';
import { TaskUpdate } from './task-update.entity';

export const PLAN_BY_ID = loaderKey<string, Plan | null>('planById');
export const PLAN_ITEM_BY_ID = loaderKey<string, PlanItem | null>('planItemById');
export const PLAN_ITEMS_BY_PLAN = loaderKey<string, PlanItem[]>('planItemsByPlan');
export const ITEM_ASSIGNMENTS = loaderKey<string, PlanItemAgency[]>('planItemAssignments');
export const ITEM_UPDATES = loaderKey<string, TaskUpdate[]>('planItemUpdates');
export const GROUP_BY_ID = loaderKey<string, AgencyGroup | null>('agencyGroupById');
/** The year of an item's plan (null for an unknown item): the world its assignments are named in. */
export const ITEM_PLAN_YEAR = loaderKey<string, number | null>('planItemPlanYear');

@Injectable()
export class PlanLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const byIds =
      <T extends { id: string }>(entity: new () => T) =>
      async (ids: readonly string[]) =>
        orderByKeys(
          ids,
          await this.dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never),
          (r: T) => r.id,
        );
    this.registry.register(PLAN_BY_ID, () => new DataLoader(byIds(Plan)));
    this.registry.register(PLAN_ITEM_BY_ID, () => new DataLoader(byIds(PlanItem)));
    this.registry.register(GROUP_BY_ID, () => new DataLoader(byIds(AgencyGroup)));
    this.registry.register(
      PLAN_ITEMS_BY_PLAN,
      () =>
        new DataLoader(async (planIds) => {
          const rows = await this.dataSource
            .getRepository(PlanItem)
            .find({ where: { planId: In([...planIds]) }, order: { sortOrder: 'ASC' } });
          return groupByKeys(planIds, rows, (r) => r.planId);
        }),
    );
    this.registry.register(
      ITEM_PLAN_YEAR,
      () =>
        new DataLoader(async (itemIds) => {
          const rows = await this.dataSource.query<{ id: string; year: number }[]>(
            'SELECT i.id, p.year FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE i.id = ANY($1::uuid[])',
            [[...itemIds]],
          );
          const years = new Map(rows.map((r) => [r.id, r.year]));
          return itemIds.map((id) => years.get(id) ?? null);
        }),
    );
    this.registry.register(
      ITEM_ASSIGNMENTS,
      () =>
        new DataLoader(async (itemIds) => {
          const rows = await this.dataSource
            .getRepository(PlanItemAgency)
            .find({ where: { itemId: In([...itemIds]) }, order: { position: 'ASC' } });
          return groupByKeys(itemIds, rows, (r) => r.itemId);
        }),
    );
    this.registry.register(
      ITEM_UPDATES,
      () =>
        new DataLoader(async (itemIds) => {
          const rows = await this.dataSource
            .getRepository(TaskUpdate)
            .find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'DESC' } });
          return groupByKeys(itemIds, rows, (r) => r.itemId);
        }),
    );
  }
}
