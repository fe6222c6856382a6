import { Injectable } from '@nestjs/common';
import { assertNever, Role } from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../common/context/actor';
import { forbidden } from '../common/errors/domain-error';

/**
 * Where a caller may read and act. Reading: an admin everywhere, everyone else inside their province
 * (the root of their agency's tree). Writing: coordinators in the province, agency managers in their
 * agency's subtree, officers in their own agency, viewers nowhere.
 */
@Injectable()
export class AgencyScopeService {
  constructor(private readonly dataSource: DataSource) {}

  /** Ids from `agencyId` up to its root, nearest first (self included). */
  async ancestorIds(agencyId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS n FROM agency WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_id, up.n + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.n < 64
       ) SELECT id FROM up ORDER BY n`,
      [agencyId],
    );
    return rows.map((r) => r.id);
  }

  /** Root of the subtree the caller may read, or null for "everything" (admins). */
  readRoot(actor: Actor): string | null {
    if (actor.role === Role.ADMIN) return null;
    return actor.provinceRootId ?? actor.agencyId ?? '00000000-0000-0000-0000-000000000000';
  }

  writeRoot(actor: Actor): string | null {
    switch (actor.role) {
      case Role.ADMIN:
        return null;
      case Role.COORDINATOR:
        return actor.provinceRootId;
      case Role.AGENCY_MANAGER:
      case Role.AGENCY_OFFICER:
        return actor.agencyId;
      case Role.VIEWER:
        throw forbidden();
      default:
        return assertNever(actor.role);
    }
  }

  async canRead(actor: Actor, agencyId: string, manager?: EntityManager): Promise<boolean> {
    const root = this.readRoot(actor);
    if (root === null) return true;
    return (await this.ancestorIds(agencyId, manager)).includes(root);
  }

  async assertCanRead(actor: Actor, agencyId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.canRead(actor, agencyId, manager))) throw forbidden('auth.outOfScope');
  }

  async assertCanWrite(actor: Actor, agencyId: string, manager?: EntityManager): Promise<void> {
    const root = this.writeRoot(actor);
    if (root === null) return;
    if (actor.role === Role.AGENCY_OFFICER) {
      if (agencyId !== root) throw forbidden('auth.outOfScope');
      return;
    }
    if (!(await this.ancestorIds(agencyId, manager)).includes(root)) throw forbidden('auth.outOfScope');
  }
}

/** SQL fragment (for a WHERE on `alias.id`) limiting rows to the subtree of the parameter `:scopeRoot`. */
export function subtreeCondition(alias: string, param = 'scopeRoot'): string {
  return `${alias}.id IN (
    WITH RECURSIVE down AS (
      SELECT id FROM agency WHERE id = :${param}
      UNION ALL
      SELECT child.id FROM agency child JOIN down ON child.parent_id = down.id
    ) SELECT id FROM down)`;
}
