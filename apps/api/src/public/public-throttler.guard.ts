import { ExecutionContext, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerStorageService } from '@nestjs/throttler';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** The named throttler of the public routes (PUBLIC_RATE_LIMIT_PER_MINUTE per client IP and route). */
export const PUBLIC_THROTTLER = 'public';

/**
 * @nestjs/throttler's guard with its own options and an in-memory store. The login throttler keeps its counts in
 * Postgres so a limit holds across replicas; here a write per request would cost more than the cached answer
 * it protects (no SQL on a cache hit), so each replica counts for itself (N replicas allow N × the limit).
 * A refusal is the API's one error shape: HTTP 429, FORBIDDEN with reason RATE_LIMITED and retryAfterSeconds.
 */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard implements OnApplicationShutdown {
  private readonly store: ThrottlerStorageService;

  // Both explicit: the base class's own injection tokens (options, storage) would otherwise be inherited.
  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(Reflector) reflector: Reflector) {
    const store = new ThrottlerStorageService();
    super(
      { throttlers: [{ name: PUBLIC_THROTTLER, limit: config.publicRateLimitPerMinute, ttl: 60_000 }] },
      store,
      reflector,
    );
    this.store = store;
  }

  onApplicationShutdown(): void {
    this.store.onApplicationShutdown();
  }

  /** The library awaits this and expects it to throw; a rejected promise is the same without `async`. */
  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    return Promise.reject(
      new DomainError(
        ErrorCode.FORBIDDEN,
        'public.rateLimited',
        { seconds },
        { reason: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429 } },
      ),
    );
  }
}
