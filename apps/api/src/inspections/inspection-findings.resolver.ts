import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { RecordInspectionFindingsInput, ReinspectInput } from './dto/inspection.input';
import { InspectionFindingsService } from './inspection-findings.service';
import { Inspection } from './inspection.entity';

@Resolver()
export class InspectionFindingsResolver {
  constructor(private readonly service: InspectionFindingsService) {}

  @Mutation(() => Inspection, {
    description: 'Conducted: its findings, each one a corrective task led by the agency in the plan given',
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  recordInspectionFindings(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordInspectionFindingsInput,
  ): Promise<Inspection> {
    return this.service.record(caller, input);
  }

  @Mutation(() => Inspection, {
    description: 'Tái kiểm tra: close the findings remedied, keep the others open',
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  reinspectFindings(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReinspectInput,
  ): Promise<Inspection> {
    return this.service.reinspect(caller, input);
  }
}
