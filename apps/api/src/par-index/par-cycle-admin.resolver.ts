import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import {
  ExtendParDeadlineInput,
  PublishParCycleInput,
  ReopenParAssessmentInput,
  SetParCouncilInput,
  SetParSurveyHeldInput,
} from './dto/par-appraisal.input';
import { ParAssessment } from './par-assessment.entity';
import { ParCouncilMember } from './par-appraisal.model';
import { ParCycleAdminService } from './par-cycle-admin.service';
import { ParCycle } from './par-cycle.entity';
import { PAR_COUNCIL_MEMBER_BY_ID } from './par-index.loaders';

/** The coordinator's mutations on a cycle and its assessments, and the cycle's council by name. */
@Resolver(() => ParCycle)
export class ParCycleAdminResolver {
  constructor(private readonly admin: ParCycleAdminService) {}

  @Mutation(() => ParCycle, { description: 'Names the appraisal council (hội đồng thẩm định) of a cycle' })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  setParCouncil(@CurrentCaller() caller: Caller, @Args('input') input: SetParCouncilInput) {
    return this.admin.setCouncil(caller, input);
  }

  @Mutation(() => ParCycle, {
    description:
      'Records whether the satisfaction surveys were held (without them the index is scaled to 100)',
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  setParSurveyHeld(@CurrentCaller() caller: Caller, @Args('input') input: SetParSurveyHeldInput) {
    return this.admin.setSurveyHeld(caller, input);
  }

  @Mutation(() => ParAssessment, {
    description: "Extends one agency's deadline; a phase closed by its deadline reopens if nothing followed",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  extendParDeadline(@CurrentCaller() caller: Caller, @Args('input') input: ExtendParDeadlineInput) {
    return this.admin.extendDeadline(caller, input);
  }

  @Mutation(() => ParAssessment, { description: 'Takes an assessment one step back, with a reason' })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  reopenParAssessment(@CurrentCaller() caller: Caller, @Args('input') input: ReopenParAssessmentInput) {
    return this.admin.reopen(caller, input);
  }

  @Mutation(() => ParCycle, {
    description: 'Publishes the results once every assessment is finalised; freezes the cycle',
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  publishParCycle(@CurrentCaller() caller: Caller, @Args('input') input: PublishParCycleInput) {
    return this.admin.publish(caller, input);
  }

  @Query(() => [ParCouncilMember], {
    description: "Active users of the cycle's province who may sit on its council (20 at most, by name)",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  async parCouncilCandidates(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<ParCouncilMember[]> {
    return this.admin.councilCandidates(caller, cycleId, search);
  }

  @ResolveField(() => [ParCouncilMember], { description: 'The council, its lead first', complexity: 2 })
  async council(@Parent() row: ParCycle, @Ctx() ctx: GqlContext): Promise<ParCouncilMember[]> {
    const members = await ctx.loaders.get(PAR_COUNCIL_MEMBER_BY_ID).loadMany(row.councilUserIds);
    return members.filter((m): m is ParCouncilMember => m !== null && !(m instanceof Error));
  }
}
