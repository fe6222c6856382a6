import { EntityManager, In } from 'typeorm';
import { AgencyVersion } from '../agency-version.entity';
import { Agency } from '../agency.entity';
import { ReorganisationSnapshot } from './reorganisation.entity';

/**
 * Everything a batch naming `ids` may touch, as it is before: those agencies and every agency ever below them
 * (a merge moves sub-agencies), their versions and their group memberships. Undo puts exactly this back.
 */
export async function takeSnapshot(
  em: EntityManager,
  ids: readonly string[],
): Promise<ReorganisationSnapshot> {
  if (!ids.length) return { agencies: [], versions: [], groupMembers: [], groupProvinces: [] };
  const children = await em.query<{ agency_id: string }[]>(
    'SELECT DISTINCT agency_id FROM agency_version WHERE parent_id = ANY($1::uuid[])',
    [[...ids]],
  );
  const all = [...new Set([...ids, ...children.map((c) => c.agency_id)])];
  const [agencies, versions, groupMembers, groupProvinces] = await Promise.all([
    em.find(Agency, { where: { id: In(all) } }),
    em.find(AgencyVersion, { where: { agencyId: In(all) } }),
    em.query<{ group_id: string; agency_id: string }[]>(
      'SELECT group_id, agency_id FROM agency_group_member WHERE agency_id = ANY($1::uuid[])',
      [all],
    ),
    em.query<{ id: string; province_id: string }[]>(
      'SELECT id, province_id FROM agency_group WHERE province_id = ANY($1::uuid[])',
      [all],
    ),
  ]);
  return {
    agencies: agencies.map((a) => ({ id: a.id, validTo: a.validTo, successorId: a.successorId })),
    versions: versions.map((v) => ({
      id: v.id,
      agencyId: v.agencyId,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      parentId: v.parentId,
      name: v.name,
      shortName: v.shortName,
      kind: v.kind,
      level: v.level,
      batchId: v.batchId,
    })),
    groupMembers: groupMembers.map((m) => ({ groupId: m.group_id, agencyId: m.agency_id })),
    groupProvinces: groupProvinces.map((g) => ({ groupId: g.id, provinceId: g.province_id })),
  };
}
