import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { GROUP_BY_ID } from './plan.loaders';
import { PlanItemAgency } from './plan-item-agency.entity';
import { TaskUpdate } from './task-update.entity';

@Resolver(() => PlanItemAgency)
export class PlanItemAgencyResolver {
  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() row: PlanItemAgency, @Ctx() ctx: GqlContext) {
    return row.agencyId ? ctx.loaders.get<string, Agency | null>(AGENCY_BY_ID).load(row.agencyId) : null;
  }

  @ResolveField(() => AgencyGroup, { nullable: true })
  group(@Parent() row: PlanItemAgency, @Ctx() ctx: GqlContext) {
    return row.groupId ? ctx.loaders.get<string, AgencyGroup | null>(GROUP_BY_ID).load(row.groupId) : null;
  }
}

@Resolver(() => TaskUpdate)
export class TaskUpdateResolver {
  @ResolveField(() => Agency)
  agency(@Parent() row: TaskUpdate, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get<string, Agency | null>(AGENCY_BY_ID).load(row.agencyId);
  }
}
