import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InspectionReasonCode, InspectionStatus } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';
import { InspectionPlan } from './inspection-plan.entity';

registerEnumType(InspectionStatus, { name: 'InspectionStatus' });
registerEnumType(InspectionReasonCode, { name: 'InspectionReasonCode' });

/** Why the sampling proposed the agency (stored as it was when proposed). */
@ObjectType()
export class InspectionReasonModel {
  @Field(() => InspectionReasonCode)
  code: InspectionReasonCode;

  @Field(() => Int, { nullable: true, description: 'NOT_INSPECTED_SINCE: the year of the last inspection' })
  year: number | null;

  @Field(() => Float, { nullable: true, description: 'LOW_PAR_INDEX: the index' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'OVERDUE_TASKS: how many' })
  count: number | null;

  @Field(() => Float, { description: 'What the reason added to the score' })
  points: number;
}

/** One agency's inspection (đợt kiểm tra) in a plan: when, by whom, and why it was chosen. */
@ObjectType()
@Entity('inspection')
@Index(['planId', 'agencyId'], { unique: true })
@Check(`"month" BETWEEN 1 AND 12`)
export class Inspection extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => InspectionPlan, { onDelete: 'CASCADE' })
  plan?: InspectionPlan;

  @Field(() => ID, { description: 'The inspected agency' })
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @Field(() => Int, { nullable: true, description: 'The month of the visit, 1–12' })
  @Column({ type: 'smallint', nullable: true })
  month: number | null;

  @Field(() => InspectionStatus)
  @Column({
    type: 'enum',
    enum: InspectionStatus,
    enumName: 'inspection_status',
    default: InspectionStatus.PLANNED,
  })
  status: InspectionStatus;

  @Field(() => [ID], { description: 'The team (đoàn kiểm tra), its leader first' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  teamUserIds: string[];

  @Field({ description: 'Proposed by the sampling (else added by the coordinator)' })
  @Column({ default: false })
  proposed: boolean;

  @Field(() => Float, { nullable: true, description: 'The sampling score when proposed' })
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Field(() => [InspectionReasonModel], { description: 'Why it was proposed' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons: InspectionReasonModel[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the findings were recorded' })
  @Column({ type: 'date', nullable: true })
  conductedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last re-inspection (tái kiểm tra)' })
  @Column({ type: 'date', nullable: true })
  reinspectedOn: string | null;
}
