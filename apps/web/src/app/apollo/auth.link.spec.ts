import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../../testing/test-harness';
import { SessionStore } from '../auth/session.store';
import { AgencyTreeDocument } from '../../features/agencies/graphql/agency-tree.operations';
import { LoginDocument, MeDocument } from '../../features/auth/graphql/auth.operations';
import { ProfileDocument } from '../../features/profile/graphql/profile.operations';
import { createAuthLink } from './auth.link';
import { RefreshRejectedError, TokenRefreshService, type AuthTokens } from './token-refresh.service';

const ME = {
  __typename: 'User',
  id: 'u-1',
  email: 'a@b.vn',
  fullName: 'A',
  role: 'ADMIN',
  agencyId: null,
  agency: null,
};
const DATA: Record<string, Record<string, unknown>> = {
  Me: { me: ME },
  Profile: { me: { ...ME, lastLoginAt: null, createdAt: '2024-01-01T00:00:00Z', agency: null } },
  AgencyTree: { agencyTree: [] },
};

/** Plays the API: accepts only `validToken`, and records the headers of every request it sees. */
function fakeApi(validToken: string) {
  const seen: { operation: string; headers: Record<string, string> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const headers = (operation.getContext() as { headers: Record<string, string> }).headers;
        seen.push({ operation: operation.operationName ?? '', headers });
        setTimeout(() => {
          if (headers['authorization'] === `Bearer ${validToken}`)
            observer.next({ data: DATA[operation.operationName ?? ''] });
          else
            observer.next({
              errors: [{ message: 'Phiên đăng nhập đã hết hạn', extensions: { code: 'UNAUTHENTICATED' } }],
            });
          observer.complete();
        }, 5);
      }),
  );
  return { link, seen };
}

function setup(refresh: (refreshToken: string) => Promise<AuthTokens>) {
  const store = new SessionStore(window.localStorage);
  store.set(fakeSession());
  const request = vi.fn(refresh);
  const refresher = new TokenRefreshService(store, request);
  const api = fakeApi('access-2');
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([createAuthLink({ store, refresher, getLanguage: () => 'vi' }), api.link]),
  });
  return { store, request, client, seen: api.seen };
}

const newTokens: AuthTokens = {
  accessToken: 'access-2',
  refreshToken: 'refresh-2',
  expiresIn: 900,
  user: fakeSession().user,
};

describe('auth link', () => {
  it('sends the CSRF-safe headers, the bearer token and the UI language', async () => {
    const { client, seen } = setup(() => Promise.resolve(newTokens));
    await client.query({ query: MeDocument });
    expect(seen[0].headers).toMatchObject({
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'accept-language': 'vi',
      authorization: 'Bearer access-1',
    });
  });

  it('refreshes once for concurrent UNAUTHENTICATED responses and retries each request', async () => {
    const { client, request, seen, store } = setup(
      () => new Promise((resolve) => setTimeout(() => resolve(newTokens), 20)),
    );
    const results = await Promise.all([
      client.query({ query: MeDocument }),
      client.query({ query: ProfileDocument }),
      client.query({ query: AgencyTreeDocument, variables: {} }),
    ]);
    expect(request).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.data !== undefined && r.error === undefined)).toBe(true);
    const retried = seen
      .filter((s) => s.headers['authorization'] === 'Bearer access-2')
      .map((s) => s.operation);
    expect(retried.sort()).toEqual(['AgencyTree', 'Me', 'Profile']);
    expect(store.get()?.refreshToken).toBe('refresh-2');
  });

  it('gives up after a refused refresh: session cleared, original error surfaced, no retry', async () => {
    const { client, request, seen, store } = setup(() => Promise.reject(new RefreshRejectedError()));
    const outcome = await client.query({ query: MeDocument }).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(CombinedGraphQLErrors.is(outcome)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
    expect(store.get()).toBeNull();
    expect(store.getEndReason()).toBe('expired');
  });

  it('does not try to refresh for public operations such as login', async () => {
    const { client, request } = setup(() => Promise.resolve(newTokens));
    await client
      .mutate({ mutation: LoginDocument, variables: { input: { email: 'a@b.vn', password: 'x' } } })
      .catch(() => undefined);
    expect(request).not.toHaveBeenCalled();
  });
});
