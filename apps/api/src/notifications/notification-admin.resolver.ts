import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { todayInVietnam } from '../common/time/vietnam-time';
import { RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { LocalDateScalar } from '../common/graphql/scalars';
import { EmailMessage } from './email-message.entity';
import { EmailOutboxService } from './email-outbox.service';
import { EmailStatus } from './notification-kind';
import { ReminderScanResult } from './notification.model';
import { ReminderService } from './reminder.service';

const EmailMessageConnection = ConnectionType(EmailMessage);

/** Operations: the email outbox and a manual reminder scan. */
@Resolver(() => EmailMessage)
export class NotificationAdminResolver {
  constructor(
    private readonly outbox: EmailOutboxService,
    private readonly reminders: ReminderService,
  ) {}

  @Query(() => EmailMessageConnection, {
    description: 'Emails written by partrack, newest first; without SMTP they stay STORED here',
  })
  @RequirePermission(Permission.USER_MANAGE)
  emailOutbox(
    @Args() page: PageArgs,
    @Args('status', { type: () => EmailStatus, nullable: true }) status?: EmailStatus,
  ) {
    return this.outbox.list(page, status ?? undefined);
  }

  @Mutation(() => ReminderScanResult, {
    description: 'Runs the daily reminder scan now (idempotent); today defaults to today in Vietnam',
  })
  @RequirePermission(Permission.USER_MANAGE)
  runReminderScan(
    @CurrentCaller() caller: Caller,
    @Args('today', { type: () => LocalDateScalar, nullable: true }) today?: string,
  ): Promise<ReminderScanResult> {
    return this.reminders.scanByHand(caller, today ?? todayInVietnam());
  }
}
