import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { hasPermission, Permission } from '@partrack/shared';
import { GqlContext } from '../context/request-context';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { AUTHENTICATED_ONLY, IS_PUBLIC, REQUIRED_PERMISSION } from './auth.decorators';

/**
 * Global guard. Authentication already happened once per request when the GraphQL context was built;
 * here we only decide whether this operation may run. Resolvers must declare @Public, @Authenticated or
 * @RequirePermission — a test fails the build for any that declare none.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (context.getType<string>() !== 'graphql') throw unauthenticated();

    const gqlContext = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (gqlContext.authError) throw gqlContext.authError;
    const actor = gqlContext.actor;
    if (!actor) throw unauthenticated();

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (permission) {
      if (!hasPermission(actor.role, permission)) throw forbidden();
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_ONLY, targets)) return true;
    // Field resolvers inherit the parent's decision; a root field without a declaration is refused.
    return this.isFieldResolver(context);
  }

  private isFieldResolver(context: ExecutionContext): boolean {
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    return !['Query', 'Mutation', 'Subscription'].includes(info.parentType.name);
  }
}
