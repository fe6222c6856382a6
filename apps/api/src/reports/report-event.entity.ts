import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportAction, ReportStatus } from '@partrack/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgencyReport } from './agency-report.entity';

registerEnumType(ReportAction, { name: 'ReportAction' });

/** Append-only: every transition of an agency report, with the reviewer's comments. */
@ObjectType()
@Entity('report_event')
@Index(['reportId', 'createdAt'])
export class ReportEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => AgencyReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: AgencyReport;

  @Field(() => ReportAction)
  @Column({ type: 'enum', enum: ReportAction, enumName: 'report_event_action' })
  action: ReportAction;

  @Field(() => ReportStatus)
  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_event_status' })
  status: ReportStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_label', type: 'varchar', length: 254, nullable: true })
  actorLabel: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
