import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { SurveyQuestion } from './survey-question.entity';
import { SurveysService } from './surveys.service';

export const SURVEY_QUESTIONS_BY_SURVEY = loaderKey<string, SurveyQuestion[]>('surveyQuestionsBySurvey');

@Injectable()
export class SurveysLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly surveys: SurveysService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      SURVEY_QUESTIONS_BY_SURVEY,
      () =>
        new DataLoader(async (ids) => {
          const bySurvey = await this.surveys.questionsOf(ids);
          return ids.map((id) => bySurvey.get(id) ?? []);
        }),
    );
  }
}
