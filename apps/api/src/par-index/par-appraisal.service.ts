import { Injectable } from '@nestjs/common';
import {
  addDays,
  appraisalNeedsReason,
  appraisalProblem,
  isAppraised,
  isSelfScored,
  ParAssessmentStatus,
  ParCycleStatus,
  pointsDiffer,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { todayInVietnam } from '../common/time/vietnam-time';
import { versionedUpdate } from '../database/versioned-update';
import {
  FinaliseParAssessmentInput,
  SaveParAppraisalInput,
  SaveParReappraisalInput,
  SendParAppraisalInput,
} from './dto/par-appraisal.input';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { assertCouncilMember } from './par-council';
import { leavesOf, pointsError, scoredItems } from './par-score-items';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParScore } from './par-score.entity';

const text = (value: string | null | undefined) => value?.trim() || null;

/**
 * The council's side (thẩm định): the first appraisal of a submitted self-assessment, item by item with a
 * reason wherever it differs from the self-score, sent as a whole; then, after the agency's explanations,
 * the second appraisal answering each one, and finalisation. Only members of the cycle's council act here.
 */
@Injectable()
export class ParAppraisalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: ParAssessmentsService,
    private readonly audit: AuditService,
  ) {}

  /** The assessment locked FOR UPDATE for a council member, at `status`, in a cycle not yet published. */
  async lockForCouncil(caller: Caller, id: string, status: ParAssessmentStatus, em: EntityManager) {
    await this.assessments.findOne(caller.actor, id, em);
    const assessment = await em.findOneOrFail(ParAssessment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const cycle = await em.findOneOrFail(ParCycle, { where: { id: assessment.cycleId } });
    assertCouncilMember(caller.actor, cycle);
    if (cycle.status !== ParCycleStatus.OPEN) throw badField('id', 'parIndex.cyclePublished');
    if (assessment.status !== status) throw badField('id', 'parIndex.wrongStatus');
    const criteria = await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } });
    const scores = await em.find(ParScore, { where: { assessmentId: id } });
    return { assessment, cycle, leaves: leavesOf(criteria), scores };
  }

  async saveAppraisal(caller: Caller, input: SaveParAppraisalInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment, leaves, scores } = await this.lockForCouncil(
        caller,
        input.id,
        ParAssessmentStatus.SUBMITTED,
        em,
      );
      const rows = scoredItems(input.scores, leaves, 'scores').map(({ item, criterion, at }) => {
        const self = scores.find((s) => s.criterionId === criterion.id)?.selfPoints ?? null;
        const points = item.points ?? null;
        if (points !== null) {
          const problem = appraisalProblem({ ...criterion, options: criterion.scale }, points);
          if (problem) throw pointsError(`${at}.points`, problem, criterion);
          if (appraisalNeedsReason(isSelfScored(criterion.method), self, points) && !text(item.reason))
            throw badField(`${at}.reason`, 'parIndex.appraisal.reasonRequired', { code: criterion.code });
        }
        return {
          assessmentId: assessment.id,
          criterionId: criterion.id,
          appraisedPoints: points,
          appraisalReason: points === null ? null : text(item.reason),
        };
      });
      await em.upsert(ParScore, rows, ['assessmentId', 'criterionId']);
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {});
      await this.audit.record(em, caller, {
        action: 'parAssessment.appraise',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        after: { scores: input.scores },
      });
      return after;
    });
  }

  /**
   * Sends the first appraisal: every appraised item scored (optionally taking the self-score where the
   * council left it). With differences the agency may explain until today + the cycle's explanation days;
   * without any, the assessment goes straight to the council's finalisation.
   */
  async sendAppraisal(caller: Caller, input: SendParAppraisalInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment, cycle, leaves, scores } = await this.lockForCouncil(
        caller,
        input.id,
        ParAssessmentStatus.SUBMITTED,
        em,
      );
      const byCriterion = new Map(scores.map((s) => [s.criterionId, s]));
      const appraised = leaves.filter((c) => isAppraised(c.method));
      if (input.acceptSelfScores) {
        const accepted = appraised.flatMap((c) => {
          const score = byCriterion.get(c.id);
          return score && score.appraisedPoints === null && score.selfPoints !== null
            ? [{ assessmentId: assessment.id, criterionId: c.id, appraisedPoints: score.selfPoints }]
            : [];
        });
        if (accepted.length) await em.upsert(ParScore, accepted, ['assessmentId', 'criterionId']);
        for (const row of accepted) {
          const score = byCriterion.get(row.criterionId);
          if (score) score.appraisedPoints = row.appraisedPoints;
        }
      }
      const missing = appraised.filter((c) => (byCriterion.get(c.id)?.appraisedPoints ?? null) === null);
      if (missing.length)
        throw badField('id', 'parIndex.appraisal.incomplete', {
          count: missing.length,
          code: missing[0].code,
        });
      const differs = appraised.some((c) => {
        const score = byCriterion.get(c.id);
        return isSelfScored(c.method) && pointsDiffer(score?.selfPoints ?? null, score?.appraisedPoints);
      });
      const today = todayInVietnam();
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: differs ? ParAssessmentStatus.APPRAISED : ParAssessmentStatus.REAPPRAISAL,
        appraisedAt: new Date(),
        explanationDue: differs ? addDays(today, cycle.explanationDays) : null,
        closedByDeadline: null,
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.sendAppraisal',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: assessment,
        after,
      });
      return after;
    });
  }

  /** The council's answers to explanations: points and a reply for items the agency explained. */
  async saveReappraisal(caller: Caller, input: SaveParReappraisalInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment, leaves, scores } = await this.lockForCouncil(
        caller,
        input.id,
        ParAssessmentStatus.REAPPRAISAL,
        em,
      );
      const rows = scoredItems(input.answers, leaves, 'answers').map(({ item, criterion, at }) => {
        if (!scores.find((s) => s.criterionId === criterion.id)?.explanation)
          throw badField(`${at}.criterionId`, 'parIndex.reappraisal.notExplained', { code: criterion.code });
        const problem = appraisalProblem({ ...criterion, options: criterion.scale }, item.points);
        if (problem) throw pointsError(`${at}.points`, problem, criterion);
        return {
          assessmentId: assessment.id,
          criterionId: criterion.id,
          reappraisedPoints: item.points,
          reappraisalAnswer: item.answer.trim(),
        };
      });
      await em.upsert(ParScore, rows, ['assessmentId', 'criterionId']);
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {});
      await this.audit.record(em, caller, {
        action: 'parAssessment.reappraise',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        after: { answers: input.answers },
      });
      return after;
    });
  }

  /** Closes the appraisal: every explanation answered. Locked afterwards (reopening needs the coordinator). */
  async finalise(caller: Caller, input: FinaliseParAssessmentInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment, leaves, scores } = await this.lockForCouncil(
        caller,
        input.id,
        ParAssessmentStatus.REAPPRAISAL,
        em,
      );
      const codeOf = new Map(leaves.map((c) => [c.id, c.code]));
      const unanswered = scores
        .filter((s) => s.explanation && s.reappraisalAnswer === null)
        .map((s) => codeOf.get(s.criterionId) ?? '')
        .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
      if (unanswered.length)
        throw badField('id', 'parIndex.reappraisal.incomplete', {
          count: unanswered.length,
          code: unanswered[0],
        });
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: ParAssessmentStatus.FINALISED,
        finalisedAt: new Date(),
        finalisedByLabel: caller.actor.label,
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.finalise',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: assessment,
        after,
      });
      return after;
    });
  }
}
