import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { ExportedFile } from '../common/graphql/exported-file.model';
import {
  ImportMeasurementsInput,
  MeasurementFilter,
  MeasurementTemplateInput,
  RecordMeasurementInput,
  ReopenMeasurementInput,
  ReviewMeasurementInput,
  RollupArgs,
  ScoreboardArgs,
} from './dto/measurement.input';
import { INDICATOR_BY_ID, MEASUREMENT_HISTORY } from './indicator.loaders';
import {
  IndicatorScoreboard,
  IndicatorValue,
  MeasurementEntry,
  MeasurementImportResult,
  ReportingCoverage,
} from './indicator-value.model';
import { MeasurementImportService } from './measurement-import.service';
import { ScoreboardExportService } from './scoreboard-export.service';
import { IndicatorValuesService } from './indicator-values.service';
import { Indicator } from './indicator.entity';
import { MeasurementRevision } from './measurement-revision.entity';
import { Measurement } from './measurement.entity';
import { MeasurementsService } from './measurements.service';

const MeasurementConnection = ConnectionType(Measurement);

@Resolver(() => Measurement)
export class MeasurementsResolver {
  constructor(
    private readonly service: MeasurementsService,
    private readonly values: IndicatorValuesService,
    private readonly imports: MeasurementImportService,
    private readonly scoreboardExport: ScoreboardExportService,
  ) {}

  @Query(() => MeasurementConnection, {
    description: 'Figures in your scope, oldest period first (review queue: statuses [SUBMITTED])',
  })
  @RequirePermission(Permission.PLAN_READ)
  measurements(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => MeasurementFilter, nullable: true }) filter?: MeasurementFilter,
  ) {
    return this.service.list(caller.actor, filter ?? {}, page);
  }

  @Query(() => Measurement)
  @RequirePermission(Permission.PLAN_READ)
  measurement(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Measurement> {
    return this.service.findOne(caller.actor, id);
  }

  @Query(() => [MeasurementEntry], { description: "An agency's entry grid for a period" })
  @RequirePermission(Permission.PLAN_READ)
  measurementEntries(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('period') period: string,
  ): Promise<MeasurementEntry[]> {
    return this.values.entries(caller.actor, planId, agencyId, period);
  }

  @Query(() => IndicatorValue, { description: 'Rolled-up value of an agency subtree for a period' })
  @RequirePermission(Permission.PLAN_READ)
  indicatorValue(
    @CurrentCaller() caller: Caller,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('period') period: string,
    @Args() options: RollupArgs,
  ): Promise<IndicatorValue> {
    return this.values.value(caller.actor, indicatorId, agencyId, period, options);
  }

  @Query(() => [IndicatorValue], {
    description: "Every period of the indicator's frequency from..to (at most 40)",
  })
  @RequirePermission(Permission.PLAN_READ)
  indicatorSeries(
    @CurrentCaller() caller: Caller,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args() options: RollupArgs,
  ): Promise<IndicatorValue[]> {
    return this.values.series(caller.actor, indicatorId, agencyId, from, to, options);
  }

  @Query(() => [IndicatorValue], { description: 'The agency, then each agency directly under it' })
  @RequirePermission(Permission.PLAN_READ)
  indicatorBreakdown(
    @CurrentCaller() caller: Caller,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('period') period: string,
    @Args() options: RollupArgs,
  ): Promise<IndicatorValue[]> {
    return this.values.breakdown(caller.actor, indicatorId, agencyId, period, options);
  }

  @Query(() => IndicatorScoreboard, {
    complexity: 50,
    description: 'Agencies of a level × active indicators of the plan, with value, target and status',
  })
  @RequirePermission(Permission.PLAN_READ)
  indicatorScoreboard(
    @CurrentCaller() caller: Caller,
    @Args() args: ScoreboardArgs,
  ): Promise<IndicatorScoreboard> {
    const { planId, period, level, rootAgencyId, ...options } = args;
    return this.values.scoreboard(caller.actor, planId, period, level, rootAgencyId, options);
  }

  @Query(() => ExportedFile, {
    complexity: 50,
    description: 'The scoreboard as an Excel workbook: numbers coloured by status, a legend sheet',
  })
  @RequirePermission(Permission.PLAN_READ)
  indicatorScoreboardXlsx(
    @CurrentCaller() caller: Caller,
    @Args() args: ScoreboardArgs,
  ): Promise<ExportedFile> {
    return this.scoreboardExport.xlsx(caller.actor, args);
  }

  @Query(() => ReportingCoverage, {
    description: 'Who should report the indicator for the period, and who has not',
  })
  @RequirePermission(Permission.PLAN_READ)
  reportingCoverage(
    @CurrentCaller() caller: Caller,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('period') period: string,
    @Args('rootAgencyId', { type: () => ID, nullable: true }) rootAgencyId: string | undefined,
    @Args() options: RollupArgs,
  ): Promise<ReportingCoverage> {
    return this.values.coverage(caller.actor, indicatorId, period, rootAgencyId ?? undefined, options.asOf);
  }

  @Mutation(() => Measurement, {
    description: 'Create or correct a figure (DRAFT); refused once submitted or approved',
  })
  @RequirePermission(Permission.MEASUREMENT_ENTER)
  recordMeasurement(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordMeasurementInput,
  ): Promise<Measurement> {
    return this.service.record(caller, input);
  }

  @Mutation(() => [Measurement], { description: 'DRAFT/RETURNED → SUBMITTED, all or nothing' })
  @RequirePermission(Permission.MEASUREMENT_ENTER)
  submitMeasurements(
    @CurrentCaller() caller: Caller,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<Measurement[]> {
    return this.service.submit(caller, ids);
  }

  @Mutation(() => Measurement, { description: 'SUBMITTED → APPROVED (locked) or RETURNED (with a comment)' })
  @RequirePermission(Permission.MEASUREMENT_REVIEW)
  reviewMeasurement(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReviewMeasurementInput,
  ): Promise<Measurement> {
    return this.service.review(caller, input);
  }

  @Mutation(() => Measurement, {
    description: 'APPROVED → RETURNED with a reason, so the agency can correct it',
  })
  @RequirePermission(Permission.MEASUREMENT_REVIEW)
  reopenMeasurement(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReopenMeasurementInput,
  ): Promise<Measurement> {
    return this.service.reopen(caller, input);
  }

  @Query(() => ExportedFile, {
    description: 'XLSX for bulk entry: one row per reporting agency under the root',
  })
  @RequirePermission(Permission.MEASUREMENT_ENTER)
  measurementTemplate(
    @CurrentCaller() caller: Caller,
    @Args('input') input: MeasurementTemplateInput,
  ): Promise<ExportedFile> {
    return this.imports.template(caller.actor, input);
  }

  @Mutation(() => MeasurementImportResult, {
    description:
      'The filled template: line-numbered problems; written only when there are none (all or nothing)',
  })
  @RequirePermission(Permission.MEASUREMENT_ENTER)
  importMeasurements(
    @Ctx() ctx: GqlContext,
    @CurrentCaller() caller: Caller,
    @Args('input') input: ImportMeasurementsInput,
  ): Promise<MeasurementImportResult> {
    return this.imports.import(caller, input, ctx.lang);
  }

  @ResolveField(() => Indicator)
  indicator(@Parent() m: Measurement, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(INDICATOR_BY_ID).load(m.indicatorId);
  }

  @ResolveField(() => Agency)
  agency(@Parent() m: Measurement, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(AGENCY_BY_ID).load(m.agencyId);
  }

  @ResolveField(() => [MeasurementRevision], { description: 'Every version and review step, newest first' })
  history(@Parent() m: Measurement, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(MEASUREMENT_HISTORY).load(m.id);
  }
}
