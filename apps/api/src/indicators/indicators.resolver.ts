import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { PLAN_BY_ID } from '../plans/plan.loaders';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import {
  CreateIndicatorInput,
  IndicatorFilter,
  SetIndicatorStateInput,
  SetIndicatorTargetsInput,
  UpdateIndicatorInput,
} from './dto/indicator.input';
import { RollupArgs } from './dto/measurement.input';
import { INDICATOR_ITEMS, INDICATOR_TARGETS, indicatorValueLoader } from './indicator.loaders';
import { IndicatorTarget } from './indicator-target.entity';
import { IndicatorValue } from './indicator-value.model';
import { Indicator } from './indicator.entity';
import { IndicatorsService } from './indicators.service';

const IndicatorConnection = ConnectionType(Indicator);

@Resolver(() => Indicator)
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @Query(() => IndicatorConnection, { description: 'In plan order' })
  @RequirePermission(Permission.PLAN_READ)
  indicators(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => IndicatorFilter, nullable: true }) filter?: IndicatorFilter,
  ) {
    return this.service.list(caller.actor, filter ?? {}, page);
  }

  @Query(() => Indicator)
  @RequirePermission(Permission.PLAN_READ)
  indicator(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<Indicator> {
    return this.service.findOne(caller.actor, id);
  }

  @Mutation(() => Indicator, { description: 'A new indicator, in DRAFT until confirmed' })
  @RequirePermission(Permission.INDICATOR_MANAGE)
  createIndicator(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateIndicatorInput,
  ): Promise<Indicator> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Indicator)
  @RequirePermission(Permission.INDICATOR_MANAGE)
  updateIndicator(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateIndicatorInput,
  ): Promise<Indicator> {
    return this.service.update(caller, input);
  }

  @Mutation(() => Indicator, { description: 'Confirm a draft (ACTIVE), archive, or send back to DRAFT' })
  @RequirePermission(Permission.INDICATOR_MANAGE)
  setIndicatorState(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SetIndicatorStateInput,
  ): Promise<Indicator> {
    return this.service.setState(caller, input);
  }

  @Mutation(() => Indicator, { description: 'Replaces the level, agency and period overrides of the target' })
  @RequirePermission(Permission.INDICATOR_MANAGE)
  setIndicatorTargets(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SetIndicatorTargetsInput,
  ): Promise<Indicator> {
    return this.service.setTargets(caller, input);
  }

  @ResolveField(() => Plan)
  plan(@Parent() indicator: Indicator, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(PLAN_BY_ID).load(indicator.planId);
  }

  @ResolveField(() => [IndicatorTarget], { description: 'Overrides of the plan-wide target' })
  targets(@Parent() indicator: Indicator, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(INDICATOR_TARGETS).load(indicator.id);
  }

  @ResolveField(() => [PlanItem], { description: 'Plan items the indicator measures' })
  linkedItems(@Parent() indicator: Indicator, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(INDICATOR_ITEMS).load(indicator.id);
  }

  @ResolveField(() => IndicatorValue, {
    nullable: true,
    complexity: 5,
    description:
      'Rolled-up value for an agency subtree (default: the plan owner) and period; batched across indicators',
  })
  value(
    @Parent() indicator: Indicator,
    @Ctx() ctx: GqlContext,
    @Args('period') period: string,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId: string | undefined,
    @Args() options: RollupArgs,
  ) {
    return indicatorValueLoader(ctx, { agencyId: agencyId ?? null, period, ...options }).load(indicator);
  }
}
