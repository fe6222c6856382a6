import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLSchema,
  isLeafType,
  isListType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { coerceVariables, inputError } from './input-guard';

export const LIMITS = {
  depthAnonymous: 15,
  depthAuthenticated: 20,
  complexity: 250,
  queryLength: 10_000,
  bodyBytes: 100 * 1024,
} as const;

/** Assumed size of an unpaginated list (children, ancestors, members) when pricing a query. */
const UNPAGED_LIST_FACTOR = 10;

/**
 * Cost model (docs/api.md): scalars are free; an object field costs 1 plus its selection; a connection
 * field costs 1 + ceil(first / 20) × its selection (a page of 20 is one unit); `edges` inside a
 * connection costs its selection once; any other list costs 10 × (1 + its selection), as if it held ten
 * objects. A field that declares `complexity: n` (bounded, batched lists such as a plan's items) costs
 * n + its selection.
 */
export const complexityEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  const nullable = getNullableType(field.type);
  if (isLeafType(getNamedType(field.type))) return 0;
  // A field may declare its own cost (@Field({ complexity })) when its size is bounded and it is batched.
  const declared = field.extensions?.complexity;
  if (typeof declared === 'number') return declared + childComplexity;
  if ('first' in args) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.ceil(Math.max(first, 1) / DEFAULT_PAGE_SIZE) * childComplexity;
  }
  if (field.name === 'edges' && type.name.endsWith('Connection')) return childComplexity;
  if (isListType(nullable)) return UNPAGED_LIST_FACTOR * (1 + childComplexity);
  return 1 + childComplexity;
};

function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, visited) : 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      depth = selectionDepth(fragments[name]?.selectionSet, fragments, new Set([...visited, name]));
    }
    max = Math.max(max, depth);
  }
  return max;
}

export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return selectionDepth(operation.selectionSet, fragments, new Set());
}

const limitError = inputError;

export function checkQueryLimits(input: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  authenticated: boolean;
}): void {
  const maxDepth = input.authenticated ? LIMITS.depthAuthenticated : LIMITS.depthAnonymous;
  const depth = operationDepth(input.document, input.operation);
  if (depth > maxDepth) {
    throw limitError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, {
      reason: 'DEPTH_LIMIT',
      depth,
      maxDepth,
    });
  }
  // getComplexity coerces the variables again and throws on a wrong type: refuse it here as a 400.
  coerceVariables(input.schema, input.operation, input.variables);
  const complexity = getComplexity({
    schema: input.schema,
    query: input.document,
    operationName: input.operation.name?.value,
    variables: input.variables,
    estimators: [complexityEstimator],
  });
  if (complexity > LIMITS.complexity) {
    throw limitError(
      `Query complexity ${complexity} exceeds the limit of ${LIMITS.complexity}; ask for smaller pages or fewer nested lists.`,
      { reason: 'COMPLEXITY_LIMIT', complexity, maxComplexity: LIMITS.complexity },
    );
  }
}
