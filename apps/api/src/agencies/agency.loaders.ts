import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey, orderByKeys } from '../common/graphql/loaders';
import { Agency } from './agency.entity';
import { AgencyTreeRepository } from './agency-tree.repository';
import { AgencyHistoryService, holdsOn, withFacts } from './agency-history.service';
import { AgencyVersion } from './agency-version.entity';
import { isValidOn } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

export const AGENCY_BY_ID = loaderKey<string, Agency | null>('agencyById');
/** Keyed by `childrenKey`. */
export const AGENCY_CHILDREN = loaderKey<string, Agency[]>('agencyChildren');
export const AGENCY_ANCESTOR_IDS = loaderKey<string, string[]>('agencyAncestorIds');
/** Every agency ever above (reading scope: a record of an agency is readable by whoever reads any of them). */
export const AGENCY_EVER_ANCESTOR_IDS = loaderKey<string, string[]>('agencyEverAncestorIds');
/** Keyed `${agencyId}|${day}`: the agency with the facts (name, parent…) it had that day. */
export const AGENCY_ON_DAY = loaderKey<string, Agency | null>('agencyOnDay');
export const AGENCY_VERSIONS = loaderKey<string, AgencyVersion[]>('agencyVersions');
export const AGENCY_DESCENDANT_COUNT = loaderKey<string, number>('agencyDescendantCount');

/** Children key: "<parentId>|<asOf or ''>|<includeInactive 0/1>" so one loader serves every argument combination. */
export function childrenKey(
  parentId: string,
  asOf: string | null | undefined,
  includeInactive: boolean,
): string {
  return `${parentId}|${asOf ?? ''}|${includeInactive ? 1 : 0}`;
}

@Injectable()
export class AgencyLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly dataSource: DataSource,
    private readonly tree: AgencyTreeRepository,
    private readonly history: AgencyHistoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(AGENCY_BY_ID, () => new DataLoader((ids) => this.byIds(ids)));
    this.registry.register(AGENCY_CHILDREN, () => new DataLoader((keys) => this.children(keys)));
    this.registry.register(AGENCY_ANCESTOR_IDS, () => new DataLoader((ids) => this.ancestorIds(ids)));
    this.registry.register(
      AGENCY_EVER_ANCESTOR_IDS,
      () => new DataLoader((ids) => this.everAncestorIds(ids)),
    );
    this.registry.register(AGENCY_ON_DAY, () => new DataLoader((keys) => this.onDay(keys)));
    this.registry.register(AGENCY_VERSIONS, () => new DataLoader((ids) => this.versions(ids)));
    this.registry.register(
      AGENCY_DESCENDANT_COUNT,
      () => new DataLoader((ids) => this.descendantCounts(ids)),
    );
  }

  private async byIds(ids: readonly string[]): Promise<(Agency | null)[]> {
    const rows = await this.dataSource.getRepository(Agency).find({ where: { id: In([...ids]) } });
    return orderByKeys(ids, rows, (a) => a.id);
  }

  private async children(keys: readonly string[]): Promise<Agency[][]> {
    const parsed = keys.map((key) => {
      const [parentId, asOf, inactive] = key.split('|');
      return { key, parentId, asOf: asOf || todayInVietnam(), includeInactive: inactive === '1' };
    });
    const parentIds = [...new Set(parsed.map((p) => p.parentId))];
    // Children of a day are the versions holding that day: one query for every parent and day of the batch.
    const versions = await this.dataSource
      .getRepository(AgencyVersion)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.agency', 'a')
      .where('v.parent_id IN (:...parentIds)', { parentIds })
      .orderBy('v.name')
      .addOrderBy('a.id')
      .getMany();
    return parsed.map((p) =>
      versions
        .filter((v) => v.parentId === p.parentId && holdsOn(v, p.asOf))
        .filter((v) => p.includeInactive || isValidOn(v.agency!, p.asOf))
        .map((v) => withFacts(v.agency!, v)),
    );
  }

  /** One query pair per distinct day in the batch (a page of one plan or round has one). */
  private async onDay(keys: readonly string[]): Promise<(Agency | null)[]> {
    const byDay = new Map<string, string[]>();
    for (const key of keys) {
      const [id, day] = key.split('|');
      byDay.set(day, [...(byDay.get(day) ?? []), id]);
    }
    const found = new Map<string, Agency>();
    for (const [day, ids] of byDay)
      for (const [id, agency] of await this.history.asOf(ids, day)) found.set(`${id}|${day}`, agency);
    return keys.map((key) => found.get(key) ?? null);
  }

  private async everAncestorIds(ids: readonly string[]): Promise<string[][]> {
    const ancestors = await this.tree.everAncestorIdsOfEach(ids);
    return ids.map((id) => ancestors.get(id) ?? []);
  }

  private async versions(ids: readonly string[]): Promise<AgencyVersion[][]> {
    const byAgency = await this.history.versionsOfEach(ids);
    return ids.map((id) => byAgency.get(id) ?? []);
  }

  /** Ancestor ids root first (self excluded), for many agencies in one recursive query. */
  private async ancestorIds(ids: readonly string[]): Promise<string[][]> {
    const ancestors = await this.tree.ancestorIdsOfEach(ids);
    return ids.map((id) => ancestors.get(id) ?? []);
  }

  private async descendantCounts(ids: readonly string[]): Promise<number[]> {
    const counts = await this.tree.descendantCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  }
}
