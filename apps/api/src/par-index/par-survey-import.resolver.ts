import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { ImportParSurveyPointsInput } from './dto/par-survey.input';
import { ParSurveyImportResult } from './par-survey-import.model';
import { ParSurveyImportService } from './par-survey-import.service';

@Resolver()
export class ParSurveyImportResolver {
  constructor(private readonly surveys: ParSurveyImportService) {}

  @Query(() => ExportedFile, {
    description: "The cycle's survey points template (XLSX): every assessment's agency with its survey items",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  parSurveyTemplate(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<ExportedFile> {
    return this.surveys.template(caller.actor, cycleId);
  }

  @Mutation(() => ParSurveyImportResult, {
    description:
      "Survey items' points from the filled template (maximum × satisfaction %): all or nothing, problems by line; dry run by default",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  importParSurveyPoints(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: ImportParSurveyPointsInput,
  ): Promise<ParSurveyImportResult> {
    return this.surveys.import(caller, input, ctx.lang);
  }
}
