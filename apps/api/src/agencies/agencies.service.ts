import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '@partrack/shared';
import { DataSource, Repository } from 'typeorm';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor } from '../common/context/actor';
import { notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { escapeLike } from '../common/sql/escape-like';
import { AgencyScopeService, subtreeCondition } from './agency-scope.service';
import { AgencyTreeNode } from './agency-tree-node.model';
import { Agency } from './agency.entity';
import { AgencyFilter } from './dto/agency.input';
import { isValidOn, validOnCondition } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

interface TreeRow {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  aliases: string[];
  kind: Agency['kind'];
  level: Agency['level'];
  parent_id: string | null;
  depth: number;
  valid_from: string;
  valid_to: string | null;
  successor_id: string | null;
  child_count: string;
}

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly scope: AgencyScopeService,
    private readonly dataSource: DataSource,
  ) {}

  async findOne(actor: Actor, id: string): Promise<Agency> {
    const agency = await this.agencies.findOne({ where: { id } });
    if (!agency || !(await this.scope.canRead(actor, id))) throw notFound('Agency', id);
    return agency;
  }

  async list(
    actor: Actor,
    filter: AgencyFilter = {},
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Agency>> {
    const query = this.agencies.createQueryBuilder('agency');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere(subtreeCondition('agency'), { scopeRoot: root });
    if (filter.search?.trim()) {
      query.andWhere(`agency.search_text LIKE :search ESCAPE '\\'`, {
        search: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    if (filter.kind) query.andWhere('agency.kind = :kind', { kind: filter.kind });
    if (filter.level) query.andWhere('agency.level = :level', { level: filter.level });
    if (filter.parentId) query.andWhere('agency.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.asOf || !filter.includeInactive) {
      query.andWhere(validOnCondition('agency'), { asOf: filter.asOf ?? todayInVietnam() });
    }
    return paginate(
      query,
      [
        { expression: 'agency.name', value: (a) => a.name },
        { expression: 'agency.id', value: (a) => a.id },
      ],
      page,
    );
  }

  /**
   * The subtree under `rootId` (or every root the caller may read) as a flat depth-first list, from one
   * recursive query. Nodes not valid on `asOf` are left out with their subtrees unless includeInactive.
   */
  async tree(
    actor: Actor,
    rootId: string | null,
    asOf: string | null,
    includeInactive: boolean,
  ): Promise<AgencyTreeNode[]> {
    const scopeRoot = this.scope.readRoot(actor);
    if (rootId && !(await this.scope.canRead(actor, rootId))) throw notFound('Agency', rootId);
    const day = asOf ?? todayInVietnam();
    const params: unknown[] = [day, includeInactive];
    let start = 'a.parent_id IS NULL';
    if (rootId) {
      params.push(rootId);
      start = `a.id = $${params.length}`;
    } else if (scopeRoot) {
      params.push(scopeRoot);
      start = `a.id = $${params.length}`;
    }
    const valid = '($2 OR (a.valid_from <= $1 AND (a.valid_to IS NULL OR a.valid_to > $1)))';
    const rows: TreeRow[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT a.*, 0 AS depth, ARRAY[lower(a.name) || '|' || a.id::text] AS sort_path
           FROM agency a WHERE ${start} AND ${valid}
         UNION ALL
         SELECT a.*, tree.depth + 1, tree.sort_path || (lower(a.name) || '|' || a.id::text)
           FROM agency a JOIN tree ON a.parent_id = tree.id
          WHERE ${valid} AND tree.depth < 64
       )
       SELECT tree.id, tree.code, tree.name, tree.short_name, tree.aliases, tree.kind, tree.level, tree.parent_id, tree.depth,
              to_char(tree.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(tree.valid_to, 'YYYY-MM-DD') AS valid_to,
              tree.successor_id, COALESCE(counts.n, 0) AS child_count
         FROM tree
         LEFT JOIN (SELECT parent_id, count(*) AS n FROM tree GROUP BY parent_id) counts ON counts.parent_id = tree.id
        ORDER BY tree.sort_path`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      shortName: r.short_name,
      aliases: r.aliases,
      kind: r.kind,
      level: r.level,
      parentId: r.parent_id,
      depth: r.depth,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      successorId: r.successor_id,
      active: isValidOn({ validFrom: r.valid_from, validTo: r.valid_to }, todayInVietnam()),
      childCount: Number(r.child_count),
    }));
  }
}
