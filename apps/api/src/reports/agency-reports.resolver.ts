import { dateInVietnam, todayInVietnam } from '../common/time/vietnam-time';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_ON_DAY, AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { AgencyReport } from './agency-report.entity';
import { AgencyReportsService } from './agency-reports.service';
import { AgencyReportFilter, ReviewAgencyReportInput, UpdateAgencyReportInput } from './dto/report.input';
import { ReportData, ReportNarrative } from './report-content.model';
import { ReportAttachment } from './report-attachment.entity';
import { ReportAttachmentsService } from './report-attachments.service';
import { ReportEvent } from './report-event.entity';
import { ReportExportService, ReportFileFormat } from './report-export.service';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { REPORT_EVENTS, ROUND_BY_ID } from './report.loaders';
import { ReportingRound } from './reporting-round.entity';

const AgencyReportConnection = ConnectionType(AgencyReport);

@Resolver(() => AgencyReport)
export class AgencyReportsResolver {
  constructor(
    private readonly reports: AgencyReportsService,
    private readonly exports: ReportExportService,
    private readonly files: ReportAttachmentsService,
  ) {}

  @Query(() => AgencyReportConnection, { description: 'Agency reports in your scope, by agency name' })
  @RequirePermission(Permission.REPORT_READ)
  agencyReports(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AgencyReportFilter, nullable: true }) filter?: AgencyReportFilter,
  ) {
    return this.reports.list(caller.actor, filter ?? {}, page);
  }

  @Query(() => AgencyReport)
  @RequirePermission(Permission.REPORT_READ)
  agencyReport(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgencyReport> {
    return this.reports.findOne(caller.actor, id);
  }

  @Query(() => ExportedFile, { description: 'The report in Word (Decree 30 layout) or its Excel appendices' })
  @RequirePermission(Permission.REPORT_READ)
  exportAgencyReport(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => ReportFileFormat }) format: ReportFileFormat,
  ): Promise<ExportedFile> {
    return this.exports.agencyReport(caller.actor, id, format);
  }

  @Mutation(() => AgencyReport, { description: 'Narrative, number and signer; only while DRAFT or RETURNED' })
  @RequirePermission(Permission.REPORT_WRITE)
  updateAgencyReport(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateAgencyReportInput,
  ): Promise<AgencyReport> {
    return this.reports.update(caller, input);
  }

  @Mutation(() => AgencyReport, { description: 'Freezes the data sections; late when after the due date' })
  @RequirePermission(Permission.REPORT_WRITE)
  submitAgencyReport(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<AgencyReport> {
    return this.reports.submit(caller, id, version);
  }

  @Mutation(() => AgencyReport, { description: 'SUBMITTED → ACCEPTED, or RETURNED with a comment' })
  @RequirePermission(Permission.REPORT_REVIEW)
  reviewAgencyReport(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReviewAgencyReportInput,
  ): Promise<AgencyReport> {
    return this.reports.review(caller, input);
  }

  @Mutation(() => AgencyReport, { description: 'ACCEPTED → RETURNED with a comment' })
  @RequirePermission(Permission.REPORT_REVIEW)
  reopenAgencyReport(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('comment') comment: string,
  ): Promise<AgencyReport> {
    return this.reports.reopen(caller, id, version, comment);
  }

  /** Named as on the report's date (its submission, else its round's due date), like its Word file. */
  @ResolveField(() => Agency)
  async agency(@Parent() report: AgencyReport, @Ctx() ctx: GqlContext) {
    const round = await ctx.loaders.get(ROUND_BY_ID).load(report.roundId);
    const day = dateInVietnam(report.submittedAt) ?? round?.dueDate ?? todayInVietnam();
    return (
      (await ctx.loaders.get(AGENCY_ON_DAY).load(`${report.agencyId}|${day}`)) ??
      ctx.loaders.get(AGENCY_BY_ID).load(report.agencyId)
    );
  }

  @ResolveField(() => ReportingRound)
  round(@Parent() report: AgencyReport, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(ROUND_BY_ID).load(report.roundId);
  }

  @ResolveField(() => ReportNarrative)
  narrative(@Parent() report: AgencyReport): ReportNarrative {
    return report.narrative;
  }

  @ResolveField(() => ReportData, {
    complexity: 20,
    description: 'Live until submission, then the frozen snapshot',
  })
  data(@Parent() report: AgencyReport): Promise<ReportData> {
    return this.reports.dataOf(report);
  }

  @ResolveField(() => Boolean, { description: 'True once submitted: the data no longer changes' })
  frozen(@Parent() report: AgencyReport): boolean {
    return report.snapshot !== null;
  }

  @ResolveField(() => [ReportAttachment], {
    description: 'Files attached (upload: POST /files/report-attachments/:reportId)',
  })
  attachments(@Parent() report: AgencyReport): Promise<ReportAttachment[]> {
    return this.files.list(report.id);
  }

  @Mutation(() => Boolean, { description: 'Removes an attachment while the report is DRAFT or RETURNED' })
  @RequirePermission(Permission.REPORT_WRITE)
  deleteReportAttachment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.files.remove(caller, id);
  }

  @ResolveField(() => [ReportEvent], { description: 'Transitions and review comments, newest first' })
  events(@Parent() report: AgencyReport, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(REPORT_EVENTS).load(report.id);
  }
}
