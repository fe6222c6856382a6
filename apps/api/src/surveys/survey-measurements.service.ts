import { Injectable } from '@nestjs/common';
import { IndicatorAggregation, MeasurementStatus } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Caller } from '../common/context/caller';
import { IndicatorsService } from '../indicators/indicators.service';
import { MeasurementAction } from '../indicators/measurement-revision.entity';
import { Measurement } from '../indicators/measurement.entity';
import { MeasurementsService } from '../indicators/measurements.service';
import { RecordSurveyMeasurementsInput } from './dto/survey-measurements.input';
import {
  SurveyMeasurementOutcome,
  SurveyMeasurementRow,
  SurveyMeasurementsResult,
} from './survey-measurements.model';
import { SurveyResultsService } from './survey-results.service';
import { SurveysService } from './surveys.service';

/**
 * A survey's satisfaction as an indicator's figures (the Part I targets: 85 %, 80 % in five sectors): for each
 * agency with valid answers, a DRAFT figure of the period — satisfied ÷ valid answers for a RATIO indicator,
 * the share itself otherwise — recorded through the indicators' own path (checks, revision, audit), so it is
 * then submitted and reviewed like any figure. Submitted or approved figures are left alone (LOCKED); agencies
 * of a level the indicator does not take figures from are listed as NOT_REPORTING. One transaction.
 */
@Injectable()
export class SurveyMeasurementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly indicators: IndicatorsService,
    private readonly measurements: MeasurementsService,
  ) {}

  async record(caller: Caller, input: RecordSurveyMeasurementsInput): Promise<SurveyMeasurementsResult> {
    const survey = await this.surveys.findOne(caller.actor, input.surveyId);
    const indicator = await this.indicators.findOne(caller.actor, input.indicatorId);
    const { agencies } = await this.results.results(caller.actor, survey.id);
    const answered = agencies.filter((a) => a.share !== null && a.valid > 0);
    const ids = answered.map((a) => a.agencyId);
    return this.dataSource.transaction(async (em) => {
      const [known, existing] = ids.length
        ? await Promise.all([
            em.find(Agency, { where: { id: In(ids) } }),
            em.find(Measurement, {
              where: { indicatorId: indicator.id, period: input.period, agencyId: In(ids) },
            }),
          ])
        : [[], []];
      const agencyById = new Map(known.map((a) => [a.id, a]));
      const figureOf = new Map(existing.map((m) => [m.agencyId, m]));
      const rows: SurveyMeasurementRow[] = [];
      for (const result of answered) {
        const agency = agencyById.get(result.agencyId);
        if (!agency) continue;
        const current = figureOf.get(agency.id);
        let outcome = SurveyMeasurementOutcome.RECORDED;
        if (!indicator.reportingLevels.includes(agency.level))
          outcome = SurveyMeasurementOutcome.NOT_REPORTING;
        else if (
          current &&
          [MeasurementStatus.SUBMITTED, MeasurementStatus.APPROVED].includes(current.status)
        )
          outcome = SurveyMeasurementOutcome.LOCKED;
        else
          await this.measurements.record(
            caller,
            {
              indicatorId: indicator.id,
              agencyId: agency.id,
              period: input.period,
              version: current?.version,
              ...(indicator.aggregation === IndicatorAggregation.RATIO
                ? { numerator: result.satisfied, denominator: result.valid }
                : { value: result.share }),
              source: survey.title.slice(0, 500),
              note: `Từ kết quả khảo sát: ${result.satisfied}/${result.valid} ý kiến hài lòng`,
            },
            MeasurementAction.IMPORT,
            em,
          );
        rows.push({
          agencyId: agency.id,
          agencyName: agency.name,
          satisfied: result.satisfied,
          valid: result.valid,
          share: result.share ?? 0,
          outcome,
        });
      }
      rows.sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
      return { recorded: rows.filter((r) => r.outcome === SurveyMeasurementOutcome.RECORDED).length, rows };
    });
  }
}
