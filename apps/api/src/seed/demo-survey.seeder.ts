import { Injectable, Logger } from '@nestjs/common';
import { SurveyResultSource, SurveyStatus } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { SurveyQuestion } from '../surveys/survey-question.entity';
import { Survey } from '../surveys/survey.entity';
import { AgencyCounts, SurveyCountsWriter } from '../surveys/survey-counts.writer';
import { SurveysService } from '../surveys/surveys.service';
import { demoCoordinator, demoRoll } from './demo-common';
import { sampleSurveyDefinition } from './survey-sample';

/** The demo plan's year, like the PAR Index demo. */
const DEMO_SURVEY_YEAR = 2022;

/** One-stop desks (Bộ phận một cửa) the demo has answers for: three districts and two departments. */
export const DEMO_SURVEY_DESKS = ['QNA-TAMKY', 'QNA-HOIAN', 'QNA-BACTRAMY', 'QNA-STNMT', 'QNA-SKHDT'];

/**
 * Invented answers of one question at one desk: `respondents` people, a few who left it blank, the rest spread
 * over the scale around the desk's `quality` (its share of satisfied answers). Deterministic per key.
 */
export function demoCounts(respondents: number, quality: number, ...key: string[]): number[] {
  const blank = Math.floor(respondents * 0.04 * demoRoll(...key, 'blank'));
  const valid = respondents - blank;
  const jitter = (demoRoll(...key, 'q') - 0.5) * 0.1;
  const satisfied = Math.round(valid * Math.min(1, Math.max(0, quality + jitter)));
  const very = Math.round(satisfied * (0.35 + 0.3 * demoRoll(...key, 'very')));
  const rest = valid - satisfied;
  const neutral = Math.round(rest * 0.6);
  const unhappy = Math.round((rest - neutral) * 0.7);
  return [blank, rest - neutral - unhappy, unhappy, neutral, satisfied - very, very];
}

/**
 * DEMO DATA ONLY: the sample survey (Mẫu, "(dữ liệu mẫu)" in its title, isSample) of the demo year, OPEN, with
 * invented counts for a few one-stop desks, stored with the DEMO source. Skipped when the sample is there.
 */
@Injectable()
export class DemoSurveySeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveysService,
    private readonly writer: SurveyCountsWriter,
  ) {}

  async seed(provinceCode: string, year = DEMO_SURVEY_YEAR): Promise<void> {
    const province = await this.dataSource.getRepository(Agency).findOneByOrFail({ code: provinceCode });
    if (
      await this.dataSource
        .getRepository(Survey)
        .exists({ where: { provinceId: province.id, isSample: true } })
    )
      return;
    this.logger.log('seeding the sample satisfaction survey with demo results');
    const caller = await demoCoordinator(this.dataSource);
    const draft = await this.surveys.create(
      caller,
      { ...sampleSurveyDefinition(year), provinceId: province.id },
      true,
    );
    const survey = await this.surveys.update(caller, {
      id: draft.id,
      version: draft.version,
      status: SurveyStatus.OPEN,
    });
    const [questions, desks] = await Promise.all([
      this.dataSource.getRepository(SurveyQuestion).find({ where: { surveyId: survey.id } }),
      this.dataSource.getRepository(Agency).find({ where: { code: In(DEMO_SURVEY_DESKS) } }),
    ]);
    const agencies: AgencyCounts[] = desks.map((desk) => {
      const respondents = 60 + Math.floor(demoRoll('survey', desk.code, 'n') * 120);
      const quality = 0.72 + demoRoll('survey', desk.code, 'quality') * 0.24;
      const byQuestion = new Map(
        questions.map((q) => [q.id, demoCounts(respondents, quality, desk.code, q.code)] as const),
      );
      return { agencyId: desk.id, respondents, byQuestion };
    });
    await this.dataSource.transaction((em) =>
      this.writer.replace(em, survey.id, agencies, SurveyResultSource.DEMO),
    );
  }
}
