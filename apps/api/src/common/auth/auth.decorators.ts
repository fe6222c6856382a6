import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
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

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const gqlContext = GqlExecutionContext.create(context).getContext<GqlContext>();
  return gqlContext.actor;
});

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);
