import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, RequirePermission } from '../common/auth/auth.decorators';
import { callerOf } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { CreateUserInput, ResetUserPasswordInput, UpdateUserInput, UserFilter } from './dto/user.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

const UserConnection = ConnectionType(User);

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly userService: UsersService) {}

  @Query(() => UserConnection)
  @RequirePermission(Permission.USER_MANAGE)
  users(
    @Args() page: PageArgs,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
  ) {
    return this.userService.list(filter ?? {}, page);
  }

  @Query(() => User)
  @RequirePermission(Permission.USER_MANAGE)
  user(@Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.userService.findById(id);
  }

  @Mutation(() => User)
  @RequirePermission(Permission.USER_MANAGE)
  createUser(@Ctx() ctx: GqlContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.userService.create(callerOf(ctx), input);
  }

  @Mutation(() => User)
  @RequirePermission(Permission.USER_MANAGE)
  updateUser(@Ctx() ctx: GqlContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.userService.update(callerOf(ctx), input);
  }

  @Mutation(() => User, { description: 'Also signs the user out everywhere' })
  @RequirePermission(Permission.USER_MANAGE)
  deactivateUser(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.userService.setActive(callerOf(ctx), id, false);
  }

  @Mutation(() => User)
  @RequirePermission(Permission.USER_MANAGE)
  reactivateUser(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.userService.setActive(callerOf(ctx), id, true);
  }

  @Mutation(() => User, { description: 'Also signs the user out everywhere' })
  @RequirePermission(Permission.USER_MANAGE)
  resetUserPassword(@Ctx() ctx: GqlContext, @Args('input') input: ResetUserPasswordInput): Promise<User> {
    return this.userService.resetPassword(callerOf(ctx), input.id, input.newPassword);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() user: User, @Ctx() ctx: GqlContext) {
    return user.agencyId ? ctx.loaders.get<string, Agency | null>(AGENCY_BY_ID).load(user.agencyId) : null;
  }
}
