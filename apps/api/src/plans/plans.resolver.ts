import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, REFORM_AREAS } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { badField } from '../common/errors/domain-error';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { CreatePlanInput, PlanFilter, UpdatePlanInput } from './dto/plan.input';
import { PLAN_BY_ID, PLAN_ITEMS_BY_PLAN } from './plan.loaders';
import { PlanItem } from './plan-item.entity';
import { Plan } from './plan.entity';
import { PlanCopyService } from './plan-copy.service';
import { PlansService } from './plans.service';
import { ReformArea } from './reform-area.entity';

const PlanConnection = ConnectionType(Plan);

@Resolver(() => Plan)
export class PlansResolver {
  constructor(
    private readonly planService: PlansService,
    private readonly copies: PlanCopyService,
  ) {}

  @Query(() => PlanConnection, { description: 'Newest year first' })
  @RequirePermission(Permission.PLAN_READ)
  plans(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PlanFilter, nullable: true }) filter?: PlanFilter,
  ) {
    return this.planService.list(caller.actor, filter ?? {}, page);
  }

  @Query(() => Plan)
  @RequirePermission(Permission.PLAN_READ)
  plan(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<Plan> {
    return this.planService.findOne(caller.actor, id);
  }

  @Query(() => [ReformArea], { description: 'The 7 reform areas (I–VII)' })
  @RequirePermission(Permission.PLAN_READ)
  reformAreas(): ReformArea[] {
    return REFORM_AREAS.map((a) => ({
      code: a.code,
      nameVi: a.nameVi,
      nameEn: a.nameEn,
      sortOrder: a.order,
    }));
  }

  @Mutation(() => Plan)
  @RequirePermission(Permission.PLAN_MANAGE)
  createPlan(@CurrentCaller() caller: Caller, @Args('input') input: CreatePlanInput): Promise<Plan> {
    return this.planService.create(caller, input);
  }

  @Mutation(() => Plan)
  @RequirePermission(Permission.PLAN_MANAGE)
  updatePlan(@CurrentCaller() caller: Caller, @Args('input') input: UpdatePlanInput): Promise<Plan> {
    return this.planService.update(caller, input);
  }

  @Mutation(() => Plan, {
    description:
      "The agency's own plan: the items it leads or coordinates, linked to the originals (re-run adds new ones)",
  })
  @RequirePermission(Permission.PLAN_DERIVE)
  deriveAgencyPlan(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<Plan> {
    return this.copies.derive(caller, planId, agencyId);
  }

  @Mutation(() => Plan, {
    description: 'A copy for another year: deadlines shifted, progress reset, status DRAFT',
  })
  @RequirePermission(Permission.PLAN_MANAGE)
  copyPlanToYear(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('code', {
      type: () => String,
      nullable: true,
      description: 'Default: the code with the year replaced',
    })
    code?: string,
  ): Promise<Plan> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badField('year', 'validation.invalid');
    return this.copies.copyToYear(caller, planId, year, code ?? undefined);
  }

  @ResolveField(() => [PlanItem], {
    description: 'Every item in document order; build the tree from parentId',
    complexity: 10,
  })
  items(@Parent() plan: Plan, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(PLAN_ITEMS_BY_PLAN).load(plan.id);
  }

  @ResolveField(() => Agency)
  ownerAgency(@Parent() plan: Plan, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(AGENCY_BY_ID).load(plan.ownerAgencyId);
  }

  @ResolveField(() => Agency, { nullable: true })
  signerAgency(@Parent() plan: Plan, @Ctx() ctx: GqlContext) {
    return plan.signerAgencyId ? ctx.loaders.get(AGENCY_BY_ID).load(plan.signerAgencyId) : null;
  }

  @ResolveField(() => Plan, { nullable: true })
  parentPlan(@Parent() plan: Plan, @Ctx() ctx: GqlContext) {
    return plan.parentPlanId ? ctx.loaders.get(PLAN_BY_ID).load(plan.parentPlanId) : null;
  }
}
