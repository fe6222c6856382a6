import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Caller } from '../context/caller';
import { authOf, requestIdOf, requestOf } from '../context/request-caller';
import { GqlContext } from '../context/request-context';

export const IS_PUBLIC = 'partrack:isPublic';
export const REQUIRED_PERMISSION = 'partrack:requiredPermission';
export const AUTHENTICATED_ONLY = 'partrack:authenticatedOnly';

/** Reachable without credentials (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Any authenticated caller with this permission; scope is then checked by the service. */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);

/** Any authenticated caller (e.g. `me`, `changePassword`). Explicit so that forgetting a guard is visible. */
export const Authenticated = () => SetMetadata(AUTHENTICATED_ONLY, true);

/**
 * The authenticated caller of a GraphQL operation or an HTTP route (the guard has already refused
 * anonymous callers wherever this is used).
 */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const req = requestOf(context);
  const actor = authOf(req).actor;
  if (!actor) throw new Error('@CurrentCaller() used on a route that allows anonymous callers');
  return { actor, requestId: requestIdOf(req) };
});

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);
