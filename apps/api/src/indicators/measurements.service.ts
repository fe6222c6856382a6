import { Injectable } from '@nestjs/common';
import { MeasurementDecision, MeasurementStatus } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { subtreeCondition } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, DomainError, notFound } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { Plan } from '../plans/plan.entity';
import {
  MeasurementFilter,
  RecordMeasurementInput,
  ReopenMeasurementInput,
  ReviewMeasurementInput,
} from './dto/measurement.input';
import { Indicator } from './indicator.entity';
import { IndicatorsService } from './indicators.service';
import { MeasurementAction, MeasurementRevision } from './measurement-revision.entity';
import { checkedFigure, editRefusal, entryRefusal } from './measurement-rules';
import { Measurement } from './measurement.entity';
import { versionedUpdate } from '../database/versioned-update';

const illegal = (action: string, status: MeasurementStatus) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'measurement.illegalTransition', { action, status });

/**
 * Figures and their review: agencies enter and submit (DRAFT/RETURNED → SUBMITTED), coordinators approve
 * or return; approved figures are locked until reopened. Every step writes a revision and an audit row.
 */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  async record(
    caller: Caller,
    input: RecordMeasurementInput,
    action = MeasurementAction.RECORD,
    manager?: EntityManager,
  ): Promise<Measurement> {
    const work = async (em: EntityManager) => {
      const indicator = await this.indicators.findOne(caller.actor, input.indicatorId, em);
      const agency = await em.findOne(Agency, { where: { id: input.agencyId } });
      if (!agency) throw notFound('Agency', input.agencyId);
      await this.scope.assertCanWrite(caller.actor, agency.id, em);
      const refusal = entryRefusal(indicator, agency.level);
      if (refusal) throw refusal;
      const plan = await em.findOneByOrFail(Plan, { id: indicator.planId });
      const figure = checkedFigure(indicator, plan.year, input);
      const details = {
        ...figure,
        note: input.note?.trim() || null,
        source: input.source?.trim() || null,
        evidence: input.evidence?.trim() || null,
        status: MeasurementStatus.DRAFT,
        updatedByLabel: caller.actor.label,
      };
      const existing = await em.findOne(Measurement, {
        where: { indicatorId: indicator.id, agencyId: agency.id, period: figure.period },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) {
        const created = await em.save(
          em.create(Measurement, { indicatorId: indicator.id, agencyId: agency.id, ...details }),
        );
        await this.log(em, caller, created, action, null, 'measurement.record');
        return created;
      }
      const locked = editRefusal(existing.status);
      if (locked) throw locked;
      if (input.version === undefined || input.version === null)
        throw badField('version', 'validation.required');
      const updated = await versionedUpdate(em, Measurement, existing.id, input.version, details);
      await this.log(em, caller, updated, action, null, 'measurement.record', existing);
      return updated;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** All or nothing: one figure that cannot be submitted stops the whole batch. */
  async submit(caller: Caller, ids: string[]): Promise<Measurement[]> {
    return this.dataSource.transaction(async (em) => {
      const rows = await this.lockAll(em, caller.actor, ids);
      const done: Measurement[] = [];
      for (const m of rows) {
        await this.assertWritable(caller, m, em);
        if (m.status !== MeasurementStatus.DRAFT && m.status !== MeasurementStatus.RETURNED)
          throw illegal('SUBMIT', m.status);
        const updated = await versionedUpdate(em, Measurement, m.id, m.version, {
          status: MeasurementStatus.SUBMITTED,
          submittedAt: new Date(),
        });
        await this.log(em, caller, updated, MeasurementAction.SUBMIT, null, 'measurement.submit', m);
        done.push(updated);
      }
      return done;
    });
  }

  async review(caller: Caller, input: ReviewMeasurementInput): Promise<Measurement> {
    return this.dataSource.transaction(async (em) => {
      const [m] = await this.lockAll(em, caller.actor, [input.id]);
      await this.assertWritable(caller, m, em);
      if (m.status !== MeasurementStatus.SUBMITTED) throw illegal(input.decision, m.status);
      const comment = input.comment?.trim() || null;
      const approve = input.decision === MeasurementDecision.APPROVE;
      const updated = await versionedUpdate(em, Measurement, m.id, input.version, {
        status: approve ? MeasurementStatus.APPROVED : MeasurementStatus.RETURNED,
        reviewComment: comment,
        reviewedAt: new Date(),
      });
      const action = approve ? MeasurementAction.APPROVE : MeasurementAction.RETURN;
      await this.log(
        em,
        caller,
        updated,
        action,
        comment,
        `measurement.${approve ? 'approve' : 'return'}`,
        m,
      );
      return updated;
    });
  }

  /** Unlocks an approved figure: back to the agency as RETURNED, with the reason. */
  async reopen(caller: Caller, input: ReopenMeasurementInput): Promise<Measurement> {
    return this.dataSource.transaction(async (em) => {
      const [m] = await this.lockAll(em, caller.actor, [input.id]);
      await this.assertWritable(caller, m, em);
      if (m.status !== MeasurementStatus.APPROVED) throw illegal('REOPEN', m.status);
      const reason = input.reason.trim();
      const updated = await versionedUpdate(em, Measurement, m.id, input.version, {
        status: MeasurementStatus.RETURNED,
        reviewComment: reason,
        reviewedAt: new Date(),
      });
      await this.log(em, caller, updated, MeasurementAction.REOPEN, reason, 'measurement.reopen', m);
      return updated;
    });
  }

  async findOne(actor: Actor, id: string, em: EntityManager = this.dataSource.manager): Promise<Measurement> {
    const m = await em.findOne(Measurement, { where: { id } });
    if (!m || !(await this.scope.canRead(actor, m.agencyId, em))) throw notFound('Measurement', id);
    return m;
  }

  list(
    actor: Actor,
    filter: MeasurementFilter,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Measurement>> {
    const query = this.dataSource
      .getRepository(Measurement)
      .createQueryBuilder('m')
      .innerJoin(Agency, 'agency', 'agency.id = m.agency_id')
      .innerJoin(Indicator, 'indicator', 'indicator.id = m.indicator_id');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere(subtreeCondition('agency'), { scopeRoot: root });
    if (filter.agencyId) {
      query.andWhere(subtreeCondition('agency', 'filterRoot'), { filterRoot: filter.agencyId });
    }
    if (filter.planId) query.andWhere('indicator.plan_id = :planId', { planId: filter.planId });
    if (filter.indicatorId)
      query.andWhere('m.indicator_id = :indicatorId', { indicatorId: filter.indicatorId });
    if (filter.period) query.andWhere('m.period = :period', { period: filter.period });
    if (filter.statuses?.length) query.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
    return paginate(
      query,
      [
        { expression: 'm.period_end', value: (m) => m.periodEnd },
        { expression: 'm.updated_at', value: (m) => m.updatedAt.toISOString() },
        { expression: 'm.id', value: (m) => m.id },
      ],
      page,
    );
  }

  /**
   * Locks the figures named by `ids`. One the caller cannot read answers exactly as an id that names
   * nothing (the first such id in the order given), so the answer never tells whether it exists.
   */
  private async lockAll(em: EntityManager, actor: Actor, ids: string[]): Promise<Measurement[]> {
    const unique = [...new Set(ids)];
    const rows = unique.length
      ? await em.find(Measurement, {
          where: { id: In(unique) },
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        })
      : [];
    const readable = new Map<string, boolean>();
    for (const id of unique) {
      const row = rows.find((r) => r.id === id);
      if (row && !readable.has(row.agencyId))
        readable.set(row.agencyId, await this.scope.canRead(actor, row.agencyId, em));
      if (!row || !readable.get(row.agencyId)) throw notFound('Measurement', id);
    }
    if (!rows.length) throw notFound('Measurement', '');
    return rows;
  }

  /** Readable (lockAll checked) but outside the caller's write scope: FORBIDDEN. */
  private assertWritable(caller: Caller, m: Measurement, em: EntityManager): Promise<void> {
    return this.scope.assertCanWrite(caller.actor, m.agencyId, em, () => notFound('Measurement', m.id));
  }

  private async log(
    em: EntityManager,
    caller: Caller,
    m: Measurement,
    action: MeasurementAction,
    comment: string | null,
    auditAction: string,
    before?: Measurement,
  ): Promise<void> {
    await em.insert(MeasurementRevision, {
      measurementId: m.id,
      measurementVersion: m.version,
      action,
      status: m.status,
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
      note: m.note,
      comment,
      actorId: caller.actor.id,
      actorLabel: caller.actor.label,
    });
    await this.audit.record(em, caller, {
      action: auditAction,
      entityType: 'Measurement',
      entityId: m.id,
      before,
      after: m,
    });
  }
}
