import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, Public, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { notFound } from '../common/errors/domain-error';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayload, ChangePasswordInput, LoginInput } from './auth-payload.model';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayload)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  login(@Ctx() ctx: GqlContext, @Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown', ctx.requestId);
  }

  @Mutation(() => AuthPayload, {
    description: 'Rotates the refresh token; reusing an old one revokes the session',
  })
  @Public()
  refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Revokes the session of this refresh token' })
  @Public()
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Mutation(() => AuthPayload, { description: 'Signs out other sessions; returns new tokens for this one' })
  @Authenticated()
  changePassword(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayload> {
    return this.auth.changePassword(caller, input.currentPassword, input.newPassword);
  }

  @Query(() => User, { description: 'The logged-in user (API keys have no user)' })
  @Authenticated()
  async me(@CurrentCaller() caller: Caller): Promise<User> {
    const actor = caller.actor;
    if (actor.kind !== 'USER') throw notFound('User', actor.id);
    return this.users.findById(actor.id);
  }
}
