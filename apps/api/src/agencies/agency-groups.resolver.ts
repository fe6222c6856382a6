import { LocalDateScalar } from '../common/graphql/scalars';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { AgencyGroupsService } from './agency-groups.service';
import { AgencyGroup } from './agency-group.entity';
import { AgencyNameResolution } from './agency-name.model';
import { AgencyNamesService } from './agency-names.service';
import { Agency } from './agency.entity';
import { AGENCY_BY_ID } from './agency.loaders';
import { GROUP_MEMBER_IDS } from './agency-group.loaders';
import { CreateAgencyGroupInput, UpdateAgencyGroupInput } from './dto/agency-group.input';

const AgencyGroupConnection = ConnectionType(AgencyGroup);

@Resolver(() => AgencyGroup)
export class AgencyGroupsResolver {
  constructor(
    private readonly groups: AgencyGroupsService,
    private readonly names: AgencyNamesService,
  ) {}

  @Query(() => AgencyGroupConnection)
  @RequirePermission(Permission.AGENCY_READ)
  agencyGroups(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ) {
    return this.groups.list(caller.actor, search, page);
  }

  @Query(() => AgencyGroup)
  @RequirePermission(Permission.AGENCY_READ)
  agencyGroup(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgencyGroup> {
    return this.groups.findOne(caller.actor, id);
  }

  @Query(() => AgencyNameResolution, { description: 'Which agencies or groups a free-text cell names' })
  @RequirePermission(Permission.AGENCY_READ)
  resolveAgencyNames(
    @CurrentCaller() caller: Caller,
    @Args('text') text: string,
    @Args('rootId', { type: () => ID, nullable: true }) rootId?: string,
    @Args('asOf', {
      type: () => LocalDateScalar,
      nullable: true,
      description: "The text's date: names are matched against that day's agencies and names (default today)",
    })
    asOf?: string,
  ): Promise<AgencyNameResolution> {
    return this.names.resolve(caller.actor, text.slice(0, 2000), rootId ?? null, asOf ?? undefined);
  }

  @Mutation(() => AgencyGroup)
  @RequirePermission(Permission.AGENCY_GROUP_MANAGE)
  createAgencyGroup(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateAgencyGroupInput,
  ): Promise<AgencyGroup> {
    return this.groups.create(caller, input);
  }

  @Mutation(() => AgencyGroup)
  @RequirePermission(Permission.AGENCY_GROUP_MANAGE)
  updateAgencyGroup(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateAgencyGroupInput,
  ): Promise<AgencyGroup> {
    return this.groups.update(caller, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.AGENCY_GROUP_MANAGE)
  deleteAgencyGroup(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.groups.remove(caller, id);
  }

  @ResolveField(() => [ID])
  memberIds(@Parent() group: AgencyGroup, @Ctx() ctx: GqlContext): Promise<string[]> {
    return ctx.loaders.get(GROUP_MEMBER_IDS).load(group.id);
  }

  @ResolveField(() => [Agency])
  async members(@Parent() group: AgencyGroup, @Ctx() ctx: GqlContext): Promise<Agency[]> {
    const ids = await ctx.loaders.get(GROUP_MEMBER_IDS).load(group.id);
    const rows = await ctx.loaders.get(AGENCY_BY_ID).loadMany(ids);
    return rows.filter((row): row is Agency => row instanceof Agency);
  }
}
