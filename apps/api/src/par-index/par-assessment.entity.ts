import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParAssessmentStatus } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { BaseEntity } from '../database/base.entity';
import { ParCycle } from './par-cycle.entity';
import { ParFramework } from './par-framework.entity';

registerEnumType(ParAssessmentStatus, { name: 'ParAssessmentStatus' });

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
}
