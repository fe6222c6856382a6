import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { SurveyTrendsFilter } from './dto/survey-trends.input';
import { SurveyTrends } from './survey-trends.model';
import { SurveyTrendsService } from './survey-trends.service';

@Resolver(() => SurveyTrends)
export class SurveyTrendsResolver {
  constructor(private readonly trends: SurveyTrendsService) {}

  @Query(() => SurveyTrends, {
    description:
      'Satisfaction per period of the surveys (not DRAFT) of a range of years, with changes in points',
  })
  @RequirePermission(Permission.SURVEY_READ)
  surveyTrends(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => SurveyTrendsFilter }) filter: SurveyTrendsFilter,
  ): Promise<SurveyTrends> {
    return this.trends.trends(caller.actor, filter);
  }
}
