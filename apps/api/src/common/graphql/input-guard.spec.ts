import { buildSchema, GraphQLError, Kind, OperationDefinitionNode, parse } from 'graphql';
import { coerceVariables, findInputProblems, inputProblemsError } from './input-guard';

const schema = buildSchema(`
  scalar JSON
  input Note { text: String! tags: [String!] ref: ID }
  type Agency { id: ID! name(lang: String): String! }
  type Query {
    agency(id: ID!): Agency
    agencies(ids: [ID!], search: String, first: Int): [Agency!]!
    note(input: Note!, extra: JSON): Boolean
  }
`);

const UUID = '2b1f6f2e-8f0a-4c55-9d7e-0d6f1c3b4a59';

function problems(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const coerced = coerceVariables(schema, operation, variables);
  return findInputProblems(schema, document, operation, coerced).map((p) => `${p.field}:${p.key}`);
}

describe('input guard', () => {
  it('accepts uuids and ordinary text, including paired surrogates (emoji)', () => {
    expect(problems(`{ agency(id: "${UUID}") { name(lang: "vi 😀") } }`)).toEqual([]);
  });

  it('refuses ids that are not uuids, in literals, variables and list elements', () => {
    expect(problems('{ agency(id: "not-a-uuid") { id } }')).toEqual(['id:validation.uuid']);
    expect(problems('{ agency(id: 12) { id } }')).toEqual(['id:validation.uuid']);
    expect(problems('query($ids: [ID!]) { agencies(ids: $ids) { id } }', { ids: [UUID, 'x'] })).toEqual([
      'ids.1:validation.uuid',
    ]);
  });

  it('refuses NUL and unpaired surrogates anywhere: nested fields, fields of results, JSON, fragments', () => {
    expect(problems('{ agencies(search: "a\\u0000b") { id } }')).toEqual(['search:validation.characters']);
    expect(
      problems('query($n: Note!) { note(input: $n) }', { n: { text: 'ok', tags: ['fine', 'x\ud800'] } }),
    ).toEqual(['tags.1:validation.characters']);
    expect(
      problems('query($j: JSON) { note(input: { text: "a" }, extra: $j) }', { j: { a: ['\udc00'] } }),
    ).toEqual(['extra.a.0:validation.characters']);
    expect(
      problems(`query { ...F } fragment F on Query { agency(id: "${UUID}") { name(lang: "\\u0000") } }`),
    ).toEqual(['lang:validation.characters']);
  });

  it('answers a 400 BAD_USER_INPUT with one entry per field, worded in the caller’s language', () => {
    const error = inputProblemsError([{ field: 'title', key: 'validation.characters' }], 'vi');
    expect(error.message).toMatch(/^title: Văn bản chứa ký tự không được phép/);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
      fields: [{ field: 'title', message: expect.stringContaining('NUL') }],
    });
  });

  it('coerces variables up front: a wrong type is a 400 naming the variable and the path inside it', () => {
    const document = parse('query($n: Note!, $f: Int) { note(input: $n) agencies(first: $f) { id } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    let thrown: unknown;
    try {
      coerceVariables(schema, operation, { n: { text: 5 }, f: 'x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const { extensions } = thrown as GraphQLError;
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    expect((extensions.fields as { field: string }[]).map((f) => f.field)).toEqual(['text', 'f']);
  });
});
