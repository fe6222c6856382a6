import { Module } from '@nestjs/common';
import { EmailOutboxService } from './email-outbox.service';
import { MAIL_SENDER, SmtpMailSender } from './mail-sender';
import { NotificationAdminResolver } from './notification-admin.resolver';
import { NotificationRecipients } from './notification-recipients';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderService } from './reminder.service';

/**
 * Notifications, the email outbox and the reminder scan. Other modules import it to call
 * `NotificationsService.notify` / `notifyReportAction` inside their transactions. The jobs that run the scan
 * live in NotificationJobsModule, which also needs ReportsModule (so that ReportsModule can import this one).
 */
@Module({
  providers: [
    { provide: MAIL_SENDER, useClass: SmtpMailSender },
    NotificationRecipients,
    EmailOutboxService,
    NotificationsService,
    ReminderService,
    NotificationsResolver,
    NotificationAdminResolver,
  ],
  exports: [NotificationsService, ReminderService, EmailOutboxService],
})
export class NotificationsModule {}
