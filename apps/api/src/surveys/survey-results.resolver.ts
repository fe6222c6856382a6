import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { SurveyResults } from './survey-results.model';
import { SurveyResultsService } from './survey-results.service';

@Resolver(() => SurveyResults)
export class SurveyResultsResolver {
  constructor(private readonly results: SurveyResultsService) {}

  @Query(() => SurveyResults, {
    description: 'Satisfaction by question, aspect and agency (of one agency when named), with the counts',
  })
  @RequirePermission(Permission.SURVEY_READ)
  surveyResults(
    @CurrentCaller() caller: Caller,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
  ): Promise<SurveyResults> {
    return this.results.results(caller.actor, surveyId, agencyId);
  }
}
