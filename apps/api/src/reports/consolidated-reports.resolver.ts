import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConsolidatedReport } from './consolidated-report.entity';
import { ConsolidatedReportsService } from './consolidated-reports.service';
import { UpdateConsolidatedReportInput } from './dto/report.input';
import { ReportData, ReportNarrative } from './report-content.model';
import { ReportCompleteness } from './report-completeness.model';
import { ReportExportService, ReportFileFormat } from './report-export.service';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { ROUND_BY_ID } from './report.loaders';
import { ReportingRound } from './reporting-round.entity';

@Resolver(() => ConsolidatedReport)
export class ConsolidatedReportsResolver {
  constructor(
    private readonly reports: ConsolidatedReportsService,
    private readonly exports: ReportExportService,
  ) {}

  @Query(() => ConsolidatedReport, { nullable: true, description: 'Null until generated' })
  @RequirePermission(Permission.REPORT_READ)
  consolidatedReport(
    @CurrentCaller() caller: Caller,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<ConsolidatedReport | null> {
    return this.reports.findByRound(caller.actor, roundId);
  }

  @Query(() => ExportedFile, { description: 'The province report in Word or its Excel appendices' })
  @RequirePermission(Permission.REPORT_READ)
  exportConsolidatedReport(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => ReportFileFormat }) format: ReportFileFormat,
  ): Promise<ExportedFile> {
    return this.exports.consolidatedReport(caller.actor, id, format);
  }

  @Mutation(() => ConsolidatedReport, {
    description: 'Creates the draft from the accepted agency reports; redraw refills the narrative',
  })
  @RequirePermission(Permission.REPORT_REVIEW)
  generateConsolidatedReport(
    @CurrentCaller() caller: Caller,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('redraw', { defaultValue: false }) redraw: boolean,
  ): Promise<ConsolidatedReport> {
    return this.reports.generate(caller, roundId, redraw);
  }

  @Mutation(() => ConsolidatedReport)
  @RequirePermission(Permission.REPORT_REVIEW)
  updateConsolidatedReport(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateConsolidatedReportInput,
  ): Promise<ConsolidatedReport> {
    return this.reports.update(caller, input);
  }

  @Mutation(() => ConsolidatedReport, {
    description: 'Freezes the statistics; the report can no longer change',
  })
  @RequirePermission(Permission.REPORT_REVIEW)
  finaliseConsolidatedReport(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ConsolidatedReport> {
    return this.reports.finalise(caller, id, version);
  }

  // One spelling per concept (finalise…, finalisedAt); the old field stays one release for API clients.
  @ResolveField(() => Date, {
    nullable: true,
    deprecationReason: 'Use finalisedAt; finalizedAt will be removed in the next release.',
  })
  finalizedAt(@Parent() report: ConsolidatedReport): Date | null {
    return report.finalisedAt;
  }

  @ResolveField(() => ReportingRound)
  round(@Parent() report: ConsolidatedReport, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(ROUND_BY_ID).load(report.roundId);
  }

  @ResolveField(() => ReportNarrative)
  narrative(@Parent() report: ConsolidatedReport): ReportNarrative {
    return report.narrative;
  }

  @ResolveField(() => ReportData, { complexity: 20 })
  data(@Parent() report: ConsolidatedReport): Promise<ReportData> {
    return this.reports.dataOf(report);
  }

  @ResolveField(() => ReportCompleteness, { complexity: 10 })
  completeness(@Parent() report: ConsolidatedReport): Promise<ReportCompleteness> {
    return this.reports.completenessOf(report);
  }
}
