import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { conflict } from '../common/errors/domain-error';

/**
 * Optimistic update: writes `set` only if the row still has the version the caller read, bumps the version
 * and returns the row as stored. A stale version (someone saved in between) is a CONFLICT, never a silent
 * overwrite.
 */
export async function versionedUpdate<T extends ObjectLiteral & { id: string; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  set: QueryDeepPartialEntity<T>,
): Promise<T> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...set, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw conflict();
  return em.findOneByOrFail(entity, { id } as FindOptionsWhere<T>);
}
