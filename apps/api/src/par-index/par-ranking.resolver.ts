import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParTargetGroup, Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ParRankingRow } from './par-ranking.model';
import { ParRankingService } from './par-ranking.service';

@Resolver(() => ParRankingRow)
export class ParRankingResolver {
  constructor(private readonly ranking: ParRankingService) {}

  @Query(() => [ParRankingRow], {
    // One statement for all rows and one batch of agencies: priced as a small page, not as 1,000 objects.
    complexity: 20,
    description:
      'The PAR Index of every assessment of a cycle, ranked within its target group (by group, rank, agency name)',
  })
  @RequirePermission(Permission.PAR_READ)
  parRanking(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('targetGroup', { type: () => ParTargetGroup, nullable: true }) targetGroup?: ParTargetGroup | null,
  ): Promise<ParRankingRow[]> {
    return this.ranking.ranking(caller.actor, cycleId, targetGroup);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() row: ParRankingRow, @Ctx() ctx: GqlContext): Promise<Agency | null> {
    return ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId);
  }
}
