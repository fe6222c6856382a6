import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../common/auth/auth.decorators';
import { GqlContext } from '../../common/context/request-context';
import { Inspection } from '../inspection.entity';
import { InspectionChecklistItem } from './inspection-checklist-item.entity';
import { CHECKLIST_BY_INSPECTION } from './inspection-checklist.loaders';

/** An inspection's checklist, batched per request so a page of inspections costs one statement. */
@Resolver(() => Inspection)
export class InspectionChecklistFieldsResolver {
  @ResolveField(() => [InspectionChecklistItem], {
    description: 'The checklist in order; empty until built',
    // Batched and bounded (200 items): priced as a few objects.
    complexity: 5,
  })
  checklist(@Parent() inspection: Inspection, @Ctx() ctx: GqlContext): Promise<InspectionChecklistItem[]> {
    return ctx.loaders.get(CHECKLIST_BY_INSPECTION).load(inspection.id);
  }
}
