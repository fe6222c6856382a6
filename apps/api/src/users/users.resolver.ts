import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import {
  CreateUserInput,
  ResetUserPasswordInput,
  UpdateUserInput,
  UserFilter,
  ReassignUsersInput,
} from './dto/user.input';
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
  createUser(@CurrentCaller() caller: Caller, @Args('input') input: CreateUserInput): Promise<User> {
    return this.userService.create(caller, input);
  }

  @Mutation(() => User)
  @RequirePermission(Permission.USER_MANAGE)
  updateUser(@CurrentCaller() caller: Caller, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.userService.update(caller, input);
  }

  @Mutation(() => User, { description: 'Also signs the user out everywhere' })
  @RequirePermission(Permission.USER_MANAGE)
  deactivateUser(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.userService.setActive(caller, id, false);
  }

  @Mutation(() => User)
  @RequirePermission(Permission.USER_MANAGE)
  reactivateUser(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.userService.setActive(caller, id, true);
  }

  @Mutation(() => User, { description: 'Also signs the user out everywhere' })
  @RequirePermission(Permission.USER_MANAGE)
  resetUserPassword(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ResetUserPasswordInput,
  ): Promise<User> {
    return this.userService.resetPassword(caller, input.id, input.newPassword);
  }

  @Mutation(() => [User], {
    description: "Moves an agency's users (all or some) to another agency, by default its successor of today",
  })
  @RequirePermission(Permission.USER_MANAGE)
  reassignUsers(@CurrentCaller() caller: Caller, @Args('input') input: ReassignUsersInput): Promise<User[]> {
    return this.userService.reassign(caller, input);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() user: User, @Ctx() ctx: GqlContext) {
    return user.agencyId ? ctx.loaders.get(AGENCY_BY_ID).load(user.agencyId) : null;
  }
}
