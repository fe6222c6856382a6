import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../../common/auth/auth.decorators';
import { Caller } from '../../common/context/caller';
import { GqlContext } from '../../common/context/request-context';
import { Inspection } from '../inspection.entity';
import { TEAM_USER_BY_ID } from '../inspections.loaders';
import { InspectionTeamMember, InspectionTeamUser } from './inspection-team-member.model';
import { InspectionTeamReader } from './inspection-team.reader';

@Resolver(() => Inspection)
export class InspectionTeamResolver {
  constructor(private readonly reader: InspectionTeamReader) {}

  @Query(() => [InspectionTeamMember], {
    description: "Active users of the plan's province who may join its teams (by name; 20, at most 50)",
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  async inspectionTeamCandidates(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<InspectionTeamMember[]> {
    const users = await this.reader.candidates(caller, planId, search, first);
    return users.map((u) => ({ ...u, leader: false }));
  }

  @ResolveField(() => [InspectionTeamMember], {
    description: 'The team (đoàn kiểm tra) by name, its leader first',
    // Batched (one statement per page of inspections) and small: priced as a couple of objects.
    complexity: 2,
  })
  async team(@Parent() inspection: Inspection, @Ctx() ctx: GqlContext): Promise<InspectionTeamMember[]> {
    const users = await ctx.loaders.get(TEAM_USER_BY_ID).loadMany(inspection.teamUserIds);
    return users
      .filter((u): u is InspectionTeamUser => u !== null && !(u instanceof Error))
      .map((u) => ({ ...u, leader: u.id === inspection.teamUserIds[0] }));
  }
}
