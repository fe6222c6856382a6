import { ExecutionContext, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerStorageService } from '@nestjs/throttler';
import { SURVEY_FORM_REASONS } from '@partrack/shared';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-code';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** Reads of the form: the public pages' limit (PUBLIC_RATE_LIMIT_PER_MINUTE per client IP and route). */
export const SURVEY_FORM_READ_THROTTLER = 'surveyFormRead';
/** Submissions: SURVEY_FORM_RATE_LIMIT per client IP in 10 minutes (a desk's tablet, a family's phones). */
export const SURVEY_FORM_SUBMIT_THROTTLER = 'surveyFormSubmit';
const TEN_MINUTES_MS = 10 * 60_000;

/**
 * @nestjs/throttler's guard with the public routes' setup (public/public-throttler.guard.ts): an in-memory store
 * per replica, and a refusal in the API's one error shape (HTTP 429, FORBIDDEN with reason RATE_LIMITED and
 * retryAfterSeconds). Two named throttlers; each route skips the one that is not its own.
 */
@Injectable()
export class SurveyFormThrottlerGuard extends ThrottlerGuard implements OnApplicationShutdown {
  private readonly store: ThrottlerStorageService;

  // Both explicit: the base class's own injection tokens (options, storage) would otherwise be inherited.
  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(Reflector) reflector: Reflector) {
    const store = new ThrottlerStorageService();
    super(
      {
        throttlers: [
          { name: SURVEY_FORM_READ_THROTTLER, limit: config.publicRateLimitPerMinute, ttl: 60_000 },
          { name: SURVEY_FORM_SUBMIT_THROTTLER, limit: config.surveyFormRateLimit, ttl: TEN_MINUTES_MS },
        ],
      },
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
        { reason: SURVEY_FORM_REASONS.rateLimited, retryAfterSeconds: seconds, http: { status: 429 } },
      ),
    );
  }
}
