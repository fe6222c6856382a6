import { Injectable } from '@nestjs/common';
import { assertNever, Role } from '@partrack/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/context/actor';
import { DomainError, forbidden, notFound } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { AgencyTreeRepository } from './agency-tree.repository';

/**
 * Where a caller may read and act. Reading: an admin everywhere, everyone else inside their province
 * (the root of their agency's tree today) and whatever was ever part of it or merged into it. Writing: coordinators in the province, agency managers in their
 * agency's subtree, officers in their own agency, viewers nowhere.
 */
@Injectable()
export class AgencyScopeService {
  constructor(private readonly tree: AgencyTreeRepository) {}

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
    return this.tree.isWithin(agencyId, root, manager);
  }

  /** Outside the reading scope an agency does not exist for the caller: NOT_FOUND, as for a random id. */
  async assertCanRead(actor: Actor, agencyId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.canRead(actor, agencyId, manager))) throw notFound('Agency', agencyId);
  }

  /**
   * Write check for something that belongs to `agencyId`. What the caller cannot read must look exactly
   * like what does not exist, so that answers `hidden()` (the caller's "not found" for the record he named;
   * by default the agency's). Only what he can read but may not change answers FORBIDDEN.
   */
  async assertCanWrite(
    actor: Actor,
    agencyId: string,
    manager?: EntityManager,
    hidden: () => DomainError = () => notFound('Agency', agencyId),
  ): Promise<void> {
    const readRoot = this.readRoot(actor);
    if (readRoot === null) return;
    if (!(await this.tree.isWithin(agencyId, readRoot, manager))) throw hidden();
    if (actor.agencyEnded) throw forbidden('auth.agencyEnded');
    const root = this.writeRoot(actor);
    if (root === null) return;
    // Writing follows today's tree: an agency that has left the caller's unit, or ended with its province,
    // is still readable (its history) but no longer his to change.
    const ancestors = await this.tree.ancestorIds(agencyId, manager);
    if (actor.role === Role.AGENCY_OFFICER ? agencyId !== root : !ancestors.includes(root))
      throw forbidden('auth.outOfScope');
  }
}

/**
 * For a record readable through its parent (`.catch(notFoundAs('X', id))`): the parent's NOT_FOUND would
 * name the parent and reveal that the record exists, so it becomes the record's own NOT_FOUND.
 */
export function notFoundAs(entity: string, id: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) throw notFound(entity, id);
    throw error;
  };
}
