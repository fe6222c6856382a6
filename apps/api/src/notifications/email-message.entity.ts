import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmailStatus } from './notification-kind';
import { Notification } from './notification.entity';

/**
 * The email outbox. A row is written in the same transaction as its notification; the sender job delivers
 * STORED rows after commit. The row's status is the truth: nothing is sent that is not here, and a SENT row
 * is never sent again.
 */
@ObjectType()
@Entity('email_message')
@Index(['status', 'createdAt'])
export class EmailMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  notificationId: string | null;

  @ManyToOne(() => Notification, { nullable: true, onDelete: 'SET NULL' })
  notification?: Notification | null;

  @Field()
  // The one column not named after its property: TO is a reserved word in SQL.
  @Column({ name: 'to_address', length: 254 })
  to: string;

  @Field()
  @Column({ length: 300 })
  subject: string;

  @Field({ description: 'Plain text body' })
  @Column({ type: 'text' })
  text: string;

  @Field()
  @Column({ type: 'text' })
  html: string;

  @Field(() => EmailStatus)
  @Column({ type: 'enum', enum: EmailStatus, enumName: 'email_status', default: EmailStatus.STORED })
  status: EmailStatus;

  @Field(() => String, { nullable: true, description: 'Last delivery error' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
