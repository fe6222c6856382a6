import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { ImportParNationalPointsInput } from './dto/par-national-import.input';
import { ParNationalImportResult } from './par-national-import.model';
import { ParNationalImportService } from './par-national-import.service';

/** The Ministry's points of the province's national self-assessment as a workbook: template and import. */
@Resolver()
export class ParNationalImportResolver {
  constructor(private readonly imports: ParNationalImportService) {}

  @Query(() => ExportedFile, {
    description:
      "The Ministry's points template (XLSX) of the province's national assessment: every item, its maximum and self-score",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  parNationalTemplate(
    @CurrentCaller() caller: Caller,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ): Promise<ExportedFile> {
    return this.imports.template(caller.actor, assessmentId);
  }

  @Mutation(() => ParNationalImportResult, {
    description:
      "The Ministry's points from the filled template, all or nothing with problems by line; records them and finalises like recordParNationalAppraisal; dry run by default",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  importParNationalPoints(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: ImportParNationalPointsInput,
  ): Promise<ParNationalImportResult> {
    return this.imports.import(caller, input, ctx.lang);
  }
}
