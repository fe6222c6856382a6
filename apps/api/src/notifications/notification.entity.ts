import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { NotificationKind } from './notification-kind';

/**
 * One message to one user. `dedupeKey` makes every reminder idempotent: the same key is inserted at most
 * once per user, however often (or however concurrently) the scan runs.
 */
@ObjectType()
@Entity('notification')
@Index(['userId', 'dedupeKey'], { unique: true })
@Index(['userId', 'createdAt'])
@Index('IDX_notification_unread', ['userId'], { where: '"read_at" IS NULL' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field()
  @Column({ length: 300 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'Path in the web app, e.g. /reports/<id> or /tasks/<id>',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Field(() => String, { nullable: true, description: 'AgencyReport or PlanItem' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ length: 200 })
  dedupeKey: string;

  /** Millisecond precision, so keyset cursors (JavaScript dates) match stored values exactly. */
  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
