import { Injectable } from '@nestjs/common';
import {
  foldVietnamese,
  ParAssessmentStatus,
  ParCycleStatus,
  ParDeadlinePhase,
  ParTargetGroup,
} from '@partrack/shared';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AgencyTreeRepository, subtreeSql } from '../agencies/agency-tree.repository';
import { AgencyScopeService, notFoundAs } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { escapeLike } from '../common/sql/escape-like';
import { todayInVietnam } from '../common/time/vietnam-time';
import { versionedUpdate } from '../database/versioned-update';
import {
  ExtendParDeadlineInput,
  PublishParCycleInput,
  ReopenParAssessmentInput,
  SetParCouncilInput,
  SetParSurveyHeldInput,
} from './dto/par-appraisal.input';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsService, selfAssessmentDueOf } from './par-assessments.service';
import { checkedCouncil } from './par-council';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParScore } from './par-score.entity';
import { User } from '../users/user.entity';

/** Where reopening takes an assessment: one step back, to whoever acted before. */
const REOPENED_TO: Partial<Record<ParAssessmentStatus, ParAssessmentStatus>> = {
  [ParAssessmentStatus.SUBMITTED]: ParAssessmentStatus.DRAFT,
  [ParAssessmentStatus.APPRAISED]: ParAssessmentStatus.SUBMITTED,
  [ParAssessmentStatus.REAPPRAISAL]: ParAssessmentStatus.SUBMITTED,
  [ParAssessmentStatus.FINALISED]: ParAssessmentStatus.REAPPRAISAL,
};

/**
 * The coordinator's hand on a cycle (PAR_CYCLE_MANAGE, within the province): its council, one agency's
 * deadline extended, an assessment reopened with a reason, and publication, which freezes everything.
 */
@Injectable()
export class ParCycleAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly cycles: ParCyclesService,
    private readonly assessments: ParAssessmentsService,
    private readonly audit: AuditService,
  ) {}

  /** The cycle locked FOR UPDATE, OPEN, in the caller's write scope (outside the province: NOT_FOUND). */
  private async openCycle(caller: Caller, id: string, em: EntityManager): Promise<ParCycle> {
    const found = await this.cycles.findOne(caller.actor, id, em);
    await this.scope.assertCanWrite(caller.actor, found.provinceId, em, () => notFound('ParCycle', id));
    const cycle = await em.findOneOrFail(ParCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (cycle.status !== ParCycleStatus.OPEN) throw badField('id', 'parIndex.cyclePublished');
    return cycle;
  }

  /** The assessment locked FOR UPDATE, with its cycle locked and OPEN, for the coordinator. */
  private async lockAssessment(caller: Caller, id: string, em: EntityManager) {
    const found = await this.assessments.findOne(caller.actor, id, em);
    const cycle = await this.openCycle(caller, found.cycleId, em).catch(notFoundAs('ParAssessment', id));
    const assessment = await em.findOneOrFail(ParAssessment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return { assessment, cycle };
  }

  /**
   * Active users of the cycle's province who could sit on its council, by name (at most 20; a search narrows
   * them), as agencies see council members: name and agency, no email.
   */
  async councilCandidates(caller: Caller, cycleId: string, search: string | undefined) {
    const cycle = await this.cycles.findOne(caller.actor, cycleId);
    await this.scope.assertCanWrite(caller.actor, cycle.provinceId, undefined, () =>
      notFound('ParCycle', cycleId),
    );
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.fullName', 'u.agencyId', 'u.active'])
      .where('u.active')
      .andWhere(`u.agency_id IN ${subtreeSql(':root')}`, { root: cycle.provinceId })
      .orderBy('u.full_name')
      .addOrderBy('u.id')
      .limit(20);
    const words = search?.trim();
    if (words)
      query.andWhere(`u.search_text LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(foldVietnamese(words))}%` });
    return query.getMany();
  }

  async setCouncil(caller: Caller, input: SetParCouncilInput): Promise<ParCycle> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.openCycle(caller, input.id, em);
      const councilUserIds = await checkedCouncil(em, this.tree, cycle.provinceId, input.userIds);
      const after = await versionedUpdate(em, ParCycle, cycle.id, input.version, { councilUserIds });
      await this.audit.record(em, caller, {
        action: 'parCycle.setCouncil',
        entityType: 'ParCycle',
        entityId: cycle.id,
        before: { councilUserIds: cycle.councilUserIds },
        after: { councilUserIds },
      });
      return after;
    });
  }

  /**
   * Whether the surveys were held: it only changes how the index is computed (the ranking reads it), so it
   * may change until publication.
   */
  async setSurveyHeld(caller: Caller, input: SetParSurveyHeldInput): Promise<ParCycle> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.openCycle(caller, input.id, em);
      const after = await versionedUpdate(em, ParCycle, cycle.id, input.version, {
        surveyHeld: input.surveyHeld,
      });
      await this.audit.record(em, caller, {
        action: 'parCycle.setSurveyHeld',
        entityType: 'ParCycle',
        entityId: cycle.id,
        before: { surveyHeld: cycle.surveyHeld },
        after: { surveyHeld: input.surveyHeld },
      });
      return after;
    });
  }

  /**
   * A later deadline for one agency. A phase the deadline job already closed reopens with it, as long as
   * nothing happened after: no appraisal entered (self-assessment), no answer entered (explanations).
   */
  async extendDeadline(caller: Caller, input: ExtendParDeadlineInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment, cycle } = await this.lockAssessment(caller, input.id, em);
      const self = input.phase === ParDeadlinePhase.SELF_ASSESSMENT;
      const openStatus = self ? ParAssessmentStatus.DRAFT : ParAssessmentStatus.APPRAISED;
      const closedStatus = self ? ParAssessmentStatus.SUBMITTED : ParAssessmentStatus.REAPPRAISAL;
      const reopens =
        assessment.status === closedStatus &&
        assessment.closedByDeadline === input.phase &&
        !(await em.exists(ParScore, {
          where: self
            ? { assessmentId: assessment.id, appraisedPoints: Not(IsNull()) }
            : { assessmentId: assessment.id, reappraisalAnswer: Not(IsNull()) },
        }));
      if (assessment.status !== openStatus && !reopens) throw badField('phase', 'parIndex.extension.notOpen');
      const current = self ? selfAssessmentDueOf(assessment, cycle) : (assessment.explanationDue ?? '');
      if (input.until <= current || input.until < todayInVietnam())
        throw badField('until', 'parIndex.extension.notLater', { date: current });
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        ...(self ? { selfAssessmentDue: input.until } : { explanationDue: input.until }),
        ...(reopens ? { status: openStatus, closedByDeadline: null } : {}),
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.extend',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: assessment,
        after: { ...after, reason: input.reason },
      });
      return after;
    });
  }

  /**
   * One step back with a reason: a submission back to the agency (its deadline may need extending too), an
   * appraisal back to the council's first round (explanations and answers to it are cleared: they answered
   * an appraisal that is being redone; the audit log keeps them), a finalised one back to the second round.
   */
  async reopen(caller: Caller, input: ReopenParAssessmentInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment } = await this.lockAssessment(caller, input.id, em);
      const to = REOPENED_TO[assessment.status];
      if (!to) throw badField('id', 'parIndex.reopen.draftOnly');
      const scores = await em.find(ParScore, { where: { assessmentId: assessment.id } });
      if (to === ParAssessmentStatus.SUBMITTED)
        await em.update(
          ParScore,
          { assessmentId: assessment.id },
          { explanation: null, reappraisedPoints: null, reappraisalAnswer: null },
        );
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: to,
        closedByDeadline: null,
        ...(to === ParAssessmentStatus.DRAFT
          ? { submittedAt: null, submittedByLabel: null, late: false }
          : {}),
        ...(to === ParAssessmentStatus.SUBMITTED
          ? { appraisedAt: null, explanationDue: null, explainedAt: null }
          : {}),
        finalisedAt: null,
        finalisedByLabel: null,
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.reopen',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: { ...assessment, scores },
        after: { ...after, reason: input.reason },
      });
      return after;
    });
  }

  /**
   * Publishes the results once every assessment is finalised (the province's national one aside); the cycle
   * and its assessments freeze.
   */
  async publish(caller: Caller, input: PublishParCycleInput): Promise<ParCycle> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.openCycle(caller, input.id, em);
      const pending = await em
        .createQueryBuilder(ParAssessment, 'x')
        .innerJoin('x.agency', 'agency')
        // The province's own national assessment is finalised by the Ministry, months later: not waited for.
        .innerJoin('x.framework', 'framework', 'framework.target_group <> :national', {
          national: ParTargetGroup.PROVINCE,
        })
        .select('agency.name', 'name')
        .addSelect('COUNT(*) OVER ()', 'total')
        .where('x.cycle_id = :id AND x.status <> :done', {
          id: cycle.id,
          done: ParAssessmentStatus.FINALISED,
        })
        .orderBy('agency.name')
        .limit(1)
        .getRawOne<{ name: string; total: string }>();
      if (pending)
        throw badField('id', 'parIndex.publish.notFinalised', {
          count: Number(pending.total),
          agency: pending.name,
        });
      const after = await versionedUpdate(em, ParCycle, cycle.id, input.version, {
        status: ParCycleStatus.PUBLISHED,
        publishedAt: new Date(),
        publishedByLabel: caller.actor.label,
      });
      await this.audit.record(em, caller, {
        action: 'parCycle.publish',
        entityType: 'ParCycle',
        entityId: cycle.id,
        before: cycle,
        after,
      });
      return after;
    });
  }
}
