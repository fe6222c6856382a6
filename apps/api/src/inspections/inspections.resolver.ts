import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { ScheduleInspectionInput } from './dto/inspection.input';
import { InspectionDocumentsService } from './inspection-documents.service';
import { InspectionFinding } from './inspection-finding.entity';
import { Inspection } from './inspection.entity';
import { FINDINGS_BY_INSPECTION } from './inspections.loaders';
import { InspectionsService } from './inspections.service';

const InspectionConnection = ConnectionType(Inspection);

@Resolver(() => Inspection)
export class InspectionsResolver {
  constructor(
    private readonly service: InspectionsService,
    private readonly documents: InspectionDocumentsService,
  ) {}

  @Query(() => InspectionConnection, { description: "A plan's inspections by month (unscheduled last)" })
  @RequirePermission(Permission.INSPECTION_READ)
  inspections(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
    @Args() page: PageArgs,
  ) {
    return this.service.list(caller.actor, planId, page);
  }

  @Query(() => Inspection)
  @RequirePermission(Permission.INSPECTION_READ)
  inspection(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Inspection> {
    return this.service.findOne(caller.actor, id);
  }

  @Query(() => ExportedFile, {
    description: 'Kết luận kiểm tra (DOCX, Decree 30 layout) drafted from a conducted inspection’s findings',
  })
  @RequirePermission(Permission.INSPECTION_READ)
  inspectionConclusionDocx(
    @CurrentCaller() caller: Caller,
    @Args('inspectionId', { type: () => ID }) inspectionId: string,
  ): Promise<ExportedFile> {
    return this.documents.conclusionDocx(caller.actor, inspectionId);
  }

  @Mutation(() => Inspection, { description: 'Month of the visit and the team (leader first)' })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  scheduleInspection(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ScheduleInspectionInput,
  ): Promise<Inspection> {
    return this.service.schedule(caller, input);
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The inspected agency' })
  agency(@Parent() inspection: Inspection, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(AGENCY_BY_ID).load(inspection.agencyId);
  }

  @ResolveField(() => [InspectionFinding], {
    description: 'In order',
    // Batched (one statement per page) and bounded (50 findings): priced as a few objects.
    complexity: 5,
  })
  findings(@Parent() inspection: Inspection, @Ctx() ctx: GqlContext): Promise<InspectionFinding[]> {
    return ctx.loaders.get(FINDINGS_BY_INSPECTION).load(inspection.id);
  }
}
