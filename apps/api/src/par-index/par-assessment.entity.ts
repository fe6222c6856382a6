import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParAssessmentStatus, ParDeadlinePhase } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';
import { ParCycle } from './par-cycle.entity';
import { ParFramework } from './par-framework.entity';

registerEnumType(ParAssessmentStatus, { name: 'ParAssessmentStatus' });
registerEnumType(ParDeadlinePhase, { name: 'ParDeadlinePhase' });

/** One agency's PAR Index of a cycle, scored with its group's framework. */
@ObjectType()
@Entity('par_assessment')
@Index(['cycleId', 'agencyId'], { unique: true })
export class ParAssessment extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => ParCycle, { onDelete: 'CASCADE' })
  cycle?: ParCycle;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => ParFramework, { onDelete: 'RESTRICT' })
  framework?: ParFramework;

  @Field(() => ParAssessmentStatus)
  @Column({
    type: 'enum',
    enum: ParAssessmentStatus,
    enumName: 'par_assessment_status',
    default: ParAssessmentStatus.DRAFT,
  })
  status: ParAssessmentStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  submittedByLabel: string | null;

  @Field({ description: 'Submitted after the self-assessment was due' })
  @Column({ default: false })
  late: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "This agency's extended self-assessment deadline; null: the cycle's",
  })
  @Column({ type: 'date', nullable: true })
  selfAssessmentDue: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day to explain differences (set when the appraisal is sent; extensible)',
  })
  @Column({ type: 'date', nullable: true })
  explanationDue: string | null;

  @Field(() => ParDeadlinePhase, {
    nullable: true,
    description: 'The phase the deadline job closed, when the agency did not send it itself',
  })
  @Column({ type: 'enum', enum: ParDeadlinePhase, enumName: 'par_deadline_phase', nullable: true })
  closedByDeadline: ParDeadlinePhase | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  appraisedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  explainedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finalisedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who finalised it' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  finalisedByLabel: string | null;
}
