import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { groupByKeys, orderByKeys } from '../common/graphql/loaders';
import { PlanItemAgency } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { Plan } from './plan.entity';
import { TaskUpdate } from './task-update.entity';

export const PLAN_BY_ID = 'planById';
export const PLAN_ITEM_BY_ID = 'planItemById';
export const PLAN_ITEMS_BY_PLAN = 'planItemsByPlan';
export const ITEM_ASSIGNMENTS = 'planItemAssignments';
export const ITEM_UPDATES = 'planItemUpdates';
export const GROUP_BY_ID = 'agencyGroupById';

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
    this.registry.register(PLAN_BY_ID, () => new DataLoader<string, Plan | null>(byIds(Plan)));
    this.registry.register(PLAN_ITEM_BY_ID, () => new DataLoader<string, PlanItem | null>(byIds(PlanItem)));
    this.registry.register(GROUP_BY_ID, () => new DataLoader<string, AgencyGroup | null>(byIds(AgencyGroup)));
    this.registry.register(
      PLAN_ITEMS_BY_PLAN,
      () =>
        new DataLoader<string, PlanItem[]>(async (planIds) => {
          const rows = await this.dataSource
            .getRepository(PlanItem)
            .find({ where: { planId: In([...planIds]) }, order: { sortOrder: 'ASC' } });
          return groupByKeys(planIds, rows, (r) => r.planId);
        }),
    );
    this.registry.register(
      ITEM_ASSIGNMENTS,
      () =>
        new DataLoader<string, PlanItemAgency[]>(async (itemIds) => {
          const rows = await this.dataSource
            .getRepository(PlanItemAgency)
            .find({ where: { itemId: In([...itemIds]) }, order: { position: 'ASC' } });
          return groupByKeys(itemIds, rows, (r) => r.itemId);
        }),
    );
    this.registry.register(
      ITEM_UPDATES,
      () =>
        new DataLoader<string, TaskUpdate[]>(async (itemIds) => {
          const rows = await this.dataSource
            .getRepository(TaskUpdate)
            .find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'DESC' } });
          return groupByKeys(itemIds, rows, (r) => r.itemId);
        }),
    );
  }
}
