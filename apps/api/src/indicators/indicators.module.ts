import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { PlansModule } from '../plans/plans.module';
import { IndicatorLoaders } from './indicator.loaders';
import { IndicatorPlanItem } from './indicator-plan-item.entity';
import { IndicatorRollupService } from './indicator-rollup.service';
import { IndicatorTarget } from './indicator-target.entity';
import { IndicatorValuesService } from './indicator-values.service';
import { Indicator } from './indicator.entity';
import { IndicatorValueResolver } from './indicator-value.resolver';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';
import { MeasurementRevision } from './measurement-revision.entity';
import { Measurement } from './measurement.entity';
import { MeasurementImportService } from './measurement-import.service';
import { MeasurementsResolver } from './measurements.resolver';
import { MeasurementsService } from './measurements.service';
import { ScoreboardExportService } from './scoreboard-export.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Indicator,
      IndicatorTarget,
      IndicatorPlanItem,
      Measurement,
      MeasurementRevision,
    ]),
    AgenciesModule,
    PlansModule,
  ],
  providers: [
    IndicatorsService,
    MeasurementsService,
    MeasurementImportService,
    IndicatorRollupService,
    IndicatorValuesService,
    ScoreboardExportService,
    IndicatorLoaders,
    IndicatorsResolver,
    IndicatorValueResolver,
    MeasurementsResolver,
  ],
  exports: [IndicatorsService, MeasurementsService, IndicatorValuesService, IndicatorRollupService],
})
export class IndicatorsModule {}
