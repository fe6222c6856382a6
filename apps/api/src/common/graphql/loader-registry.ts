import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderFactory, Loaders } from './loaders';

@Injectable()
export class LoaderRegistry {
  private readonly factories = new Map<string, LoaderFactory<unknown, unknown>>();

  register<K, V>(name: string, factory: () => DataLoader<K, V>): void {
    this.factories.set(name, factory);
  }

  createLoaders(): Loaders {
    return new Loaders(this.factories);
  }
}
