import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { GqlContext } from '../context/request-context';
import { coerceVariables, findInputProblems, inputError, inputProblemsError } from './input-guard';
import { checkQueryLimits } from './query-limits';

/**
 * Runs once the operation is known and before any resolver: the variables are coerced (a wrong type is a
 * 400, not the 500 a later coercion would throw), every argument is checked for what Postgres cannot take
 * (NUL, unpaired surrogates, ids that are not uuids), then depth and complexity are priced. One plugin, so
 * the order is fixed: the complexity estimator reads the variables and must only see valid ones.
 */
export const limitsPlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ schema, document, operation, request, contextValue }) {
        if (!operation) return Promise.resolve();
        const raw = request.variables ?? {};
        try {
          const variables = coerceVariables(schema, operation, raw);
          const problems = findInputProblems(schema, document, operation, variables);
          if (problems.length) throw inputProblemsError(problems, contextValue.lang);
        } catch (error) {
          // getArgumentValues throws a GraphQLError for an argument it cannot coerce: the client's mistake too.
          if (error instanceof GraphQLError && error.extensions.http === undefined) {
            throw inputError(error.message, {});
          }
          throw error;
        }
        checkQueryLimits({
          schema,
          document,
          operation,
          variables: raw,
          authenticated: contextValue.actor !== null,
        });
        return Promise.resolve();
      },
    });
  },
};
