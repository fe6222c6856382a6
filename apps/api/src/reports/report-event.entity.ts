import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportAction, ReportStatus } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { HistoryEntity } from '../database/history.entity';
import { AgencyReport } from './agency-report.entity';

registerEnumType(ReportAction, { name: 'ReportAction' });

/** Append-only: every transition of an agency report, with the reviewer's comments. */
@ObjectType()
@Entity('report_event')
@Index(['reportId', 'createdAt'])
export class ReportEvent extends HistoryEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => AgencyReport, { onDelete: 'CASCADE' })
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
}
