import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { JobsService } from './jobs.service';
import { NotificationsModule } from './notifications.module';

/** pg-boss: the daily `rounds.open` and `reminders.scan`, and the email sender. */
@Module({
  imports: [NotificationsModule, ReportsModule],
  providers: [JobsService],
  exports: [JobsService],
})
export class NotificationJobsModule {}
