import { Module } from '@nestjs/common';
import { EmailOutboxService } from './email-outbox.service';
import { MAIL_SENDER, SmtpMailSender } from './mail-sender';
import { NotificationRecipients } from './notification-recipients';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * Notifications and the email outbox. Other modules import it to call `NotificationsService.notify` /
 * `notifyReportAction` inside their transactions. The reminder scan and the jobs live in NotificationJobsModule:
 * the scan reads what is due through ReportsModule and PlansModule, and ReportsModule imports this one.
 */
@Module({
  providers: [
    { provide: MAIL_SENDER, useClass: SmtpMailSender },
    NotificationRecipients,
    EmailOutboxService,
    NotificationsService,
    NotificationsResolver,
  ],
  exports: [NotificationsService, NotificationRecipients, EmailOutboxService],
})
export class NotificationsModule {}
