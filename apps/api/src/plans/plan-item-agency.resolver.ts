import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { AgencyGroupsService } from '../agencies/agency-groups.service';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_ANCESTOR_IDS, AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { GROUP_BY_ID } from './plan.loaders';
import { PlanItemAgency } from './plan-item-agency.entity';

/**
 * An admin may assign another province's agency or group to a plan's item; the plan's readers see such an
 * assignment without its agency or group (null), as if it named nothing.
 */
@Resolver(() => PlanItemAgency)
export class PlanItemAgencyResolver {
  constructor(
    private readonly scope: AgencyScopeService,
    private readonly groups: AgencyGroupsService,
  ) {}

  @ResolveField(() => Agency, { nullable: true })
  async agency(
    @Parent() row: PlanItemAgency,
    @Ctx() ctx: GqlContext,
    @CurrentCaller() caller: Caller,
  ): Promise<Agency | null> {
    if (!row.agencyId) return null;
    const root = this.scope.readRoot(caller.actor);
    const [agency, ancestors] = await Promise.all([
      ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId),
      root === null ? ([] as string[]) : ctx.loaders.get(AGENCY_ANCESTOR_IDS).load(row.agencyId),
    ]);
    return root === null || row.agencyId === root || ancestors.includes(root) ? agency : null;
  }

  @ResolveField(() => AgencyGroup, { nullable: true })
  async group(
    @Parent() row: PlanItemAgency,
    @Ctx() ctx: GqlContext,
    @CurrentCaller() caller: Caller,
  ): Promise<AgencyGroup | null> {
    if (!row.groupId) return null;
    const group = await ctx.loaders.get(GROUP_BY_ID).load(row.groupId);
    return group && this.groups.visibleTo(caller.actor, group) ? group : null;
  }
}
