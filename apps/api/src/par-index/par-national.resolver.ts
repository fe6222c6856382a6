import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import {
  AssignParResponsibilitiesInput,
  CreateParImprovementTasksInput,
  RecordParNationalAppraisalInput,
} from './dto/par-national.input';
import { ParAssessment } from './par-assessment.entity';
import { PAR_RESPONSIBILITIES_BY_ASSESSMENT } from './par-index.loaders';
import { ParNationalService } from './par-national.service';
import { ParResponsibility } from './par-responsibility.entity';

/** The province's own national PAR Index: responsibilities, the Ministry's points, improvement tasks. */
@Resolver(() => ParAssessment)
export class ParNationalResolver {
  constructor(private readonly national: ParNationalService) {}

  @Mutation(() => ParAssessment, {
    description: "Gives items of the province's national self-assessment to the agencies answering for them",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  assignParResponsibilities(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AssignParResponsibilitiesInput,
  ) {
    return this.national.assign(caller, input);
  }

  @Mutation(() => ParAssessment, {
    description: "Records the Ministry's appraised points of the province, every item, and finalises it",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  recordParNationalAppraisal(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordParNationalAppraisalInput,
  ) {
    return this.national.recordAppraisal(caller, input);
  }

  @Mutation(() => Int, {
    description: "Adds to next year's plan a task for every item that lost points; answers how many",
  })
  @RequirePermission(Permission.PLAN_MANAGE)
  createParImprovementTasks(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateParImprovementTasksInput,
  ) {
    return this.national.improvementTasks(caller, input);
  }

  @ResolveField(() => [ParResponsibility], {
    complexity: 2,
    description: 'Who answers for which items (national assessment)',
  })
  responsibilities(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParResponsibility[]> {
    return ctx.loaders.get(PAR_RESPONSIBILITIES_BY_ASSESSMENT).load(row.id);
  }
}
