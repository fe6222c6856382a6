export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  path: string;
  kind: DiffKind;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Flattens nested objects to dotted paths. Arrays stay whole: a list of aliases reads better as
 * "[a, b] → [a, c]" than as per-index changes that shift when one item is inserted.
 */
export function flattenJson(value: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) result.set(prefix, value);
    for (const key of keys) {
      for (const [path, leaf] of flattenJson(value[key], prefix ? `${prefix}.${key}` : key))
        result.set(path, leaf);
    }
  } else if (prefix || value !== undefined) {
    result.set(prefix || '(value)', value);
  }
  return result;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Rows for every path in either side; `before`/`after` of null (create/delete entries) count as empty. */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const left = before === null || before === undefined ? new Map<string, unknown>() : flattenJson(before);
  const right = after === null || after === undefined ? new Map<string, unknown>() : flattenJson(after);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.map((path): DiffRow => {
    const hasBefore = left.has(path);
    const hasAfter = right.has(path);
    const b = left.get(path);
    const a = right.get(path);
    let kind: DiffKind;
    if (!hasBefore) kind = 'added';
    else if (!hasAfter) kind = 'removed';
    else kind = sameValue(b, a) ? 'unchanged' : 'changed';
    return { path, kind, before: b, after: a };
  });
}

export function formatJsonValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
