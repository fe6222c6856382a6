import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey, orderByKeys } from '../common/graphql/loaders';
import { Agency } from './agency.entity';
import { AgencyTreeRepository } from './agency-tree.repository';
import { isValidOn } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

export const AGENCY_BY_ID = loaderKey<string, Agency | null>('agencyById');
/** Keyed by `childrenKey`. */
export const AGENCY_CHILDREN = loaderKey<string, Agency[]>('agencyChildren');
export const AGENCY_ANCESTOR_IDS = loaderKey<string, string[]>('agencyAncestorIds');
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
  ) {}

  onModuleInit(): void {
    this.registry.register(AGENCY_BY_ID, () => new DataLoader((ids) => this.byIds(ids)));
    this.registry.register(AGENCY_CHILDREN, () => new DataLoader((keys) => this.children(keys)));
    this.registry.register(AGENCY_ANCESTOR_IDS, () => new DataLoader((ids) => this.ancestorIds(ids)));
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
    const rows = await this.dataSource
      .getRepository(Agency)
      .createQueryBuilder('a')
      .where('a.parent_id IN (:...parentIds)', { parentIds })
      .orderBy('a.name')
      .addOrderBy('a.id')
      .getMany();
    return parsed.map((p) =>
      rows.filter((a) => a.parentId === p.parentId && (p.includeInactive || isValidOn(a, p.asOf))),
    );
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
