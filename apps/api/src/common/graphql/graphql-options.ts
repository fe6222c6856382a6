import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthenticationService } from '../../auth/authentication.service';
import { AppConfig } from '../../config/app-config';
import { GqlContext, RequestWithId } from '../context/request-context';
import { toGraphqlError } from '../errors/graphql-error.filter';
import { ErrorCode } from '../errors/error-code';
import { languageFromHeader } from '../i18n/messages';
import { LoaderRegistry } from './loader-registry';
import { checkQueryLimits } from './query-limits';

const logger = new Logger('GraphQL');

/** Parse and validation failures are the client's input errors too: one code set for clients to handle. */
const CODE_ALIASES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

const limitsPlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ schema, document, operation, request, contextValue }) {
        if (!operation) return Promise.resolve();
        checkQueryLimits({
          schema,
          document,
          operation,
          variables: request.variables ?? {},
          authenticated: contextValue.actor !== null,
        });
        return Promise.resolve();
      },
    });
  },
};

export function graphqlOptions(
  config: AppConfig,
  authn: AuthenticationService,
  loaders: LoaderRegistry,
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    // Cache control is unused; disabling it stops Apollo wrapping every field resolver (docs/performance.md).
    plugins: [limitsPlugin, ApolloServerPluginCacheControlDisabled()],
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
      const request = req as RequestWithId;
      const { actor, error } = await authn.authenticate(req.headers.authorization);
      return {
        req: request,
        res,
        lang: languageFromHeader(req.headers['accept-language']),
        requestId: typeof request.id === 'string' ? request.id : randomUUID(),
        actor,
        authError: error,
        loaders: loaders.createLoaders(),
      };
    },
    formatError: (formatted, error) => {
      const rawCode = formatted.extensions?.code;
      const code = typeof rawCode === 'string' ? rawCode : ErrorCode.INTERNAL_SERVER_ERROR;
      const extensions: Record<string, unknown> = {
        ...formatted.extensions,
        code: CODE_ALIASES[code] ?? code,
      };
      if (extensions.code === ErrorCode.INTERNAL_SERVER_ERROR && !formatted.extensions?.requestId) {
        // Not produced by our filter (e.g. thrown while building the context): never leak the details.
        const mapped = toGraphqlError(unwrapResolverError(error), 'vi', logger);
        return { message: mapped.message, path: formatted.path, extensions: { ...mapped.extensions } };
      }
      if (production) delete extensions.stacktrace;
      return { ...formatted, extensions };
    },
  };
}
