import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuthModule } from '../auth/auth.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgencyReport } from './agency-report.entity';
import { AgencyReportsResolver } from './agency-reports.resolver';
import { AgencyReportsService } from './agency-reports.service';
import { ConsolidatedReport } from './consolidated-report.entity';
import { ConsolidatedReportsResolver } from './consolidated-reports.resolver';
import { ConsolidatedReportsService } from './consolidated-reports.service';
import { ReportDataService } from './report-data.service';
import { ReportAttachment } from './report-attachment.entity';
import { ReportAttachmentsController } from './report-attachments.controller';
import { ReportAttachmentsService } from './report-attachments.service';
import { ReportEvent } from './report-event.entity';
import { ReportExportService } from './report-export.service';
import { ReportLoaders } from './report.loaders';
import { ReportTextService } from './report-text.service';
import { ReportingRound } from './reporting-round.entity';
import { ReportingRoundsResolver } from './reporting-rounds.resolver';
import { ReportingRoundsService } from './reporting-rounds.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ReportingRound,
      AgencyReport,
      ReportEvent,
      ConsolidatedReport,
      ReportAttachment,
    ]),
    AgenciesModule,
    AuthModule,
    IndicatorsModule,
    NotificationsModule,
  ],
  controllers: [ReportAttachmentsController],
  providers: [
    ReportAttachmentsService,
    ReportingRoundsService,
    AgencyReportsService,
    ConsolidatedReportsService,
    ReportDataService,
    ReportExportService,
    ReportTextService,
    ReportLoaders,
    ReportingRoundsResolver,
    AgencyReportsResolver,
    ConsolidatedReportsResolver,
  ],
  exports: [ReportingRoundsService, AgencyReportsService, ConsolidatedReportsService, ReportDataService],
})
export class ReportsModule {}
