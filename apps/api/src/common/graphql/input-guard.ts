import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { FieldProblem } from '../errors/domain-error';
import { Lang, translate } from '../i18n/messages';

/** Every ID the API takes is a row's uuid primary key (reform areas, keyed by code, take a String). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** NUL cannot be stored in Postgres text; an unpaired surrogate cannot be encoded as UTF-8. */
export function hasUnstorableCharacters(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}
/** Enough to show a client what is wrong without echoing a huge list back. */
const MAX_PROBLEMS = 20;

export type VariableValues = Record<string, unknown>;

/** A client's input error raised before execution: HTTP 400, like Apollo's own parse and validation errors. */
export function inputError(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } },
  });
}

const VARIABLE_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s;
const VARIABLE_NAME = /^Variable "\$(\w+)"/;

/**
 * The field a coercion error is about, named like validation errors: inside an input object variable
 * (`$i` = `{ year: "x" }`) the path within it ("year"), otherwise the variable ("y", "ids.1").
 */
function variableField(message: string): string | undefined {
  const nested = VARIABLE_PATH.exec(message);
  if (!nested) return VARIABLE_NAME.exec(message)?.[1];
  const [, variable, at] = nested;
  const path = at.replace(/\[(\d+)\]/g, '.$1');
  return path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path;
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/**
 * Coerces the request's variables as execution will. Done before anything else reads them, because
 * graphql-query-complexity coerces them too and throws a plain error (an HTTP 500) on a wrong type.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: VariableValues,
): VariableValues {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: MAX_PROBLEMS,
  });
  if (!result.errors) return result.coerced;
  const fields = result.errors.map((e) => ({ field: variableField(e.message) ?? '', message: e.message }));
  return throwInputError(result.errors[0].message, fields);
}

function throwInputError(message: string, fields: { field: string; message: string }[]): never {
  throw inputError(message, { fields: fields.filter((f) => f.field !== '') });
}

function checkString(value: string, path: string, id: boolean, problems: FieldProblem[]): void {
  if (hasUnstorableCharacters(value)) problems.push({ field: path, key: 'validation.characters' });
  else if (id && !UUID.test(value)) problems.push({ field: path, key: 'validation.uuid' });
}

/** Strings anywhere inside a JSON value (a JSON scalar argument). */
function checkJson(value: unknown, path: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') checkString(value, path, false, problems);
  else if (Array.isArray(value)) value.forEach((v, i) => checkJson(v, join(path, i), problems));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkString(k, path, false, problems);
      checkJson(v, join(path, k), problems);
    }
  }
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, problems: FieldProblem[]): void {
  if (value === null || value === undefined || problems.length >= MAX_PROBLEMS) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value))
      value.forEach((v, i) => checkValue(v, nullable.ofType, join(path, i), problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      checkValue(record[field.name], field.type, join(path, field.name), problems);
    }
    return;
  }
  if (!isScalarType(nullable)) return; // enums are checked by coercion
  if (nullable.name === 'JSON') checkJson(value, path, problems);
  else if (typeof value === 'string') checkString(value, path, nullable.name === 'ID', problems);
}

/** The fragments an operation spreads, directly or through other fragments. */
function usedFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let next = pending.pop(); next; next = pending.pop()) {
    visit(next, {
      FragmentSpread(node) {
        const fragment = byName.get(node.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...used.values()];
}

/**
 * Every argument of the operation (literals and coerced variables, through input objects and lists),
 * checked with the schema's types: no string may hold a character Postgres cannot store, and every ID must
 * be a uuid. One check for every resolver, before anything runs: such input would otherwise fail deep in
 * SQL as an internal error, or be written half-way.
 */
export function findInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: VariableValues,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  const onField = (node: FieldNode) => {
    const field = typeInfo.getFieldDef();
    if (!field || !node.arguments?.length) return;
    const args = getArgumentValues(field, node, variables);
    for (const arg of field.args) {
      // Fields of an input object are named within it ("title", not "input.title"), as validation does.
      const path = isInputObjectType(getNullableType(arg.type)) ? '' : arg.name;
      checkValue(args[arg.name], arg.type, path, problems);
    }
  };
  for (const definition of [operation, ...usedFragments(document, operation)]) {
    visit(definition, visitWithTypeInfo(typeInfo, { Field: onField }));
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** The problems as a 400 `BAD_USER_INPUT`, worded like the error filter's field errors. */
export function inputProblemsError(problems: FieldProblem[], lang: Lang): GraphQLError {
  const fields = problems.map((p) => ({ field: p.field, message: translate(p.key, lang, p.params) }));
  const message =
    fields.length === 1 ? `${fields[0].field}: ${fields[0].message}` : translate('common.invalidInput', lang);
  return inputError(message, { fields });
}
