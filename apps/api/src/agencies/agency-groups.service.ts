import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { foldVietnamese, Role } from '@partrack/shared';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, conflict, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { escapeLike } from './agencies.service';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyGroup } from './agency-group.entity';
import { Agency } from './agency.entity';
import { CreateAgencyGroupInput, UpdateAgencyGroupInput } from './dto/agency-group.input';

function groupSearchText(g: Pick<AgencyGroup, 'code' | 'name' | 'aliases'>): string {
  return foldVietnamese([g.code, g.name, ...g.aliases].join(' | '));
}

/**
 * Groups belong to a province (rootAgencyId) so one deployment can hold several provinces; admins may
 * also create global groups (null root).
 */
@Injectable()
export class AgencyGroupsService {
  constructor(
    @InjectRepository(AgencyGroup) private readonly groups: Repository<AgencyGroup>,
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  private visibleTo(actor: Actor, group: AgencyGroup): boolean {
    const root = this.scope.readRoot(actor);
    return root === null || group.rootAgencyId === null || group.rootAgencyId === root;
  }

  async findOne(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AgencyGroup> {
    const group = await manager.findOne(AgencyGroup, { where: { id } });
    if (!group || !this.visibleTo(actor, group)) throw notFound('AgencyGroup', id);
    return group;
  }

  async list(
    actor: Actor,
    search: string | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<AgencyGroup>> {
    const query = this.groups.createQueryBuilder('g');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere('(g.root_agency_id IS NULL OR g.root_agency_id = :root)', { root });
    if (search?.trim()) {
      query.andWhere(`g.search_text LIKE :search ESCAPE '\\'`, {
        search: `%${escapeLike(foldVietnamese(search))}%`,
      });
    }
    return paginate(
      query,
      [
        { expression: 'g.name', value: (g) => g.name },
        { expression: 'g.id', value: (g) => g.id },
      ],
      page,
    );
  }

  async memberIds(groupIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { group_id: string; agency_id: string }[] = await this.dataSource.query(
      `SELECT m.group_id, m.agency_id FROM agency_group_member m JOIN agency a ON a.id = m.agency_id
        WHERE m.group_id = ANY($1::uuid[]) ORDER BY a.name`,
      [[...groupIds]],
    );
    const result = new Map<string, string[]>(groupIds.map((id) => [id, []]));
    rows.forEach((r) => result.get(r.group_id)?.push(r.agency_id));
    return result;
  }

  private async checkMembers(em: EntityManager, caller: Caller, memberIds: string[]): Promise<Agency[]> {
    const unique = [...new Set(memberIds)];
    const members = unique.length ? await em.find(Agency, { where: { id: In(unique) } }) : [];
    const missing = unique.find((id) => !members.some((m) => m.id === id));
    if (missing) throw badField('memberIds', 'common.notFound', { entity: 'Agency', id: missing });
    for (const member of members) {
      if (!(await this.scope.canRead(caller.actor, member.id, em)))
        throw badField('memberIds', 'auth.outOfScope');
    }
    return members;
  }

  private async assertCodeFree(em: EntityManager, code: string, exceptId?: string): Promise<void> {
    const existing = await em.findOne(AgencyGroup, { where: { code } });
    if (existing && existing.id !== exceptId) throw badField('code', 'common.duplicate', { value: code });
  }

  async create(caller: Caller, input: CreateAgencyGroupInput): Promise<AgencyGroup> {
    return this.dataSource.transaction(async (em) => {
      await this.assertCodeFree(em, input.code);
      const members = await this.checkMembers(em, caller, input.memberIds);
      const rootAgencyId = caller.actor.role === Role.ADMIN ? null : this.scope.writeRoot(caller.actor);
      const group = em.create(AgencyGroup, {
        code: input.code,
        name: input.name.trim(),
        aliases: input.aliases ?? [],
        rootAgencyId,
        members,
      });
      group.searchText = groupSearchText(group);
      const saved = await em.save(group);
      const after = { ...saved, members: undefined, memberIds: members.map((m) => m.id) };
      await this.audit.record(em, caller, {
        action: 'agencyGroup.create',
        entityType: 'AgencyGroup',
        entityId: saved.id,
        after,
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateAgencyGroupInput): Promise<AgencyGroup> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOne(caller.actor, input.id, em);
      if (before.rootAgencyId === null && caller.actor.role !== Role.ADMIN)
        throw notFound('AgencyGroup', input.id);
      if (input.code && input.code !== before.code) await this.assertCodeFree(em, input.code, before.id);
      const beforeMembers = (await this.memberIds([before.id])).get(before.id) ?? [];
      const patch = {
        code: input.code ?? before.code,
        name: input.name?.trim() ?? before.name,
        aliases: input.aliases ?? before.aliases,
      };
      const result = await em
        .createQueryBuilder()
        .update(AgencyGroup)
        .set({ ...patch, searchText: groupSearchText(patch) })
        .where('id = :id AND version = :version', { id: before.id, version: input.version })
        .execute();
      if (result.affected !== 1) throw conflict();
      if (input.memberIds) {
        await this.checkMembers(em, caller, input.memberIds);
        await em.query('DELETE FROM agency_group_member WHERE group_id = $1', [before.id]);
        await em.query(
          'INSERT INTO agency_group_member (group_id, agency_id) SELECT $1, unnest($2::uuid[])',
          [before.id, [...new Set(input.memberIds)]],
        );
      }
      const after = await em.findOneOrFail(AgencyGroup, { where: { id: before.id } });
      await this.audit.record(em, caller, {
        action: 'agencyGroup.update',
        entityType: 'AgencyGroup',
        entityId: before.id,
        before: { ...before, memberIds: beforeMembers },
        after: { ...after, memberIds: input.memberIds ?? beforeMembers },
      });
      return after;
    });
  }

  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOne(caller.actor, id, em);
      if (before.rootAgencyId === null && caller.actor.role !== Role.ADMIN) throw notFound('AgencyGroup', id);
      await em.delete(AgencyGroup, { id });
      await this.audit.record(em, caller, {
        action: 'agencyGroup.delete',
        entityType: 'AgencyGroup',
        entityId: id,
        before,
      });
      return true;
    });
  }
}
