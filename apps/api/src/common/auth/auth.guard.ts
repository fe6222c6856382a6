import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { hasPermission, Permission } from '@partrack/shared';
import { authOf, requestOf } from '../context/request-caller';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { AUTHENTICATED_ONLY, IS_PUBLIC, REQUIRED_PERMISSION } from './auth.decorators';

/**
 * Global guard, for GraphQL and HTTP routes alike. Authentication already happened once per request, in
 * the authentication middleware, before any body was read; here we only decide whether this operation may
 * run. Resolvers and controllers must declare @Public, @Authenticated or @RequirePermission — a test fails
 * the build for any root field that declares none, and an HTTP route without one is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const auth = authOf(requestOf(context));
    if (auth.error) throw auth.error;
    if (!auth.actor) throw unauthenticated();

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (permission) {
      if (!hasPermission(auth.actor.role, permission)) throw forbidden();
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_ONLY, targets)) return true;
    // Field resolvers inherit the parent's decision; a root field or route without a declaration is refused.
    if (context.getType<string>() !== 'graphql') throw forbidden();
    return this.isFieldResolver(context);
  }

  private isFieldResolver(context: ExecutionContext): boolean {
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    return !['Query', 'Mutation', 'Subscription'].includes(info.parentType.name);
  }
}
