import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ApplyParSurveyResultsInput } from './dto/par-survey.input';
import { ParSurveyImportResult } from './par-survey-import.model';
import { ParSurveyFeedService } from './par-survey-feed.service';

@Resolver()
export class ParSurveyFeedResolver {
  constructor(private readonly feed: ParSurveyFeedService) {}

  @Mutation(() => ParSurveyImportResult, {
    description:
      "Survey items' points from partrack's satisfaction surveys (maximum × the agency's satisfaction %): all or nothing; dry run by default",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  applyParSurveyResults(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: ApplyParSurveyResultsInput,
  ): Promise<ParSurveyImportResult> {
    return this.feed.apply(caller, input, ctx.lang);
  }
}
