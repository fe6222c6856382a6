import { Injectable } from '@nestjs/common';
import {
  isSelfScored,
  ParAssessmentStatus,
  ParTargetGroup,
  pointsDiffer,
  selfScoreProblem,
} from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, DomainError, notFound } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { paginate } from '../common/graphql/keyset-pagination';
import { todayInVietnam } from '../common/time/vietnam-time';
import { versionedUpdate, versionedWrite } from '../database/versioned-update';
import { SubmitParExplanationsInput } from './dto/par-appraisal.input';
import { SaveParSelfScoresInput, SubmitParSelfAssessmentInput } from './dto/par-assessment.input';
import { ParAssessment } from './par-assessment.entity';
import { ParStatusCount } from './par-assessment.model';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParFramework } from './par-framework.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParScore } from './par-score.entity';
import { ParEvidence } from './par-evidence.entity';
import { responsibleAgencies } from './par-responsibilities';
import { leavesOf, pointsError, scoredItems } from './par-score-items';

/** The agency's own self-assessment deadline: its extension, else the cycle's. */
export function selfAssessmentDueOf(assessment: ParAssessment, cycle: ParCycle): string {
  return assessment.selfAssessmentDue ?? cycle.selfAssessmentDue;
}

/**
 * Assessments and the agencies' own scores. An assessment is read like its agency (inside the province;
 * elsewhere NOT_FOUND) and written by the agency's staff, managers above it and coordinators, while it is a
 * DRAFT and the self-assessment is not yet due.
 */
@Injectable()
export class ParAssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly cycles: ParCyclesService,
    private readonly audit: AuditService,
  ) {}

  async findOne(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ParAssessment> {
    const assessment = await em.findOne(ParAssessment, { where: { id } });
    if (!assessment || !(await this.scope.canRead(actor, assessment.agencyId, em)))
      throw notFound('ParAssessment', id);
    return assessment;
  }

  /** A cycle's assessments by agency name, of the given steps only when `status` names any. */
  async list(
    actor: Actor,
    cycleId: string,
    page: { first?: number; after?: string | null },
    status?: readonly ParAssessmentStatus[] | null,
  ) {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const query = this.dataSource
      .getRepository(ParAssessment)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.agency', 'agency')
      .where('x.cycle_id = :cycle', { cycle: cycle.id });
    if (status?.length) query.andWhere('x.status IN (:...status)', { status });
    const keys = [
      { expression: 'agency.name', value: (x: ParAssessment) => x.agency?.name ?? '' },
      { expression: 'x.id', value: (x: ParAssessment) => x.id },
    ];
    return paginate<ParAssessment>(query, keys, page);
  }

  /**
   * How many assessments of each cycle are at each step, per target group (every step of each group the cycle
   * has assessments in, zeros too, in workflow order): one statement for a page of cycles. Per group because
   * publication waits for all but the province's national one. Cycles outside the actor's province count
   * nothing, as parAssessments would answer NOT_FOUND for them.
   */
  async statusCountsOf(actor: Actor, cycleIds: readonly string[]): Promise<Map<string, ParStatusCount[]>> {
    const query = this.dataSource
      .getRepository(ParAssessment)
      .createQueryBuilder('x')
      .innerJoin(ParCycle, 'c', 'c.id = x.cycle_id')
      .innerJoin(ParFramework, 'f', 'f.id = x.framework_id')
      .select('x.cycle_id', 'cycleId')
      .addSelect('f.target_group', 'targetGroup')
      .addSelect('x.status', 'status')
      .addSelect('count(*)::int', 'count')
      .where('x.cycle_id IN (:...cycleIds)', { cycleIds })
      .groupBy('x.cycle_id')
      .addGroupBy('f.target_group')
      .addGroupBy('x.status');
    const root = this.scope.readRoot(actor);
    if (root !== null) query.andWhere('c.province_id = :root', { root });
    type Row = { cycleId: string; targetGroup: ParTargetGroup; status: ParAssessmentStatus; count: number };
    const rows = cycleIds.length ? await query.getRawMany<Row>() : [];
    return new Map(
      cycleIds.map((id) => {
        const own = rows.filter((r) => r.cycleId === id);
        const groups = Object.values(ParTargetGroup).filter((g) => own.some((r) => r.targetGroup === g));
        return [
          id,
          groups.flatMap((targetGroup) =>
            Object.values(ParAssessmentStatus).map((status) => ({
              targetGroup,
              status,
              count: own.find((r) => r.targetGroup === targetGroup && r.status === status)?.count ?? 0,
            })),
          ),
        ];
      }),
    );
  }

  /** Scores of each assessment: one statement for a page. */
  async scoresOf(assessmentIds: readonly string[]): Promise<Map<string, ParScore[]>> {
    const rows = assessmentIds.length
      ? await this.dataSource
          .getRepository(ParScore)
          .find({ where: { assessmentId: In([...assessmentIds]) } })
      : [];
    const result = new Map<string, ParScore[]>(assessmentIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.assessmentId)?.push(row);
    return result;
  }

  /**
   * The assessment ready for the agency's change: visible, in the caller's write scope, locked FOR UPDATE, a
   * DRAFT, and its self-assessment not yet past due (the due day included; the agency's extension if any).
   * Evidence goes through here too. For the items `criterionIds` of a province's own national assessment, the
   * agencies answering for them (ParResponsibility) may write as well.
   */
  async lockDraft(
    caller: Caller,
    id: string,
    em: EntityManager,
    open = true,
    criterionIds: readonly string[] = [],
  ) {
    const found = await this.findOne(caller.actor, id, em);
    await this.scope
      .assertCanWrite(caller.actor, found.agencyId, em, () => notFound('ParAssessment', id))
      .catch(async (error: unknown) => {
        if (!(error instanceof DomainError && error.code === ErrorCode.FORBIDDEN) || !criterionIds.length)
          throw error;
        const responsible = await responsibleAgencies(em, found, criterionIds);
        for (const agencyId of criterionIds.map((c) => responsible.get(c) ?? null)) {
          if (!agencyId) throw error;
          await this.scope.assertCanWrite(caller.actor, agencyId, em);
        }
      });
    const assessment = await em.findOneOrFail(ParAssessment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (assessment.status !== ParAssessmentStatus.DRAFT) throw badField('id', 'parIndex.assessmentSubmitted');
    const cycle = await em.findOneOrFail(ParCycle, { where: { id: assessment.cycleId } });
    const due = selfAssessmentDueOf(assessment, cycle);
    if (open && todayInVietnam() > due) throw badField('id', 'parIndex.selfAssessmentClosed', { date: due });
    return { assessment, cycle, due };
  }

  async saveSelfScores(caller: Caller, input: SaveParSelfScoresInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const ids = input.scores.map((s) => s.criterionId);
      const { assessment } = await this.lockDraft(caller, input.id, em, true, ids);
      const criteria = await em.find(ParCriterion, {
        where: { id: In(ids), frameworkId: assessment.frameworkId },
      });
      // Items with children are found too, so that scoring one says why it cannot be (notSelfScored).
      for (const { item, criterion, at } of scoredItems(input.scores, criteria, 'scores')) {
        const problem =
          item.points === null || item.points === undefined
            ? isSelfScored(criterion.method)
              ? null
              : 'notSelfScored'
            : selfScoreProblem({ ...criterion, options: criterion.scale }, item.points);
        if (problem) throw pointsError(`${at}.points`, problem, criterion);
      }
      await em.upsert(
        ParScore,
        input.scores.map((s) => ({
          assessmentId: assessment.id,
          criterionId: s.criterionId,
          selfPoints: s.points ?? null,
          selfNote: s.note?.trim() || null,
          noEvidenceReason: s.noEvidenceReason?.trim() || null,
        })),
        ['assessmentId', 'criterionId'],
      );
      // The assessment's version covers its scores: a client that read an older one gets CONFLICT above all.
      await versionedWrite(em, ParAssessment, assessment.id, input.version, {});
      await this.audit.record(em, caller, {
        action: 'parAssessment.selfScore',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        after: { scores: input.scores },
      });
      return em.findOneByOrFail(ParAssessment, { id: assessment.id });
    });
  }

  /** Sends a self-assessment with every self-scored item scored; late when past due. Frozen afterwards. */
  async submit(caller: Caller, input: SubmitParSelfAssessmentInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      // A late submission is accepted (and flagged) until the deadline job closes the draft.
      const { assessment, due } = await this.lockDraft(caller, input.id, em, false);
      const leaves = leavesOf(
        await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } }),
      );
      const scores = new Map(
        (await em.find(ParScore, { where: { assessmentId: assessment.id } })).map((s) => [s.criterionId, s]),
      );
      const missing = leaves.filter(
        (c) => isSelfScored(c.method) && (scores.get(c.id)?.selfPoints ?? null) === null,
      );
      if (missing.length)
        throw badField('id', 'parIndex.incomplete', { count: missing.length, code: missing[0].code });
      const evidenced = new Set(
        (
          await em
            .createQueryBuilder(ParEvidence, 'e')
            .select('DISTINCT e.criterion_id', 'criterion_id')
            .where('e.assessment_id = :id', { id: assessment.id })
            .getRawMany<{ criterion_id: string }>()
        ).map((r) => r.criterion_id),
      );
      const unproven = leaves.find(
        (c) =>
          c.evidenceRequired &&
          isSelfScored(c.method) &&
          !evidenced.has(c.id) &&
          !scores.get(c.id)?.noEvidenceReason,
      );
      if (unproven) throw badField('id', 'parIndex.evidenceMissing', { code: unproven.code });
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: ParAssessmentStatus.SUBMITTED,
        submittedAt: new Date(),
        submittedByLabel: caller.actor.label,
        late: todayInVietnam() > due,
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.submit',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: assessment,
        after,
      });
      return after;
    });
  }

  /**
   * The agency's explanations of the council's differences, sent once by its manager before the explanation
   * deadline (the day included); with none, the agency accepts the appraisal. Either way the council answers
   * next (REAPPRAISAL).
   */
  async submitExplanations(caller: Caller, input: SubmitParExplanationsInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.findOne(caller.actor, input.id, em);
      await this.scope.assertCanWrite(caller.actor, found.agencyId, em, () =>
        notFound('ParAssessment', input.id),
      );
      const assessment = await em.findOneOrFail(ParAssessment, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (assessment.status !== ParAssessmentStatus.APPRAISED) throw badField('id', 'parIndex.wrongStatus');
      const due = assessment.explanationDue ?? todayInVietnam();
      if (todayInVietnam() > due) throw badField('id', 'parIndex.explanation.closed', { date: due });
      const criteria = await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } });
      const scores = await em.find(ParScore, { where: { assessmentId: assessment.id } });
      const rows = scoredItems(input.explanations, leavesOf(criteria), 'explanations').map(
        ({ item, criterion, at }) => {
          const score = scores.find((s) => s.criterionId === criterion.id);
          if (!isSelfScored(criterion.method) || !pointsDiffer(score?.selfPoints, score?.appraisedPoints))
            throw badField(`${at}.criterionId`, 'parIndex.explanation.noDifference', {
              code: criterion.code,
            });
          return { assessmentId: assessment.id, criterionId: criterion.id, explanation: item.text.trim() };
        },
      );
      if (rows.length) await em.upsert(ParScore, rows, ['assessmentId', 'criterionId']);
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: ParAssessmentStatus.REAPPRAISAL,
        explainedAt: new Date(),
      });
      await this.audit.record(em, caller, {
        action: 'parAssessment.explain',
        entityType: 'ParAssessment',
        entityId: assessment.id,
        before: assessment,
        after: { ...after, explanations: input.explanations },
      });
      return after;
    });
  }
}
