import DataLoader from 'dataloader';

/**
 * Names one kind of per-request DataLoader and fixes its key, value and cache-key types, so that
 * `loaders.get(TOKEN)` needs no type arguments and `LoaderRegistry.register(TOKEN, factory)` is checked against
 * them. Declare tokens next to the domain's loaders: `loaderKey<string, Agency | null>('agencyById')`.
 */
export interface LoaderKey<K, V, C = K> {
  /** For error messages only: tokens are told apart by identity, so two domains may reuse a name. */
  readonly name: string;
  /** Never set at runtime. Mentions K, V and C both ways so one token cannot stand in for another's types. */
  readonly types?: (key: K, value: V, cacheKey: C) => [K, V, C];
}

export function loaderKey<K, V, C = K>(name: string): LoaderKey<K, V, C> {
  return Object.freeze({ name });
}

export type LoaderFactory<K, V, C = K> = () => DataLoader<K, V, C>;

/** The factories the modules registered at startup, as the per-request `Loaders` reads them. */
export interface LoaderFactories {
  factoryOf<K, V, C>(key: LoaderKey<K, V, C>): LoaderFactory<K, V, C> | undefined;
}

/**
 * Per-request DataLoaders, created in the GraphQL context so no request sees another's cache. Each is built
 * on first use from the factory its module registered (LoaderRegistry).
 */
export class Loaders {
  private readonly cache = new Map<object, unknown>();

  constructor(private readonly factories: LoaderFactories) {}

  get<K, V, C>(key: LoaderKey<K, V, C>): DataLoader<K, V, C> {
    const cached = this.cache.get(key);
    // Sound: only the lines below write the cache, with the loader built by `key`'s own factory.
    if (cached) return cached as DataLoader<K, V, C>;
    const factory = this.factories.factoryOf(key);
    if (!factory) throw new Error(`No DataLoader registered as "${key.name}"`);
    const loader = factory();
    this.cache.set(key, loader);
    return loader;
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
