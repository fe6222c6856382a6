import { describe, expect, it, vi } from 'vitest';
import { createRefreshRequest } from './refresh.request';
import { RefreshRejectedError } from './token-refresh.service';

const USER = { id: 'u-1', email: 'a@b.vn', fullName: 'A', role: 'ADMIN', agencyId: null };

function respond(status: number, body: unknown) {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('createRefreshRequest', () => {
  it('posts the RefreshToken mutation with CSRF-safe headers and parses the tokens', async () => {
    const fetchImpl = respond(200, {
      data: { refreshToken: { accessToken: 'a2', refreshToken: 'r2', expiresIn: 900, user: USER } },
    });
    const request = createRefreshRequest({ uri: '/graphql', getLanguage: () => 'en', fetchImpl });
    await expect(request('r1')).resolves.toMatchObject({
      accessToken: 'a2',
      refreshToken: 'r2',
      expiresIn: 900,
    });
    const [, init] = fetchImpl.mock.calls[0];
    expect(init?.headers).toMatchObject({
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'accept-language': 'en',
    });
    expect(JSON.parse(init?.body as string)).toMatchObject({
      operationName: 'RefreshToken',
      variables: { refreshToken: 'r1' },
    });
  });

  it('reports a refused token as RefreshRejectedError', async () => {
    const fetchImpl = respond(200, {
      errors: [{ message: 'revoked', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const request = createRefreshRequest({ uri: '/graphql', getLanguage: () => 'vi', fetchImpl });
    await expect(request('r1')).rejects.toBeInstanceOf(RefreshRejectedError);
  });

  it('reports server trouble as a plain error, not as a refusal', async () => {
    const request = createRefreshRequest({
      uri: '/graphql',
      getLanguage: () => 'vi',
      fetchImpl: respond(503, {}),
    });
    const error = await request('r1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RefreshRejectedError);
  });
});
