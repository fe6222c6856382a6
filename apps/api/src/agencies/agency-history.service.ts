import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { badField } from '../common/errors/domain-error';
import { Agency } from './agency.entity';
import { AgencyVersion } from './agency-version.entity';
import { agencySearchText } from './agency-search-text';

/** The dated facts of an agency (AgencyVersion). */
export type AgencyFacts = Pick<AgencyVersion, 'parentId' | 'name' | 'shortName' | 'kind' | 'level'>;
const FACT_KEYS = ['parentId', 'name', 'shortName', 'kind', 'level'] as const;

/** Whether version `v` holds on `day` (versions cover all time: null bounds are open). */
export function holdsOn(v: Pick<AgencyVersion, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean {
  return (
    (v.effectiveFrom === null || v.effectiveFrom <= day) && (v.effectiveTo === null || v.effectiveTo > day)
  );
}

/**
 * Reads and writes the dated facts of agencies (docs/reorganisation.md). A change is effective from a day to
 * the agency's next change; changes are recorded in the order they take effect, so one dated before the
 * agency's latest change is refused instead of silently reordering its history.
 */
@Injectable()
export class AgencyHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** An agency's versions, oldest first. */
  versions(agencyId: string, em: EntityManager = this.dataSource.manager): Promise<AgencyVersion[]> {
    return em
      .createQueryBuilder(AgencyVersion, 'v')
      .where('v.agency_id = :agencyId', { agencyId })
      .orderBy('v.effective_from', 'ASC', 'NULLS FIRST')
      .getMany();
  }

  /** The versions of many agencies, oldest first per agency (for a DataLoader). */
  async versionsOfEach(agencyIds: readonly string[]): Promise<Map<string, AgencyVersion[]>> {
    const rows = await this.dataSource
      .getRepository(AgencyVersion)
      .createQueryBuilder('v')
      .where('v.agency_id IN (:...ids)', { ids: [...agencyIds] })
      .orderBy('v.effective_from', 'ASC', 'NULLS FIRST')
      .getMany();
    const result = new Map<string, AgencyVersion[]>();
    for (const row of rows) result.set(row.agencyId, [...(result.get(row.agencyId) ?? []), row]);
    return result;
  }

  /**
   * The agencies `ids` with the facts they had on `day` in place of today's (copies; missing ids are left
   * out). For documents and snapshots, which keep the names of their date.
   */
  async asOf(
    ids: readonly string[],
    day: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Agency>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const [agencies, versions] = await Promise.all([
      em.find(Agency, { where: { id: In(unique) } }),
      em
        .createQueryBuilder(AgencyVersion, 'v')
        .where('v.agency_id IN (:...ids)', { ids: unique })
        .andWhere('(v.effective_from IS NULL OR v.effective_from <= :day)', { day })
        .andWhere('(v.effective_to IS NULL OR v.effective_to > :day)', { day })
        .getMany(),
    ]);
    const byAgency = new Map(versions.map((v) => [v.agencyId, v]));
    return new Map(
      agencies.map((a) => {
        const v = byAgency.get(a.id);
        return [a.id, v ? withFacts(a, v) : a];
      }),
    );
  }

  /**
   * Makes `patch` hold for `agencyId` from `day` on: the version holding on `day` is split there (or patched
   * when it starts that day, or when the agency has one version and `day` is not after its start). Returns
   * whether anything changed. Call syncToday afterwards (once per transaction).
   */
  async change(
    em: EntityManager,
    agency: Pick<Agency, 'id' | 'validFrom'>,
    day: string,
    patch: Partial<AgencyFacts>,
    batchId: string | null = null,
  ): Promise<boolean> {
    const versions = await this.versions(agency.id, em);
    const latest = versions[versions.length - 1];
    if (latest.effectiveFrom !== null && day < latest.effectiveFrom)
      throw badField('effectiveDate', 'agency.changeBeforeLatest', { date: latest.effectiveFrom });
    const next = { ...factsOf(latest), ...definedOnly(patch) };
    if (FACT_KEYS.every((k) => next[k] === latest[k])) return false;
    const inPlace = latest.effectiveFrom === day || (versions.length === 1 && day <= agency.validFrom);
    if (inPlace) {
      await em.update(AgencyVersion, { id: latest.id }, { ...next, batchId: batchId ?? latest.batchId });
    } else {
      await em.update(AgencyVersion, { id: latest.id }, { effectiveTo: day });
      await em.insert(AgencyVersion, {
        agencyId: agency.id,
        effectiveFrom: day,
        effectiveTo: null,
        ...next,
        batchId,
      });
    }
    return true;
  }

  /** See `carriersOn`. */
  carriersOn(
    ids: readonly string[],
    day: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string | null>> {
    return carriersOn(em, ids, day);
  }

  /** Fixes the facts of the version holding on `day` in place (a correction, not a change: no new period). */
  async correct(
    em: EntityManager,
    agencyId: string,
    day: string,
    patch: Partial<AgencyFacts>,
  ): Promise<void> {
    const holding = (await this.versions(agencyId, em)).find((v) => holdsOn(v, day));
    if (holding) await em.update(AgencyVersion, { id: holding.id }, definedOnly(patch));
  }

  /**
   * Copies today's facts (the version holding today, in the database's Vietnamese day) to the agency rows
   * that differ, bumping their optimistic-lock version, and refreshes their search text. Runs after every
   * dated change and daily (a change dated in the future becomes today's on its day).
   */
  async syncToday(
    em: EntityManager = this.dataSource.manager,
    agencyIds?: readonly string[],
  ): Promise<string[]> {
    const rows = await em.query<{ id: string }[]>(
      `UPDATE agency a
          SET parent_id = v.parent_id, name = v.name, short_name = v.short_name, kind = v.kind, level = v.level,
              version = a.version + 1, updated_at = now()
         FROM agency_version v
        WHERE v.agency_id = a.id
          AND (v.effective_from IS NULL OR v.effective_from <= partrack_today())
          AND (v.effective_to IS NULL OR v.effective_to > partrack_today())
          AND (a.parent_id, a.name, a.short_name, a.kind, a.level) IS DISTINCT FROM (v.parent_id, v.name, v.short_name, v.kind, v.level)
          AND ($1::uuid[] IS NULL OR a.id = ANY($1::uuid[]))
      RETURNING a.id`,
      [agencyIds ? [...agencyIds] : null],
    );
    const ids = rows.map((r) => r.id);
    if (ids.length) await this.refreshSearchText(em, ids);
    return ids;
  }

  /** Search text of `ids` from their code, aliases and every name they ever had ("Sở Kế hoạch" finds its successor's predecessor). */
  async refreshSearchText(em: EntityManager, ids: readonly string[]): Promise<void> {
    const agencies = await em.find(Agency, { where: { id: In([...ids]) } });
    const names = await em
      .createQueryBuilder(AgencyVersion, 'v')
      .select(['v.agencyId', 'v.name', 'v.shortName'])
      .where('v.agency_id IN (:...ids)', { ids: [...ids] })
      .getMany();
    for (const agency of agencies) {
      const former = names
        .filter((v) => v.agencyId === agency.id)
        .flatMap((v) => [v.name, v.shortName ?? ''])
        .filter((n) => n && n !== agency.name && n !== agency.shortName);
      const searchText = agencySearchText({ ...agency, aliases: [...agency.aliases, ...new Set(former)] });
      if (searchText !== agency.searchText) await em.update(Agency, { id: agency.id }, { searchText });
    }
  }
}

/**
 * For each of `ids` that no longer exists on `day`: the agency carrying its work then — its successor,
 * followed through later merges (at most 8 hops, as the rollup) — or null when its line ended without one.
 * Agencies existing on `day` are not in the map. One query per hop, whatever the number of ids.
 */
export async function carriersOn(
  em: EntityManager,
  ids: readonly string[],
  day: string,
): Promise<Map<string, string | null>> {
  const ended = (a: Agency | undefined) => !!a && a.validTo !== null && a.validTo <= day;
  const known = new Map<string, Agency>();
  let frontier = [...new Set(ids)];
  for (let hop = 0; hop <= 8 && frontier.length; hop++) {
    const found = await em.find(Agency, { where: { id: In(frontier) } });
    for (const a of found) known.set(a.id, a);
    frontier = found
      .filter((a) => ended(a) && a.successorId && !known.has(a.successorId))
      .map((a) => a.successorId!);
  }
  const result = new Map<string, string | null>();
  for (const id of new Set(ids)) {
    let current = known.get(id);
    if (!ended(current)) continue;
    for (let hop = 0; ended(current) && hop <= 8; hop++)
      current = current!.successorId ? known.get(current!.successorId) : undefined;
    result.set(id, current && !ended(current) ? current.id : null);
  }
  return result;
}

/** A copy of `agency` with the facts of `version` (its name, parent… of that version's period). */
export function withFacts(agency: Agency, version: AgencyFacts): Agency {
  return Object.assign(Object.create(Agency.prototype) as Agency, agency, factsOf(version));
}

function factsOf(v: AgencyFacts): AgencyFacts {
  return { parentId: v.parentId, name: v.name, shortName: v.shortName, kind: v.kind, level: v.level };
}

function definedOnly(patch: Partial<AgencyFacts>): Partial<AgencyFacts> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
