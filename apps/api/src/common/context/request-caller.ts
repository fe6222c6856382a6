import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/domain-error';
import { Actor } from './actor';

/**
 * What the authentication middleware leaves on every request, before any body is read: the actor when
 * valid credentials were sent, the error when invalid ones were (raised by the guard unless the route is
 * public, so that `login` still works with a stale token in the header), neither for an anonymous request.
 */
export interface RequestAuth {
  actor: Actor | null;
  error: DomainError | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by pino-http, or earlier by `assignRequestId`. */
    id?: unknown;
    auth?: RequestAuth;
  }
}

const GIVEN_ID = /^[\w-]{1,64}$/;

/** The request id of the request being handled, for code that has no request at hand (Apollo's formatError). */
const currentRequest = new AsyncLocalStorage<string>();

/** Runs the rest of the request's middleware and handlers with its id available to `currentRequestId()`. */
export function withRequestId(req: Request, next: () => void): void {
  currentRequest.run(requestIdOf(req), next);
}

export function currentRequestId(): string | undefined {
  return currentRequest.getStore();
}

/** The request id: the caller's `X-Request-Id` when it is sane, otherwise a new UUID; echoed in the response. */
export function requestIdOf(req: Request): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
  req.id = id;
  req.res?.setHeader('x-request-id', id);
  return id;
}

export function authOf(req: Request): RequestAuth {
  return req.auth ?? { actor: null, error: null };
}

/** The Express request of a GraphQL resolver or an HTTP route. */
export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}
