import { SurveyScope, SurveySector, SurveyStatus } from '@partrack/shared';
import { TestApp } from '../support/test-app';

/** A survey written straight into the tables (the surveys' own specs cover the mutations and imports). */
export interface PlantedSurvey {
  provinceId: string;
  year: number;
  period: string;
  status: SurveyStatus;
  title?: string;
  scope?: SurveyScope;
  agencyId?: string | null;
  sector?: SurveySector | null;
  isSample?: boolean;
  satisfiedLevels?: number;
  /** Aspect codes of its questions, one question each (aspect title "Khía cạnh <code>") */
  aspects: string[];
  /** Per agency: respondents and, per aspect code, the answers [no answer, 1, 2, 3, 4, 5] */
  results: { agencyId: string; respondents: number; byAspect: Record<string, number[]> }[];
}

export async function plantSurvey(t: TestApp, s: PlantedSurvey): Promise<string> {
  const scope = s.scope ?? (s.sector ? SurveyScope.SECTOR : SurveyScope.PROVINCE);
  const [survey] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO survey (province_id, year, period, title, scope, agency_id, sector, satisfied_levels, status,
                         is_sample)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      s.provinceId,
      s.year,
      s.period,
      s.title ?? `Khảo sát ${s.period}`,
      scope,
      s.agencyId ?? null,
      s.sector ?? null,
      s.satisfiedLevels ?? 2,
      s.status,
      s.isSample ?? false,
    ],
  );
  const questionOf = new Map<string, string>();
  for (const [i, aspect] of s.aspects.entries()) {
    const [q] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO survey_question (survey_id, code, aspect_code, aspect_title, position, text)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [survey.id, `${aspect}.1`, aspect, `Khía cạnh ${aspect}`, i + 1, `Câu hỏi ${aspect}.1`],
    );
    questionOf.set(aspect, q.id);
  }
  for (const r of s.results) {
    for (const [aspect, counts] of Object.entries(r.byAspect))
      for (const [level, count] of counts.entries())
        if (count > 0)
          await t.dataSource.query(
            `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count)
             VALUES ($1, $2, $3, $4, $5)`,
            [survey.id, r.agencyId, questionOf.get(aspect), level, count],
          );
    await t.dataSource.query(
      `INSERT INTO survey_respondents (survey_id, agency_id, respondents, source) VALUES ($1, $2, $3, 'COUNTS')`,
      [survey.id, r.agencyId, r.respondents],
    );
  }
  return survey.id;
}
