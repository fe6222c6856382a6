import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { ParOutputsService } from './par-outputs.service';

/** The PAR Index outputs as files: ranking (XLSX), publication decision (DOCX), an agency's scorecard (XLSX). */
@Resolver()
export class ParOutputsResolver {
  constructor(private readonly outputs: ParOutputsService) {}

  @Query(() => ExportedFile, {
    description:
      "The cycle's ranking (XLSX): one sheet per target group with component indices, points, band and change on last year",
  })
  @RequirePermission(Permission.PAR_READ)
  parRankingXlsx(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<ExportedFile> {
    return this.outputs.rankingXlsx(caller.actor, cycleId);
  }

  @Query(() => ExportedFile, {
    description:
      "The decision publishing the cycle's PAR Index (DOCX, Decree 30 layout) with its annex of ranks; number left blank",
  })
  @RequirePermission(Permission.PAR_CYCLE_MANAGE)
  parPublicationDecisionDocx(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<ExportedFile> {
    return this.outputs.decisionDocx(caller.actor, cycleId);
  }

  @Query(() => ExportedFile, {
    description:
      "One assessment's scorecard (XLSX): every item with self-score, appraisal, explanation, second appraisal and final points; totals and index",
  })
  @RequirePermission(Permission.PAR_READ)
  parScorecardXlsx(
    @CurrentCaller() caller: Caller,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ): Promise<ExportedFile> {
    return this.outputs.scorecardXlsx(caller.actor, assessmentId);
  }
}
