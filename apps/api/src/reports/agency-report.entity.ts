import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportStatus } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';
import { ReportingRound } from './reporting-round.entity';
import type { ReportData, ReportNarrative } from './report-content.model';

registerEnumType(ReportStatus, { name: 'ReportStatus' });

/** An agency's report in a round: narrative written by its staff, data drafted from partrack. */
@ObjectType()
@Entity('agency_report')
@Index(['roundId', 'agencyId'], { unique: true })
export class AgencyReport extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReportingRound, { onDelete: 'CASCADE' })
  round?: ReportingRound;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @Field(() => ReportStatus)
  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  @Field(() => LocalDateScalar, { description: "The agency level's internal due date" })
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => Date, { nullable: true, description: 'Last submission' })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'Submitted (the last time) after the due date' })
  @Column({ default: false })
  late: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** Narrative sections as written; see ReportNarrative. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  narrative: ReportNarrative;

  /** The data sections frozen at submission; null while the report drafts itself from live data. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: ReportData | null;

  @Field(() => String, { nullable: true, description: 'Number and symbol, e.g. 45/BC-STTTT' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  documentNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle: string | null;
}
