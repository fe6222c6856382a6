import type { Session, SessionStore, SessionUser } from '../auth/session.store';

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds. */
  expiresIn: number;
  user: SessionUser;
}

export type RefreshRequest = (refreshToken: string) => Promise<AuthTokens>;

/** The API refused the refresh token (expired, revoked or reused): the session is over. */
export class RefreshRejectedError extends Error {
  constructor(message = 'Refresh token rejected') {
    super(message);
    this.name = 'RefreshRejectedError';
  }
}

export function sessionFromTokens(tokens: AuthTokens, now = Date.now()): Session {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    accessTokenExpiresAt: now + tokens.expiresIn * 1000,
    user: tokens.user,
  };
}

/**
 * Refresh tokens rotate and the API revokes the whole family when one is presented twice, so concurrent
 * 401s must share a single refresh call instead of each racing with the same (soon stale) token.
 */
export class TokenRefreshService {
  private inFlight: Promise<string> | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly request: RefreshRequest,
  ) {}

  /**
   * Resolves to an access token newer than `rejectedToken`. When another caller already replaced it
   * (a response that raced with a completed refresh), the current token is reused without a new refresh.
   */
  refresh(rejectedToken: string | null): Promise<string> {
    this.store.syncFromStorage();
    const current = this.store.get();
    if (current && rejectedToken !== null && current.accessToken !== rejectedToken) {
      return Promise.resolve(current.accessToken);
    }
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async run(): Promise<string> {
    const current = this.store.get();
    if (!current) throw new RefreshRejectedError('No session');
    try {
      const tokens = await this.request(current.refreshToken);
      this.store.set(sessionFromTokens(tokens));
      return tokens.accessToken;
    } catch (error) {
      // A network blip must not log anyone out; only an explicit refusal ends the session.
      if (error instanceof RefreshRejectedError) this.store.clear('expired');
      throw error;
    }
  }
}
