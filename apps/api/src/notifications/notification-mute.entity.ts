import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { NotificationKind } from './notification-kind';

/** A kind of notification a user does not want (neither in the app nor by email). No row = wanted. */
@Entity('notification_mute')
export class NotificationMute {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @PrimaryColumn({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
