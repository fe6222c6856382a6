import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, Ctx, RequirePermission } from '../../common/auth/auth.decorators';
import { Caller } from '../../common/context/caller';
import { GqlContext } from '../../common/context/request-context';
import { AgencyReorganisation } from './reorganisation.entity';
import { ReorganisationInput } from './reorganisation.input';
import { ReorganisationPreview } from './reorganisation-preview.model';
import { ReorganisationService } from './reorganisation.service';

@Resolver(() => AgencyReorganisation)
export class ReorganisationResolver {
  constructor(private readonly reorganisations: ReorganisationService) {}

  @Query(() => [AgencyReorganisation], { description: 'Reorganisations of your province, newest first' })
  @RequirePermission(Permission.AGENCY_READ)
  agencyReorganisations(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: 'At most 200' })
    first: number,
  ): Promise<AgencyReorganisation[]> {
    return this.reorganisations.list(caller, Math.min(Math.max(first ?? 50, 1), 200));
  }

  @Mutation(() => ReorganisationPreview, {
    description: 'Dry run: applies the batch in a transaction, reports every effect, and rolls it back',
  })
  @RequirePermission(Permission.AGENCY_MANAGE)
  previewReorganisation(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReorganisationInput,
    @Ctx() ctx: GqlContext,
  ): Promise<ReorganisationPreview> {
    return this.reorganisations.preview(caller, input, ctx.lang);
  }

  @Mutation(() => AgencyReorganisation, {
    description: 'Applies the batch all-or-nothing; any problem is BAD_USER_INPUT with extensions.problems',
  })
  @RequirePermission(Permission.AGENCY_MANAGE)
  applyReorganisation(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReorganisationInput,
    @Ctx() ctx: GqlContext,
  ): Promise<AgencyReorganisation> {
    return this.reorganisations.apply(caller, input, ctx.lang);
  }

  @Mutation(() => AgencyReorganisation, {
    description: 'Undoes a whole batch while nothing later depends on it',
  })
  @RequirePermission(Permission.AGENCY_MANAGE)
  undoReorganisation(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgencyReorganisation> {
    return this.reorganisations.undo(caller, id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why it can no longer be undone; null while it can (a few statements per batch: ask for one)',
  })
  undoBlockedBy(@Parent() batch: AgencyReorganisation): Promise<string | null> {
    return this.reorganisations.undoBlocker(batch);
  }
}
