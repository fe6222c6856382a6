import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { unauthenticated } from '../common/errors/domain-error';
import { LoginAttempt } from './login-attempt.entity';

/**
 * Login throttling in Postgres (shared by all replicas): per IP, a cap on attempts per minute; per email,
 * a temporary lock after LOGIN_MAX_FAILURES failures in LOGIN_LOCK_MINUTES. Unknown emails are counted
 * the same way, so the answer never reveals whether an account exists.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM login_attempt WHERE ip = $1 AND created_at > now() - interval '1 minute'`,
      [ip],
    );
    if (n >= this.config.loginIpMaxPerMinute) {
      throw unauthenticated(
        'auth.rateLimited',
        { seconds: 60 },
        { reason: 'RATE_LIMITED', retryAfterSeconds: 60 },
      );
    }
    const failures = await this.dataSource.query<{ created_at: Date }[]>(
      `SELECT created_at FROM login_attempt
        WHERE email = $1 AND NOT success AND created_at > now() - make_interval(mins => $2)
          AND created_at > COALESCE((SELECT max(created_at) FROM login_attempt WHERE email = $1 AND success), '-infinity')
        ORDER BY created_at DESC LIMIT $3`,
      [email, this.config.loginLockMinutes, this.config.loginMaxFailures],
    );
    if (failures.length >= this.config.loginMaxFailures) {
      const oldest = failures[failures.length - 1].created_at.getTime();
      const unlockAt = oldest + this.config.loginLockMinutes * 60_000;
      const minutes = Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000));
      throw unauthenticated(
        'auth.locked',
        { minutes },
        { reason: 'ACCOUNT_LOCKED', retryAfterSeconds: minutes * 60 },
      );
    }
  }

  async record(email: string, ip: string, success: boolean): Promise<void> {
    await this.dataSource.getRepository(LoginAttempt).insert({ email, ip, success });
    if (Math.random() < 0.01) {
      await this.dataSource.query(`DELETE FROM login_attempt WHERE created_at < now() - interval '2 days'`);
    }
  }
}
