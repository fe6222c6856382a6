import { buildSchema, parse, OperationDefinitionNode } from 'graphql';
import { checkQueryLimits, operationDepth } from './query-limits';

const schema = buildSchema(`
  type Agency { id: ID! name: String! parent: Agency children: [Agency!]! }
  type AgencyEdge { cursor: String! node: Agency! }
  type AgencyConnection { edges: [AgencyEdge!]! totalCount: Int! }
  type Query { agencies(first: Int = 20): AgencyConnection! agency(id: ID!): Agency }
`);

function check(query: string, authenticated = true) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return () => checkQueryLimits({ schema, document, operation, variables: {}, authenticated });
}

describe('query limits', () => {
  it('counts depth through fragments and inline fragments', () => {
    const document = parse(
      'query { agency(id: 1) { ...F } } fragment F on Agency { parent { ... on Agency { parent { id } } } }',
    );
    expect(operationDepth(document, document.definitions[0] as OperationDefinitionNode)).toBe(4);
  });

  it('does not loop on self-referencing fragments', () => {
    const document = parse('query { agency(id: 1) { ...F } } fragment F on Agency { parent { ...F } }');
    expect(operationDepth(document, document.definitions[0] as OperationDefinitionNode)).toBe(2);
  });

  it('prices connections by page size and nested lists by ten', () => {
    expect(check('{ agencies(first: 100) { edges { node { id parent { name } } } } }')).not.toThrow();
    expect(check('{ agencies(first: 100) { edges { node { children { children { id } } } } } }')).toThrow(
      /complexity/,
    );
  });

  it('applies the anonymous depth limit only without credentials', () => {
    const q = `{ agency(id: 1) { ${'parent { '.repeat(15)}id${' }'.repeat(15)} } }`;
    expect(check(q, false)).toThrow('Query depth 17 exceeds the limit of 15.');
    expect(check(q, true)).not.toThrow();
  });
});

describe('query limits with variables', () => {
  it('refuses a wrong-type variable as a 400 input error instead of letting the estimator throw', () => {
    const document = parse('query($f: Int) { agencies(first: $f) { totalCount } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const run = () =>
      checkQueryLimits({ schema, document, operation, variables: { f: 'x' }, authenticated: true });
    expect(run).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
