import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { groupByKeys, orderByKeys } from '../common/graphql/loaders';
import { Agency } from './agency.entity';
import { isValidOn } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

export const AGENCY_BY_ID = 'agencyById';
export const AGENCY_CHILDREN = 'agencyChildren';
export const AGENCY_ANCESTOR_IDS = 'agencyAncestorIds';
export const AGENCY_DESCENDANT_COUNT = 'agencyDescendantCount';

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
  ) {}

  onModuleInit(): void {
    this.registry.register(
      AGENCY_BY_ID,
      () => new DataLoader<string, Agency | null>((ids) => this.byIds(ids)),
    );
    this.registry.register(
      AGENCY_CHILDREN,
      () => new DataLoader<string, Agency[]>((keys) => this.children(keys)),
    );
    this.registry.register(
      AGENCY_ANCESTOR_IDS,
      () => new DataLoader<string, string[]>((ids) => this.ancestorIds(ids)),
    );
    this.registry.register(
      AGENCY_DESCENDANT_COUNT,
      () => new DataLoader<string, number>((ids) => this.descendantCounts(ids)),
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
    const rows: { start_id: string; ancestor_id: string; n: number }[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT id AS start_id, parent_id, 0 AS n FROM agency WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT up.start_id, a.parent_id, up.n + 1 FROM up JOIN agency a ON a.id = up.parent_id WHERE up.n < 64
       ) SELECT start_id, parent_id AS ancestor_id, n FROM up WHERE parent_id IS NOT NULL ORDER BY n DESC`,
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.start_id).map((group) => group.map((r) => r.ancestor_id));
  }

  private async descendantCounts(ids: readonly string[]): Promise<number[]> {
    const rows: { root_id: string; n: string }[] = await this.dataSource.query(
      `WITH RECURSIVE down AS (
         SELECT id AS root_id, id, 0 AS depth FROM agency WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT down.root_id, a.id, down.depth + 1 FROM agency a JOIN down ON a.parent_id = down.id WHERE down.depth < 64
       ) SELECT root_id, count(*) - 1 AS n FROM down GROUP BY root_id`,
      [[...ids]],
    );
    const counts = new Map(rows.map((r) => [r.root_id, Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  }
}
