import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { CreateSurveyInput, SurveyFilter, UpdateSurveyInput } from './dto/survey.input';
import { SurveyQuestion } from './survey-question.entity';
import { Survey } from './survey.entity';
import { SURVEY_QUESTIONS_BY_SURVEY } from './surveys.loaders';
import { SurveysService } from './surveys.service';

const SurveyConnection = ConnectionType(Survey);

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(private readonly service: SurveysService) {}

  @Query(() => SurveyConnection, { description: "The province's satisfaction surveys, newest year first" })
  @RequirePermission(Permission.SURVEY_READ)
  surveys(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => SurveyFilter, nullable: true }) filter?: SurveyFilter,
  ) {
    return this.service.list(caller.actor, filter, page);
  }

  @Query(() => Survey)
  @RequirePermission(Permission.SURVEY_READ)
  survey(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<Survey> {
    return this.service.findOne(caller.actor, id);
  }

  @Mutation(() => Survey, { description: 'A DRAFT survey with its questions' })
  @RequirePermission(Permission.SURVEY_MANAGE)
  createSurvey(@CurrentCaller() caller: Caller, @Args('input') input: CreateSurveyInput): Promise<Survey> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Survey, {
    description: 'Title, period, rule, status; the questions (replaced as a whole) only while a DRAFT',
  })
  @RequirePermission(Permission.SURVEY_MANAGE)
  updateSurvey(@CurrentCaller() caller: Caller, @Args('input') input: UpdateSurveyInput): Promise<Survey> {
    return this.service.update(caller, input);
  }

  @ResolveField(() => [SurveyQuestion], {
    description: 'In order',
    // Batched (one statement per page) and bounded (100 questions): priced as a few objects.
    complexity: 5,
  })
  questions(@Parent() survey: Survey, @Ctx() ctx: GqlContext): Promise<SurveyQuestion[]> {
    return ctx.loaders.get(SURVEY_QUESTIONS_BY_SURVEY).load(survey.id);
  }
}
