import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { daysLate, isDoneLate, isOverdue, Permission, PlanItemStatus } from '@partrack/shared';
import { todayInVietnam } from '../common/time/vietnam-time';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { LocalDateScalar } from '../common/graphql/scalars';
import { CreatePlanItemInput, UpdatePlanItemInput } from './dto/plan-item.input';
import { ITEM_ASSIGNMENTS, ITEM_UPDATES, PLAN_BY_ID, PLAN_ITEM_BY_ID } from './plan.loaders';
import { AssignmentRole, PlanItemAgency } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { PlanItemsService } from './plan-items.service';
import { Plan } from './plan.entity';
import { ReformArea } from './reform-area.entity';
import { REFORM_AREAS } from '@partrack/shared';
import { TaskUpdate } from './task-update.entity';

/** Items of a derived plan report their original's progress. */
async function effective(item: PlanItem, ctx: GqlContext): Promise<PlanItem> {
  if (!item.sourceItemId) return item;
  return (await ctx.loaders.get(PLAN_ITEM_BY_ID).load(item.sourceItemId)) ?? item;
}

@Resolver(() => PlanItem)
export class PlanItemsResolver {
  constructor(private readonly itemService: PlanItemsService) {}

  @Query(() => PlanItem)
  @RequirePermission(Permission.PLAN_READ)
  planItem(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PlanItem> {
    return this.itemService.findOne(caller.actor, id);
  }

  @Mutation(() => PlanItem)
  @RequirePermission(Permission.PLAN_MANAGE)
  createPlanItem(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreatePlanItemInput,
  ): Promise<PlanItem> {
    return this.itemService.create(caller, input);
  }

  @Mutation(() => PlanItem)
  @RequirePermission(Permission.PLAN_MANAGE)
  updatePlanItem(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdatePlanItemInput,
  ): Promise<PlanItem> {
    return this.itemService.update(caller, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the item with its sub-items and updates' })
  @RequirePermission(Permission.PLAN_MANAGE)
  deletePlanItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.itemService.remove(caller, id);
  }

  @ResolveField(() => Plan)
  plan(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(PLAN_BY_ID).load(item.planId);
  }

  @ResolveField(() => ReformArea, { nullable: true })
  area(@Parent() item: PlanItem): ReformArea | null {
    const area = REFORM_AREAS.find((a) => a.code === item.areaCode);
    return area ? { code: area.code, nameVi: area.nameVi, nameEn: area.nameEn, sortOrder: area.order } : null;
  }

  @ResolveField(() => PlanItem, { nullable: true })
  parent(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return item.parentId ? ctx.loaders.get(PLAN_ITEM_BY_ID).load(item.parentId) : null;
  }

  @ResolveField(() => [PlanItemAgency], {
    description: 'Lead and coordinating agencies and groups, in document order',
    complexity: 2,
  })
  assignments(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(ITEM_ASSIGNMENTS).load(item.id);
  }

  @ResolveField(() => [PlanItemAgency], { complexity: 2 })
  async leads(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return (await this.assignments(item, ctx)).filter((a) => a.role === AssignmentRole.LEAD);
  }

  @ResolveField(() => [PlanItemAgency], { complexity: 2 })
  async coordinators(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return (await this.assignments(item, ctx)).filter((a) => a.role === AssignmentRole.COORDINATOR);
  }

  @ResolveField(() => [TaskUpdate], {
    description: 'Newest first; for a derived item, the original’s updates',
    complexity: 5,
  })
  async updates(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(ITEM_UPDATES).load((await effective(item, ctx)).id);
  }

  @ResolveField(() => PlanItemStatus)
  async status(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return (await effective(item, ctx)).status;
  }

  @ResolveField(() => Int)
  async progress(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return (await effective(item, ctx)).progress;
  }

  @ResolveField(() => LocalDateScalar, { nullable: true })
  async completedOn(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    return (await effective(item, ctx)).completedOn;
  }

  @ResolveField(() => Boolean, { description: 'Past due and not done or cancelled (derived, never stored)' })
  async overdue(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    const e = await effective(item, ctx);
    return isOverdue(
      { status: e.status, dueDate: item.dueDate, completedOn: e.completedOn },
      todayInVietnam(),
    );
  }

  @ResolveField(() => Boolean, { description: 'Done after the due date' })
  async doneLate(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    const e = await effective(item, ctx);
    return isDoneLate({ status: e.status, dueDate: item.dueDate, completedOn: e.completedOn });
  }

  @ResolveField(() => Int, {
    description: 'Days past due: until completion if done, until today if still open',
  })
  async daysLate(@Parent() item: PlanItem, @Ctx() ctx: GqlContext) {
    const e = await effective(item, ctx);
    return daysLate(
      { status: e.status, dueDate: item.dueDate, completedOn: e.completedOn },
      todayInVietnam(),
    );
  }
}
