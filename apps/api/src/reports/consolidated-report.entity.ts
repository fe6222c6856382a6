import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsolidatedReportStatus } from '@partrack/shared';
import { Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import type { ReportData, ReportNarrative } from './report-content.model';
import type { ReportCompleteness } from './report-completeness.model';
import { ReportingRound } from './reporting-round.entity';

registerEnumType(ConsolidatedReportStatus, { name: 'ConsolidatedReportStatus' });

/** The province's report for a round, written by the coordinator from the agencies' reports. */
@ObjectType()
@Entity('consolidated_report')
export class ConsolidatedReport extends BaseEntity {
  @Field(() => ID)
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  roundId: string;

  @OneToOne(() => ReportingRound, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: ReportingRound;

  @Field(() => ConsolidatedReportStatus)
  @Column({
    type: 'enum',
    enum: ConsolidatedReportStatus,
    enumName: 'consolidated_report_status',
    default: ConsolidatedReportStatus.DRAFT,
  })
  status: ConsolidatedReportStatus;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  narrative: ReportNarrative;

  /** Data and completeness frozen when finalised; null while drafting. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: { data: ReportData; completeness: ReportCompleteness } | null;

  @Field(() => Date, { nullable: true, description: 'When the report was finalised' })
  @Column({ type: 'timestamptz', nullable: true })
  finalisedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  documentNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle: string | null;
}
