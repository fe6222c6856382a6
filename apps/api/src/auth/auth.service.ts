import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, unauthenticated } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { AuthPayload } from './auth-payload.model';
import { LoginLockoutService } from './login-lockout.service';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { revokeUserSessions } from './session-revocation';
import { randomToken, sha256, TokenService } from './token.service';
import { AuthErrorReason } from '@partrack/shared';

/**
 * Claims the presented token and issues its successor in ONE statement: a concurrent claim of the same token
 * waits for this one's row lock and then finds it used. Issuing in the same statement means whoever sees the
 * token used also sees its successor, so revoking the family on reuse cannot miss the new token.
 */
const ROTATE = `
  WITH claimed AS (
    UPDATE refresh_token t SET used_at = now()
      FROM app_user u
     WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
       AND u.id = t.user_id AND u.active
    RETURNING t.user_id, t.family_id, u.token_version),
  issued AS (
    INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at)
    SELECT user_id, family_id, $2, $3 FROM claimed)
  SELECT user_id, family_id, token_version FROM claimed`;

/** Revocation is per family and only touches live rows, so concurrent reuses revoke (and audit) it once. */
const REVOKE_FAMILY = `
  WITH revoked AS (
    UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL RETURNING id)
  SELECT count(*)::int AS n FROM revoked`;

const invalidRefresh = () =>
  unauthenticated('auth.refreshInvalid', {}, { reason: AuthErrorReason.REFRESH_INVALID });

/**
 * Login, refresh-token rotation, logout and password change. No path holds a pooled connection while it
 * waits for another connection or for argon2 (PasswordService bounds that work per process).
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordService,
    private readonly lockout: LoginLockoutService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The per-IP limit ran before this (LoginThrottlerGuard); the per-account one is reserved first here. */
  async login(emailInput: string, password: string, ip: string, requestId: string): Promise<AuthPayload> {
    const email = emailInput.trim().toLowerCase();
    const attempt = await this.lockout.reserve(email, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    const success = !!user && ok && user.active;
    await this.lockout.settle(attempt, success);
    if (!user || !success)
      throw unauthenticated('auth.invalidCredentials', {}, { reason: AuthErrorReason.INVALID_CREDENTIALS });
    return this.dataSource.transaction(async (em) => {
      await em.update(User, { id: user.id }, { lastLoginAt: new Date() });
      const payload = await this.issue(em, user.id, randomUUID());
      const actor = {
        kind: 'USER' as const,
        id: user.id,
        label: user.email,
        role: user.role,
        agencyId: user.agencyId,
        provinceRootId: null,
      };
      await this.audit.record(
        em,
        { actor, requestId },
        { action: 'auth.login', entityType: 'User', entityId: user.id },
      );
      return payload;
    });
  }

  /** A new session (family) or the next token of one; the access token carries the user's token version. */
  private async issue(em: EntityManager, userId: string, familyId: string): Promise<AuthPayload> {
    const refreshToken = randomToken();
    await em.insert(RefreshToken, {
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: this.refreshExpiry(),
    });
    const user = await em.findOneByOrFail(User, { id: userId });
    return {
      accessToken: this.tokens.signAccessToken(user, familyId),
      refreshToken,
      expiresIn: this.config.accessTokenTtlSeconds,
      user,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
  }

  /**
   * Rotation: the presented token is marked used and a new one of the same family returned. A token presented
   * again after use was stolen or replayed: the whole family is revoked. Every step is one autocommitted
   * statement (the reuse path a short transaction with its audit row), so 50 concurrent reuses of one token
   * cannot pile up connections waiting on each other.
   */
  async refresh(token: string): Promise<AuthPayload> {
    const next = randomToken();
    const rows = await this.dataSource.query<{ user_id: string; family_id: string; token_version: number }[]>(
      ROTATE,
      [sha256(token), sha256(next), this.refreshExpiry()],
    );
    const claimed = rows[0];
    if (!claimed) {
      await this.revokeOnReuse(sha256(token));
      throw invalidRefresh();
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ id: claimed.user_id });
    if (!user) throw invalidRefresh();
    return {
      // The version read when the token was claimed: a reset committed since then makes this token stale.
      accessToken: this.tokens.signAccessToken(
        { id: user.id, role: user.role, tokenVersion: claimed.token_version },
        claimed.family_id,
      ),
      refreshToken: next,
      expiresIn: this.config.accessTokenTtlSeconds,
      user,
    };
  }

  /** A lost claim on a token that was used is a reuse; unknown, expired or revoked tokens are just invalid. */
  private async revokeOnReuse(tokenHash: string): Promise<void> {
    const [stored] = await this.dataSource.query<
      { user_id: string; family_id: string; used_at: Date | null }[]
    >('SELECT user_id, family_id, used_at FROM refresh_token WHERE token_hash = $1', [tokenHash]);
    if (!stored?.used_at) return;
    await this.dataSource.transaction(async (em) => {
      const [{ n }] = await em.query<{ n: number }[]>(REVOKE_FAMILY, [stored.family_id]);
      if (n === 0) return; // already revoked, by a concurrent reuse or a logout
      await this.audit.record(em, null, {
        action: 'auth.refreshReuse',
        entityType: 'User',
        entityId: stored.user_id,
        after: { familyId: stored.family_id, revokedTokens: n },
      });
    });
  }

  async logout(token: string): Promise<boolean> {
    await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1) AND revoked_at IS NULL`,
      [sha256(token)],
    );
    return true;
  }

  /** Signs out every session, this one included, and returns fresh tokens (with the new token version). */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: caller.actor.id })
      .getOne();
    if (!user || caller.actor.kind !== 'USER') throw unauthenticated();
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw badField('currentPassword', 'auth.wrongPassword');
    }
    this.passwords.assertPolicy(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    return this.dataSource.transaction(async (em) => {
      await em.update(User, { id: user.id }, { passwordHash });
      await revokeUserSessions(em, user.id);
      await this.audit.record(em, caller, {
        action: 'user.changePassword',
        entityType: 'User',
        entityId: user.id,
      });
      return this.issue(em, user.id, randomUUID());
    });
  }
}
