import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { foldVietnamese, IndicatorAggregation, IndicatorState, parsePeriod } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { escapeLike } from '../common/sql/escape-like';
import { AgencyScopeService, notFoundAs } from '../agencies/agency-scope.service';
import { subtreeCondition } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, badInput, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { definedFields } from '../common/object/defined-fields';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import { PlansService } from '../plans/plans.service';
import {
  CreateIndicatorInput,
  IndicatorFilter,
  IndicatorTargetInput,
  SetIndicatorStateInput,
  SetIndicatorTargetsInput,
  UpdateIndicatorInput,
} from './dto/indicator.input';
import { IndicatorPlanItem } from './indicator-plan-item.entity';
import { IndicatorTarget } from './indicator-target.entity';
import { Indicator } from './indicator.entity';
import { Measurement } from './measurement.entity';

export const indicatorSearchText = (code: string, nameVi: string, nameEn: string | null) =>
  foldVietnamese(`${code} ${nameVi} ${nameEn ?? ''}`);

const DEFINITION_FIELDS = ['unit', 'aggregation', 'frequency'] as const;

/** Indicator definitions: CRUD, lifecycle (draft → active → archived), targets and linked plan items. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  /** Readable when its plan is. */
  async findOne(actor: Actor, id: string, em: EntityManager = this.dataSource.manager): Promise<Indicator> {
    const indicator = await em.findOne(Indicator, { where: { id } });
    if (!indicator) throw notFound('Indicator', id);
    await this.plans.findOne(actor, indicator.planId, em).catch(notFoundAs('Indicator', id));
    return indicator;
  }

  list(
    actor: Actor,
    filter: IndicatorFilter,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Indicator>> {
    const query = this.dataSource
      .getRepository(Indicator)
      .createQueryBuilder('indicator')
      .innerJoin(Plan, 'plan', 'plan.id = indicator.plan_id')
      .innerJoin(Agency, 'owner', 'owner.id = plan.owner_agency_id');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere(subtreeCondition('owner'), { scopeRoot: root });
    if (filter.planId) query.andWhere('indicator.plan_id = :planId', { planId: filter.planId });
    if (filter.states?.length) query.andWhere('indicator.state IN (:...states)', { states: filter.states });
    if (filter.areaCode) query.andWhere('indicator.area_code = :area', { area: filter.areaCode });
    if (filter.search?.trim()) {
      query.andWhere(`indicator.search_text LIKE :s ESCAPE '\\'`, {
        s: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    return paginate(
      query,
      [
        { expression: 'indicator.sort_order', value: (i) => i.sortOrder },
        { expression: 'indicator.code', value: (i) => i.code },
        { expression: 'indicator.id', value: (i) => i.id },
      ],
      page,
    );
  }

  async create(caller: Caller, input: CreateIndicatorInput): Promise<Indicator> {
    return this.dataSource.transaction(async (em) => {
      const plan = await this.plans.findWritable(caller, input.planId, em);
      if (await em.exists(Indicator, { where: { planId: plan.id, code: input.code } }))
        throw badField('code', 'common.duplicate', { value: input.code });
      const max = await em
        .createQueryBuilder(Indicator, 'i')
        .select('COALESCE(MAX(i.sort_order), 0)', 'max')
        .where('i.plan_id = :plan', { plan: plan.id })
        .getRawOne<{ max: number }>();
      const indicator = await em.save(
        em.create(Indicator, {
          planId: plan.id,
          code: input.code,
          nameVi: input.nameVi,
          nameEn: input.nameEn ?? null,
          description: input.description ?? null,
          areaCode: input.areaCode ?? null,
          unit: input.unit,
          direction: input.direction,
          aggregation: input.aggregation,
          frequency: input.frequency,
          reportingLevels: input.reportingLevels,
          cumulative: input.cumulative ?? false,
          target: input.target ?? null,
          state: IndicatorState.DRAFT,
          sortOrder: Number(max?.max ?? 0) + 1,
          searchText: indicatorSearchText(input.code, input.nameVi, input.nameEn ?? null),
        }),
      );
      if (input.linkedItemIds) await this.linkItems(em, indicator, input.linkedItemIds);
      await this.audit.record(em, caller, {
        action: 'indicator.create',
        entityType: 'Indicator',
        entityId: indicator.id,
        after: indicator,
      });
      return indicator;
    });
  }

  async update(caller: Caller, input: UpdateIndicatorInput): Promise<Indicator> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.writable(caller, input.id, em);
      const { id, version, linkedItemIds, ...changes } = input;
      const changesDefinition = DEFINITION_FIELDS.some(
        (f) => changes[f] !== undefined && changes[f] !== before[f],
      );
      if (changesDefinition && (await em.exists(Measurement, { where: { indicatorId: id } })))
        throw badField(
          DEFINITION_FIELDS.find((f) => changes[f] !== undefined && changes[f] !== before[f])!,
          'indicator.definitionLocked',
        );
      const set: Partial<Indicator> = definedFields(changes);
      set.searchText = indicatorSearchText(
        before.code,
        changes.nameVi ?? before.nameVi,
        changes.nameEn === undefined ? before.nameEn : changes.nameEn,
      );
      await versionedWrite(em, Indicator, id, version, set);
      const after = await em.findOneByOrFail(Indicator, { id });
      if (linkedItemIds) await this.linkItems(em, after, linkedItemIds);
      await this.audit.record(em, caller, {
        action: 'indicator.update',
        entityType: 'Indicator',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async setState(caller: Caller, input: SetIndicatorStateInput): Promise<Indicator> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.writable(caller, input.id, em);
      if (
        input.state === IndicatorState.ACTIVE &&
        before.target === null &&
        before.aggregation !== IndicatorAggregation.NONE
      ) {
        const overrides = await em.count(IndicatorTarget, { where: { indicatorId: before.id } });
        if (!overrides) throw badField('target', 'validation.required');
      }
      await versionedWrite(em, Indicator, input.id, input.version, { state: input.state });
      const after = await em.findOneByOrFail(Indicator, { id: input.id });
      await this.audit.record(em, caller, {
        action: 'indicator.state',
        entityType: 'Indicator',
        entityId: input.id,
        before: { state: before.state },
        after: { state: after.state },
      });
      return after;
    });
  }

  async setTargets(caller: Caller, input: SetIndicatorTargetsInput): Promise<Indicator> {
    return this.dataSource.transaction(async (em) => {
      const indicator = await this.writable(caller, input.id, em);
      const plan = await em.findOneByOrFail(Plan, { id: indicator.planId });
      await this.checkTargets(caller, em, input.targets, plan.year);
      const before = await em.find(IndicatorTarget, { where: { indicatorId: indicator.id } });
      await em.delete(IndicatorTarget, { indicatorId: indicator.id });
      if (input.targets.length) {
        await em.insert(
          IndicatorTarget,
          input.targets.map((t) => ({
            indicatorId: indicator.id,
            level: t.level ?? null,
            agencyId: t.agencyId ?? null,
            period: t.period ?? null,
            value: t.value,
          })),
        );
      }
      // Bumping the version makes concurrent target edits conflict like any other edit.
      await versionedWrite(em, Indicator, indicator.id, input.version, {});
      await this.audit.record(em, caller, {
        action: 'indicator.targets',
        entityType: 'Indicator',
        entityId: indicator.id,
        before,
        after: input.targets,
      });
      return em.findOneByOrFail(Indicator, { id: indicator.id });
    });
  }

  private async checkTargets(
    caller: Caller,
    em: EntityManager,
    targets: IndicatorTargetInput[],
    year: number,
  ): Promise<void> {
    const seen = new Set<string>();
    for (const [index, t] of targets.entries()) {
      const at = `targets.${index}`;
      if (t.level && t.agencyId) throw badField(`${at}.level`, 'indicator.targetScope');
      if (t.period) {
        const period = parsePeriod(t.period);
        if (!period) throw badField(`${at}.period`, 'measurement.PERIOD_MALFORMED');
        if (period.year !== year)
          throw badField(`${at}.period`, 'measurement.PERIOD_OUTSIDE_PLAN_YEAR', { year });
      }
      if (t.agencyId) await this.scope.assertCanRead(caller.actor, t.agencyId, em);
      const key = `${t.level ?? ''}|${t.agencyId ?? ''}|${t.period ?? ''}`;
      if (seen.has(key)) throw badField(`${at}.value`, 'indicator.targetDuplicate', { index: index + 1 });
      seen.add(key);
    }
  }

  private async writable(caller: Caller, id: string, em: EntityManager): Promise<Indicator> {
    const indicator = await this.findOne(caller.actor, id, em);
    await this.plans.findWritable(caller, indicator.planId, em);
    return indicator;
  }

  private async linkItems(em: EntityManager, indicator: Indicator, itemIds: string[]): Promise<void> {
    const unique = [...new Set(itemIds)];
    const items = unique.length
      ? await em.find(PlanItem, { where: { id: In(unique), planId: indicator.planId } })
      : [];
    const missing = unique.find((id) => !items.some((i) => i.id === id));
    if (missing)
      throw badInput([
        { field: 'linkedItemIds', key: 'common.notFound', params: { entity: 'PlanItem', id: missing } },
      ]);
    await em.delete(IndicatorPlanItem, { indicatorId: indicator.id });
    if (unique.length)
      await em.insert(
        IndicatorPlanItem,
        unique.map((itemId) => ({ indicatorId: indicator.id, itemId })),
      );
  }
}
