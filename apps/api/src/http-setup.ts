import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { AppConfig } from './config/app-config';
import { LIMITS } from './common/graphql/query-limits';

function graphqlError(res: Response, status: number, message: string, reason: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason } }] });
}

/** Rejects oversized query text before Apollo parses it. */
function queryLengthGuard(req: Request, res: Response, next: NextFunction): void {
  const body = req.body as { query?: unknown } | undefined;
  const query =
    typeof body?.query === 'string' ? body.query : typeof req.query.query === 'string' ? req.query.query : '';
  if (query.length > LIMITS.queryLength) {
    graphqlError(
      res,
      400,
      `Query text is ${query.length} characters; the limit is ${LIMITS.queryLength}.`,
      'QUERY_TOO_LONG',
    );
    return;
  }
  next();
}

/** Body parser errors (too large, malformed JSON) answered as GraphQL-shaped JSON instead of HTML. */
function bodyErrorHandler(
  error: { type?: string; status?: number },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (error.type === 'entity.too.large') {
    graphqlError(res, 413, `Request body exceeds ${LIMITS.bodyBytes / 1024} KB.`, 'BODY_TOO_LARGE');
    return;
  }
  if (error.type === 'entity.parse.failed') {
    graphqlError(res, 400, 'Request body is not valid JSON.', 'MALFORMED_JSON');
    return;
  }
  next(error);
}

function serveSpa(app: NestExpressApplication, webDistDir: string): void {
  const index = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/graphql') ||
      req.path.startsWith('/health') ||
      req.path.startsWith('/files/')
    )
      return next();
    res.sendFile(index);
  });
}

export function configureHttp(nestApp: INestApplication, config: AppConfig): void {
  const app = nestApp as NestExpressApplication;
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: LIMITS.bodyBytes });
  app.use('/graphql', queryLengthGuard);
  app.use(bodyErrorHandler);
  if (config.webDistDir) serveSpa(app, config.webDistDir);
  app.enableShutdownHooks();
}
