import {
  Args,
  ArgsType,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { LocalDateScalar } from '../common/graphql/scalars';
import { IsLocalDate } from '../common/validation/validators';
import { AgenciesService } from './agencies.service';
import { AgencyMutationsService } from './agency-mutations.service';
import { AgencyTreeNode } from './agency-tree-node.model';
import { Agency } from './agency.entity';
import {
  AGENCY_ANCESTOR_IDS,
  AGENCY_BY_ID,
  AGENCY_CHILDREN,
  AGENCY_DESCENDANT_COUNT,
  childrenKey,
  AGENCY_VERSIONS,
} from './agency.loaders';
import { AgencyVersion } from './agency-version.entity';
import { isValidOn } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';
import {
  AgencyFilter,
  CreateAgencyInput,
  DeactivateAgencyInput,
  MergeAgenciesInput,
  MoveAgencyInput,
  UpdateAgencyInput,
} from './dto/agency.input';

const AgencyConnection = ConnectionType(Agency);

@ArgsType()
class AgencyTreeArgs {
  @Field(() => ID, { nullable: true, description: 'Default: every root you may read' })
  @IsOptional()
  @IsUUID()
  rootId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@ArgsType()
class ChildrenArgs {
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  asOf?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(
    private readonly agencyService: AgenciesService,
    private readonly mutations: AgencyMutationsService,
  ) {}

  @Query(() => Agency)
  @RequirePermission(Permission.AGENCY_READ)
  agency(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<Agency> {
    return this.agencyService.findOne(caller.actor, id);
  }

  @Query(() => AgencyConnection)
  @RequirePermission(Permission.AGENCY_READ)
  agencies(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AgencyFilter, nullable: true }) filter?: AgencyFilter,
  ) {
    return this.agencyService.list(caller.actor, filter ?? {}, page);
  }

  @Query(() => [AgencyTreeNode], { description: 'A subtree, flat and depth-first, from one SQL query' })
  @RequirePermission(Permission.AGENCY_READ)
  agencyTree(@CurrentCaller() caller: Caller, @Args() args: AgencyTreeArgs): Promise<AgencyTreeNode[]> {
    return this.agencyService.tree(
      caller.actor,
      args.rootId ?? null,
      args.asOf ?? null,
      args.includeInactive ?? false,
    );
  }

  @Mutation(() => Agency)
  @RequirePermission(Permission.AGENCY_MANAGE)
  createAgency(@CurrentCaller() caller: Caller, @Args('input') input: CreateAgencyInput): Promise<Agency> {
    return this.mutations.create(caller, input);
  }

  @Mutation(() => Agency)
  @RequirePermission(Permission.AGENCY_MANAGE)
  updateAgency(@CurrentCaller() caller: Caller, @Args('input') input: UpdateAgencyInput): Promise<Agency> {
    return this.mutations.update(caller, input);
  }

  @Mutation(() => Agency, { description: 'Refuses to create a cycle' })
  @RequirePermission(Permission.AGENCY_MANAGE)
  moveAgency(@CurrentCaller() caller: Caller, @Args('input') input: MoveAgencyInput): Promise<Agency> {
    return this.mutations.move(caller, input);
  }

  @Mutation(() => Agency)
  @RequirePermission(Permission.AGENCY_MANAGE)
  deactivateAgency(
    @CurrentCaller() caller: Caller,
    @Args('input') input: DeactivateAgencyInput,
  ): Promise<Agency> {
    return this.mutations.deactivate(caller, input);
  }

  @Mutation(() => Agency, { description: 'Returns the target agency' })
  @RequirePermission(Permission.AGENCY_MANAGE)
  mergeAgencies(@CurrentCaller() caller: Caller, @Args('input') input: MergeAgenciesInput): Promise<Agency> {
    return this.mutations.merge(caller, input);
  }

  @ResolveField(() => Boolean, { description: 'Valid today' })
  active(@Parent() agency: Agency): boolean {
    return isValidOn(agency, todayInVietnam());
  }

  @ResolveField(() => Agency, { nullable: true })
  parent(@Parent() agency: Agency, @Ctx() ctx: GqlContext) {
    return agency.parentId ? ctx.loaders.get(AGENCY_BY_ID).load(agency.parentId) : null;
  }

  @ResolveField(() => Agency, { nullable: true })
  successor(@Parent() agency: Agency, @Ctx() ctx: GqlContext) {
    return agency.successorId ? ctx.loaders.get(AGENCY_BY_ID).load(agency.successorId) : null;
  }

  @ResolveField(() => [Agency])
  children(@Parent() agency: Agency, @Ctx() ctx: GqlContext, @Args() args: ChildrenArgs) {
    return ctx.loaders
      .get(AGENCY_CHILDREN)
      .load(childrenKey(agency.id, args.asOf, args.includeInactive ?? false));
  }

  @ResolveField(() => [Agency], { description: 'From the root down to the parent' })
  async ancestors(@Parent() agency: Agency, @Ctx() ctx: GqlContext): Promise<Agency[]> {
    const ids = await ctx.loaders.get(AGENCY_ANCESTOR_IDS).load(agency.id);
    const rows = await ctx.loaders.get(AGENCY_BY_ID).loadMany(ids);
    return rows.filter((row): row is Agency => row instanceof Agency);
  }

  @ResolveField(() => [AgencyVersion], {
    description: 'Its dated facts (parent, name, short name, kind, level), oldest first; they cover all time',
  })
  history(@Parent() agency: Agency, @Ctx() ctx: GqlContext): Promise<AgencyVersion[]> {
    return ctx.loaders.get(AGENCY_VERSIONS).load(agency.id);
  }

  @ResolveField(() => Int, { description: 'All agencies below, at any depth, including inactive ones' })
  descendantCount(@Parent() agency: Agency, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get(AGENCY_DESCENDANT_COUNT).load(agency.id);
  }
}
