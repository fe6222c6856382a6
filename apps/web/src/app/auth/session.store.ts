import { Role } from '@partrack/shared';

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds; informative only — the API is the judge of expiry. */
  accessTokenExpiresAt: number;
  user: SessionUser;
}

/** Why the last session ended, so the login screen can say "your session expired" instead of nothing. */
export type SessionEndReason = 'logout' | 'expired';

export const SESSION_STORAGE_KEY = 'partrack.session';

type Listener = () => void;

const ROLES: readonly string[] = Object.values(Role);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLES.includes(value);
}

export function parseSessionUser(value: unknown): SessionUser | null {
  if (!isRecord(value)) return null;
  const { id, email, fullName, role, agencyId } = value;
  if (typeof id !== 'string' || typeof email !== 'string' || typeof fullName !== 'string' || !isRole(role)) {
    return null;
  }
  return { id, email, fullName, role, agencyId: typeof agencyId === 'string' ? agencyId : null };
}

/** Storage is user-editable and outlives deployments, so anything malformed is treated as "logged out". */
export function parseSession(text: string | null): Session | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const { accessToken, refreshToken, accessTokenExpiresAt } = raw;
  const user = parseSessionUser(raw['user']);
  if (typeof accessToken !== 'string' || typeof refreshToken !== 'string' || !user) return null;
  return {
    accessToken,
    refreshToken,
    accessTokenExpiresAt: typeof accessTokenExpiresAt === 'number' ? accessTokenExpiresAt : 0,
    user,
  };
}

/**
 * The single source of truth for tokens. React reads it through useSyncExternalStore and the Apollo auth link
 * reads it directly, so a refresh done by the link is immediately visible to the UI and vice versa.
 */
export class SessionStore {
  private session: Session | null;
  private endReason: SessionEndReason | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage | null) {
    this.session = parseSession(storage?.getItem(SESSION_STORAGE_KEY) ?? null);
  }

  get = (): Session | null => this.session;

  getEndReason = (): SessionEndReason | null => this.endReason;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(session: Session): void {
    this.session = session;
    this.endReason = null;
    this.storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    this.emit();
  }

  updateUser(user: SessionUser): void {
    if (!this.session) return;
    this.set({ ...this.session, user });
  }

  clear(reason: SessionEndReason): void {
    if (!this.session && this.endReason === reason) return;
    this.session = null;
    this.endReason = reason;
    this.storage?.removeItem(SESSION_STORAGE_KEY);
    this.emit();
  }

  /**
   * Another tab may have refreshed (rotating the refresh token) or logged out; adopting its state avoids
   * presenting an already-rotated refresh token, which the API treats as token theft.
   */
  syncFromStorage(): void {
    const next = parseSession(this.storage?.getItem(SESSION_STORAGE_KEY) ?? null);
    if (next?.accessToken === this.session?.accessToken && next?.refreshToken === this.session?.refreshToken)
      return;
    this.session = next;
    if (!next) this.endReason = 'logout';
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Private modes can throw on access; the app still works, the session just does not survive a reload.
    return null;
  }
}

export const sessionStore = new SessionStore(browserStorage());
