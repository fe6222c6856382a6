import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { SurveyAgencyResultResolver } from './survey-agency-result.resolver';
import { SurveyCountsWriter } from './survey-counts.writer';
import { SurveyImportResolver } from './survey-import.resolver';
import { SurveyImportService } from './survey-import.service';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyRespondents } from './survey-respondents.entity';
import { SurveyResult } from './survey-result.entity';
import { SurveyResultsResolver } from './survey-results.resolver';
import { SurveyResultsService } from './survey-results.service';
import { Survey } from './survey.entity';
import { IndicatorsModule } from '../indicators/indicators.module';
import { SurveyMeasurementsResolver } from './survey-measurements.resolver';
import { SurveyMeasurementsService } from './survey-measurements.service';
import { SurveyTrendsResolver } from './survey-trends.resolver';
import { SurveyTrendsService } from './survey-trends.service';
import { SurveysLoaders } from './surveys.loaders';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';
import { SurveyFormSubmission } from './public-form/survey-form-submission.entity';
import { SurveyFormThrottlerGuard } from './public-form/survey-form-throttler.guard';
import { SurveyPublicFormController } from './public-form/survey-public-form.controller';
import { SurveyPublicFormService } from './public-form/survey-public-form.service';

/** Satisfaction surveys (SIPAS-style): definitions, results as counts, satisfaction by the survey's rule. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Survey, SurveyQuestion, SurveyResult, SurveyRespondents, SurveyFormSubmission]),
    AgenciesModule,
    AuditModule,
    IndicatorsModule,
  ],
  controllers: [SurveyPublicFormController],
  providers: [
    SurveysService,
    SurveyPublicFormService,
    SurveyFormThrottlerGuard,
    SurveyResultsService,
    SurveyCountsWriter,
    SurveyImportService,
    SurveysLoaders,
    SurveysResolver,
    SurveyResultsResolver,
    SurveyAgencyResultResolver,
    SurveyImportResolver,
    SurveyMeasurementsService,
    SurveyMeasurementsResolver,
    SurveyTrendsService,
    SurveyTrendsResolver,
  ],
  exports: [SurveysService, SurveyResultsService, SurveyCountsWriter],
})
export class SurveysModule {}
