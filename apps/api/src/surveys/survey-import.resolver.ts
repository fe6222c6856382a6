import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { SurveyImportShape } from '@partrack/shared';
import { ImportSurveyResultsInput } from './dto/survey-import.input';
import { SurveyImportResult } from './survey-import.model';
import { SurveyImportService } from './survey-import.service';

@Resolver(() => SurveyImportResult)
export class SurveyImportResolver {
  constructor(private readonly imports: SurveyImportService) {}

  @Query(() => ExportedFile, {
    description:
      "The survey's results template (XLSX) in one shape: one row per respondent, or counts by level",
  })
  @RequirePermission(Permission.SURVEY_READ)
  surveyResultsTemplate(
    @CurrentCaller() caller: Caller,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('shape', { type: () => SurveyImportShape }) shape: SurveyImportShape,
  ): Promise<ExportedFile> {
    return this.imports.template(caller.actor, surveyId, shape);
  }

  @Mutation(() => SurveyImportResult, {
    description:
      "An OPEN survey's results from the filled template: replaces the counts of the agencies it names; all or nothing, problems by line and column; dry run by default",
  })
  @RequirePermission(Permission.SURVEY_MANAGE)
  importSurveyResults(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: ImportSurveyResultsInput,
  ): Promise<SurveyImportResult> {
    return this.imports.import(caller, input, ctx.lang);
  }
}
