import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { catchError, from, map, mergeMap, of, throwError, type Observable } from 'rxjs';
import type { SessionStore } from '../auth/session.store';
import { errorCodeOf } from './api-error';
import { buildRequestHeaders } from './request-headers';
import type { TokenRefreshService } from './token-refresh.service';

/** Operations that work without (or in spite of) an access token; a 401 there is a real answer, not expiry. */
const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshToken', 'Logout']);

export interface AuthLinkOptions {
  store: SessionStore;
  refresher: TokenRefreshService;
  getLanguage: () => string;
}

type Outcome = { kind: 'result'; result: ApolloLink.Result } | { kind: 'error'; error: unknown };

function isUnauthenticated(outcome: Outcome): boolean {
  if (outcome.kind === 'error') return ServerError.is(outcome.error) && outcome.error.statusCode === 401;
  const errors = 'errors' in outcome.result ? outcome.result.errors : undefined;
  return (errors ?? []).some((error) => errorCodeOf(error.extensions) === 'UNAUTHENTICATED');
}

function replay(outcome: Outcome): Observable<ApolloLink.Result> {
  return outcome.kind === 'result' ? of(outcome.result) : throwError(() => outcome.error);
}

/**
 * Adds the bearer token and language, and on UNAUTHENTICATED refreshes once (shared with concurrent
 * requests) and retries once. If the refresh is refused, the token service clears the session and the
 * router sends the user to the login screen; the original error is passed on unchanged.
 */
export function createAuthLink({ store, refresher, getLanguage }: AuthLinkOptions): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const setHeaders = (token: string | null) =>
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...buildRequestHeaders(token, getLanguage()) },
      }));

    const sentToken = store.get()?.accessToken ?? null;
    setHeaders(sentToken);
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '') || sentToken === null) {
      return forward(operation);
    }

    const retryWithFreshToken = (original: Outcome): Observable<ApolloLink.Result> =>
      from(
        refresher.refresh(sentToken).then(
          (token): string | null => token,
          () => null,
        ),
      ).pipe(
        mergeMap((token) => {
          if (token === null) return replay(original);
          setHeaders(token);
          return forward(operation);
        }),
      );

    return forward(operation).pipe(
      map((result): Outcome => ({ kind: 'result', result })),
      catchError((error: unknown) => of<Outcome>({ kind: 'error', error })),
      mergeMap((outcome) => (isUnauthenticated(outcome) ? retryWithFreshToken(outcome) : replay(outcome))),
    );
  });
}
