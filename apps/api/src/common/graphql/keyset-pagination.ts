import { MAX_PAGE_SIZE } from '@partrack/shared';
import { ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { badField } from '../errors/domain-error';
import { Connection } from './connection';
import { hasUnstorableCharacters } from './input-guard';

export interface SortKey<T> {
  /** SQL expression, e.g. `agency.name` */
  expression: string;
  /** Reads the same value from a loaded row, for the cursor. */
  value: (row: T) => string | number | Date | null;
}

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function isCursorValue(value: unknown): value is CursorValue {
  if (value === null) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= 1000 && !hasUnstorableCharacters(value);
}

/** A cursor is the client's input: anything but what encodeCursor makes is refused as `after`. */
export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === length && parsed.every(isCursorValue)) return parsed;
  } catch {
    // reported below
  }
  throw badField('after', 'validation.cursor');
}

/** Postgres class 22 (data exception): a cursor value that does not fit its sort key's column type. */
function isDataException(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('22');
}

export function pageSize(first: number | undefined | null): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badField('first', 'validation.pageSize', { max: MAX_PAGE_SIZE });
  }
  return size;
}

function toCursorValue(value: string | number | Date | null): CursorValue {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Keyset pagination: the page after a cursor is "rows whose sort key is greater than the cursor's",
 * so inserts elsewhere never shift or repeat rows. Sort keys must end with a unique column (the id) and
 * be NOT NULL. All keys sort ascending except when `descending` is set (then all descend).
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  args: { first?: number | null; after?: string | null },
  descending = false,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const countQuery = query.clone();
  const direction = descending ? 'DESC' : 'ASC';
  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    const lhs = keys.map((k) => k.expression).join(', ');
    const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
    const rhs = values.map((_v, i) => `:cursor_${i}`).join(', ');
    query.andWhere(`(${lhs}) ${descending ? '<' : '>'} (${rhs})`, params);
  }
  keys.forEach((key, i) =>
    i === 0 ? query.orderBy(key.expression, direction) : query.addOrderBy(key.expression, direction),
  );
  const [rows, totalCount] = await Promise.all([
    query.limit(size + 1).getMany(),
    countQuery.getCount(),
  ]).catch((error: unknown) => {
    // Well-formed but crafted (a name where a uuid or a date belongs): still the client's `after`.
    throw args.after && isDataException(error) ? badField('after', 'validation.cursor') : error;
  });
  const pageRows = rows.slice(0, size);
  const edges = pageRows.map((node) => ({
    node,
    cursor: encodeCursor(keys.map((k) => toCursorValue(k.value(node)))),
  }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
