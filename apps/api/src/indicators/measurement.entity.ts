import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeasurementDecision, MeasurementStatus } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { BaseEntity } from '../database/base.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { Indicator } from './indicator.entity';
import { FigureColumn, FigureNoteColumn } from './measurement-figures';

registerEnumType(MeasurementStatus, { name: 'MeasurementStatus' });
registerEnumType(MeasurementDecision, { name: 'MeasurementDecision' });

/**
 * One agency's figure for one indicator and period. For RATIO indicators the numerator and denominator are
 * the truth and `value` is derived from them, so rollups can sum the parts.
 */
@ObjectType()
@Entity('measurement')
@Index(['indicatorId', 'agencyId', 'period'], { unique: true })
@Index(['period', 'indicatorId', 'status'])
export class Measurement extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  indicator?: Indicator;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @Field({ description: 'e.g. 2022-Q1, 2022-H1, 2022' })
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period' })
  @Column({ type: 'date' })
  periodEnd: string;

  @FigureColumn()
  value: number | null;

  @FigureColumn()
  numerator: number | null;

  @FigureColumn()
  denominator: number | null;

  @FigureNoteColumn()
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from (system, register…)' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: 'Document number or link proving the figure' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidence: string | null;

  @Field(() => MeasurementStatus)
  @Column({
    type: 'enum',
    enum: MeasurementStatus,
    enumName: 'measurement_status',
    default: MeasurementStatus.DRAFT,
  })
  status: MeasurementStatus;

  @Field(() => String, { nullable: true, description: 'Why it was returned or reopened' })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  updatedByLabel: string | null;
}
