import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Caller } from '../../common/context/caller';
import { badField, conflict, DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { Role } from '@partrack/shared';
import { AgencyScopeService } from '../agency-scope.service';
import { removeCreated, restoreSnapshot, undoBlocker } from './reorganisation-undo';
import { ErrorCode } from '../../common/errors/error-code';
import { Lang, translate } from '../../common/i18n/messages';
import { AgencyHistoryService } from '../agency-history.service';
import { AgencyMutationsService, BatchContext, lockHierarchy } from '../agency-mutations.service';
import { AgencyTreeRepository, subtreeSql } from '../agency-tree.repository';
import { Agency } from '../agency.entity';
import { applyOperation, BatchState } from './reorganisation-operations';
import { AppliedBatch, describeBatch, NOTHING_DEPENDS } from './reorganisation-effects';
import { AgencyReorganisation, ReorganisationStatus } from './reorganisation.entity';
import { ReorganisationInput } from './reorganisation.input';
import { ReorganisationPreview, ReorganisationProblem } from './reorganisation-preview.model';
import {
  NumberedOperation,
  problemOf,
  readReorganisationFile,
  validateOperations,
} from './reorganisation-file.reader';
import { takeSnapshot } from './reorganisation-snapshot';

/** Carries a dry run's report out of the transaction it rolls back. */
class RolledBack extends Error {
  constructor(readonly preview: ReorganisationPreview) {
    super('rolled back');
  }
}

/**
 * A reorganisation: many dated changes with one effective date, read from a mapping file or a list, applied
 * all-or-nothing through the same checks as the single mutations, and audited as one event. The dry run
 * applies the batch in a transaction, describes what changed, and rolls it back: the report is what applying
 * would do, by construction. See docs/reorganisation.md.
 */
@Injectable()
export class ReorganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mutations: AgencyMutationsService,
    private readonly history: AgencyHistoryService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
    private readonly scope: AgencyScopeService,
  ) {}

  async preview(caller: Caller, input: ReorganisationInput, lang: Lang): Promise<ReorganisationPreview> {
    return (await this.run(caller, input, lang, true)).preview;
  }

  async apply(caller: Caller, input: ReorganisationInput, lang: Lang): Promise<AgencyReorganisation> {
    const { preview, saved } = await this.run(caller, input, lang, false);
    if (!saved)
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'reorganisation.hasProblems',
        { count: preview.problems.length },
        { problems: preview.problems },
      );
    return saved;
  }

  /** The reorganisations the caller may read, newest first: an admin's all, others' their province's. */
  list(caller: Caller, first: number): Promise<AgencyReorganisation[]> {
    const query = this.dataSource
      .getRepository(AgencyReorganisation)
      .createQueryBuilder('r')
      .orderBy('r.applied_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(first);
    const root = this.scope.readRoot(caller.actor);
    if (root !== null) query.where('r.province_id = :root', { root });
    return query.getMany();
  }

  async findOne(
    caller: Caller,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<AgencyReorganisation> {
    const batch = await em.findOne(AgencyReorganisation, { where: { id } });
    const root = this.scope.readRoot(caller.actor);
    if (!batch || (root !== null && batch.provinceId !== root)) throw notFound('AgencyReorganisation', id);
    return batch;
  }

  /** Why it can no longer be undone (null: it can). */
  async undoBlocker(batch: AgencyReorganisation): Promise<string | null> {
    if (batch.status !== ReorganisationStatus.APPLIED) return translate('reorganisation.notApplied', 'vi');
    return undoBlocker(this.dataSource.manager, batch);
  }

  /**
   * Puts back exactly what the batch changed, as one audited event, while nothing written since depends on
   * it (undoBlocker). An admin, or a coordinator of the batch's province.
   */
  async undo(caller: Caller, id: string): Promise<AgencyReorganisation> {
    return this.dataSource.transaction(async (em) => {
      await lockHierarchy(em);
      const batch = await this.findOne(caller, id, em);
      if (caller.actor.role !== Role.ADMIN && caller.actor.role !== Role.COORDINATOR) throw forbidden();
      if (batch.status !== ReorganisationStatus.APPLIED) throw badField('id', 'reorganisation.notApplied');
      const blocker = await undoBlocker(em, batch);
      if (blocker) throw conflict('reorganisation.undoBlocked', { reason: blocker });
      await restoreSnapshot(em, batch);
      await this.history.syncToday(em, batch.affectedAgencyIds);
      await removeCreated(em, batch);
      await this.history.refreshSearchText(em, batch.affectedAgencyIds);
      await em.update(
        AgencyReorganisation,
        { id: batch.id },
        { status: ReorganisationStatus.UNDONE, undoneAt: new Date(), undoneBy: caller.actor.label ?? null },
      );
      await this.audit.record(em, caller, {
        action: 'agency.reorganiseUndo',
        entityType: 'AgencyReorganisation',
        entityId: batch.id,
        before: { status: batch.status },
        after: { status: ReorganisationStatus.UNDONE },
      });
      return em.findOneByOrFail(AgencyReorganisation, { id: batch.id });
    });
  }

  private async operationsOf(
    input: ReorganisationInput,
    lang: Lang,
  ): Promise<{ operations: NumberedOperation[]; problems: ReorganisationProblem[] }> {
    if (input.file && input.operations) throw badField('file', 'reorganisation.fileOrOperations');
    if (!input.file && !input.operations) throw badField('operations', 'validation.required');
    const read = input.file
      ? await readReorganisationFile(input.file)
      : { operations: input.operations!.map((operation, i) => ({ line: i + 1, operation })), problems: [] };
    if (!read.operations.length && !read.problems.length)
      read.problems.push({
        line: 1,
        field: 'operations',
        message: translate('validation.notEmptyList', lang),
      });
    if (read.operations.length > 2000)
      read.problems.push({
        line: 1,
        field: 'operations',
        message: translate('reorganisation.tooManyOperations', lang, { max: 2000 }),
      });
    return {
      operations: read.operations,
      problems: [...read.problems, ...(await validateOperations(read.operations, lang))],
    };
  }

  private async run(
    caller: Caller,
    input: ReorganisationInput,
    lang: Lang,
    dryRun: boolean,
  ): Promise<{ preview: ReorganisationPreview; saved?: AgencyReorganisation }> {
    const { operations, problems } = await this.operationsOf(input, lang);
    if (problems.length)
      return { preview: { effectiveDate: input.effectiveDate, problems, ...NOTHING_DEPENDS } };
    try {
      return await this.dataSource.transaction(async (em) => {
        await lockHierarchy(em);
        const batch: BatchContext = { em, batchId: randomUUID() };
        const state: BatchState = {
          day: input.effectiveDate,
          byCode: await this.knownAgencies(em, caller, operations),
          ending: new Map(),
          createdIds: [],
        };
        const snapshot = await takeSnapshot(
          em,
          [...state.byCode.values()].map((a) => a.id),
        );
        const found: ReorganisationProblem[] = [];
        for (const { line, operation } of operations) {
          await em.query('SAVEPOINT reorganisation_operation');
          try {
            await applyOperation(this.mutations, caller, batch, state, operation);
            await em.query('RELEASE SAVEPOINT reorganisation_operation');
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            await em.query('ROLLBACK TO SAVEPOINT reorganisation_operation');
            found.push(...problemOf(line, error, lang));
          }
        }
        await this.handOverGroups(em, state.ending);
        const affected = [...snapshot.agencies.map((a) => a.id), ...state.createdIds];
        await this.history.syncToday(em, affected);
        const applied: AppliedBatch = {
          effectiveDate: state.day,
          snapshot,
          ending: state.ending,
          createdIds: state.createdIds,
        };
        const preview: ReorganisationPreview = {
          problems: found,
          ...(await describeBatch(em, this.history, applied)),
        };
        if (dryRun || found.length) throw new RolledBack(preview);
        const saved = await this.save(em, caller, input, operations, batch.batchId, applied, affected);
        return { preview, saved };
      });
    } catch (error) {
      if (error instanceof RolledBack) return { preview: error.preview };
      throw error;
    }
  }

  /**
   * The agencies the batch names that exist already and the caller can read, by code: another province's
   * codes are unknown codes, exactly like codes that name nothing.
   */
  private async knownAgencies(
    em: EntityManager,
    caller: Caller,
    operations: readonly NumberedOperation[],
  ): Promise<Map<string, Agency>> {
    const codes = new Set<string>();
    for (const { operation } of operations) {
      codes.add(operation.code);
      for (const code of (operation.target ?? '').split(';')) if (code.trim()) codes.add(code.trim());
    }
    const query = em.createQueryBuilder(Agency, 'a').where('a.code IN (:...codes)', { codes: [...codes] });
    const root = this.scope.readRoot(caller.actor);
    if (root !== null) query.andWhere(`a.id IN ${subtreeSql(':root')}`, { root });
    const agencies = await query.getMany();
    return new Map(agencies.map((a) => [a.code, a]));
  }

  /**
   * Groups keep working: an ending member's successor joins each of its groups. The ended member stays a
   * member of the years it existed in (a 2022 task led by "the departments" still counts 2022's departments;
   * readers of a year take the members that existed then), and a province's groups follow it when it merges.
   */
  private async handOverGroups(em: EntityManager, ending: Map<string, string | null>): Promise<void> {
    for (const [agencyId, successorId] of ending) {
      if (!successorId) continue;
      await em.query(
        `INSERT INTO agency_group_member (group_id, agency_id)
         SELECT group_id, $2 FROM agency_group_member WHERE agency_id = $1 ON CONFLICT DO NOTHING`,
        [agencyId, successorId],
      );
      await em.query('UPDATE agency_group SET province_id = $2 WHERE province_id = $1', [
        agencyId,
        successorId,
      ]);
    }
  }

  private async save(
    em: EntityManager,
    caller: Caller,
    input: ReorganisationInput,
    operations: readonly NumberedOperation[],
    batchId: string,
    applied: AppliedBatch,
    affected: string[],
  ): Promise<AgencyReorganisation> {
    const roots = await this.tree.provinceRoots(affected, em);
    const provinces = new Set(roots.values());
    const saved = await em.save(
      em.create(AgencyReorganisation, {
        id: batchId,
        title: input.title.trim(),
        decision: input.decision?.trim() || null,
        effectiveDate: input.effectiveDate,
        status: ReorganisationStatus.APPLIED,
        provinceId: provinces.size === 1 ? [...provinces][0] : null,
        appliedBy: caller.actor.label ?? null,
        operations: operations.map((o) => ({ line: o.line, ...o.operation })),
        operationCount: operations.length,
        snapshot: applied.snapshot,
        createdAgencyIds: applied.createdIds,
        affectedAgencyIds: affected,
        undoneAt: null,
        undoneBy: null,
      }),
    );
    await this.audit.record(em, caller, {
      action: 'agency.reorganise',
      entityType: 'AgencyReorganisation',
      entityId: saved.id,
      after: { title: saved.title, effectiveDate: saved.effectiveDate, operations: saved.operations },
    });
    return saved;
  }
}
