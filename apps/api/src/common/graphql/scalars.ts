import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates a client may send. Plans, deadlines and reports live in this range; anything outside it is a typo
 * (and year 0, which JavaScript accepts, is no date Postgres can store).
 */
export const LOCAL_DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

/** A real calendar date "YYYY-MM-DD" (no 2022-02-30), of any year. */
export function isValidLocalDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A real calendar date inside LOCAL_DATE_RANGE: what inputs accept. */
export function isAcceptedLocalDate(value: string): boolean {
  return isValidLocalDate(value) && value >= LOCAL_DATE_RANGE.min && value <= LOCAL_DATE_RANGE.max;
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isAcceptedLocalDate(value)) {
    const { min, max } = LOCAL_DATE_RANGE;
    throw new GraphQLError(
      `LocalDate must be a real calendar date "YYYY-MM-DD" from ${min} to ${max}, got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

function serializeLocalDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // Output only needs to be a date: stored rows are not refused for the input range.
  if (typeof value === 'string' && isValidLocalDate(value)) return value;
  throw new GraphQLError(`LocalDate cannot represent ${JSON.stringify(value)}`);
}

/** A calendar date without time zone ("2022-03-31"); Postgres `date` columns map to it as strings. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: `A calendar date, YYYY-MM-DD (inputs: ${LOCAL_DATE_RANGE.min} to ${LOCAL_DATE_RANGE.max})`,
  serialize: serializeLocalDate,
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
    case Kind.ENUM:
      throw new GraphQLError('JSON literals cannot contain variables or enums');
  }
}

export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});
