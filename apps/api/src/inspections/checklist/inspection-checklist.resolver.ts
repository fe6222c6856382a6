import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../../common/auth/auth.decorators';
import { Caller } from '../../common/context/caller';
import { Inspection } from '../inspection.entity';
import {
  BuildInspectionChecklistInput,
  UpdateInspectionChecklistItemInput,
} from './dto/inspection-checklist.input';
import { InspectionChecklistItem } from './inspection-checklist-item.entity';
import { InspectionChecklistService } from './inspection-checklist.service';

@Resolver(() => InspectionChecklistItem)
export class InspectionChecklistResolver {
  constructor(private readonly service: InspectionChecklistService) {}

  @Mutation(() => Inspection, {
    description:
      "The checklist from a PAR framework's areas and criteria or written lines; only while none is assessed",
  })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  buildInspectionChecklist(
    @CurrentCaller() caller: Caller,
    @Args('input') input: BuildInspectionChecklistInput,
  ): Promise<Inspection> {
    return this.service.build(caller, input);
  }

  @Mutation(() => InspectionChecklistItem, { description: "One item's result, note and evidence links" })
  @RequirePermission(Permission.INSPECTION_MANAGE)
  updateInspectionChecklistItem(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateInspectionChecklistItemInput,
  ): Promise<InspectionChecklistItem> {
    return this.service.updateItem(caller, input);
  }
}
