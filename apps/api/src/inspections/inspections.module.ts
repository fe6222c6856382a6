import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { ParIndexModule } from '../par-index/par-index.module';
import { PlansModule } from '../plans/plans.module';
import { InspectionCandidatesReader } from './inspection-candidates.reader';
import { InspectionCoverageFeed } from './inspection-coverage-feed.service';
import { InspectionDocumentsService } from './inspection-documents.service';
import { InspectionFinding } from './inspection-finding.entity';
import { InspectionFindingsResolver } from './inspection-findings.resolver';
import { InspectionFindingsService } from './inspection-findings.service';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionPlansResolver } from './inspection-plans.resolver';
import { InspectionPlansService } from './inspection-plans.service';
import { Inspection } from './inspection.entity';
import { InspectionsLoaders } from './inspections.loaders';
import { InspectionsResolver } from './inspections.resolver';
import { InspectionsService } from './inspections.service';

/** Reform inspections (kiểm tra CCHC): the yearly plan and its sample, visits, findings and their follow-up. */
@Module({
  imports: [
    TypeOrmModule.forFeature([InspectionPlan, Inspection, InspectionFinding]),
    AgenciesModule,
    AuditModule,
    PlansModule,
    ParIndexModule,
    IndicatorsModule,
  ],
  providers: [
    InspectionCandidatesReader,
    InspectionPlansService,
    InspectionsService,
    InspectionFindingsService,
    InspectionCoverageFeed,
    InspectionDocumentsService,
    InspectionsLoaders,
    InspectionPlansResolver,
    InspectionsResolver,
    InspectionFindingsResolver,
  ],
  exports: [InspectionPlansService, InspectionsService],
})
export class InspectionsModule {}
