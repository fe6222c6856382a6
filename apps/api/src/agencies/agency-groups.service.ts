import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { foldVietnamese } from '@partrack/shared';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { escapeLike } from '../common/sql/escape-like';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository, provinceRootSql } from './agency-tree.repository';
import { AgencyGroup } from './agency-group.entity';
import { Agency } from './agency.entity';
import { CreateAgencyGroupInput, UpdateAgencyGroupInput } from './dto/agency-group.input';

function groupSearchText(g: Pick<AgencyGroup, 'code' | 'name' | 'aliases'>): string {
  return foldVietnamese([g.code, g.name, ...g.aliases].join(' | '));
}

const memberNotFound = (id: string) => badField('memberIds', 'common.notFound', { entity: 'Agency', id });

/**
 * Groups belong to one province (provinceId, a root agency) and hold only its agencies. They are scoped
 * like agencies: outside the caller's province a group, and an agency offered as a member, answer exactly
 * as an id that names nothing.
 */
@Injectable()
export class AgencyGroupsService {
  constructor(
    @InjectRepository(AgencyGroup) private readonly groups: Repository<AgencyGroup>,
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
  ) {}

  /** Admins see every group; everyone else the groups of their province. */
  visibleTo(actor: Actor, group: Pick<AgencyGroup, 'provinceId'>): boolean {
    const root = this.scope.readRoot(actor);
    return root === null || group.provinceId === root;
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
    if (root) query.andWhere('g.province_id = :root', { root });
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

  /**
   * Member ids per group, by name. Only members inside the group's province: one moved to another
   * province since it joined is not shown to either province.
   */
  async memberIds(
    groupIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const rows: { group_id: string; agency_id: string }[] = await manager.query(
      `SELECT m.group_id, m.agency_id FROM agency_group_member m
         JOIN agency_group g ON g.id = m.group_id
         JOIN agency a ON a.id = m.agency_id
        WHERE m.group_id = ANY($1::uuid[]) AND g.province_id = ${provinceRootSql('m.agency_id')}
        ORDER BY a.name, a.id`,
      [[...groupIds]],
    );
    const result = new Map<string, string[]>(groupIds.map((id) => [id, []]));
    rows.forEach((r) => result.get(r.group_id)?.push(r.agency_id));
    return result;
  }

  /**
   * The province of a new group: the one named (a root agency the caller can read), else the caller's,
   * else (an admin without an agency) that of the first member.
   */
  private async provinceFor(
    em: EntityManager,
    actor: Actor,
    requested: string | undefined,
    memberIds: string[],
    roots: Map<string, string>,
  ): Promise<string> {
    if (requested) {
      const province = await em.findOne(Agency, { where: { id: requested } });
      if (!province || !(await this.scope.canRead(actor, requested, em)))
        throw badField('provinceId', 'common.notFound', { entity: 'Agency', id: requested });
      if (province.parentId !== null) throw badField('provinceId', 'agencyGroup.notAProvince');
      return province.id;
    }
    if (actor.provinceRootId) return actor.provinceRootId;
    const first = memberIds.find((id) => roots.has(id));
    if (first) return roots.get(first) as string;
    if (memberIds.length) throw memberNotFound(memberIds[0]);
    throw badField('provinceId', 'validation.required');
  }

  /**
   * Every member must exist, be readable (else it answers as missing) and lie in the group's province.
   * Checked in the order given, before anything is written.
   */
  private async checkMembers(
    em: EntityManager,
    actor: Actor,
    provinceId: string,
    memberIds: string[],
    roots: Map<string, string>,
  ): Promise<Agency[]> {
    const members = memberIds.length ? await em.find(Agency, { where: { id: In(memberIds) } }) : [];
    const readRoot = this.scope.readRoot(actor);
    for (const id of memberIds) {
      const root = roots.get(id);
      const member = members.find((m) => m.id === id);
      if (!member || !root || (readRoot !== null && root !== readRoot)) throw memberNotFound(id);
      if (root !== provinceId)
        throw badField('memberIds', 'agencyGroup.memberOutsideProvince', { name: member.name });
    }
    return members;
  }

  private async assertCodeFree(
    em: EntityManager,
    provinceId: string,
    code: string,
    exceptId?: string,
  ): Promise<void> {
    const existing = await em.findOne(AgencyGroup, { where: { provinceId, code } });
    if (existing && existing.id !== exceptId) throw badField('code', 'common.duplicate', { value: code });
  }

  async create(caller: Caller, input: CreateAgencyGroupInput): Promise<AgencyGroup> {
    return this.dataSource.transaction(async (em) => {
      const memberIds = [...new Set(input.memberIds)];
      const roots = await this.tree.provinceRoots(memberIds, em);
      const provinceId = await this.provinceFor(em, caller.actor, input.provinceId, memberIds, roots);
      const members = await this.checkMembers(em, caller.actor, provinceId, memberIds, roots);
      await this.assertCodeFree(em, provinceId, input.code);
      const group = em.create(AgencyGroup, {
        code: input.code,
        name: input.name.trim(),
        aliases: input.aliases ?? [],
        provinceId,
        members,
      });
      group.searchText = groupSearchText(group);
      const saved = await em.save(group);
      const after = { ...saved, members: undefined, memberIds };
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
      const memberIds = input.memberIds ? [...new Set(input.memberIds)] : null;
      if (memberIds) {
        const roots = await this.tree.provinceRoots(memberIds, em);
        await this.checkMembers(em, caller.actor, before.provinceId, memberIds, roots);
      }
      if (input.code && input.code !== before.code)
        await this.assertCodeFree(em, before.provinceId, input.code, before.id);
      const beforeMembers = (await this.memberIds([before.id], em)).get(before.id) ?? [];
      const patch = {
        code: input.code ?? before.code,
        name: input.name?.trim() ?? before.name,
        aliases: input.aliases ?? before.aliases,
      };
      await versionedWrite(em, AgencyGroup, before.id, input.version, {
        ...patch,
        searchText: groupSearchText(patch),
      });
      if (memberIds) {
        await em.query('DELETE FROM agency_group_member WHERE group_id = $1', [before.id]);
        await em.query(
          'INSERT INTO agency_group_member (group_id, agency_id) SELECT $1, unnest($2::uuid[])',
          [before.id, memberIds],
        );
      }
      const after = await em.findOneOrFail(AgencyGroup, { where: { id: before.id } });
      await this.audit.record(em, caller, {
        action: 'agencyGroup.update',
        entityType: 'AgencyGroup',
        entityId: before.id,
        before: { ...before, memberIds: beforeMembers },
        after: { ...after, memberIds: memberIds ?? beforeMembers },
      });
      return after;
    });
  }

  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOne(caller.actor, id, em);
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
