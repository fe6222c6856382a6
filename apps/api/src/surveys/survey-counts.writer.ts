import { Injectable } from '@nestjs/common';
import { SURVEY_LEVEL_COUNT, SurveyCounts, SurveyResultSource } from '@partrack/shared';
import { EntityManager } from 'typeorm';
import { SurveyRespondents } from './survey-respondents.entity';
import { SurveyResult } from './survey-result.entity';

export interface AgencyCounts {
  agencyId: string;
  respondents: number;
  /** By question id: [no answer, 1, 2, 3, 4, 5] */
  byQuestion: ReadonlyMap<string, SurveyCounts>;
}

/**
 * Stores an agency's counts for a survey, replacing what it had: an import (either shape) or the demo seed
 * gives the whole picture of an agency, never an increment. Runs in the caller's transaction, which audits.
 */
@Injectable()
export class SurveyCountsWriter {
  async replace(
    em: EntityManager,
    surveyId: string,
    agencies: readonly AgencyCounts[],
    source: SurveyResultSource,
  ): Promise<void> {
    if (agencies.length === 0) return;
    const agencyIds = agencies.map((a) => a.agencyId);
    await em.query(`DELETE FROM survey_result WHERE survey_id = $1 AND agency_id = ANY($2::uuid[])`, [
      surveyId,
      agencyIds,
    ]);
    const rows: SurveyResult[] = [];
    for (const agency of agencies)
      for (const [questionId, counts] of agency.byQuestion)
        for (let level = 0; level <= SURVEY_LEVEL_COUNT; level++)
          if ((counts[level] ?? 0) > 0)
            rows.push({ surveyId, agencyId: agency.agencyId, questionId, level, count: counts[level] });
    // Chunks keep each INSERT under Postgres's 65,535 parameters (5 a row) for a province of communes.
    for (let i = 0; i < rows.length; i += 5000) await em.insert(SurveyResult, rows.slice(i, i + 5000));
    await em.upsert(
      SurveyRespondents,
      agencies.map((a) => ({ surveyId, agencyId: a.agencyId, respondents: a.respondents, source })),
      ['surveyId', 'agencyId'],
    );
  }
}
