import { EntityManager, In } from 'typeorm';
import { AgencyHistoryService, holdsOn } from '../agency-history.service';
import { AgencyVersion } from '../agency-version.entity';
import { Agency } from '../agency.entity';
import { ReorganisationSnapshot } from './reorganisation.entity';
import {
  ReorganisationAgencyChange,
  ReorganisationDependent,
  ReorganisationPreview,
} from './reorganisation-preview.model';

/** What the batch did, as the transaction sees it after applying it (before commit or rollback). */
export interface AppliedBatch {
  effectiveDate: string;
  snapshot: ReorganisationSnapshot;
  /** Agencies that end on the effective date → their successor (null: none). */
  ending: Map<string, string | null>;
  createdIds: string[];
}

const TASK_LIMIT = 200;

/** A batch that ends nothing (or was not run) has nothing that depends on it. */
export const NOTHING_DEPENDS = {
  agencies: [],
  users: [],
  tasks: [],
  taskCount: 0,
  groups: [],
  reports: [],
  measurementCount: 0,
};

/**
 * The dry run's report: every agency whose facts on the effective date change, and what belongs to the
 * agencies that end — people, unfinished tasks, group memberships, open reports, indicator figures — with
 * where it goes. Everything by name. A constant number of statements, whatever the batch's size.
 */
export async function describeBatch(
  em: EntityManager,
  history: AgencyHistoryService,
  batch: AppliedBatch,
): Promise<Omit<ReorganisationPreview, 'problems'>> {
  const day = batch.effectiveDate;
  const touched = [...new Set([...batch.snapshot.agencies.map((a) => a.id), ...batch.createdIds])];
  const afterVersions = touched.length
    ? await em.find(AgencyVersion, { where: { agencyId: In(touched) } })
    : [];
  const after = new Map(afterVersions.filter((v) => holdsOn(v, day)).map((v) => [v.agencyId, v]));
  const before = new Map(batch.snapshot.versions.filter((v) => holdsOn(v, day)).map((v) => [v.agencyId, v]));
  const agencies = touched.length ? await em.find(Agency, { where: { id: In(touched) } }) : [];
  const parentIds = [...after.values(), ...before.values()].flatMap((v) => (v.parentId ? [v.parentId] : []));
  const successorIds = [...batch.ending.values()].filter((id): id is string => id !== null);
  const named = await history.asOf([...parentIds, ...successorIds, ...batch.ending.keys()], day, em);
  // Before the batch a unit has its old name; after it, its new one (renamed in the same batch).
  const nameOf = (id: string | null | undefined, when: 'before' | 'after' = 'after'): string | null => {
    if (!id) return null;
    const own = when === 'before' ? (before.get(id) ?? after.get(id)) : (after.get(id) ?? before.get(id));
    return own?.name ?? named.get(id)?.name ?? null;
  };
  const changes: ReorganisationAgencyChange[] = [];
  for (const agency of agencies) {
    const was = before.get(agency.id);
    const now = after.get(agency.id);
    const created = batch.createdIds.includes(agency.id);
    const ends = batch.ending.has(agency.id);
    const moved = was?.parentId !== now?.parentId;
    const renamed = was?.name !== now?.name || was?.shortName !== now?.shortName;
    if (!created && !ends && !moved && !renamed && was?.level === now?.level && was?.kind === now?.kind)
      continue;
    changes.push({
      code: agency.code,
      nameBefore: created ? null : (was?.name ?? agency.name),
      nameAfter: now?.name ?? agency.name,
      parentBefore: created ? null : nameOf(was?.parentId, 'before'),
      parentAfter: nameOf(now?.parentId),
      created,
      ends,
      successor: ends ? nameOf(batch.ending.get(agency.id)) : null,
    });
  }
  changes.sort((a, b) => a.nameAfter.localeCompare(b.nameAfter, 'vi'));
  const endingIds = [...batch.ending.keys()];
  const dependent = (rows: { id: string; label: string; agency_id: string }[]): ReorganisationDependent[] =>
    rows.map((r) => ({
      id: r.id,
      label: r.label,
      agency: nameOf(r.agency_id, 'before') ?? '',
      successor: nameOf(batch.ending.get(r.agency_id)),
    }));
  if (!endingIds.length)
    return {
      ...NOTHING_DEPENDS,
      effectiveDate: day,
      agencies: changes,
    };
  const [users, tasks, taskCount, reports, measurements] = await Promise.all([
    em.query<{ id: string; label: string; agency_id: string }[]>(
      `SELECT u.id, u.full_name AS label, u.agency_id FROM app_user u
        WHERE u.active AND u.agency_id = ANY($1::uuid[]) ORDER BY u.full_name, u.id`,
      [endingIds],
    ),
    em.query<{ id: string; label: string; agency_id: string }[]>(
      `SELECT i.id, i.code || ' ' || left(i.title, 200) AS label, pia.agency_id
         FROM plan_item_agency pia JOIN plan_item i ON i.id = pia.item_id JOIN plan p ON p.id = i.plan_id
        WHERE pia.role = 'LEAD' AND pia.agency_id = ANY($1::uuid[]) AND i.status NOT IN ('DONE', 'CANCELLED')
          AND p.year >= $2 ORDER BY p.year, i.sort_order, i.id LIMIT ${TASK_LIMIT}`,
      [endingIds, Number(day.slice(0, 4))],
    ),
    em.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM plan_item_agency pia JOIN plan_item i ON i.id = pia.item_id JOIN plan p ON p.id = i.plan_id
        WHERE pia.role = 'LEAD' AND pia.agency_id = ANY($1::uuid[]) AND i.status NOT IN ('DONE', 'CANCELLED') AND p.year >= $2`,
      [endingIds, Number(day.slice(0, 4))],
    ),
    em.query<{ id: string; label: string; agency_id: string }[]>(
      `SELECT r.id, rr.title AS label, r.agency_id FROM agency_report r JOIN reporting_round rr ON rr.id = r.round_id
        WHERE r.agency_id = ANY($1::uuid[]) AND r.status IN ('DRAFT', 'RETURNED') AND rr.due_date >= $2
        ORDER BY rr.due_date, r.id`,
      [endingIds, day],
    ),
    em.query<{ n: string }[]>(`SELECT count(*) AS n FROM measurement WHERE agency_id = ANY($1::uuid[])`, [
      endingIds,
    ]),
  ]);
  const groupNames = await groupLabels(
    em,
    batch.snapshot.groupMembers.filter((m) => batch.ending.has(m.agencyId)),
  );
  return {
    effectiveDate: day,
    agencies: changes,
    users: dependent(users),
    tasks: dependent(tasks),
    taskCount: Number(taskCount[0].n),
    groups: dependent(groupNames),
    reports: dependent(reports),
    measurementCount: Number(measurements[0].n),
  };
}

async function groupLabels(
  em: EntityManager,
  members: ReorganisationSnapshot['groupMembers'],
): Promise<{ id: string; label: string; agency_id: string }[]> {
  if (!members.length) return [];
  const groups = await em.query<{ id: string; name: string }[]>(
    `SELECT id, name FROM agency_group WHERE id = ANY($1::uuid[])`,
    [[...new Set(members.map((m) => m.groupId))]],
  );
  const names = new Map(groups.map((g) => [g.id, g.name]));
  return members.map((m) => ({ id: m.groupId, label: names.get(m.groupId) ?? '', agency_id: m.agencyId }));
}
