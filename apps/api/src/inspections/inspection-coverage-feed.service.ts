import { Injectable } from '@nestjs/common';
import { IndicatorAggregation } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { Caller } from '../common/context/caller';
import { badField, DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { IndicatorsService } from '../indicators/indicators.service';
import { MeasurementAction } from '../indicators/measurement-revision.entity';
import { Measurement } from '../indicators/measurement.entity';
import { MeasurementsService } from '../indicators/measurements.service';
import { PlansService } from '../plans/plans.service';
import { RecordInspectionCoverageInput } from './dto/inspection.input';
import { InspectionPlansService } from './inspection-plans.service';

/**
 * The year's coverage as the measurement of the indicator drafted from result 1.14 ("≥ 30 % of agencies
 * inspected"): the province's DRAFT figure for the year — inspected ÷ agencies for a RATIO indicator, the
 * percentage otherwise — written through the indicators' own path (checks, revision, audit), then submitted
 * and reviewed like any figure. A submitted or approved figure is refused by that path (reopen it first).
 */
@Injectable()
export class InspectionCoverageFeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: InspectionPlansService,
    private readonly indicators: IndicatorsService,
    private readonly planService: PlansService,
    private readonly measurements: MeasurementsService,
    private readonly tree: AgencyTreeRepository,
  ) {}

  async record(caller: Caller, input: RecordInspectionCoverageInput): Promise<Measurement> {
    const coverage = await this.plans.coverage(caller.actor, input.planId);
    const plan = await this.plans.findOne(caller.actor, input.planId);
    const unknown = () =>
      badField('indicatorId', 'common.notFound', { entity: 'Indicator', id: input.indicatorId });
    const indicator = await this.indicators
      .findOne(caller.actor, input.indicatorId)
      .catch((error: unknown) => {
        throw error instanceof DomainError && error.code === ErrorCode.NOT_FOUND ? unknown() : error;
      });
    // An admin sees every province: the indicator must still be one of the inspection plan's province.
    const owner = (await this.planService.findOne(caller.actor, indicator.planId)).ownerAgencyId;
    if ((await this.tree.provinceRoots([owner])).get(owner) !== plan.provinceId) throw unknown();
    const { total } = coverage;
    return this.dataSource.transaction((em) =>
      this.measurements.record(
        caller,
        {
          indicatorId: indicator.id,
          agencyId: plan.provinceId,
          period: String(plan.year),
          ...(indicator.aggregation === IndicatorAggregation.RATIO
            ? { numerator: total.inspected, denominator: total.agencies }
            : { value: total.percent }),
          source: `Kế hoạch kiểm tra CCHC năm ${plan.year}`,
          note: `Từ kết quả kiểm tra: ${total.inspected}/${total.agencies} cơ quan đã được kiểm tra`,
        },
        MeasurementAction.IMPORT,
        em,
      ),
    );
  }
}
