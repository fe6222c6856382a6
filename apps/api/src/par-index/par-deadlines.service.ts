import { Injectable, Logger } from '@nestjs/common';
import { ParAssessmentStatus, ParCycleStatus, ParDeadlinePhase } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';

/**
 * Closes the agencies' phases at their deadlines, as provinces' scoring tools do: a self-assessment still in
 * DRAFT the day after its due date (the agency's extension if any) is submitted as it stands, and an
 * appraisal still waiting for explanations the day after their due date goes to the council. Run daily by
 * the `par.deadlines` job; idempotent (a closed phase is no longer in the status it looks for).
 */
@Injectable()
export class ParDeadlinesService {
  private readonly logger = new Logger('ParDeadlines');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async closeOverdue(today: string): Promise<{ selfAssessments: number; explanations: number }> {
    return this.dataSource.transaction(async (em) => {
      // TypeORM answers an UPDATE … RETURNING on Postgres with [rows, affected count].
      const [self] = await em.query<[{ id: string }[], number]>(
        `UPDATE par_assessment a
            SET status = $1, closed_by_deadline = $2, submitted_at = now(), version = a.version + 1, updated_at = now()
           FROM par_cycle c
          WHERE c.id = a.cycle_id AND c.status = $3 AND a.status = $4
            AND COALESCE(a.self_assessment_due, c.self_assessment_due) < $5::date
      RETURNING a.id`,
        [
          ParAssessmentStatus.SUBMITTED,
          ParDeadlinePhase.SELF_ASSESSMENT,
          ParCycleStatus.OPEN,
          ParAssessmentStatus.DRAFT,
          today,
        ],
      );
      const [explained] = await em.query<[{ id: string }[], number]>(
        `UPDATE par_assessment a
            SET status = $1, closed_by_deadline = $2, version = a.version + 1, updated_at = now()
           FROM par_cycle c
          WHERE c.id = a.cycle_id AND c.status = $3 AND a.status = $4 AND a.explanation_due < $5::date
      RETURNING a.id`,
        [
          ParAssessmentStatus.REAPPRAISAL,
          ParDeadlinePhase.EXPLANATION,
          ParCycleStatus.OPEN,
          ParAssessmentStatus.APPRAISED,
          today,
        ],
      );
      for (const [rows, phase] of [
        [self, ParDeadlinePhase.SELF_ASSESSMENT],
        [explained, ParDeadlinePhase.EXPLANATION],
      ] as const)
        for (const row of rows)
          await this.audit.record(em, null, {
            action: 'parAssessment.closeByDeadline',
            entityType: 'ParAssessment',
            entityId: row.id,
            after: { phase, today },
          });
      if (self.length || explained.length)
        this.logger.log(
          `closed ${self.length} self-assessment(s), ${explained.length} explanation window(s)`,
        );
      return { selfAssessments: self.length, explanations: explained.length };
    });
  }
}
