import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** mulberry32: a tiny seeded PRNG, so every run sends the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** Real ids by kind (see poolOf); `spareAgencies` are agencies the fuzz may merge, move or deactivate. */
export type IdPools = Record<string, string[]>;

/** Which pool an ID slot draws from, by the field, the enclosing input type and the slot's name. */
export function poolOf(fieldName: string, parentType: string | null, slot: string): string {
  const owner = slot === 'id' || slot === 'ids' ? (parentType ?? fieldName) : slot;
  const key = owner.toLowerCase();
  if (/planitem/.test(parentType?.toLowerCase() ?? '') && slot === 'parentId') return 'items';
  const rules: [RegExp, string][] = [
    [/group/, 'groups'],
    [/agencyreport|^report$|submitagencyreport/, 'reports'],
    [/consolidated/, 'consolidated'],
    [/attachment/, 'attachments'],
    [/item|task/, 'items'],
    [/indicator/, 'indicators'],
    [/measurement/, 'measurements'],
    [/round/, 'rounds'],
    [/user|actor/, 'users'],
    [/apikey/, 'apiKeys'],
    [/notification/, 'notifications'],
    [/plan/, 'plans'],
  ];
  return rules.find(([pattern]) => pattern.test(key))?.[1] ?? 'agencies';
}

const PERIODS = ['2022-Q1', '2022-H1', '2022-Q3', '2022', '2022-H2'];

/** A plausible value of a scalar or enum, so that valid requests reach the services' own code. */
function validLeaf(rng: Rng, type: GraphQLNamedType, name: string, ids: () => string): unknown {
  if (isEnumType(type)) return pick(rng, type.getValues()).name;
  const n = Math.floor(rng() * 1000);
  switch (type.name) {
    case 'ID':
      return ids();
    case 'Int':
      if (name === 'version') return 1;
      if (name === 'year') return pick(rng, [2022, 2023]);
      return name === 'first' ? pick(rng, [1, 5, 20]) : Math.floor(rng() * 100);
    case 'Float':
      return Math.round(rng() * 10000) / 100;
    case 'Boolean':
      return rng() < 0.5;
    case 'LocalDate':
      return pick(rng, ['2022-03-31', '2022-06-30', '2022-12-31', '2023-01-15']);
    case 'DateTime':
      return '2022-06-30T08:00:00.000Z';
    case 'JSON':
      return { note: `fuzz ${n}` };
    default:
      break;
  }
  if (/period|^from$|^to$/i.test(name)) return pick(rng, PERIODS);
  if (/areaCode/i.test(name)) return pick(rng, ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
  if (/email/i.test(name)) return `fuzz${n}@fuzz.test`;
  if (/password/i.test(name)) return `Fuzz-${n}-password`;
  if (/code/i.test(name)) return `FZ-${n}`;
  if (/content/i.test(name)) return `I. Cải cách thể chế\n1. Nhiệm vụ fuzz ${n}`;
  return pick(rng, [`Fuzz ${n}`, 'Sở Nội vụ', `nhiệm vụ ${n}`]);
}

export interface ValueContext {
  rng: Rng;
  fieldName: string;
  pools: IdPools;
  poolOverride?: string;
}

/** A valid-looking value: required fields always, optional ones half the time. */
export function validValue(
  ctx: ValueContext,
  type: GraphQLInputType,
  name: string,
  parentType: string | null,
  depth = 0,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const size = 1 + Math.floor(ctx.rng() * 2);
    return Array.from({ length: size }, () => validValue(ctx, nullable.ofType, name, parentType, depth + 1));
  }
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required || (depth < 3 && ctx.rng() < 0.5)) {
        out[field.name] = validValue(ctx, field.type, field.name, nullable.name, depth + 1);
      }
    }
    return out;
  }
  if (name === 'after') return pick(ctx.rng, ctx.pools.cursors ?? []) ?? null;
  const ids = () => {
    const pool = ctx.pools[ctx.poolOverride ?? poolOf(ctx.fieldName, parentType, name)] ?? [];
    return pool.length ? pick(ctx.rng, pool) : '00000000-0000-4000-8000-000000000000';
  };
  return validLeaf(ctx.rng, nullable as GraphQLNamedType, name, ids);
}

const LONE_SURROGATES = ['\ud800', 'a\udc00b', 'x\udbff'];
const BAD_DATES = [
  '0000-01-01',
  '2022-02-30',
  '2022-13-01',
  '1899-12-31',
  '2101-01-01',
  '22-1-1',
  '',
  '+020220-01-01',
];
const BAD_IDS = ['not-a-uuid', '', '1', "' OR 1=1 --", '00000000-0000-4000-8000-00000000000g', '{}'];
const HUGE = [2 ** 53, -1, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 0, -0.5, 4.9e-324];
const MB = 1024 * 1024;

/** A crafted cursor: well-formed base64url of JSON that encodeCursor never makes, or no JSON at all. */
function craftedCursor(rng: Rng): string {
  const values = pick(rng, [
    ['x', 'not-a-uuid'],
    ['2022-13-45T99:00:00Z', '00000000-0000-4000-8000-000000000000'],
    [{ a: 1 }, [2]],
    ['a\u0000b', 1],
    [1e308, -1, 'x'],
    ['x'.repeat(2000), 'y'],
    [null, null, null],
    [true, false],
    [2 ** 53, '2022-01-01', 'Sở', 'b'],
  ]);
  return pick(rng, [
    Buffer.from(JSON.stringify(values)).toString('base64url'),
    '!!!not base64',
    Buffer.from('{"not":"an array"}').toString('base64url'),
    '',
  ]);
}

type Bad = { kind: string; value: unknown };

/** Bad values that only make sense for this slot: crafted cursors, impossible dates, malformed ids. */
function slotSpecific(rng: Rng, named: GraphQLNamedType, name: string): (() => Bad)[] {
  if (name === 'after') return [() => ({ kind: 'cursor', value: craftedCursor(rng) })];
  if (named.name === 'LocalDate' || /date|asof|today/i.test(name)) {
    return [() => ({ kind: 'bad-date', value: pick(rng, BAD_DATES) })];
  }
  if (named.name === 'ID' || /id$/i.test(name))
    return [() => ({ kind: 'bad-id', value: pick(rng, BAD_IDS) })];
  return [];
}

/** Whether the slot has bad values of its own (see slotSpecific). */
export const hasSpecificBadValues = (type: GraphQLInputType, name: string) =>
  slotSpecific(() => 0, getNamedType(type), name).length > 0;

/**
 * A value the slot's type must refuse, or an extreme one it may accept; `kind` says which. `focused` picks
 * only among the slot's own bad values.
 */
export function badValue(rng: Rng, type: GraphQLInputType, name: string, focused = false): Bad {
  const named = getNamedType(type);
  const list = isListType(getNullableType(type));
  const specific = slotSpecific(rng, named, name);
  const choices: (() => Bad)[] = [
    () => ({ kind: 'null', value: null }),
    () => ({ kind: 'wrong-type', value: pick(rng, ['x', 1.5, true, { a: 1 }, [1, 2], 123]) }),
    () => ({ kind: 'nul', value: `a\u0000b` }),
    () => ({ kind: 'surrogate', value: pick(rng, LONE_SURROGATES) }),
    () => ({ kind: 'huge-number', value: pick(rng, HUGE) }),
    () => ({ kind: 'deep-list', value: JSON.parse(`${'['.repeat(60)}1${']'.repeat(60)}`) as unknown }),
    () => ({ kind: 'long-list', value: Array.from({ length: 1500 }, (_v, i) => `v${i}`) }),
    ...specific,
    ...specific,
  ];
  if (named.name === 'String' || named.name === 'ID') {
    choices.push(() => ({ kind: 'long-string', value: 'á'.repeat(20_000) }));
    if (rng() < 0.15) choices.push(() => ({ kind: '1mb-string', value: 'x'.repeat(MB) }));
  }
  if (named.name === 'Int' || named.name === 'Float') {
    choices.push(() => ({ kind: 'huge-number', value: pick(rng, HUGE) }));
  }
  if (isEnumType(named)) choices.push(() => ({ kind: 'bad-enum', value: pick(rng, ['NOPE', 'admin', 1]) }));
  const chosen = pick(rng, focused && specific.length ? specific : choices)();
  // A list slot also gets a list of the bad value, so element checks run too.
  return list && rng() < 0.5 ? { kind: `${chosen.kind}-in-list`, value: [chosen.value] } : chosen;
}

/** Prints a JS value as a GraphQL literal; strings naming a value of an enum slot print bare. */
export function printLiteral(value: unknown, type: GraphQLInputType | null): string {
  const nullable = type ? getNullableType(type) : null;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const inner = nullable && isListType(nullable) ? nullable.ofType : null;
    return `[${value.map((v) => printLiteral(v, inner)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${k}: ${printLiteral(v, fields[k]?.type ?? null)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string' && nullable && isEnumType(nullable) && nullable.getValue(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** A small selection: the type's scalars, its single objects' scalars, and each connection's first page. */
export function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  if (named.name.endsWith('Connection')) {
    const node = edgeNode(named.getFields().edges);
    return `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node ${selectionOf(node, depth + 1)} } }`;
  }
  const parts = ['__typename', ...leaves];
  if (depth < 1) {
    for (const f of fields) {
      const child = getNamedType(f.type);
      if (isObjectType(child) && !child.name.endsWith('Connection'))
        parts.push(`${f.name} ${selectionOf(f.type, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function edgeNode(edges: GraphQLField<unknown, unknown>): GraphQLOutputType {
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) throw new Error('connection edges must be objects');
  return edge.getFields().node.type;
}
