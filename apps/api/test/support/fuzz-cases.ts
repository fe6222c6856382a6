import {
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { badValue, IdPools, printLiteral, Rng, selectionOf, validValue, ValueContext } from './fuzz-values';

/**
 * Fields whose real ids would sign the fuzz out or strip its own accounts: they only get ids of spare
 * records (victim users, spare agencies), and changePassword runs with a victim's token.
 */
const POOL_OVERRIDE: Record<string, string> = {
  deactivateAgency: 'spareAgencies',
  mergeAgencies: 'spareAgencies',
  moveAgency: 'spareAgencies',
  updateAgency: 'spareAgencies',
};

export interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

/** Every place a value can go in a field's arguments: arguments, input fields, list elements (3 deep). */
export function slotsOf(args: readonly GraphQLArgument[]): Slot[] {
  const out: Slot[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], name: string, depth: number) => {
    out.push({ path, type, name });
    const nullable = getNullableType(type);
    if (depth >= 3) return;
    if (isListType(nullable)) walk(nullable.ofType, [...path, 0], name, depth + 1);
    else if (isInputObjectType(nullable)) {
      for (const f of Object.values(nullable.getFields())) walk(f.type, [...path, f.name], f.name, depth + 1);
    }
  };
  for (const arg of args) walk(arg.type, [arg.name], arg.name, 0);
  return out;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((key, i) => {
    const existing = node[key];
    if (existing === null || typeof existing !== 'object')
      node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]] = value;
}

export interface Case {
  field: string;
  query: string;
  variables: Record<string, unknown>;
  token: string | undefined;
  kind: string;
}

/**
 * What to do to the valid arguments: nothing, null one slot, or put a random bad value in one (`focused`:
 * one of the slot's own, such as a crafted cursor for `after`).
 */
export type Plan =
  { kind: 'valid' } | { kind: 'null'; slot: Slot } | { kind: 'random'; slot: Slot; focused?: boolean };

/** One request for a root field: valid arguments, possibly one slot replaced by a bad value. */
export function makeCase(
  rng: Rng,
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  pools: IdPools,
  token: string | undefined,
  plan: Plan,
): Case {
  const ctx: ValueContext = { rng, fieldName: field.name, pools, poolOverride: POOL_OVERRIDE[field.name] };
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    if ((isNonNullType(arg.type) && arg.defaultValue === undefined) || rng() < 0.5) {
      args[arg.name] = validValue(ctx, arg.type, arg.name, null);
    }
  }
  let kind: string = plan.kind;
  if (plan.kind === 'null') setAt(args, plan.slot.path, null);
  if (plan.kind === 'random') {
    const bad = badValue(rng, plan.slot.type, plan.slot.name, plan.focused);
    setAt(args, plan.slot.path, bad.value);
    kind = bad.kind;
  }
  const selection = selectionOf(field.type);
  const types = new Map(field.args.map((a) => [a.name, a.type]));
  const present = Object.keys(args);
  if (rng() < 0.5 || !present.length) {
    const literal = present.map((name) => `${name}: ${printLiteral(args[name], types.get(name) ?? null)}`);
    const argText = literal.length ? `(${literal.join(', ')})` : '';
    return {
      field: field.name,
      query: `${operation} { ${field.name}${argText} ${selection} }`,
      variables: {},
      token,
      kind: `${kind}/literal`,
    };
  }
  const defs = present.map((name) => `$${name}: ${String(types.get(name))}`).join(', ');
  const uses = present.map((name) => `${name}: $${name}`).join(', ');
  const query = `${operation}(${defs}) { ${field.name}(${uses}) ${selection} }`;
  return { field: field.name, query, variables: args, token, kind: `${kind}/variables` };
}
