import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { SessionStore } from '../auth/session.store';
import { fakeSession } from '../../testing/test-harness';
import { RefreshRejectedError, TokenRefreshService, type AuthTokens } from './token-refresh.service';

function tokens(n: number): AuthTokens {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresIn: 900,
    user: fakeSession(Role.ADMIN).user,
  };
}

/** A refresh call the test resolves or rejects by hand, to hold it "in flight" while others arrive. */
function deferredRequest() {
  const calls: { refreshToken: string; resolve: (t: AuthTokens) => void; reject: (e: unknown) => void }[] =
    [];
  const request = vi.fn(
    (refreshToken: string) =>
      new Promise<AuthTokens>((resolve, reject) => {
        calls.push({ refreshToken, resolve, reject });
      }),
  );
  return { request, calls };
}

function setup() {
  const store = new SessionStore(window.localStorage);
  store.set(fakeSession());
  const { request, calls } = deferredRequest();
  return { store, request, calls, service: new TokenRefreshService(store, request) };
}

describe('TokenRefreshService', () => {
  it('shares one refresh call between concurrent callers', async () => {
    const { store, request, calls, service } = setup();
    const results = Promise.all([
      service.refresh('access-1'),
      service.refresh('access-1'),
      service.refresh('access-1'),
    ]);
    expect(request).toHaveBeenCalledTimes(1);
    expect(calls[0].refreshToken).toBe('refresh-1');

    calls[0].resolve(tokens(2));
    await expect(results).resolves.toEqual(['access-2', 'access-2', 'access-2']);
    expect(store.get()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('does not refresh again for a response that raced with a finished refresh', async () => {
    const { request, calls, service } = setup();
    const first = service.refresh('access-1');
    calls[0].resolve(tokens(2));
    await first;
    // A request sent with access-1 before the refresh comes back late with UNAUTHENTICATED.
    await expect(service.refresh('access-1')).resolves.toBe('access-2');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('refreshes again once the new token expires in turn', async () => {
    const { request, calls, service } = setup();
    const first = service.refresh('access-1');
    calls[0].resolve(tokens(2));
    await first;
    const second = service.refresh('access-2');
    expect(request).toHaveBeenCalledTimes(2);
    expect(calls[1].refreshToken).toBe('refresh-2');
    calls[1].resolve(tokens(3));
    await expect(second).resolves.toBe('access-3');
  });

  it('ends the session for every waiting caller when the API refuses the refresh token', async () => {
    const { store, calls, service } = setup();
    const all = Promise.allSettled([service.refresh('access-1'), service.refresh('access-1')]);
    calls[0].reject(new RefreshRejectedError());
    const settled = await all;
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    expect(store.get()).toBeNull();
    expect(store.getEndReason()).toBe('expired');
    expect(window.localStorage.getItem('partrack.session')).toBeNull();
  });

  it('keeps the session on a network failure so the user can retry', async () => {
    const { store, calls, service } = setup();
    const pending = service.refresh('access-1');
    calls[0].reject(new TypeError('Failed to fetch'));
    await expect(pending).rejects.toThrow('Failed to fetch');
    expect(store.get()?.refreshToken).toBe('refresh-1');
  });

  it('adopts tokens another tab already rotated instead of presenting a used refresh token', async () => {
    const { store, request, service } = setup();
    const otherTab = new SessionStore(window.localStorage);
    otherTab.set({ ...fakeSession(), accessToken: 'access-7', refreshToken: 'refresh-7' });
    await expect(service.refresh('access-1')).resolves.toBe('access-7');
    expect(request).not.toHaveBeenCalled();
    expect(store.get()?.refreshToken).toBe('refresh-7');
  });
});
