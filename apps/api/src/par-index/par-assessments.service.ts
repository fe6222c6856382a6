import { Injectable } from '@nestjs/common';
import { isSelfScored, ParAssessmentStatus, selfScoreProblem } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { paginate } from '../common/graphql/keyset-pagination';
import { MessageKey } from '../common/i18n/messages';
import { todayInVietnam } from '../common/time/vietnam-time';
import { versionedUpdate, versionedWrite } from '../database/versioned-update';
import { SaveParSelfScoresInput, SubmitParSelfAssessmentInput } from './dto/par-assessment.input';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParScore } from './par-score.entity';

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

  /** A cycle's assessments by agency name. */
  async list(actor: Actor, cycleId: string, page: { first?: number; after?: string | null }) {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const query = this.dataSource
      .getRepository(ParAssessment)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.agency', 'agency')
      .where('x.cycle_id = :cycle', { cycle: cycle.id });
    const keys = [
      { expression: 'agency.name', value: (x: ParAssessment) => x.agency?.name ?? '' },
      { expression: 'x.id', value: (x: ParAssessment) => x.id },
    ];
    return paginate<ParAssessment>(query, keys, page);
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
   * DRAFT, and its cycle's self-assessment not yet past due (the due day included).
   */
  private async draftForChange(caller: Caller, id: string, em: EntityManager) {
    const found = await this.findOne(caller.actor, id, em);
    await this.scope.assertCanWrite(caller.actor, found.agencyId, em, () => notFound('ParAssessment', id));
    const assessment = await em.findOneOrFail(ParAssessment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (assessment.status !== ParAssessmentStatus.DRAFT) throw badField('id', 'parIndex.assessmentSubmitted');
    const cycle = await em.findOneOrFail(ParCycle, { where: { id: assessment.cycleId } });
    return { assessment, cycle };
  }

  async saveSelfScores(caller: Caller, input: SaveParSelfScoresInput): Promise<ParAssessment> {
    return this.dataSource.transaction(async (em) => {
      const { assessment, cycle } = await this.draftForChange(caller, input.id, em);
      if (todayInVietnam() > cycle.selfAssessmentDue)
        throw badField('id', 'parIndex.selfAssessmentClosed', { date: cycle.selfAssessmentDue });
      const ids = input.scores.map((s) => s.criterionId);
      const criteria = await em.find(ParCriterion, {
        where: { id: In(ids), frameworkId: assessment.frameworkId },
      });
      const byId = new Map(criteria.map((c) => [c.id, c]));
      const seen = new Set<string>();
      input.scores.forEach((score, index) => {
        const at = `scores[${index}]`;
        const criterion = byId.get(score.criterionId);
        if (!criterion)
          throw badField(`${at}.criterionId`, 'common.notFound', {
            entity: 'ParCriterion',
            id: score.criterionId,
          });
        if (seen.has(criterion.id))
          throw badField(`${at}.criterionId`, 'parIndex.scoreTwice', { code: criterion.code });
        seen.add(criterion.id);
        const problem =
          score.points === null || score.points === undefined
            ? isSelfScored(criterion.method)
              ? null
              : 'notSelfScored'
            : selfScoreProblem({ ...criterion, options: criterion.scale }, score.points);
        if (problem)
          throw badField(`${at}.points`, `parIndex.score.${problem}` as MessageKey, {
            code: criterion.code,
            max: criterion.maxPoints,
            options: (criterion.scale ?? []).map((o) => o.points).join('; '),
          });
      });
      await em.upsert(
        ParScore,
        input.scores.map((s) => ({
          assessmentId: assessment.id,
          criterionId: s.criterionId,
          selfPoints: s.points ?? null,
          selfNote: s.note?.trim() || null,
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
      const { assessment, cycle } = await this.draftForChange(caller, input.id, em);
      const criteria = await em.find(ParCriterion, { where: { frameworkId: assessment.frameworkId } });
      const parents = new Set(criteria.map((c) => c.parentId));
      const scored = new Set(
        (await em.find(ParScore, { where: { assessmentId: assessment.id } }))
          .filter((s) => s.selfPoints !== null)
          .map((s) => s.criterionId),
      );
      const missing = criteria
        .filter((c) => !parents.has(c.id) && isSelfScored(c.method) && !scored.has(c.id))
        .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
      if (missing.length)
        throw badField('id', 'parIndex.incomplete', { count: missing.length, code: missing[0].code });
      const after = await versionedUpdate(em, ParAssessment, assessment.id, input.version, {
        status: ParAssessmentStatus.SUBMITTED,
        submittedAt: new Date(),
        submittedByLabel: caller.actor.label,
        late: todayInVietnam() > cycle.selfAssessmentDue,
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
}
