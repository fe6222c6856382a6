import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReorganisationProblem } from '../../../gql/graphql';

export type Problem = Pick<ReorganisationProblem, 'line' | 'field' | 'message'>;

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item['line'] === 'number' &&
    typeof item['field'] === 'string' &&
    typeof item['message'] === 'string'
  );
}

/**
 * applyReorganisation refuses a batch that went wrong between the dry run and the real run (someone changed the
 * tree meanwhile) with BAD_USER_INPUT and the same line-numbered problems in extensions.problems: shown like the
 * dry run's. Null when the error is of another kind.
 */
export function problemsOf(error: unknown): Problem[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const problems = item.extensions?.['problems'];
    if (Array.isArray(problems)) {
      const valid = (problems as unknown[]).filter(isProblem);
      if (valid.length) return valid;
    }
  }
  return null;
}
