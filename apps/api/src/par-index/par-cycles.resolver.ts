import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { Caller } from '../common/context/caller';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { OpenParCycleInput } from './dto/par-assessment.input';
import { ParStatusCount } from './par-assessment.model';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { PAR_STATUS_COUNTS_BY_CYCLE } from './par-index.loaders';

const ParCycleConnection = ConnectionType(ParCycle);

@Resolver(() => ParCycle)
export class ParCyclesResolver {
  constructor(private readonly cycles: ParCyclesService) {}

  @Query(() => ParCycleConnection, { description: "The province's PAR Index cycles, newest year first" })
  @RequirePermission(Permission.PAR_READ)
  parCycles(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ) {
    return this.cycles.list(caller.actor, year, page);
  }

  @Query(() => ParCycle)
  @RequirePermission(Permission.PAR_READ)
  parCycle(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ParCycle> {
    return this.cycles.findOne(caller.actor, id);
  }

  @Mutation(() => ParCycle, {
    description:
      "Opens the year's cycle: locks its frameworks and gives every agency of their groups an assessment",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  openParCycle(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: OpenParCycleInput,
  ): Promise<ParCycle> {
    return this.cycles.open(caller, input, ctx.lang);
  }

  @ResolveField(() => [ParStatusCount], {
    description: "How many of the cycle's assessments are at each step (every step, zeros too)",
    // One batched GROUP BY for a page of cycles, five rows each: priced as a couple of objects.
    complexity: 2,
  })
  statusCounts(
    @Parent() row: ParCycle,
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
  ): Promise<ParStatusCount[]> {
    return ctx.loaders.get(PAR_STATUS_COUNTS_BY_CYCLE).load({ actor: caller.actor, cycleId: row.id });
  }
}
