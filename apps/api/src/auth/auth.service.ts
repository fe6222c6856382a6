import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, unauthenticated } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { AuthPayload } from './auth-payload.model';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { randomToken, sha256, TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, ip: string, requestId: string): Promise<AuthPayload> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      await this.throttle.record(email, ip, false);
      throw unauthenticated('auth.invalidCredentials', {}, { reason: 'INVALID_CREDENTIALS' });
    }
    await this.throttle.record(email, ip, true);
    return this.dataSource.transaction(async (em) => {
      await em.update(User, { id: user.id }, { lastLoginAt: new Date() });
      const payload = await this.issue(em, user, randomUUID());
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
        {
          action: 'auth.login',
          entityType: 'User',
          entityId: user.id,
        },
      );
      return payload;
    });
  }

  private async issue(em: EntityManager, user: User, familyId: string): Promise<AuthPayload> {
    const refreshToken = randomToken();
    await em.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    const fresh = await em.findOneByOrFail(User, { id: user.id });
    return {
      accessToken: this.tokens.signAccessToken(user.id, user.role),
      refreshToken,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: fresh,
    };
  }

  /**
   * Rotation: the presented token is marked used and a new one of the same family is returned. A token
   * presented a second time was stolen or replayed: the whole family is revoked.
   */
  async refresh(token: string): Promise<AuthPayload> {
    const invalid = () => unauthenticated('auth.refreshInvalid', {}, { reason: 'REFRESH_INVALID' });
    return this.dataSource.transaction(async (em) => {
      const stored = await em.findOne(RefreshToken, { where: { tokenHash: sha256(token) } });
      if (!stored || stored.revokedAt) throw invalid();
      const claimed = await em.update(
        RefreshToken,
        { id: stored.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      if (claimed.affected !== 1) {
        await this.revokeFamilyOutsideTransaction(stored.familyId);
        throw invalid();
      }
      if (stored.expiresAt.getTime() < Date.now()) throw invalid();
      const user = await em.findOne(User, { where: { id: stored.userId } });
      if (!user || !user.active) throw invalid();
      return this.issue(em, user, stored.familyId);
    });
  }

  /** Reuse detection must survive the rollback of the refresh transaction that detected it. */
  private async revokeFamilyOutsideTransaction(familyId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshToken)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async logout(token: string): Promise<boolean> {
    const stored = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: sha256(token) } });
    if (stored) await this.revokeFamilyOutsideTransaction(stored.familyId);
    return true;
  }

  async revokeAllForUser(em: EntityManager, userId: string): Promise<void> {
    await em.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Signs out every other session and returns fresh tokens for this one. */
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
      await this.revokeAllForUser(em, user.id);
      await this.audit.record(em, caller, {
        action: 'user.changePassword',
        entityType: 'User',
        entityId: user.id,
      });
      return this.issue(em, user, randomUUID());
    });
  }
}
