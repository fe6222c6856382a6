import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { foldVietnamese, Role } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository } from './agency-tree.repository';
import { Agency } from './agency.entity';
import { validOnCondition } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';
import {
  CreateAgencyInput,
  DeactivateAgencyInput,
  MergeAgenciesInput,
  MoveAgencyInput,
  UpdateAgencyInput,
} from './dto/agency.input';

/** Serialises hierarchy changes so two concurrent moves cannot build a cycle together. */
const HIERARCHY_LOCK = 7_310_001;

export function agencySearchText(a: Pick<Agency, 'code' | 'name' | 'shortName' | 'aliases'>): string {
  return foldVietnamese([a.code, a.name, a.shortName ?? '', ...a.aliases].join(' | '));
}

@Injectable()
export class AgencyMutationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
  ) {}

  private async lockHierarchy(em: EntityManager): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [HIERARCHY_LOCK]);
  }

  private async load(em: EntityManager, caller: Caller, id: string): Promise<Agency> {
    const agency = await em.findOne(Agency, { where: { id } });
    if (!agency || !(await this.scope.canRead(caller.actor, id, em))) throw notFound('Agency', id);
    return agency;
  }

  private async assertCodeFree(em: EntityManager, code: string, exceptId?: string): Promise<void> {
    const existing = await em.findOne(Agency, { where: { code } });
    if (existing && existing.id !== exceptId) throw badField('code', 'common.duplicate', { value: code });
  }

  async create(caller: Caller, input: CreateAgencyInput): Promise<Agency> {
    return this.dataSource.transaction(async (em) => {
      if (input.parentId) {
        await this.load(em, caller, input.parentId);
        await this.scope.assertCanWrite(caller.actor, input.parentId, em);
      } else if (caller.actor.role !== Role.ADMIN) {
        throw badField('parentId', 'agency.rootNotAllowed');
      }
      await this.assertCodeFree(em, input.code);
      const agency = em.create(Agency, {
        code: input.code,
        name: input.name.trim(),
        shortName: input.shortName?.trim() || null,
        aliases: input.aliases ?? [],
        kind: input.kind,
        level: input.level,
        parentId: input.parentId ?? null,
        validFrom: input.validFrom ?? todayInVietnam(),
        validTo: null,
        successorId: null,
      });
      agency.searchText = agencySearchText(agency);
      const saved = await em.save(agency);
      await this.audit.record(em, caller, {
        action: 'agency.create',
        entityType: 'Agency',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateAgencyInput): Promise<Agency> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.load(em, caller, input.id);
      await this.scope.assertCanWrite(caller.actor, before.id, em);
      if (input.code && input.code !== before.code) await this.assertCodeFree(em, input.code, before.id);
      const next: Agency = {
        ...before,
        code: input.code ?? before.code,
        name: input.name?.trim() ?? before.name,
        shortName: input.shortName === undefined ? before.shortName : input.shortName?.trim() || null,
        aliases: input.aliases ?? before.aliases,
        kind: input.kind ?? before.kind,
        level: input.level ?? before.level,
      };
      next.searchText = agencySearchText(next);
      const saved = await this.saveVersioned(em, before, input.version, {
        code: next.code,
        name: next.name,
        shortName: next.shortName,
        aliases: next.aliases,
        kind: next.kind,
        level: next.level,
        searchText: next.searchText,
      });
      await this.audit.record(em, caller, {
        action: 'agency.update',
        entityType: 'Agency',
        entityId: before.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** UPDATE … WHERE version = expected: a stale version changes nothing and reports CONFLICT. */
  private async saveVersioned(
    em: EntityManager,
    current: Agency,
    expected: number,
    patch: Partial<Agency>,
  ): Promise<Agency> {
    await versionedWrite(em, Agency, current.id, expected, patch);
    return em.findOneOrFail(Agency, { where: { id: current.id } });
  }

  async move(caller: Caller, input: MoveAgencyInput): Promise<Agency> {
    return this.dataSource.transaction(async (em) => {
      await this.lockHierarchy(em);
      const before = await this.load(em, caller, input.id);
      await this.scope.assertCanWrite(caller.actor, before.id, em);
      const newParentId = input.newParentId ?? null;
      if (newParentId === null) {
        if (caller.actor.role !== Role.ADMIN) throw badField('newParentId', 'agency.rootNotAllowed');
      } else {
        await this.load(em, caller, newParentId);
        await this.scope.assertCanWrite(caller.actor, newParentId, em);
        if (await this.tree.isWithin(newParentId, before.id, em)) {
          throw badField('newParentId', 'agency.cycle');
        }
      }
      await em.update(Agency, { id: before.id }, { parentId: newParentId });
      const after = await em.findOneOrFail(Agency, { where: { id: before.id } });
      await this.audit.record(em, caller, {
        action: 'agency.move',
        entityType: 'Agency',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  async deactivate(caller: Caller, input: DeactivateAgencyInput): Promise<Agency> {
    return this.dataSource.transaction(async (em) => {
      await this.lockHierarchy(em);
      const before = await this.load(em, caller, input.id);
      await this.scope.assertCanWrite(caller.actor, before.id, em);
      if (input.date <= before.validFrom) {
        throw badField('date', 'agency.dateBeforeValidFrom', { validFrom: before.validFrom });
      }
      const activeChildren = await em
        .createQueryBuilder(Agency, 'child')
        .where('child.parent_id = :id', { id: before.id })
        .andWhere(validOnCondition('child'), { asOf: input.date })
        .getCount();
      if (activeChildren > 0) throw badField('id', 'agency.hasActiveChildren', { count: activeChildren });
      await em.update(Agency, { id: before.id }, { validTo: input.date });
      const after = await em.findOneOrFail(Agency, { where: { id: before.id } });
      await this.audit.record(em, caller, {
        action: 'agency.deactivate',
        entityType: 'Agency',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Sources end on effectiveDate with the target as successor; their sub-agencies still valid then move
   * under the target. Their history stays queryable with asOf before that date.
   */
  async merge(caller: Caller, input: MergeAgenciesInput): Promise<Agency> {
    const sourceIds = [...new Set(input.sourceIds)];
    if (sourceIds.includes(input.targetId)) throw badField('targetId', 'agency.mergeIntoSource');
    return this.dataSource.transaction(async (em) => {
      await this.lockHierarchy(em);
      const target = await this.load(em, caller, input.targetId);
      await this.scope.assertCanWrite(caller.actor, target.id, em);
      const sources = await em.find(Agency, { where: { id: In(sourceIds) } });
      for (const id of sourceIds) {
        const source = sources.find((s) => s.id === id);
        if (!source) throw notFound('Agency', id);
        await this.scope.assertCanWrite(caller.actor, id, em);
        if (input.effectiveDate <= source.validFrom) {
          throw badField('effectiveDate', 'agency.dateBeforeValidFrom', { validFrom: source.validFrom });
        }
        if (source.validTo !== null && source.validTo <= input.effectiveDate) {
          throw badField('sourceIds', 'agency.inactive', { name: source.name });
        }
      }
      if ((await this.tree.ancestorIds(target.id, em)).some((id) => sourceIds.includes(id))) {
        throw badField('targetId', 'agency.cycle');
      }
      await em
        .createQueryBuilder()
        .update(Agency)
        .set({ parentId: target.id })
        .where('parent_id IN (:...sourceIds)', { sourceIds })
        .andWhere('(valid_to IS NULL OR valid_to > :day)', { day: input.effectiveDate })
        .execute();
      await em.update(
        Agency,
        { id: In(sourceIds) },
        { validTo: input.effectiveDate, successorId: target.id },
      );
      const after = await em.find(Agency, { where: { id: In(sourceIds) } });
      await this.audit.record(em, caller, {
        action: 'agency.merge',
        entityType: 'Agency',
        entityId: target.id,
        before: { sources },
        after: { sources: after, targetId: target.id, effectiveDate: input.effectiveDate },
      });
      return em.findOneOrFail(Agency, { where: { id: target.id } });
    });
  }
}
