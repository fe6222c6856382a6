import DataLoader from 'dataloader';
import { LoaderRegistry } from './loader-registry';
import { loaderKey } from './loaders';

const LENGTH = loaderKey<string, number>('length');

const lengthLoader = (calls: string[][]) => () =>
  new DataLoader<string, number>((keys) => {
    calls.push([...keys]);
    return Promise.resolve(keys.map((key) => key.length));
  });

describe('typed DataLoaders', () => {
  it('builds one loader per request, on first use, from the factory registered for the token', async () => {
    const registry = new LoaderRegistry();
    const calls: string[][] = [];
    registry.register(LENGTH, lengthLoader(calls));
    const request = registry.createLoaders();
    expect(request.get(LENGTH)).toBe(request.get(LENGTH));
    expect(await Promise.all([request.get(LENGTH).load('ab'), request.get(LENGTH).load('abc')])).toEqual([
      2, 3,
    ]);
    expect(calls).toEqual([['ab', 'abc']]);
    expect(registry.createLoaders().get(LENGTH)).not.toBe(request.get(LENGTH));
  });

  it('tells tokens apart by identity, not by name', () => {
    const registry = new LoaderRegistry();
    registry.register(LENGTH, lengthLoader([]));
    expect(() => registry.createLoaders().get(loaderKey<string, number>('length'))).toThrow(
      'No DataLoader registered as "length"',
    );
  });

  it('refuses a second factory for one token', () => {
    const registry = new LoaderRegistry();
    registry.register(LENGTH, lengthLoader([]));
    expect(() => registry.register(LENGTH, lengthLoader([]))).toThrow('registered twice');
  });
});
