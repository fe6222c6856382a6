import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../../testing/test-harness';
import { parseSession, SESSION_STORAGE_KEY, SessionStore } from './session.store';

describe('SessionStore', () => {
  it('persists, restores and clears the session', () => {
    const store = new SessionStore(window.localStorage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(fakeSession());
    expect(new SessionStore(window.localStorage).get()).toEqual(store.get());
    store.clear('logout');
    expect(store.get()).toBeNull();
    expect(store.getEndReason()).toBe('logout');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('treats tampered or outdated storage as logged out', () => {
    expect(parseSession('not json')).toBeNull();
    expect(
      parseSession(
        JSON.stringify({
          accessToken: 'a',
          refreshToken: 'r',
          user: { id: '1', email: 'e', fullName: 'f', role: 'GOD' },
        }),
      ),
    ).toBeNull();
    expect(parseSession(JSON.stringify({ accessToken: 'a' }))).toBeNull();
  });
});
