import { EntityManager } from 'typeorm';
import { AgencyVersion } from '../agency-version.entity';
import { Agency } from '../agency.entity';
import { AgencyReorganisation } from './reorganisation.entity';

// Tables whose rows point at agencies but belong to the hierarchy itself, which undo restores.
// Group memberships of created agencies are the batch's own hand-over (undo removes them with the agencies).
const HIERARCHY_COLUMNS = new Set([
  'agency_group_member.agency_id',
  'agency.parent_id',
  'agency.successor_id',
  'agency_version.agency_id',
  'agency_version.parent_id',
]);

/**
 * Why `batch` can no longer be undone, or null. Undo is exact only while nothing written since depends on
 * it: no later change to an agency it touched (the audit log records every one, and later batches), and no
 * row anywhere — users, tasks, figures, reports — pointing at an agency it created. Found generically from
 * the foreign keys to `agency`, so a table added later is covered too.
 */
export async function undoBlocker(em: EntityManager, batch: AgencyReorganisation): Promise<string | null> {
  const touched = [...batch.affectedAgencyIds, ...batch.createdAgencyIds];
  const [later] = await em.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM audit_entry
      WHERE entity_type = 'Agency' AND entity_id = ANY($1::text[])
        AND created_at > (SELECT applied_at FROM agency_reorganisation WHERE id = $2)`,
    [touched, batch.id],
  );
  if (Number(later.n) > 0) return `agency changes: ${later.n}`;
  const [laterBatches] = await em.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM agency_reorganisation
      WHERE status = 'APPLIED' AND id <> $2 AND affected_agency_ids && $1::uuid[]
        AND applied_at > (SELECT applied_at FROM agency_reorganisation WHERE id = $2)`,
    [touched, batch.id],
  );
  if (Number(laterBatches.n) > 0) return 'a later reorganisation';
  if (!batch.createdAgencyIds.length) return null;
  const columns = await em.query<{ tbl: string; col: string }[]>(
    `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = 'agency'::regclass ORDER BY 1, 2`,
  );
  for (const { tbl, col } of columns) {
    if (HIERARCHY_COLUMNS.has(`${tbl}.${col}`)) continue;
    // Groups the batch itself handed to a new province come back with the snapshot; any other blocks.
    const own =
      tbl === 'agency_group' && col === 'province_id'
        ? (batch.snapshot.groupProvinces ?? []).map((g) => g.groupId)
        : [];
    // Identifiers come from the catalogue, not from a client; quoted all the same.
    const [row] = await em.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM "${tbl.replace(/"/g, '')}" x WHERE x."${col.replace(/"/g, '')}" = ANY($1::uuid[])
          AND NOT (${own.length ? 'x.id = ANY($2::uuid[])' : 'false'})) AS found`,
      own.length ? [batch.createdAgencyIds, own] : [batch.createdAgencyIds],
    );
    if (row.found) return tbl;
  }
  const [outside] = await em.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM agency_version
      WHERE parent_id = ANY($1::uuid[]) AND NOT (agency_id = ANY($2::uuid[]))`,
    [batch.createdAgencyIds, touched],
  );
  return Number(outside.n) > 0 ? 'agencies placed under new ones' : null;
}

/** Puts every agency the batch touched back as the snapshot has it, and removes the agencies it created. */
export async function restoreSnapshot(em: EntityManager, batch: AgencyReorganisation): Promise<void> {
  const { snapshot } = batch;
  const ids = snapshot.agencies.map((a) => a.id);
  if (ids.length) {
    await em.query('DELETE FROM agency_version WHERE agency_id = ANY($1::uuid[])', [ids]);
    await em.insert(
      AgencyVersion,
      snapshot.versions.map((v) => ({
        ...v,
        kind: v.kind as AgencyVersion['kind'],
        level: v.level as AgencyVersion['level'],
      })),
    );
    for (const a of snapshot.agencies)
      await em.update(Agency, { id: a.id }, { validTo: a.validTo, successorId: a.successorId });
    await em.query('DELETE FROM agency_group_member WHERE agency_id = ANY($1::uuid[])', [
      [...ids, ...batch.createdAgencyIds],
    ]);
    for (const g of snapshot.groupProvinces ?? [])
      await em.query('UPDATE agency_group SET province_id = $2 WHERE id = $1', [g.groupId, g.provinceId]);
    if (snapshot.groupMembers.length)
      await em.query(
        `INSERT INTO agency_group_member (group_id, agency_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
        [snapshot.groupMembers.map((m) => m.groupId), snapshot.groupMembers.map((m) => m.agencyId)],
      );
  }
}

/**
 * Removes the agencies the batch created, after restoreSnapshot and the sync of today's facts (which takes
 * the restored agencies' parent links off them).
 */
export async function removeCreated(em: EntityManager, batch: AgencyReorganisation): Promise<void> {
  if (batch.createdAgencyIds.length) {
    // Created agencies may hang under one another: their versions go first, then the rows.
    await em.query('DELETE FROM agency_version WHERE agency_id = ANY($1::uuid[])', [batch.createdAgencyIds]);
    await em.query('UPDATE agency SET parent_id = NULL, successor_id = NULL WHERE id = ANY($1::uuid[])', [
      batch.createdAgencyIds,
    ]);
    await em.query('DELETE FROM agency WHERE id = ANY($1::uuid[])', [batch.createdAgencyIds]);
  }
}
