import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { requestIdOf } from '../context/request-caller';
import { GqlContext } from '../context/request-context';
import { Lang, languageFromHeader, translate } from '../i18n/messages';
import { DomainError } from './domain-error';
import { ErrorCode, HTTP_STATUS } from './error-code';
import { isInfrastructureError, isRetryableConflict } from './infrastructure-errors';
import { pgInputError } from './pg-input-errors';

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const FK_MISSING = /^Key \((\w+)\)=\(([^)]*)\) is not present in table/;
const FK_IN_USE = /is still referenced from table "(\w+)"/;

/** Codes of HttpExceptions raised by Nest itself (unknown route, multer limits, pipes). */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  415: ErrorCode.BAD_USER_INPUT,
  422: ErrorCode.BAD_USER_INPUT,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

/**
 * The one place where exceptions become client-visible errors, for GraphQL operations and HTTP routes
 * alike: the same code, localised message, field details and request id (docs/api.md "Errors").
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      const context = GqlArgumentsHost.create(host).getContext<GqlContext>();
      return toGraphqlError(exception, context?.lang ?? 'vi', this.logger, context?.requestId);
    }
    const http = host.switchToHttp();
    sendError(http.getRequest<Request>(), http.getResponse<Response>(), exception, this.logger);
    return undefined;
  }
}

/** The JSON error body of every HTTP route: the shape of a GraphQL response with errors and no data. */
export function sendError(req: Request, res: Response, exception: unknown, logger: Logger): void {
  const lang = languageFromHeader(req.headers['accept-language']);
  const requestId = requestIdOf(req);
  const error = toGraphqlError(exception, lang, logger, requestId);
  const { http, ...extensions } = error.extensions as { http?: { status?: number } } & Record<
    string,
    unknown
  >;
  const code = extensions.code as ErrorCode;
  const status = http?.status ?? HTTP_STATUS[code] ?? 500;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (code === ErrorCode.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', '5');
  res.status(status).json({ errors: [{ message: error.message, extensions: { ...extensions, requestId } }] });
}

export function toGraphqlError(
  exception: unknown,
  lang: Lang,
  logger: Logger,
  requestId?: string,
): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof DomainError) {
    const fields = exception.fields.map((f) => ({
      field: f.field,
      message: translate(f.key, lang, f.params),
    }));
    const message =
      fields.length === 1
        ? `${fields[0].field}: ${fields[0].message}`
        : translate(exception.key, lang, exception.params);
    return new GraphQLError(message, {
      extensions: { code: exception.code, ...(fields.length ? { fields } : {}), ...exception.extensions },
    });
  }
  if (exception instanceof QueryFailedError) {
    const driverError = exception.driverError as { code?: string; detail?: string };
    if (driverError.code === PG_UNIQUE_VIOLATION) {
      // Only the value: Postgres's detail names the columns ("Key (code)=(X) already exists.").
      const value = /\)=\((.*)\) already exists/.exec(driverError.detail ?? '')?.[1] ?? '';
      return new GraphQLError(translate('common.duplicate', lang, { value }), {
        extensions: { code: ErrorCode.CONFLICT },
      });
    }
    if (driverError.code === PG_FOREIGN_KEY_VIOLATION) {
      const mapped = foreignKeyError(driverError.detail ?? '', lang);
      if (mapped) return mapped;
    }
    const input = pgInputError(exception); // a value only the client can have sent: a check is missing
    if (input) logger.warn({ err: exception, requestId }, 'input refused by the database, not by validation');
    if (input) return toGraphqlError(input, lang, logger, requestId);
  }
  if (isInfrastructureError(exception)) {
    logger.warn({ err: exception, requestId }, 'infrastructure unavailable');
    return new GraphQLError(translate('common.unavailable', lang), {
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        ...(requestId ? { requestId } : {}),
        http: { status: 503 },
      },
    });
  }
  if (isRetryableConflict(exception)) {
    return new GraphQLError(translate('common.retry', lang), {
      extensions: { code: ErrorCode.CONFLICT, reason: 'RETRY' },
    });
  }
  if (exception instanceof HttpException) {
    const mapped = fromHttpException(exception, lang);
    if (mapped) return mapped;
  }
  logger.error({ err: exception, requestId }, 'unhandled error');
  return new GraphQLError(translate('common.internal', lang), {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  });
}

/** Nest's own HTTP errors (unknown route, upload limits, pipes) in our codes, with our messages. */
function fromHttpException(exception: HttpException, lang: Lang): GraphQLError | null {
  const status = exception.getStatus();
  const code = CODE_OF_STATUS[status];
  if (!code) return null;
  const message =
    status === 404
      ? translate('common.routeNotFound', lang, { path: routeOf(exception) })
      : status === 413
        ? translate('common.bodyTooLarge', lang, { max: maxKbOf(exception) })
        : code === ErrorCode.SERVICE_UNAVAILABLE
          ? translate('common.unavailable', lang)
          : exception.message;
  const reason = status === 413 ? { reason: 'BODY_TOO_LARGE' } : {};
  return new GraphQLError(message, {
    extensions: { code, ...reason, ...healthOf(exception), http: { status } },
  });
}

/** "Cannot GET /x" → "/x" (Nest's router message); anything else stays generic. */
function routeOf(exception: HttpException): string {
  const match = /^Cannot \w+ (\S+)$/.exec(exception.message);
  return match ? match[1].slice(0, 200) : '';
}

/** A failed health check (terminus) as `{ checks: { database: 'down' } }`: statuses only, never driver text. */
function healthOf(exception: HttpException): { checks?: Record<string, string> } {
  const response = exception.getResponse();
  if (typeof response !== 'object' || !response || !('details' in response)) return {};
  const details = response.details as Record<string, { status?: unknown }>;
  return {
    checks: Object.fromEntries(
      Object.entries(details).map(([name, d]) => [name, typeof d.status === 'string' ? d.status : 'unknown']),
    ),
  };
}

function maxKbOf(exception: HttpException): number {
  const response = exception.getResponse();
  const max =
    typeof response === 'object' && response && 'maxBytes' in response ? Number(response.maxBytes) : 0;
  return Math.round(max / 1024);
}

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A safety net for ids that services did not check themselves: an insert naming a missing row is the
 * client's input error on that field, a delete of a row still in use is a conflict. Never an internal error.
 */
function foreignKeyError(detail: string, lang: Lang): GraphQLError | null {
  const missing = FK_MISSING.exec(detail);
  if (missing) {
    const field = camelCase(missing[1]);
    const message = translate('common.referenceMissing', lang, { id: missing[2] });
    return new GraphQLError(`${field}: ${message}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field, message }] },
    });
  }
  const inUse = FK_IN_USE.exec(detail);
  if (inUse) {
    return new GraphQLError(translate('common.stillReferenced', lang, { table: inUse[1] }), {
      extensions: { code: ErrorCode.CONFLICT },
    });
  }
  return null;
}
