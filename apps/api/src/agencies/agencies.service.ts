import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '@partrack/shared';
import { Repository } from 'typeorm';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor } from '../common/context/actor';
import { notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { escapeLike } from '../common/sql/escape-like';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository, subtreeCondition } from './agency-tree.repository';
import { AgencyTreeNode } from './agency-tree-node.model';
import { Agency } from './agency.entity';
import { AgencyFilter } from './dto/agency.input';
import { isValidOn, validOnCondition } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly scope: AgencyScopeService,
    private readonly hierarchy: AgencyTreeRepository,
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
    // Without a root, a reader's trees are those of the day within everything his province ever held: the
    // province it absorbed for 2022, itself for today (docs/reorganisation.md).
    const rows = rootId
      ? await this.hierarchy.depthFirst(rootId, day, includeInactive)
      : await this.hierarchy.depthFirst(null, day, includeInactive, scopeRoot ?? undefined);
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
      // Whether it exists on the tree's day, not today: the as-of view marks what had stopped by then.
      active: isValidOn({ validFrom: r.valid_from, validTo: r.valid_to }, day),
      childCount: Number(r.child_count),
    }));
  }
}
