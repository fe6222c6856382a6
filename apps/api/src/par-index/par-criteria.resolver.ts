import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { CreateParCriterionInput, UpdateParCriterionInput } from './dto/par-criterion.input';
import { ParCriteriaService } from './par-criteria.service';
import { ParCriterion } from './par-criterion.entity';

@Resolver(() => ParCriterion)
export class ParCriteriaResolver {
  constructor(private readonly criteria: ParCriteriaService) {}

  @Mutation(() => ParCriterion, {
    description: 'Adds an area (no parent), a criterion or a sub-criterion to a DRAFT',
  })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  createParCriterion(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateParCriterionInput,
  ): Promise<ParCriterion> {
    return this.criteria.create(caller, input);
  }

  @Mutation(() => ParCriterion)
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  updateParCriterion(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateParCriterionInput,
  ): Promise<ParCriterion> {
    return this.criteria.update(caller, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an item of a DRAFT with everything under it' })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  deleteParCriterion(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.criteria.remove(caller, id);
  }
}
