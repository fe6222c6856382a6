import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { unauthenticated } from '../common/errors/domain-error';
import { AuthErrorReason } from '@partrack/shared';

/** The named throttler of the login mutation (LOGIN_IP_MAX_PER_MINUTE per client IP). */
export const LOGIN_THROTTLER = 'login';

/**
 * @nestjs/throttler's guard, taught GraphQL: the request and response come from the GraphQL context, and a
 * refusal is the API's own error (UNAUTHENTICATED, reason RATE_LIMITED, retryAfterSeconds) rather than the
 * library's HTTP 429 exception, which the GraphQL error mapping would not recognise.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
      return { req, res };
    }
    const http = context.switchToHttp();
    return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
  }

  /** The library awaits this and expects it to throw; a rejected promise is the same without `async`. */
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    return Promise.reject(
      unauthenticated(
        'auth.rateLimited',
        { seconds },
        { reason: AuthErrorReason.RATE_LIMITED, retryAfterSeconds: seconds },
      ),
    );
  }
}
