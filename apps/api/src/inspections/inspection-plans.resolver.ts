import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { VersionedInput } from '../common/graphql/versioned.input';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { Measurement } from '../indicators/measurement.entity';
import {
  AdjustInspectionPlanInput,
  InspectionPlanFilter,
  ProposeInspectionsInput,
  RecordInspectionCoverageInput,
} from './dto/inspection.input';
import { InspectionCoverageFeed } from './inspection-coverage-feed.service';
import { InspectionDocumentsService } from './inspection-documents.service';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionPlansService } from './inspection-plans.service';
import { InspectionCoverageModel } from './inspection.model';

const InspectionPlanConnection = ConnectionType(InspectionPlan);

@Resolver(() => InspectionPlan)
export class InspectionPlansResolver {
  constructor(
    private readonly service: InspectionPlansService,
    private readonly feed: InspectionCoverageFeed,
    private readonly documents: InspectionDocumentsService,
  ) {}

  @Query(() => InspectionPlanConnection, {
    description: "The province's inspection plans, newest year first",
  })
  @RequirePermission(Permission.INSPECTION_READ)
  inspectionPlans(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => InspectionPlanFilter, nullable: true }) filter?: InspectionPlanFilter,
  ) {
    return this.service.list(caller.actor, filter, page);
  }

  @Query(() => InspectionPlan)
  @RequirePermission(Permission.INSPECTION_READ)
  inspectionPlan(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InspectionPlan> {
    return this.service.findOne(caller.actor, id);
  }

  @Query(() => InspectionCoverageModel, {
    description: 'Agencies inspected ÷ agencies to inspect, per level and in total (result 1.14)',
  })
  @RequirePermission(Permission.INSPECTION_READ)
  inspectionCoverage(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
  ): Promise<InspectionCoverageModel> {
    return this.service.coverage(caller.actor, planId);
  }

  @Query(() => ExportedFile, {
    description:
      'The decision issuing the plan (DOCX, Decree 30 layout), its annex listing the agencies to inspect',
  })
  @RequirePermission(Permission.INSPECTION_READ)
  inspectionDecisionDocx(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
  ): Promise<ExportedFile> {
    return this.documents.decisionDocx(caller.actor, planId);
  }

  @Mutation(() => InspectionPlan, {
    description: "The year's DRAFT plan with the sample proposed per level, each inspection saying why",
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  proposeInspections(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ProposeInspectionsInput,
  ): Promise<InspectionPlan> {
    return this.service.propose(caller, input);
  }

  @Mutation(() => InspectionPlan, { description: 'Add agencies, drop inspections, change targets (a DRAFT)' })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  adjustInspectionPlan(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AdjustInspectionPlanInput,
  ): Promise<InspectionPlan> {
    return this.service.adjust(caller, input);
  }

  @Mutation(() => InspectionPlan, {
    description: 'DRAFT → APPROVED: the list is final, visits may be conducted',
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  approveInspectionPlan(
    @CurrentCaller() caller: Caller,
    @Args('input') input: VersionedInput,
  ): Promise<InspectionPlan> {
    return this.service.approve(caller, input);
  }

  @Mutation(() => Measurement, {
    description:
      "The plan's total coverage as the province's DRAFT figure for the year of an indicator (1.14)",
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  recordInspectionCoverage(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordInspectionCoverageInput,
  ): Promise<Measurement> {
    return this.feed.record(caller, input);
  }
}
