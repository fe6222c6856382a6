import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { PlanItem } from '../plans/plan-item.entity';
import { PLAN_ITEM_BY_ID } from '../plans/plan.loaders';
import { InspectionFinding } from './inspection-finding.entity';

@Resolver(() => InspectionFinding)
export class InspectionFindingFieldsResolver {
  @ResolveField(() => PlanItem, {
    nullable: true,
    description: 'The corrective task (batched); null if a planner deleted it',
  })
  task(@Parent() finding: InspectionFinding, @Ctx() ctx: GqlContext): Promise<PlanItem | null> | null {
    return finding.taskId ? ctx.loaders.get(PLAN_ITEM_BY_ID).load(finding.taskId) : null;
  }
}
