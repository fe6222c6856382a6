import { INestApplication, Logger, PayloadTooLargeException } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { AppConfig } from './config/app-config';
import helmet from 'helmet';
import { ApiKeyStrategy } from './auth/strategies/api-key.strategy';
import { JwtStrategy } from './auth/strategies/jwt.strategy';
import { authenticateRequests } from './common/auth/authenticate.middleware';
import { DomainError } from './common/errors/domain-error';
import { ErrorCode } from './common/errors/error-code';
import { sendError } from './common/errors/graphql-error.filter';
import { LIMITS } from './common/graphql/query-limits';
import { serveSpa } from './static/spa-static';

const logger = new Logger('Http');

/** Rejects oversized query text before Apollo parses it. */
function queryLengthGuard(req: Request, res: Response, next: NextFunction): void {
  const body = req.body as { query?: unknown } | undefined;
  const query =
    typeof body?.query === 'string' ? body.query : typeof req.query.query === 'string' ? req.query.query : '';
  if (query.length <= LIMITS.queryLength) return next();
  const params = { length: query.length, max: LIMITS.queryLength };
  sendError(
    req,
    res,
    new DomainError(ErrorCode.BAD_USER_INPUT, 'common.queryTooLong', params, { reason: 'QUERY_TOO_LONG' }),
    logger,
  );
}

/**
 * Errors raised before a route runs (authentication reaching a database that is down, body parsing) in
 * the same JSON shape as every other error (`sendError`), never Express's HTML page.
 */
function jsonErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return sendError(req, res, new PayloadTooLargeException({ maxBytes: LIMITS.bodyBytes }), logger);
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    const malformed = new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'common.malformedJson',
      {},
      { reason: 'MALFORMED_JSON' },
    );
    return sendError(req, res, malformed, logger);
  }
  sendError(req, res, error, logger);
}

/**
 * Security headers (helmet). The CSP fits the SPA: scripts and styles from our origin only, inline styles
 * for antd's CSS-in-JS, images from data: and blob: (exports are downloaded through blob: URLs), no framing.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Same-origin SPA; cross-origin API clients are servers, which CORP does not concern.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

export function configureHttp(nestApp: INestApplication, config: AppConfig): void {
  const app = nestApp as NestExpressApplication;
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // Authentication first, so that no body is read for a caller who will be refused (uploads, floods).
  app.use(authenticateRequests({ jwt: app.get(JwtStrategy), apiKey: app.get(ApiKeyStrategy) }));
  app.useBodyParser('json', { limit: LIMITS.bodyBytes });
  app.use('/graphql', queryLengthGuard);
  app.use(jsonErrorHandler);
  if (config.webDistDir) serveSpa(app, config.webDistDir);
  app.enableShutdownHooks();
}
