import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppConfig } from '../../config/app-config';
import { authOf, currentRequestId, requestIdOf } from '../context/request-caller';
import { GqlContext } from '../context/request-context';
import { toGraphqlError } from '../errors/graphql-error.filter';
import { ErrorCode } from '../errors/error-code';
import { languageFromHeader } from '../i18n/messages';
import { LoaderRegistry } from './loader-registry';
import { limitsPlugin } from './limits.plugin';

const logger = new Logger('GraphQL');

/** Parse and validation failures are the client's input errors too: one code set for clients to handle. */
const CODE_ALIASES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

export function graphqlOptions(config: AppConfig, loaders: LoaderRegistry): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // A database outage inside execution answers 503 like everywhere else (Nest would reset it to 200).
    preserveHttpStatusForExecutionErrors: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    // Cache control is unused; disabling it stops Apollo wrapping every field resolver (docs/performance.md).
    plugins: [limitsPlugin, ApolloServerPluginCacheControlDisabled()],
    // Authentication already ran in the middleware (before the body was read); building the context touches
    // no database, so it cannot fail on an infrastructure error outside the error mapping.
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => {
      const { actor } = authOf(req);
      return {
        req,
        res,
        lang: languageFromHeader(req.headers['accept-language']),
        requestId: requestIdOf(req),
        actor,
        loaders: loaders.createLoaders(),
      };
    },
    formatError: (formatted, error) => {
      const rawCode = formatted.extensions?.code;
      const code = typeof rawCode === 'string' ? rawCode : ErrorCode.INTERNAL_SERVER_ERROR;
      // Every error carries the request id (also in the X-Request-Id header), even those Apollo raises
      // before any plugin runs (a wrong method, CSRF prevention, a batch).
      const requestId = currentRequestId();
      const extensions: Record<string, unknown> = {
        ...formatted.extensions,
        code: CODE_ALIASES[code] ?? code,
        ...(requestId ? { requestId } : {}),
      };
      if (extensions.code === ErrorCode.INTERNAL_SERVER_ERROR && !formatted.extensions?.requestId) {
        // Not produced by our filter (e.g. thrown while building the context): never leak the details.
        const mapped = toGraphqlError(unwrapResolverError(error), 'vi', logger, requestId);
        const { http: _status, ...mappedExtensions } = mapped.extensions;
        return {
          message: mapped.message,
          path: formatted.path,
          extensions: { ...mappedExtensions, requestId },
        };
      }
      if (production) delete extensions.stacktrace;
      return { ...formatted, extensions };
    },
  };
}
