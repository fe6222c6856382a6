import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthErrorReason } from '@partrack/shared';

/** First key of the two-int advisory locks taken per email (the second is hashtext(email)). */
const LOGIN_LOCK_SPACE = 7_311;

/**
 * The newest failures since the last success within the lock window, at most LOGIN_MAX_FAILURES of them.
 * A pending attempt (success NULL) counts as a failure: its password is being checked right now.
 */
const RECENT_FAILURES = `
  SELECT created_at FROM login_attempt
   WHERE email = $1 AND success IS NOT TRUE AND created_at > now() - make_interval(mins => $2)
     AND created_at > COALESCE(
           (SELECT max(created_at) FROM login_attempt WHERE email = $1 AND success), '-infinity')
   ORDER BY created_at DESC LIMIT $3`;

/**
 * Per-account lockout, in Postgres so every replica sees the same counts: after LOGIN_MAX_FAILURES failures
 * within LOGIN_LOCK_MINUTES an email is refused until the oldest of them leaves the window. Unknown emails
 * are counted the same way, so the answer never reveals whether an account exists.
 *
 * Counting comes first and is atomic: an attempt is reserved under a per-email advisory lock before its
 * password is verified, so 100 concurrent guesses verify at most LOGIN_MAX_FAILURES passwords. (Checking,
 * verifying, then recording let all of them through.) Per-IP limits are @nestjs/throttler's (LoginThrottlerGuard).
 */
@Injectable()
export class LoginLockoutService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Refuses a locked email, else records a pending attempt and returns its id, to `settle` once the password
   * is checked. The transaction holds one connection for two short statements; the password is verified
   * after it commits, so no connection waits on argon2. A process dying in between leaves the attempt
   * pending, which counts as a failure until it leaves the window.
   */
  async reserve(email: string, ip: string): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOGIN_LOCK_SPACE, email]);
      const { loginLockMinutes, loginMaxFailures } = this.config;
      const failures = await em.query<{ created_at: Date }[]>(RECENT_FAILURES, [
        email,
        loginLockMinutes,
        loginMaxFailures,
      ]);
      if (failures.length >= loginMaxFailures) {
        const oldest = failures[failures.length - 1]?.created_at.getTime() ?? Date.now();
        const unlockAt = oldest + loginLockMinutes * 60_000;
        const minutes = Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000));
        throw unauthenticated(
          'auth.locked',
          { minutes },
          { reason: AuthErrorReason.ACCOUNT_LOCKED, retryAfterSeconds: minutes * 60 },
        );
      }
      // clock_timestamp(), not now(): attempts are ordered by when they got the lock, not when they began.
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO login_attempt (email, ip, success, created_at)
         VALUES ($1, $2, NULL, clock_timestamp()) RETURNING id`,
        [email, ip.slice(0, 64)],
      );
      return id;
    });
  }

  async settle(attemptId: string, success: boolean): Promise<void> {
    await this.dataSource.query('UPDATE login_attempt SET success = $2 WHERE id = $1', [attemptId, success]);
    if (Math.random() < 0.01) {
      await this.dataSource.query(`DELETE FROM login_attempt WHERE created_at < now() - interval '2 days'`);
    }
  }
}
