import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created in the GraphQL context so no request sees another's cache.
 * Modules register factories by name at startup (LoaderRegistry); resolvers fetch them with `loaders.get`.
 */
export type LoaderFactory<K, V> = () => DataLoader<K, V>;

export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly factories: ReadonlyMap<string, LoaderFactory<unknown, unknown>>) {}

  get<K, V>(name: string): DataLoader<K, V> {
    let loader = this.cache.get(name);
    if (!loader) {
      const factory = this.factories.get(name);
      if (!factory) throw new Error(`No DataLoader registered as "${name}"`);
      loader = factory();
      this.cache.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Keeps `keys` order and returns null for misses, as DataLoader requires. */
export function orderByKeys<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

export function groupByKeys<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): V[][] {
  const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
