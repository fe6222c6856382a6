import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { ParIndexModule } from '../par-index/par-index.module';
import { PlansModule } from '../plans/plans.module';
import { ReportsModule } from '../reports/reports.module';
import { SurveysModule } from '../surveys/surveys.module';
import { UsersModule } from '../users/users.module';
import { DemoCurrentPlanSeeder } from './demo-current-plan.seeder';
import { DemoInspectionSeeder } from './demo-inspection.seeder';
import { DemoIndicatorSeeder } from './demo-indicator.seeder';
import { DemoParCurrentSeeder } from './demo-par-current.seeder';
import { DemoParCycleSeeder } from './demo-par-cycle.seeder';
import { DemoParSeeder } from './demo-par.seeder';
import { DemoPlanSeeder } from './demo-plan.seeder';
import { DemoReportSeeder } from './demo-report.seeder';
import { DemoSurveySeeder } from './demo-survey.seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [
    AgenciesModule,
    UsersModule,
    PlansModule,
    ReportsModule,
    ParIndexModule,
    SurveysModule,
    InspectionsModule,
  ],
  providers: [
    SeedService,
    DemoPlanSeeder,
    DemoIndicatorSeeder,
    DemoReportSeeder,
    DemoParSeeder,
    DemoParCycleSeeder,
    DemoParCurrentSeeder,
    DemoCurrentPlanSeeder,
    DemoSurveySeeder,
    DemoInspectionSeeder,
  ],
  exports: [SeedService],
})
export class SeedModule {}
