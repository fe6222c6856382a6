import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { ConnectionType } from '../common/graphql/connection';
import { NotificationKind } from './notification-kind';
import { NotificationPageArgs, NotificationSetting } from './notification.model';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

const NotificationConnection = ConnectionType(Notification);

/** The caller's own notifications and settings. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  @Authenticated()
  myNotifications(@CurrentCaller() caller: Caller, @Args() args: NotificationPageArgs) {
    return this.notifications.list(caller.actor, args);
  }

  @Query(() => Int)
  @Authenticated()
  unreadNotificationCount(@CurrentCaller() caller: Caller): Promise<number> {
    return this.notifications.unreadCount(caller.actor);
  }

  @Mutation(() => Int, {
    description: 'Marks some of your notifications read (at most 100); returns how many changed',
  })
  @Authenticated()
  markNotificationsRead(
    @CurrentCaller() caller: Caller,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notifications.markRead(caller.actor, ids);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many changed' })
  @Authenticated()
  markAllNotificationsRead(@CurrentCaller() caller: Caller): Promise<number> {
    return this.notifications.markRead(caller.actor, null);
  }

  @Query(() => [NotificationSetting], { description: 'Every kind of notification, muted or not' })
  @Authenticated()
  myNotificationSettings(@CurrentCaller() caller: Caller): Promise<NotificationSetting[]> {
    return this.notifications.settings(caller.actor);
  }

  @Mutation(() => NotificationSetting, { description: 'A muted kind is neither shown nor emailed to you' })
  @Authenticated()
  setNotificationMuted(
    @CurrentCaller() caller: Caller,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('muted') muted: boolean,
  ): Promise<NotificationSetting> {
    return this.notifications.setMuted(caller, kind, muted);
  }
}
