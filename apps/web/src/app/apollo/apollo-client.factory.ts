import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { SessionStore } from '../auth/session.store';
import { createAuthLink } from './auth.link';
import { createRefreshRequest } from './refresh.request';
import { TokenRefreshService } from './token-refresh.service';

export interface ApolloSetup {
  client: ApolloClient;
  refresher: TokenRefreshService;
}

export interface ApolloSetupOptions {
  store: SessionStore;
  getLanguage: () => string;
  uri?: string;
}

export function createApolloSetup({ store, getLanguage, uri = '/graphql' }: ApolloSetupOptions): ApolloSetup {
  const refresher = new TokenRefreshService(store, createRefreshRequest({ uri, getLanguage }));
  const link = ApolloLink.from([createAuthLink({ store, refresher, getLanguage }), new HttpLink({ uri })]);
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // Tree rows depend on asOf/includeInactive; normalising them by id would let one snapshot overwrite another.
        AgencyTreeNode: { keyFields: false },
        // Groups' member lists are replaced wholesale by the API, never merged.
        AgencyGroup: { fields: { members: { merge: false }, memberIds: { merge: false } } },
        // Assignments (no id of their own) come back whole after each change; a shorter list replaces the old one.
        ParAssessment: { fields: { responsibilities: { merge: false } } },
      },
    }),
  });
  return { client, refresher };
}
