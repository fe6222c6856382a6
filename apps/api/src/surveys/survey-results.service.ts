import { Injectable } from '@nestjs/common';
import { aggregateSatisfaction, emptyCounts, satisfaction, Satisfaction } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Actor } from '../common/context/actor';
import { SurveyAgencyResult, SurveyResults, SurveySatisfactionFigure } from './survey-results.model';
import { SurveysService } from './surveys.service';

interface CountRow {
  agency_id: string;
  question_id: string;
  level: number;
  count: number;
}

function figure(counts: number[], s: Satisfaction): SurveySatisfactionFigure {
  return { counts, valid: s.valid, satisfied: s.satisfied, noAnswer: s.noAnswer, share: s.share };
}

/**
 * Satisfaction of a survey from its stored counts: by question, aspect (pooled answers of its questions),
 * agency and overall, with the survey's own rule (its top N levels). Reads the questions, the counts and the
 * respondents in three statements whatever the number of agencies.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveysService,
    private readonly scope: AgencyScopeService,
  ) {}

  async results(actor: Actor, surveyId: string, agencyId?: string | null): Promise<SurveyResults> {
    const survey = await this.surveys.findOne(actor, surveyId);
    if (agencyId) await this.scope.assertCanRead(actor, agencyId);
    const agency = agencyId ?? null;
    const [questions, counts, respondents] = await Promise.all([
      this.surveys.questionsOf([survey.id]).then((m) => m.get(survey.id) ?? []),
      this.dataSource.query<CountRow[]>(
        `SELECT agency_id, question_id, level, count FROM survey_result
          WHERE survey_id = $1 AND ($2::uuid IS NULL OR agency_id = $2)`,
        [survey.id, agency],
      ),
      this.dataSource.query<{ agency_id: string; respondents: number }[]>(
        `SELECT agency_id, respondents FROM survey_respondents
          WHERE survey_id = $1 AND ($2::uuid IS NULL OR agency_id = $2)`,
        [survey.id, agency],
      ),
    ]);
    const byQuestion = new Map<string, number[]>();
    const byAgency = new Map<string, number[]>();
    for (const row of counts) {
      const q = byQuestion.get(row.question_id) ?? emptyCounts();
      q[row.level] += row.count;
      byQuestion.set(row.question_id, q);
      const a = byAgency.get(row.agency_id) ?? emptyCounts();
      a[row.level] += row.count;
      byAgency.set(row.agency_id, a);
    }
    const levels = survey.satisfiedLevels;
    const result = aggregateSatisfaction(questions, byQuestion, levels);
    const respondentsOf = new Map(respondents.map((r) => [r.agency_id, r.respondents]));
    const agencies: SurveyAgencyResult[] = [...new Set([...byAgency.keys(), ...respondentsOf.keys()])].map(
      (id) => {
        const c = byAgency.get(id) ?? emptyCounts();
        return {
          agencyId: id,
          respondents: respondentsOf.get(id) ?? 0,
          ...figure(c, satisfaction(c, levels)),
        };
      },
    );
    agencies.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.agencyId.localeCompare(b.agencyId));
    const questionById = new Map(questions.map((q) => [q.id, q]));
    const aspectTitle = new Map(questions.map((q) => [q.aspectCode, q.aspectTitle]));
    return {
      surveyId: survey.id,
      agencyId: agency,
      satisfiedLevels: levels,
      respondents: respondents.reduce((sum, r) => sum + r.respondents, 0),
      overall: figure([...result.overall.counts], result.overall),
      aspects: result.aspects.map((a) => ({
        aspectCode: a.aspectCode,
        aspectTitle: aspectTitle.get(a.aspectCode) ?? a.aspectCode,
        ...figure([...a.counts], a),
      })),
      questions: result.questions.map((q) => {
        const question = questionById.get(q.questionId);
        return {
          questionId: q.questionId,
          code: question?.code ?? '',
          text: question?.text ?? '',
          aspectCode: question?.aspectCode ?? '',
          ...figure([...q.counts], q),
        };
      }),
      agencies,
    };
  }
}
