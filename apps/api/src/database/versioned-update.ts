import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { conflict } from '../common/errors/domain-error';

type Versioned = ObjectLiteral & { id: string; version: number };

/**
 * Optimistic write: one UPDATE that applies `set` only if the row still has the version the caller read, and
 * bumps the version. A stale version (someone saved in between) is a CONFLICT, never a silent overwrite. For
 * callers that read the row back later themselves (after writing its relations) or not at all.
 */
export async function versionedWrite<T extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  set: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...set, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw conflict();
}

/** `versionedWrite`, then the row as stored. */
export async function versionedUpdate<T extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  set: QueryDeepPartialEntity<T>,
): Promise<T> {
  await versionedWrite(em, entity, id, version, set);
  return em.findOneByOrFail(entity, { id } as FindOptionsWhere<T>);
}
