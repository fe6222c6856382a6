import { Injectable } from '@nestjs/common';
import { AgencyNameIndex } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Actor } from '../common/context/actor';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository, factsOnCondition, subtreeCondition } from './agency-tree.repository';
import { AgencyGroup } from './agency-group.entity';
import { Agency } from './agency.entity';
import { AgencyNameResolution } from './agency-name.model';
import { validOnCondition } from './agency-dates';
import { carriersOn, withFacts } from './agency-history.service';
import { AgencyVersion } from './agency-version.entity';
import { todayInVietnam } from '../common/time/vietnam-time';

/** Resolves free-text agency cells ("Sở: TNMT, Xây dựng, KHĐT") against the agencies the caller can see. */
@Injectable()
export class AgencyNamesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
  ) {}

  /**
   * The names of the agencies that existed on `asOf` (default today) as they were then — a 2022 plan names
   * 2022's departments — and the caller's province's groups.
   */
  async buildIndex(
    actor: Actor,
    rootId: string | null,
    asOf: string = todayInVietnam(),
  ): Promise<{ index: AgencyNameIndex; agencies: Map<string, Agency>; groups: Map<string, AgencyGroup> }> {
    const root = rootId ?? this.scope.readRoot(actor);
    if (rootId) await this.scope.assertCanRead(actor, rootId);
    const agencyQuery = this.dataSource
      .getRepository(Agency)
      .createQueryBuilder('agency')
      .innerJoinAndMapOne(
        'agency.factsOnDay',
        AgencyVersion,
        'v',
        `v.agency_id = agency.id AND ${factsOnCondition('v', ':asOf')}`,
      )
      .where(validOnCondition('agency'), { asOf });
    if (root) agencyQuery.andWhere(subtreeCondition('agency'), { scopeRoot: root });
    const groupQuery = this.dataSource.getRepository(AgencyGroup).createQueryBuilder('g');
    // Groups belong to a province: those of the province the root lies in.
    const province = rootId ? ((await this.tree.provinceRoots([rootId])).get(rootId) ?? rootId) : root;
    if (province) groupQuery.where('g.province_id = :province', { province });
    const [rows, groups] = await Promise.all([agencyQuery.getMany(), groupQuery.getMany()]);
    const agencies = rows.map((row) => {
      const { factsOnDay, ...agency } = row as Agency & { factsOnDay: AgencyVersion };
      return withFacts(agency, factsOnDay);
    });
    return {
      index: new AgencyNameIndex(agencies, groups),
      agencies: new Map(agencies.map((a) => [a.id, a])),
      groups: new Map(groups.map((g) => [g.id, g])),
    };
  }

  async resolve(
    actor: Actor,
    text: string,
    rootId: string | null,
    asOf?: string,
  ): Promise<AgencyNameResolution> {
    const { index, agencies, groups } = await this.buildIndex(actor, rootId, asOf);
    const result = index.resolve(text);
    const matched = result.matches.flatMap((m) =>
      m.kind === 'AGENCY' && agencies.has(m.id) ? [agencies.get(m.id)!] : [],
    );
    const successors = await this.currentSuccessors(matched);
    return {
      unresolved: result.unresolved,
      matches: result.matches.map((m) => ({
        text: m.text,
        confidence: m.confidence,
        agency: m.kind === 'AGENCY' ? (agencies.get(m.id) ?? null) : null,
        group: m.kind === 'GROUP' ? (groups.get(m.id) ?? null) : null,
        successor: m.kind === 'AGENCY' ? (successors.get(m.id) ?? null) : null,
      })),
    };
  }

  /** For each agency that has ended by today, the agency carrying its work today (see `carriersOn`). */
  private async currentSuccessors(agencies: readonly Agency[]): Promise<Map<string, Agency>> {
    const carriers = await carriersOn(
      this.dataSource.manager,
      agencies.map((a) => a.id),
      todayInVietnam(),
    );
    const ids = [...new Set([...carriers.values()].filter((id): id is string => id !== null))];
    const found = ids.length
      ? await this.dataSource.getRepository(Agency).find({ where: { id: In(ids) } })
      : [];
    const byId = new Map(found.map((a) => [a.id, a]));
    const result = new Map<string, Agency>();
    for (const [id, carrier] of carriers)
      if (carrier && byId.has(carrier)) result.set(id, byId.get(carrier)!);
    return result;
  }
}
