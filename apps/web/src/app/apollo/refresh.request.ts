import { print } from '@apollo/client/utilities';
// The generated document itself, not the graphql() tag: the tag's lookup table holds every operation of the
// app, and this file is part of the entry chunk.
import { RefreshTokenDocument } from '../../gql/graphql';
import { parseSessionUser } from '../auth/session.store';
import { RefreshRejectedError, type AuthTokens, type RefreshRequest } from './token-refresh.service';
import { buildRequestHeaders } from './request-headers';

export interface RefreshRequestOptions {
  uri: string;
  getLanguage: () => string;
  fetchImpl?: typeof fetch;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseTokens(body: unknown): AuthTokens | null {
  if (!isRecord(body) || !isRecord(body['data'])) return null;
  const payload = body['data']['refreshToken'];
  if (!isRecord(payload)) return null;
  const { accessToken, refreshToken, expiresIn } = payload;
  const user = parseSessionUser(payload['user']);
  if (
    typeof accessToken !== 'string' ||
    typeof refreshToken !== 'string' ||
    typeof expiresIn !== 'number' ||
    !user
  ) {
    return null;
  }
  return { accessToken, refreshToken, expiresIn, user };
}

/**
 * Goes around the Apollo link chain on purpose: the refresh must not itself be intercepted by the auth link
 * (which would wait for the refresh it is part of) nor be cached.
 */
export function createRefreshRequest({ uri, getLanguage, fetchImpl }: RefreshRequestOptions): RefreshRequest {
  const query = print(RefreshTokenDocument);
  return async (refreshToken) => {
    const doFetch = fetchImpl ?? fetch;
    const response = await doFetch(uri, {
      method: 'POST',
      headers: buildRequestHeaders(null, getLanguage()),
      body: JSON.stringify({ operationName: 'RefreshToken', query, variables: { refreshToken } }),
    });
    if (response.status >= 500) throw new Error(`Refresh failed with HTTP ${response.status}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new Error('Refresh response was not JSON');
    }
    const tokens = parseTokens(body);
    if (!tokens) throw new RefreshRejectedError();
    return tokens;
  };
}
