import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { complexityEstimator, LIMITS } from '../../src/common/graphql/query-limits';
import { createTestApp, TestApp } from '../support/test-app';

const WEB_SRC = path.resolve(__dirname, '../../../web/src');

/** Every `graphql(\`…\`)` document of the SPA's sources, fragments and operations together. */
function webDefinitions(): { operations: OperationDefinitionNode[]; fragments: FragmentDefinitionNode[] } {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'gql') walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name))
        for (const match of fs.readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g))
          texts.push(match[1]);
    }
  };
  walk(WEB_SRC);
  const definitions = texts.flatMap((text) => parse(text).definitions);
  return {
    operations: definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
    fragments: definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
  };
}

/** A value of the type that passes coercion: what a client could send at the least. */
function sample(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named))
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  const scalars: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 20,
    Float: 1,
    Boolean: false,
    LocalDate: '2026-01-01',
    DateTime: '2026-01-01T00:00:00Z',
  };
  return scalars[named.name] ?? 'x';
}

function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((v) => {
      const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
      const value = type && !v.defaultValue ? sample(type) : undefined;
      return value === undefined ? [] : [[v.variable.name.value, value]];
    }),
  );
}

/**
 * The SPA's own queries and mutations must pass the API's complexity budget: unit tests mock the server and
 * cannot see it, so a screen whose query grew past the budget would only fail in a browser.
 */
describe("the SPA's GraphQL documents", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('stay within the complexity budget with their default page sizes', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const { operations, fragments } = webDefinitions();
    expect(operations.length).toBeGreaterThan(50);
    const over = operations.flatMap((operation) => {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      const complexity = getComplexity({
        schema,
        query: document,
        operationName: operation.name?.value,
        variables: variablesOf(schema, operation),
        estimators: [complexityEstimator],
      });
      return complexity > LIMITS.complexity ? [`${operation.name?.value ?? '?'}: ${complexity}`] : [];
    });
    expect(over).toEqual([]);
  });
});
