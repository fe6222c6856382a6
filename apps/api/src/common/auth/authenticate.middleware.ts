import type { NextFunction, Request, RequestHandler, Response } from 'express';
import passport, { Strategy } from 'passport';
import { Actor } from '../context/actor';
import { withRequestId } from '../context/request-caller';
import { unauthenticated } from '../errors/domain-error';

/** The passport strategies of one application (the auth module provides them). */
export interface AuthStrategies {
  jwt: Strategy;
  apiKey: Strategy;
}

const API_KEY_HEADER = /^Bearer\s+ptk_/i;

/**
 * Authenticates every request once, for every route, before any body is read: GraphQL, file uploads and
 * downloads alike. Passport runs the strategy that fits the header (`Bearer ptk_…` → API key, any other →
 * JWT); the result goes on `req.auth`, where the GraphQL context, the global guard and `@CurrentCaller()`
 * read it. An infrastructure failure (database down) is passed on as an error: the error handler answers
 * 503. Invalid credentials are not refused here, because public operations (login) ignore them.
 */
export function authenticateRequests(strategies: AuthStrategies): RequestHandler {
  // An authenticator of this application's own: the global one would be shared by every app in a process
  // (tests boot several, with different secrets and databases).
  const authenticator = new passport.Passport();
  authenticator.use('jwt', strategies.jwt);
  authenticator.use('api-key', strategies.apiKey);
  return (req: Request, res: Response, next: NextFunction) =>
    withRequestId(req, () => authenticate(req, res, next));

  function authenticate(req: Request, res: Response, next: NextFunction): void {
    const header = req.headers.authorization;
    if (!header) {
      req.auth = { actor: null, error: null };
      next();
      return;
    }
    const apiKey = API_KEY_HEADER.test(header);
    const strategy = apiKey ? 'api-key' : 'jwt';
    const done = (error: unknown, actor: Actor | false | null) => {
      if (error) {
        next(error);
        return;
      }
      req.auth = actor
        ? { actor, error: null }
        : { actor: null, error: unauthenticated(apiKey ? 'auth.apiKeyInvalid' : 'auth.tokenInvalid') };
      next();
    };
    (authenticator.authenticate(strategy, { session: false }, done) as RequestHandler)(req, res, next);
  }
}
