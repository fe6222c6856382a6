import { Injectable } from '@nestjs/common';
import {
  finalPoints,
  ParAssessmentStatus,
  ParScoringMethod,
  ParTargetGroup,
  PlanItemKind,
  pointsProblem,
  toHundredths,
  fromHundredths,
} from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, DomainError, notFound } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { versionedUpdate } from '../database/versioned-update';
import { PlanItemsService } from '../plans/plan-items.service';
import { PlansService } from '../plans/plans.service';
import {
  AssignParResponsibilitiesInput,
  CreateParImprovementTasksInput,
  RecordParNationalAppraisalInput,
} from './dto/par-national.input';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParFramework } from './par-framework.entity';
import { ParResponsibility } from './par-responsibility.entity';
import { responsibleAgencies } from './par-responsibilities';
import { ParScore } from './par-score.entity';
import { leavesOf, pointsError, scoredItems } from './par-score-items';

/**
 * The province's own national PAR Index (3.34, 3.40): Sở Nội vụ gives each item to the agency answering for it,
 * which proposes the score and evidence (ParAssessmentsService.lockDraft lets it); the Ministry's appraised
 * points are recorded when published (after the province's cycle may itself be published: the national
 * result comes months later); and the points lost become next year's improvement tasks in one step.
 */
@Injectable()
export class ParNationalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly assessments: ParAssessmentsService,
    private readonly plans: PlansService,
    private readonly items: PlanItemsService,
    private readonly audit: AuditService,
  ) {}

  /** The province's national assessment, locked, in the coordinator's write scope. */
  private async lockNational(caller: Caller, id: string, em: EntityManager) {
    const found = await this.assessments.findOne(caller.actor, id, em);
    await this.scope.assertCanWrite(caller.actor, found.agencyId, em, () => notFound('ParAssessment', id));
    const assessment = await em.findOneOrFail(ParAssessment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const framework = await em.findOneByOrFail(ParFramework, { id: assessment.frameworkId });
    if (framework.targetGroup !== ParTargetGroup.PROVINCE)
      throw badField('id', 'parIndex.national.notProvince');
    return assessment;
  }

  async assign(caller: Caller, input: AssignParResponsibilitiesInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const assessment = await this.lockNational(caller, input.id, em);
      if (assessment.status !== ParAssessmentStatus.DRAFT)
        throw badField('id', 'parIndex.assessmentSubmitted');
      const criteria = await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } });
      const checked = scoredItems(input.assignments, criteria, 'assignments');
      const agencyIds = [...new Set(checked.map((c) => c.item.agencyId).filter((a): a is string => !!a))];
      const roots = await this.tree.provinceRoots(agencyIds, em);
      checked.forEach(({ item, at }) => {
        if (item.agencyId && roots.get(item.agencyId) !== assessment.agencyId)
          throw badField(`${at}.agencyId`, 'common.notFound', { entity: 'Agency', id: item.agencyId });
      });
      const removed = checked.filter((c) => !c.item.agencyId).map((c) => c.criterion.id);
      if (removed.length)
        await em.delete(ParResponsibility, { assessmentId: assessment.id, criterionId: In(removed) });
      const kept = checked.flatMap(({ item, criterion }) =>
        item.agencyId
          ? [{ assessmentId: assessment.id, criterionId: criterion.id, agencyId: item.agencyId }]
          : [],
      );
      if (kept.length) await em.upsert(ParResponsibility, kept, ['assessmentId', 'criterionId']);
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {});
      await this.audit.record(em, caller, {
        action: 'parAssessment.assign',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        after: { assignments: input.assignments },
      });
      return after;
    });
  }

  /**
   * Records the Ministry's points for every scored item of the province's submitted assessment and finalises
   * it. Points must lie within each item's maximum; the Ministry's choices are not held to the scale.
   */
  async recordAppraisal(caller: Caller, input: RecordParNationalAppraisalInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const assessment = await this.lockNational(caller, input.id, em);
      if (assessment.status !== ParAssessmentStatus.SUBMITTED) throw badField('id', 'parIndex.wrongStatus');
      const leaves = leavesOf(
        await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } }),
      );
      const rows = scoredItems(input.scores, leaves, 'scores').map(({ item, criterion, at }) => {
        const problem = pointsProblem({ method: null, maxPoints: criterion.maxPoints }, item.points);
        if (problem) throw pointsError(`${at}.points`, problem, criterion);
        return {
          assessmentId: assessment.id,
          criterionId: criterion.id,
          appraisedPoints: item.points,
          appraisalReason: item.reason?.trim() || null,
        };
      });
      const given = new Set(rows.map((r) => r.criterionId));
      const missing = leaves.filter((c) => c.method !== null && !given.has(c.id));
      if (missing.length)
        throw badField('scores', 'parIndex.appraisal.incomplete', {
          count: missing.length,
          code: missing[0].code,
        });
      await em.upsert(ParScore, rows, ['assessmentId', 'criterionId']);
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: ParAssessmentStatus.FINALISED,
        appraisedAt: new Date(),
        finalisedAt: new Date(),
        finalisedByLabel: caller.actor.label,
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.recordNational',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: assessment,
        after: { ...after, scores: input.scores },
      });
      return after;
    });
  }

  /**
   * One task per item that lost points in a finalised assessment, under one result item, in a plan of the
   * next year: led by the agency answering for the item (if any), titled with what was lost. Once per plan.
   */
  async improvementTasks(caller: Caller, input: CreateParImprovementTasksInput): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const assessment = await this.assessments.findOne(caller.actor, input.assessmentId, em);
      if (assessment.status !== ParAssessmentStatus.FINALISED)
        throw badField('assessmentId', 'parIndex.wrongStatus');
      const cycle = await em.findOneByOrFail(ParCycle, { id: assessment.cycleId });
      const plan = await this.plans.findWritable(caller, input.planId, em);
      if (plan.year !== cycle.year + 1)
        throw badField('planId', 'parIndex.improvement.planYear', { year: cycle.year + 1 });
      const leaves = leavesOf(
        await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } }),
      );
      const scores = new Map(
        (await em.find(ParScore, { where: { assessmentId: assessment.id } })).map((s) => [s.criterionId, s]),
      );
      const lost = leaves.flatMap((c) => {
        const points = scores.has(c.id) ? (finalPoints(scores.get(c.id)!) ?? 0) : 0;
        const loss =
          c.method === ParScoringMethod.PENALTY
            ? toHundredths(points)
            : c.method === ParScoringMethod.BONUS
              ? 0
              : toHundredths(c.maxPoints) - toHundredths(points);
        return loss > 0 ? [{ criterion: c, loss: fromHundredths(loss) }] : [];
      });
      const responsible = await responsibleAgencies(
        em,
        assessment,
        lost.map((l) => l.criterion.id),
      );
      const code = `CSCCHC${cycle.year}`;
      const parent = await this.items
        .createIn(em, caller, {
          planId: plan.id,
          kind: PlanItemKind.RESULT,
          code,
          title: `Khắc phục các tiêu chí bị mất điểm trong Chỉ số cải cách hành chính năm ${cycle.year}`,
        })
        .catch((error: unknown) => {
          // The plan already has the result item: the tasks were made before (codes are unique in a plan).
          if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT)
            throw badField('planId', 'parIndex.improvement.exists', { code });
          throw error;
        });
      for (const [index, { criterion, loss }] of lost.entries()) {
        const lead = responsible.get(criterion.id);
        await this.items.createIn(em, caller, {
          planId: plan.id,
          kind: PlanItemKind.TASK,
          code: `${code}.${index + 1}`,
          parentId: parent.id,
          title: `Khắc phục tiêu chí ${criterion.code} “${criterion.title}” (bị mất ${String(loss).replace('.', ',')} điểm)`,
          leadAgencyIds: lead ? [lead] : [],
          dueDate: input.dueDate ?? null,
        });
      }
      return lost.length;
    });
  }
}
