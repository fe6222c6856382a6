import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '../common/graphql/connection';
import { LocalDateScalar } from '../common/graphql/scalars';
import { NotificationKind } from './notification-kind';

@ObjectType({ description: 'Whether the caller receives a kind of notification (in the app and by email)' })
export class NotificationSetting {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  muted: boolean;
}

@ObjectType()
export class NotificationKindCount {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'What one reminder scan did' })
export class ReminderScanResult {
  @Field(() => LocalDateScalar)
  today: string;

  @Field(() => Int, { description: 'Agency reports (DRAFT or RETURNED) with a deadline in the scan window' })
  reports: number;

  @Field(() => Int, { description: 'Open tasks and projects of active plans with a deadline in the window' })
  tasks: number;

  @Field(() => Int, { description: 'Notifications created (each with its email in the outbox)' })
  notifications: number;

  @Field(() => [NotificationKindCount])
  byKind: NotificationKindCount[];
}

@ArgsType()
export class NotificationPageArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
