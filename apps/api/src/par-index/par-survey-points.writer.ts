import { Injectable } from '@nestjs/common';
import { ParAssessmentStatus, toHundredths } from '@partrack/shared';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { ParFrameworksService } from './par-frameworks.service';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParScore } from './par-score.entity';
import { surveyLeaves, SurveyWrite } from './par-survey-match';

/** Rows per INSERT … ON CONFLICT, well under Postgres's 65,535 parameters. */
const UPSERT_CHUNK = 1000;

/** A survey item that cannot take its points: its assessment was finalised meanwhile. */
export interface SurveyWriteRefusal {
  write: SurveyWrite;
  agencyCode: string;
}

/**
 * What both ways of giving survey items their points share (the XLSX import and the survey results): reading
 * a cycle's assessments and survey items, the points already there, and writing the changed points under a
 * lock of their assessments, audited. The caller holds the transaction and the cycle's FOR SHARE lock.
 */
@Injectable()
export class ParSurveyPointsWriter {
  constructor(
    private readonly frameworks: ParFrameworksService,
    private readonly audit: AuditService,
  ) {}

  /** The cycle's assessments with their agencies, by agency name. */
  assessmentsOf(em: EntityManager, cycleId: string): Promise<ParAssessment[]> {
    return em
      .getRepository(ParAssessment)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.agency', 'agency')
      .where('x.cycle_id = :cycleId', { cycleId })
      .orderBy('agency.name')
      .addOrderBy('x.id')
      .getMany();
  }

  /** Each framework's SURVEY leaves by code key. */
  async surveyItemsOf(frameworkIds: string[]): Promise<Map<string, Map<string, ParCriterion>>> {
    const byFramework = await this.frameworks.criteriaOf([...new Set(frameworkIds)]);
    return new Map([...byFramework].map(([id, criteria]) => [id, surveyLeaves(criteria)]));
  }

  /** Appraised points already stored on the cycle's survey items, by "assessment|criterion". */
  async existingPoints(
    em: EntityManager,
    assessments: readonly ParAssessment[],
    items: ReadonlyMap<string, ReadonlyMap<string, ParCriterion>>,
  ): Promise<Map<string, number>> {
    const criterionIds = [...items.values()].flatMap((m) => [...m.values()].map((c) => c.id));
    if (!assessments.length || !criterionIds.length) return new Map();
    const scores = await em.find(ParScore, {
      where: { assessmentId: In(assessments.map((a) => a.id)), criterionId: In(criterionIds) },
    });
    return new Map(
      scores
        .filter((s) => s.appraisedPoints !== null)
        .map((s) => [`${s.assessmentId}|${s.criterionId}`, s.appraisedPoints ?? 0]),
    );
  }

  /** The writes that change the stored points. */
  changed(writes: readonly SurveyWrite[]): SurveyWrite[] {
    return writes.filter((w) => w.before === null || toHundredths(w.before) !== toHundredths(w.points));
  }

  /** Locks the assessments about to change; those finalised meanwhile are returned, and nothing is written. */
  async lockUnfinalised(em: EntityManager, writes: readonly SurveyWrite[]): Promise<SurveyWriteRefusal[]> {
    const ids = [...new Set(writes.map((w) => w.assessment.id))];
    if (!ids.length) return [];
    const locked = await em.find(ParAssessment, {
      where: { id: In(ids) },
      lock: { mode: 'pessimistic_write' },
    });
    const finalised = new Set(
      locked.filter((a) => a.status === ParAssessmentStatus.FINALISED).map((a) => a.id),
    );
    return writes
      .filter((w) => finalised.has(w.assessment.id))
      .map((write) => ({ write, agencyCode: write.assessment.agency?.code ?? '' }));
  }

  /** The points, a new version for each assessment changed (its version covers its scores), and the audit. */
  async write(
    em: EntityManager,
    caller: Caller,
    cycle: ParCycle,
    writes: readonly SurveyWrite[],
    action: string,
    source: Record<string, unknown> = {},
  ): Promise<void> {
    for (let i = 0; i < writes.length; i += UPSERT_CHUNK) {
      const chunk = writes.slice(i, i + UPSERT_CHUNK).map((w) => ({
        assessmentId: w.assessment.id,
        criterionId: w.criterion.id,
        appraisedPoints: w.points,
      }));
      await em.upsert(ParScore, chunk, ['assessmentId', 'criterionId']);
    }
    const ids = [...new Set(writes.map((w) => w.assessment.id))];
    if (ids.length)
      await em
        .createQueryBuilder()
        .update(ParAssessment)
        .set({ version: () => 'version + 1' })
        .where('id IN (:...ids)', { ids })
        .execute();
    await this.audit.record(em, caller, {
      action,
      entityType: 'ParCycle',
      entityId: cycle.id,
      after: {
        ...source,
        changed: writes.map((w) => ({
          agencyId: w.assessment.agencyId,
          code: w.criterion.code,
          percent: w.percent,
          before: w.before,
          points: w.points,
        })),
      },
    });
  }
}
