import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { GqlContext } from '../common/context/request-context';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { groupByKeys, loaderKey, orderByKeys } from '../common/graphql/loaders';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import { IndicatorPlanItem } from './indicator-plan-item.entity';
import { IndicatorTarget } from './indicator-target.entity';
import { IndicatorValue } from './indicator-value.model';
import { Indicator } from './indicator.entity';
import { IndicatorValuesService, RollupOptions } from './indicator-values.service';
import { MeasurementRevision } from './measurement-revision.entity';

export const INDICATOR_BY_ID = loaderKey<string, Indicator | null>('indicatorById');
export const INDICATOR_TARGETS = loaderKey<string, IndicatorTarget[]>('indicatorTargets');
export const INDICATOR_ITEMS = loaderKey<string, PlanItem[]>('indicatorItems');
export const MEASUREMENT_HISTORY = loaderKey<string, MeasurementRevision[]>('measurementHistory');

interface ValueKey extends RollupOptions {
  actor: Actor;
  indicator: Indicator;
  /** null: the plan owner agency. */
  agencyId: string | null;
  period: string;
}

/** Keys are objects: the cache key is the indicator plus the rollup's arguments. */
const INDICATOR_VALUES = loaderKey<ValueKey, IndicatorValue | null, string>('indicatorValues');

const groupOf = (k: ValueKey) =>
  `${k.agencyId ?? ''}|${k.period}|${k.asOf ?? ''}|${k.includeUnapproved ?? false}`;

/** Indicator.value for a given agency and period: all indicators of a request share one rollup. */
export function indicatorValueLoader(ctx: GqlContext, options: Omit<ValueKey, 'indicator' | 'actor'>) {
  const loader = ctx.loaders.get(INDICATOR_VALUES);
  return { load: (indicator: Indicator) => loader.load({ ...options, actor: ctx.actor!, indicator }) };
}

@Injectable()
export class IndicatorLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly dataSource: DataSource,
    private readonly values: IndicatorValuesService,
  ) {}

  onModuleInit(): void {
    const repo = <T extends object>(entity: new () => T) => this.dataSource.getRepository(entity);
    this.registry.register(
      INDICATOR_BY_ID,
      () =>
        new DataLoader(async (ids) =>
          orderByKeys(ids, await repo(Indicator).findBy({ id: In([...ids]) }), (r) => r.id),
        ),
    );
    this.registry.register(
      INDICATOR_TARGETS,
      () =>
        new DataLoader(async (ids) => {
          const rows = await repo(IndicatorTarget).find({
            where: { indicatorId: In([...ids]) },
            order: { level: 'ASC', period: 'ASC', value: 'ASC' },
          });
          return groupByKeys(ids, rows, (r) => r.indicatorId);
        }),
    );
    this.registry.register(
      INDICATOR_ITEMS,
      () =>
        new DataLoader(async (ids) => {
          const links = await repo(IndicatorPlanItem).find({
            where: { indicatorId: In([...ids]) },
            relations: { item: true },
          });
          links.sort((a, b) => (a.item?.sortOrder ?? 0) - (b.item?.sortOrder ?? 0));
          return groupByKeys(ids, links, (l) => l.indicatorId).map((group) => group.map((l) => l.item!));
        }),
    );
    this.registry.register(
      MEASUREMENT_HISTORY,
      () =>
        new DataLoader(async (ids) => {
          const rows = await repo(MeasurementRevision).find({
            where: { measurementId: In([...ids]) },
            order: { createdAt: 'DESC' },
          });
          return groupByKeys(ids, rows, (r) => r.measurementId);
        }),
    );
    this.registry.register(
      INDICATOR_VALUES,
      () =>
        new DataLoader((keys) => this.loadValues(keys), {
          cacheKeyFn: (k) => `${k.indicator.id}|${groupOf(k)}`,
        }),
    );
  }

  private async loadValues(keys: readonly ValueKey[]): Promise<(IndicatorValue | null)[]> {
    const groups = new Map<string, ValueKey[]>();
    for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
    const found = new Map<ValueKey, IndicatorValue | null>();
    for (const group of groups.values()) {
      const first = group[0];
      const agencyIds = await this.agencyOf(group);
      // Indicators of different plans default to different owners: one rollup per owner agency.
      for (const agencyId of new Set(agencyIds.values())) {
        const members = group.filter((k) => agencyIds.get(k) === agencyId);
        const agency = await this.dataSource.manager.findOneBy(Agency, { id: agencyId });
        if (!agency) {
          members.forEach((k) => found.set(k, null));
          continue;
        }
        const values = await this.values.values(
          first.actor,
          members.map((k) => k.indicator),
          agency,
          first.period,
          first,
        );
        members.forEach((k, i) => found.set(k, values[i]));
      }
    }
    return keys.map((k) => found.get(k) ?? null);
  }

  private async agencyOf(group: ValueKey[]): Promise<Map<ValueKey, string>> {
    const planIds = [...new Set(group.filter((k) => !k.agencyId).map((k) => k.indicator.planId))];
    const plans = planIds.length ? await this.dataSource.manager.findBy(Plan, { id: In(planIds) }) : [];
    const owner = new Map(plans.map((p) => [p.id, p.ownerAgencyId]));
    return new Map(group.map((k) => [k, k.agencyId ?? owner.get(k.indicator.planId) ?? '']));
  }
}
