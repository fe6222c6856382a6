import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { TaskUpdate } from './task-update.entity';

@Resolver(() => TaskUpdate)
export class TaskUpdateResolver {
  @ResolveField(() => Agency)
  agency(@Parent() row: TaskUpdate, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId);
  }
}
