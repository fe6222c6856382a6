import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { ConsolidatedReportsService } from './consolidated-reports.service';
import { OpenReportingRoundInput } from './dto/report.input';
import { ReportCompleteness } from './report-completeness.model';
import { ReportingPeriod, toReportingPeriod } from './reporting-period.model';
import { ReportingRound } from './reporting-round.entity';
import { ReportingRoundsService } from './reporting-rounds.service';

@Resolver(() => ReportingRound)
export class ReportingRoundsResolver {
  constructor(
    private readonly rounds: ReportingRoundsService,
    private readonly consolidated: ConsolidatedReportsService,
  ) {}

  @Query(() => [ReportingPeriod], {
    description: 'The Q1, H1, Q3 and YEAR reports of a year: windows and due dates',
  })
  @RequirePermission(Permission.REPORT_READ)
  reportingPeriods(@Args('year', { type: () => Int }) year: number): ReportingPeriod[] {
    return this.rounds.calendar(year).map(toReportingPeriod);
  }

  @Query(() => [ReportingRound], { description: 'Rounds of your province, latest due date first' })
  @RequirePermission(Permission.REPORT_READ)
  reportingRounds(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<ReportingRound[]> {
    return this.rounds.list(caller.actor, year ?? undefined);
  }

  @Query(() => ReportingRound)
  @RequirePermission(Permission.REPORT_READ)
  reportingRound(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportingRound> {
    return this.rounds.findOne(caller.actor, id);
  }

  @Mutation(() => ReportingRound, {
    description:
      'Opens a round (idempotent for Q1/H1/Q3/YEAR) and creates a report for every reporting agency',
  })
  @RequirePermission(Permission.REPORT_REVIEW)
  openReportingRound(
    @CurrentCaller() caller: Caller,
    @Args('input') input: OpenReportingRoundInput,
  ): Promise<ReportingRound> {
    return this.rounds.open(caller, input);
  }

  @ResolveField(() => ReportCompleteness, {
    complexity: 10,
    description: 'Who submitted, on time or late, and who has not',
  })
  completeness(@Parent() round: ReportingRound): Promise<ReportCompleteness> {
    return this.consolidated.completeness(round.id);
  }
}
