import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { GqlContext } from '../context/request-context';
import { Lang, translate } from '../i18n/messages';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const FK_MISSING = /^Key \((\w+)\)=\(([^)]*)\) is not present in table/;
const FK_IN_USE = /is still referenced from table "(\w+)"/;
const PG_QUERY_CANCELED = '57014';

/** The one place where exceptions become client-visible GraphQL errors. */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphqlErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') throw exception;
    const context = GqlArgumentsHost.create(host).getContext<GqlContext>();
    return toGraphqlError(exception, context?.lang ?? 'vi', this.logger, context?.requestId);
  }
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
      return new GraphQLError(translate('common.duplicate', lang, { value: driverError.detail ?? '' }), {
        extensions: { code: ErrorCode.CONFLICT },
      });
    }
    if (driverError.code === PG_FOREIGN_KEY_VIOLATION) {
      const mapped = foreignKeyError(driverError.detail ?? '', lang);
      if (mapped) return mapped;
    }
    if (driverError.code === PG_QUERY_CANCELED) {
      logger.warn({ requestId }, 'statement timeout');
    }
  }
  if (exception instanceof HttpException && exception.getStatus() === 404) {
    return new GraphQLError(exception.message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
  logger.error({ err: exception, requestId }, 'unhandled error');
  return new GraphQLError(translate('common.internal', lang), {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  });
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
