import { EntityManager, In } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { Actor } from '../common/context/actor';
import { badField, forbidden } from '../common/errors/domain-error';
import { User } from '../users/user.entity';
import { ParCycle } from './par-cycle.entity';

/** The council's members as given, once each, if every one is an active user of an agency of the province. */
export async function checkedCouncil(
  em: EntityManager,
  tree: AgencyTreeRepository,
  provinceId: string,
  userIds: readonly string[],
  field = 'userIds',
): Promise<string[]> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return [];
  const users = await em.find(User, { where: { id: In(ids), active: true } });
  const roots = await tree.provinceRoots(
    users.map((u) => u.agencyId).filter((id): id is string => id !== null),
    em,
  );
  for (const id of ids) {
    const user = users.find((u) => u.id === id);
    if (!user?.agencyId || roots.get(user.agencyId) !== provinceId)
      throw badField(field, 'parIndex.council.unknownUser', { id });
  }
  return ids;
}

/**
 * Only the cycle's council appraises: a user named in it (API keys and other users, admins included, are
 * refused). They read the assessment already, so this is FORBIDDEN rather than NOT_FOUND.
 */
export function assertCouncilMember(actor: Actor, cycle: ParCycle): void {
  if (actor.kind !== 'USER' || !cycle.councilUserIds.includes(actor.id))
    throw forbidden('parIndex.notCouncil');
}
