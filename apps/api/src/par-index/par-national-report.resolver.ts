import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { ParNationalReportService } from './par-national-report.service';

/** The province's national self-assessment report for the Ministry (DOCX). */
@Resolver()
export class ParNationalReportResolver {
  constructor(private readonly reports: ParNationalReportService) {}

  @Query(() => ExportedFile, {
    description:
      "The province's self-assessment report for the Ministry (DOCX, Decree 30 layout): totals by area, then every item with its self-score, the agency answering for it, explanation and evidence",
  })
  @RequirePermission(Permission.PAR_READ)
  parNationalReportDocx(
    @CurrentCaller() caller: Caller,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ): Promise<ExportedFile> {
    return this.reports.reportDocx(caller.actor, assessmentId);
  }
}
