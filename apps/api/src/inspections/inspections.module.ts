import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ParIndexModule } from '../par-index/par-index.module';
import { PlansModule } from '../plans/plans.module';
import { InspectionChecklistItem } from './checklist/inspection-checklist-item.entity';
import { InspectionChecklistFieldsResolver } from './checklist/inspection-checklist-fields.resolver';
import { InspectionChecklistLoaders } from './checklist/inspection-checklist.loaders';
import { InspectionChecklistResolver } from './checklist/inspection-checklist.resolver';
import { InspectionChecklistService } from './checklist/inspection-checklist.service';
import { InspectionCandidatesReader } from './inspection-candidates.reader';
import { InspectionCoverageFeed } from './inspection-coverage-feed.service';
import { InspectionDocumentsService } from './inspection-documents.service';
import { InspectionFindingFieldsResolver } from './inspection-finding-fields.resolver';
import { InspectionFinding } from './inspection-finding.entity';
import { InspectionFindingsResolver } from './inspection-findings.resolver';
import { InspectionFindingsService } from './inspection-findings.service';
import { InspectionNotifications } from './inspection-notifications';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionPlansResolver } from './inspection-plans.resolver';
import { InspectionPlansService } from './inspection-plans.service';
import { Inspection } from './inspection.entity';
import { InspectionsLoaders } from './inspections.loaders';
import { InspectionsResolver } from './inspections.resolver';
import { InspectionsService } from './inspections.service';
import { InspectionTeamReader } from './team/inspection-team.reader';
import { InspectionTeamResolver } from './team/inspection-team.resolver';

/** Reform inspections (kiểm tra CCHC): the yearly plan and its sample, visits, findings and their follow-up. */
@Module({
  imports: [
    TypeOrmModule.forFeature([InspectionPlan, Inspection, InspectionFinding, InspectionChecklistItem]),
    AgenciesModule,
    AuditModule,
    PlansModule,
    ParIndexModule,
    IndicatorsModule,
    NotificationsModule,
  ],
  providers: [
    InspectionCandidatesReader,
    InspectionNotifications,
    InspectionPlansService,
    InspectionsService,
    InspectionFindingsService,
    InspectionCoverageFeed,
    InspectionDocumentsService,
    InspectionsLoaders,
    InspectionPlansResolver,
    InspectionsResolver,
    InspectionFindingsResolver,
    InspectionFindingFieldsResolver,
    InspectionTeamReader,
    InspectionTeamResolver,
    InspectionChecklistService,
    InspectionChecklistLoaders,
    InspectionChecklistResolver,
    InspectionChecklistFieldsResolver,
  ],
  exports: [
    InspectionPlansService,
    InspectionsService,
    InspectionFindingsService,
    InspectionChecklistService,
  ],
})
export class InspectionsModule {}
