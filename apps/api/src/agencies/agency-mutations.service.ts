import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { Role } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository, factsOnCondition } from './agency-tree.repository';
import { Agency } from './agency.entity';
import { isValidOn } from './agency-dates';
import { AgencyHistoryService } from './agency-history.service';
import { agencySearchText } from './agency-search-text';
import { AgencyVersion } from './agency-version.entity';
import { todayInVietnam } from '../common/time/vietnam-time';
import {
  CreateAgencyInput,
  DeactivateAgencyInput,
  MergeAgenciesInput,
  MoveAgencyInput,
  UpdateAgencyInput,
} from './dto/agency.input';

/** A change made as part of a reorganisation batch: its transaction and the id its versions carry. */
export interface BatchContext {
  em: EntityManager;
  batchId: string;
}

/** Serialises hierarchy changes so two concurrent moves cannot build a cycle together. */
const HIERARCHY_LOCK = 7_310_001;

/** Takes the hierarchy lock for the rest of `em`'s transaction (re-entrant within it). */
export async function lockHierarchy(em: EntityManager): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1)', [HIERARCHY_LOCK]);
}

@Injectable()
export class AgencyMutationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
    private readonly history: AgencyHistoryService,
  ) {}

  /** Its own transaction, or the batch's (a reorganisation applies many changes all-or-nothing). */
  private inTransaction<T>(
    batch: BatchContext | undefined,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    return batch ? work(batch.em) : this.dataSource.transaction(work);
  }

  /** One audit row per change, except inside a batch, which is audited as one event. */
  private async record(
    em: EntityManager,
    caller: Caller,
    batch: BatchContext | undefined,
    entry: Parameters<AuditService['record']>[2],
  ): Promise<void> {
    if (!batch) await this.audit.record(em, caller, entry);
  }

  private lockHierarchy(em: EntityManager): Promise<void> {
    return lockHierarchy(em);
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

  async create(caller: Caller, input: CreateAgencyInput, batch?: BatchContext): Promise<Agency> {
    return this.inTransaction(batch, async (em) => {
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
      await this.record(em, caller, batch, {
        action: 'agency.create',
        entityType: 'Agency',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateAgencyInput, batch?: BatchContext): Promise<Agency> {
    return this.inTransaction(batch, async (em) => {
      const before = await this.load(em, caller, input.id);
      await this.scope.assertCanWrite(caller.actor, before.id, em);
      if (input.code && input.code !== before.code) await this.assertCodeFree(em, input.code, before.id);
      // Code and aliases are not dated; the version check guards the whole update.
      await versionedWrite(em, Agency, before.id, input.version, {
        code: input.code ?? before.code,
        aliases: input.aliases ?? before.aliases,
      });
      const facts = {
        name: input.name?.trim(),
        shortName: input.shortName === undefined ? undefined : input.shortName?.trim() || null,
        kind: input.kind ?? undefined,
        level: input.level ?? undefined,
      };
      const day = input.effectiveDate ?? todayInVietnam();
      if (input.correction) await this.history.correct(em, before.id, todayInVietnam(), facts);
      else await this.history.change(em, before, day, facts, batch?.batchId);
      await this.history.syncToday(em, [before.id]);
      await this.history.refreshSearchText(em, [before.id]);
      const saved = await em.findOneOrFail(Agency, { where: { id: before.id } });
      await this.record(em, caller, batch, {
        action: 'agency.update',
        entityType: 'Agency',
        entityId: before.id,
        before,
        after: { ...saved, effectiveDate: input.correction ? null : day, correction: !!input.correction },
      });
      return saved;
    });
  }

  /** Refuses a day on which `agency` does not exist (named by `field`). */
  private assertExistsOn(agency: Agency, day: string, field: string): void {
    if (!isValidOn(agency, day)) throw badField(field, 'agency.inactive', { name: agency.name });
  }

  async move(caller: Caller, input: MoveAgencyInput, batch?: BatchContext): Promise<Agency> {
    return this.inTransaction(batch, async (em) => {
      await this.lockHierarchy(em);
      const before = await this.load(em, caller, input.id);
      await this.scope.assertCanWrite(caller.actor, before.id, em);
      const day = input.effectiveDate ?? todayInVietnam();
      const newParentId = input.newParentId ?? null;
      if (newParentId === null) {
        if (caller.actor.role !== Role.ADMIN) throw badField('newParentId', 'agency.rootNotAllowed');
      } else {
        const parent = await this.load(em, caller, newParentId);
        await this.scope.assertCanWrite(caller.actor, newParentId, em);
        this.assertExistsOn(parent, day, 'newParentId');
        if (await this.tree.reachesFrom(newParentId, before.id, day, em)) {
          throw badField('newParentId', 'agency.cycle');
        }
      }
      await this.history.change(em, before, day, { parentId: newParentId }, batch?.batchId);
      await this.history.syncToday(em, [before.id]);
      const after = await em.findOneOrFail(Agency, { where: { id: before.id } });
      await this.record(em, caller, batch, {
        action: 'agency.move',
        entityType: 'Agency',
        entityId: before.id,
        before,
        after: { ...after, effectiveDate: day, newParentId },
      });
      return after;
    });
  }

  async deactivate(caller: Caller, input: DeactivateAgencyInput, batch?: BatchContext): Promise<Agency> {
    return this.inTransaction(batch, async (em) => {
      await this.lockHierarchy(em);
      const before = await this.load(em, caller, input.id);
      await this.scope.assertCanWrite(caller.actor, before.id, em);
      if (input.date <= before.validFrom) {
        throw badField('date', 'agency.dateBeforeValidFrom', { validFrom: before.validFrom });
      }
      const activeChildren = (await this.childrenOn(em, [before.id], input.date)).length;
      if (activeChildren > 0) throw badField('id', 'agency.hasActiveChildren', { count: activeChildren });
      await em.update(Agency, { id: before.id }, { validTo: input.date });
      const after = await em.findOneOrFail(Agency, { where: { id: before.id } });
      await this.record(em, caller, batch, {
        action: 'agency.deactivate',
        entityType: 'Agency',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Agencies under any of `parentIds` on `day` (by that day's versions) that have not ended by then. */
  private childrenOn(em: EntityManager, parentIds: string[], day: string): Promise<Agency[]> {
    return em
      .createQueryBuilder(Agency, 'child')
      .innerJoin(AgencyVersion, 'v', `v.agency_id = child.id AND ${factsOnCondition('v', ':day')}`, { day })
      .where('v.parent_id IN (:...parentIds)', { parentIds })
      .andWhere('(child.valid_to IS NULL OR child.valid_to > :day)', { day })
      .getMany();
  }

  /**
   * Sources end on effectiveDate with the target as successor; their sub-agencies still valid then move
   * under the target from that day (dated moves). Province roots merge the same way: the old province's
   * history stays its own, and the target reads it through the successor link (AgencyTreeRepository).
   */
  async merge(caller: Caller, input: MergeAgenciesInput, batch?: BatchContext): Promise<Agency> {
    const sourceIds = [...new Set(input.sourceIds)];
    if (sourceIds.includes(input.targetId)) throw badField('targetId', 'agency.mergeIntoSource');
    return this.inTransaction(batch, async (em) => {
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
      // The target must not lie below a source on any day from the merge on (the same check as a dated move).
      for (const id of sourceIds)
        if (await this.tree.reachesFrom(target.id, id, input.effectiveDate, em))
          throw badField('targetId', 'agency.cycle');
      this.assertExistsOn(target, input.effectiveDate, 'targetId');
      // The sources' sub-agencies move under the target from the effective date only: before it they stay
      // where they were, so every earlier day's tree, rollup and document is unchanged.
      const children = await this.childrenOn(em, sourceIds, input.effectiveDate);
      for (const child of children)
        await this.history.change(em, child, input.effectiveDate, { parentId: target.id });
      await em.update(
        Agency,
        { id: In(sourceIds) },
        { validTo: input.effectiveDate, successorId: target.id },
      );
      await this.history.syncToday(
        em,
        children.map((c) => c.id),
      );
      const after = await em.find(Agency, { where: { id: In(sourceIds) } });
      await this.record(em, caller, batch, {
        action: 'agency.merge',
        entityType: 'Agency',
        entityId: target.id,
        before: { sources },
        after: {
          sources: after,
          targetId: target.id,
          effectiveDate: input.effectiveDate,
          movedChildIds: children.map((c) => c.id),
        },
      });
      return em.findOneOrFail(Agency, { where: { id: target.id } });
    });
  }
}
