import { Injectable } from '@nestjs/common';
import { AgencyNameIndex } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../common/context/actor';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository, subtreeCondition } from './agency-tree.repository';
import { AgencyGroup } from './agency-group.entity';
import { Agency } from './agency.entity';
import { AgencyNameResolution } from './agency-name.model';
import { validOnCondition } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

/** Resolves free-text agency cells ("Sở: TNMT, Xây dựng, KHĐT") against the agencies the caller can see. */
@Injectable()
export class AgencyNamesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
  ) {}

  async buildIndex(
    actor: Actor,
    rootId: string | null,
  ): Promise<{ index: AgencyNameIndex; agencies: Map<string, Agency>; groups: Map<string, AgencyGroup> }> {
    const root = rootId ?? this.scope.readRoot(actor);
    if (rootId) await this.scope.assertCanRead(actor, rootId);
    const agencyQuery = this.dataSource
      .getRepository(Agency)
      .createQueryBuilder('agency')
      .where(validOnCondition('agency'), { asOf: todayInVietnam() });
    if (root) agencyQuery.andWhere(subtreeCondition('agency'), { scopeRoot: root });
    const groupQuery = this.dataSource.getRepository(AgencyGroup).createQueryBuilder('g');
    // Groups belong to a province: those of the province the root lies in.
    const province = rootId ? ((await this.tree.provinceRoots([rootId])).get(rootId) ?? rootId) : root;
    if (province) groupQuery.where('g.province_id = :province', { province });
    const [agencies, groups] = await Promise.all([agencyQuery.getMany(), groupQuery.getMany()]);
    return {
      index: new AgencyNameIndex(agencies, groups),
      agencies: new Map(agencies.map((a) => [a.id, a])),
      groups: new Map(groups.map((g) => [g.id, g])),
    };
  }

  async resolve(actor: Actor, text: string, rootId: string | null): Promise<AgencyNameResolution> {
    const { index, agencies, groups } = await this.buildIndex(actor, rootId);
    const result = index.resolve(text);
    return {
      unresolved: result.unresolved,
      matches: result.matches.map((m) => ({
        text: m.text,
        confidence: m.confidence,
        agency: m.kind === 'AGENCY' ? (agencies.get(m.id) ?? null) : null,
        group: m.kind === 'GROUP' ? (groups.get(m.id) ?? null) : null,
      })),
    };
  }
}
