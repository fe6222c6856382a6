import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { AgencyGroupsService } from '../agencies/agency-groups.service';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_EVER_ANCESTOR_IDS, AGENCY_ON_DAY } from '../agencies/agency.loaders';
import { todayInVietnam } from '../common/time/vietnam-time';
import { Ctx, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { GROUP_BY_ID, ITEM_PLAN_YEAR } from './plan.loaders';
import { PlanItemAgency } from './plan-item-agency.entity';

/**
 * An admin may assign another province's agency or group to a plan's item; the plan's readers see such an
 * assignment without its agency or group (null), as if it named nothing. "Their province" is the reading
 * scope: what was ever in it or merged into it, so a 2022 task's merged-away lead stays visible.
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
    // Named as in the plan's year (its last day, or today while it runs): a 2022 task keeps 2022's names.
    const item = await ctx.loaders.get(ITEM_PLAN_YEAR).load(row.itemId);
    const today = todayInVietnam();
    const day = item === null ? today : `${item}-12-31` < today ? `${item}-12-31` : today;
    const [agency, ancestors] = await Promise.all([
      ctx.loaders.get(AGENCY_ON_DAY).load(`${row.agencyId}|${day}`),
      root === null ? ([] as string[]) : ctx.loaders.get(AGENCY_EVER_ANCESTOR_IDS).load(row.agencyId),
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
