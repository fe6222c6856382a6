import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx } from '../common/auth/auth.decorators';
import { callerOf } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType } from '../common/graphql/connection';
import { NotificationKind } from './notification-kind';
import { NotificationPageArgs, NotificationSetting } from './notification.models';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

const NotificationConnection = ConnectionType(Notification);

/** The caller's own notifications and settings. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  @Authenticated()
  myNotifications(@Ctx() ctx: GqlContext, @Args() args: NotificationPageArgs) {
    return this.notifications.list(callerOf(ctx).actor, args);
  }

  @Query(() => Int)
  @Authenticated()
  unreadNotificationCount(@Ctx() ctx: GqlContext): Promise<number> {
    return this.notifications.unreadCount(callerOf(ctx).actor);
  }

  @Mutation(() => Int, {
    description: 'Marks some of your notifications read (at most 100); returns how many changed',
  })
  @Authenticated()
  markNotificationsRead(
    @Ctx() ctx: GqlContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notifications.markRead(callerOf(ctx).actor, ids);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many changed' })
  @Authenticated()
  markAllNotificationsRead(@Ctx() ctx: GqlContext): Promise<number> {
    return this.notifications.markRead(callerOf(ctx).actor, null);
  }

  @Query(() => [NotificationSetting], { description: 'Every kind of notification, muted or not' })
  @Authenticated()
  myNotificationSettings(@Ctx() ctx: GqlContext): Promise<NotificationSetting[]> {
    return this.notifications.settings(callerOf(ctx).actor);
  }

  @Mutation(() => NotificationSetting, { description: 'A muted kind is neither shown nor emailed to you' })
  @Authenticated()
  setNotificationMuted(
    @Ctx() ctx: GqlContext,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('muted') muted: boolean,
  ): Promise<NotificationSetting> {
    return this.notifications.setMuted(callerOf(ctx), kind, muted);
  }
}
