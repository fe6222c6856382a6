import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { foldVietnamese, Role } from '@partrack/shared';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { carriersOn } from '../agencies/agency-history.service';
import { escapeLike } from '../common/sql/escape-like';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { revokeUserSessions } from '../auth/session-revocation';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { CreateUserInput, ReassignUsersInput, UpdateUserInput, UserFilter } from './dto/user.input';
import { todayInVietnam } from '../common/time/vietnam-time';
import { User } from './user.entity';

const userSearchText = (u: Pick<User, 'email' | 'fullName'>) => foldVietnamese(`${u.email} ${u.fullName}`);

/** User administration (ADMIN only, enforced by the resolver's permission). */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const user = await manager.findOne(User, { where: { id } });
    if (!user) throw notFound('User', id);
    return user;
  }

  list(filter: UserFilter = {}, page: { first?: number; after?: string | null }): Promise<Connection<User>> {
    const query = this.users.createQueryBuilder('u');
    if (filter.agencyId) query.andWhere('u.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (!filter.includeInactive) query.andWhere('u.active');
    if (filter.search?.trim()) {
      query.andWhere(`u.search_text LIKE :search ESCAPE '\\'`, {
        search: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    return paginate(
      query,
      [
        { expression: 'u.email', value: (u) => u.email },
        { expression: 'u.id', value: (u) => u.id },
      ],
      page,
    );
  }

  private async checkAssignment(
    em: EntityManager,
    role: Role,
    agencyId: string | null | undefined,
    changed: boolean,
  ): Promise<void> {
    if (!agencyId) {
      if (role !== Role.ADMIN) throw badField('agencyId', 'user.agencyRequired');
      return;
    }
    const agency = await em.findOne(Agency, { where: { id: agencyId } });
    if (!agency) throw badField('agencyId', 'common.notFound', { entity: 'Agency', id: agencyId });
    // Nobody joins an agency that has ended (an agency not started yet is fine: people move before the day).
    if (changed && agency.validTo !== null && agency.validTo <= todayInVietnam())
      throw badField('agencyId', 'agency.inactive', { name: agency.name });
  }

  /**
   * Moves the users of an agency (all, or `userIds`) to another one — by default the agency that carries its
   * work today (its successor, followed through later merges). One audit row per user.
   */
  async reassign(caller: Caller, input: ReassignUsersInput): Promise<User[]> {
    return this.dataSource.transaction(async (em) => {
      const from = await em.findOne(Agency, { where: { id: input.fromAgencyId } });
      if (!from) throw notFound('Agency', input.fromAgencyId);
      const today = todayInVietnam();
      const toId =
        input.toAgencyId ??
        (from.validTo === null || from.validTo > today
          ? from.id
          : ((await carriersOn(em, [from.id], today)).get(from.id) ?? undefined));
      if (!toId) throw badField('toAgencyId', 'validation.required');
      const users = await em.find(User, {
        where: { agencyId: from.id },
        order: { fullName: 'ASC', id: 'ASC' },
      });
      const chosen = input.userIds ? users.filter((u) => input.userIds!.includes(u.id)) : users;
      if (input.userIds && chosen.length !== new Set(input.userIds).size)
        throw badField('userIds', 'user.notInAgency', { name: from.name });
      await this.checkAssignment(em, Role.AGENCY_OFFICER, toId, true);
      if (!chosen.length) return [];
      await em
        .createQueryBuilder()
        .update(User)
        .set({ agencyId: toId, version: () => 'version + 1' })
        .whereInIds(chosen.map((u) => u.id))
        .execute();
      const after = await em.find(User, {
        where: { id: In(chosen.map((u) => u.id)) },
        order: { fullName: 'ASC', id: 'ASC' },
      });
      for (const user of after)
        await this.audit.record(em, caller, {
          action: 'user.reassign',
          entityType: 'User',
          entityId: user.id,
          before: { agencyId: from.id },
          after: { agencyId: toId },
        });
      return after;
    });
  }

  private async assertEmailFree(em: EntityManager, email: string, exceptId?: string): Promise<void> {
    const existing = await em.findOne(User, { where: { email } });
    if (existing && existing.id !== exceptId) throw badField('email', 'common.duplicate', { value: email });
  }

  async create(caller: Caller | null, input: CreateUserInput): Promise<User> {
    this.passwords.assertPolicy(input.password);
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (em) => {
      const email = input.email.trim().toLowerCase();
      await this.assertEmailFree(em, email);
      await this.checkAssignment(em, input.role, input.agencyId, true);
      const user = em.create(User, {
        email,
        fullName: input.fullName.trim(),
        role: input.role,
        agencyId: input.agencyId ?? null,
        active: true,
        passwordHash,
        lastLoginAt: null,
      });
      user.searchText = userSearchText(user);
      const saved = await em.save(user);
      await this.audit.record(em, caller, {
        action: 'user.create',
        entityType: 'User',
        entityId: saved.id,
        after: saved,
      });
      return this.findById(saved.id, em);
    });
  }

  async update(caller: Caller, input: UpdateUserInput): Promise<User> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findById(input.id, em);
      const email = input.email?.trim().toLowerCase() ?? before.email;
      if (email !== before.email) await this.assertEmailFree(em, email, before.id);
      const role = input.role ?? before.role;
      const agencyId = input.agencyId === undefined ? before.agencyId : input.agencyId;
      await this.checkAssignment(em, role, agencyId, agencyId !== before.agencyId);
      const fullName = input.fullName?.trim() ?? before.fullName;
      await versionedWrite(em, User, before.id, input.version, {
        email,
        fullName,
        role,
        agencyId,
        searchText: userSearchText({ email, fullName }),
      });
      const after = await this.findById(before.id, em);
      await this.audit.record(em, caller, {
        action: 'user.update',
        entityType: 'User',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  async setActive(caller: Caller, id: string, active: boolean): Promise<User> {
    if (!active && caller.actor.kind === 'USER' && caller.actor.id === id)
      throw badField('id', 'user.selfDeactivate');
    return this.dataSource.transaction(async (em) => {
      const before = await this.findById(id, em);
      await em.update(User, { id }, { active });
      if (!active) await revokeUserSessions(em, id);
      const after = await this.findById(id, em);
      const action = active ? 'user.reactivate' : 'user.deactivate';
      await this.audit.record(em, caller, { action, entityType: 'User', entityId: id, before, after });
      return after;
    });
  }

  async resetPassword(caller: Caller, id: string, newPassword: string): Promise<User> {
    this.passwords.assertPolicy(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    return this.dataSource.transaction(async (em) => {
      await this.findById(id, em);
      await em.update(User, { id }, { passwordHash });
      await revokeUserSessions(em, id);
      await this.audit.record(em, caller, { action: 'user.resetPassword', entityType: 'User', entityId: id });
      return this.findById(id, em);
    });
  }
}
