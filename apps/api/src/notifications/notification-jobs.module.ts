import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { ParIndexModule } from '../par-index/par-index.module';
import { PlansModule } from '../plans/plans.module';
import { ReportsModule } from '../reports/reports.module';
import { JobsService } from './jobs.service';
import { NotificationAdminResolver } from './notification-admin.resolver';
import { NotificationsModule } from './notifications.module';
import { ReminderService } from './reminder.service';

/**
 * The reminder scan (it asks reports and plans what is due, so it cannot live in NotificationsModule, which
 * ReportsModule imports) and pg-boss: the daily `rounds.open`, `reminders.scan` and `par.deadlines`, and the
 * email sender.
 */
@Module({
  imports: [NotificationsModule, ReportsModule, PlansModule, AgenciesModule, ParIndexModule],
  providers: [ReminderService, JobsService, NotificationAdminResolver],
  exports: [ReminderService, JobsService],
})
export class NotificationJobsModule {}
