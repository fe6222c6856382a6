import { Injectable } from '@nestjs/common';
import { LoaderFactories, LoaderFactory, LoaderKey, Loaders } from './loaders';

/** The app's DataLoader factories, registered by the modules at startup and keyed by typed tokens. */
@Injectable()
export class LoaderRegistry implements LoaderFactories {
  private readonly factories = new Map<object, unknown>();

  /** The token alone fixes the types (NoInfer): a factory of another key or value type does not compile. */
  register<K, V, C>(key: LoaderKey<K, V, C>, factory: NoInfer<LoaderFactory<K, V, C>>): void {
    if (this.factories.has(key)) throw new Error(`DataLoader "${key.name}" is registered twice`);
    this.factories.set(key, factory);
  }

  factoryOf<K, V, C>(key: LoaderKey<K, V, C>): LoaderFactory<K, V, C> | undefined {
    // Sound: register() stored this entry under `key` only after checking it against `key`'s types.
    return this.factories.get(key) as LoaderFactory<K, V, C> | undefined;
  }

  createLoaders(): Loaders {
    return new Loaders(this);
  }
}
