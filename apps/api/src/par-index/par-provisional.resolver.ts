import { Args, ArgsType, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { msg } from '../common/validation/validation-messages';
import { ParAtRiskRow, ParProvisionalScore } from './par-provisional.model';
import { ParProvisionalService } from './par-provisional.service';

@ArgsType()
class ParProvisionalArgs {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  assessmentId: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'What-if: these tasks counted as done by their deadline',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  doneTaskIds: string[];
}

/** Points at risk: an agency's score as it stands, the province's picture, and the what-if. */
@Resolver(() => ParAtRiskRow)
export class ParProvisionalResolver {
  constructor(private readonly provisional: ParProvisionalService) {}

  @Query(() => ParProvisionalScore, {
    description: "An agency's PAR Index as it stands today, with the records behind every lost point",
  })
  @RequirePermission(Permission.PAR_READ)
  parProvisionalScore(@CurrentCaller() caller: Caller, @Args() args: ParProvisionalArgs) {
    return this.provisional.forAssessment(caller.actor, args.assessmentId, args.doneTaskIds);
  }

  @Query(() => [ParAtRiskRow], { description: "A cycle's agencies, most points at risk first" })
  @RequirePermission(Permission.PAR_READ)
  parPointsAtRisk(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.provisional.atRisk(caller.actor, cycleId);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() row: ParAtRiskRow, @Ctx() ctx: GqlContext): Promise<Agency | null> {
    return ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId);
  }
}
